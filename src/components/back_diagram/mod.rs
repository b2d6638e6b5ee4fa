//! The lower back seen from behind, as one inline SVG: three lumbar vertebrae with the discs
//! between them, the facet joints, the nerve roots, the back muscles on either side and the
//! pelvis with its sacroiliac joints. It can mark the part behind one cause.
//!
//! Shown on each cause's page (written at build time, so it costs the wasm nothing there)
//! and with a result (drawn by the app). For the app's sake the drawing is a few shapes
//! repeated from a small table rather than a stored picture, and its wording is content.
//!
//! A marked part does not rely on colour alone: it gets a heavy outline, the other parts
//! fade, an arrow points to it, and the caption names it in words.

use backtrack_core::content::Point;
use backtrack_core::{CauseId, CONTENT};

use crate::components::exercise_figure::arrow_path;
use crate::components::markup::Html;

/// The top of each vertebra drawn (the third, fourth and fifth lumbar); the sacrum starts
/// below the last.
const LEVELS: [i64; 3] = [4, 34, 64];
/// Draws a shape written for the left side again on the right, mirrored about x = 100.
const MIRROR: &str = " transform=\"matrix(-1 0 0 1 200 0)\"";

/// The part of the drawing behind each cause: the class of its group (the stylesheet's
/// `.back-diagram .<class>`) and the arrow that points to it when it is marked.
const PARTS: [(CauseId, &str, Point, Point); 5] = [
    (CauseId::Muscular, "muscles", (198, 40), (158, 52)),
    (CauseId::FacetJoint, "facets", (176, 2), (116, 23)),
    (
        CauseId::SacroiliacJoint,
        "si-joints",
        (180, 150),
        (117, 124),
    ),
    (CauseId::Disc, "discs", (198, 16), (132, 29)),
    (CauseId::Nerve, "nerves", (198, 80), (153, 82)),
];

/// Writes the drawing as a `<figure>`, marking the part behind `marked` (if any) and naming
/// it in the caption and in the text alternative.
pub fn write(h: &mut Html, marked: Option<CauseId>) {
    let text = &CONTENT.back_diagram;
    let part = marked.and_then(|id| PARTS.iter().find(|p| p.0 == id));
    let label = marked
        .and_then(|id| CONTENT.cause(id))
        .map(|c| c.structure_label);
    let hl = part.map(|p| p.1);
    let mut alt = text.alt.to_owned();
    let mut caption = String::new();
    if let Some(label) = label {
        caption = [text.marked, " ", label, "."].concat();
        alt.push(' ');
        alt.push_str(&caption);
    }
    h.raw("<figure class=\"back-figure\"><svg class=\"back-diagram")
        .raw(if hl.is_some() { " marked\"" } else { "\"" })
        .raw(" viewBox=\"0 0 200 156\" role=\"img\"")
        .attr("aria-label", &alt)
        .raw(">");

    group(h, "muscles", hl);
    for mirror in ["", MIRROR] {
        h.raw("<path")
            .raw(mirror)
            .raw(" d=\"M78 2H52Q38 50 46 118L80 104Z\"/>");
    }
    h.raw("</g><g class=\"pelvis\">");
    for mirror in ["", MIRROR] {
        h.raw("<path")
            .raw(mirror)
            .raw(" d=\"M80 97C68 78 40 68 22 80C12 100 24 130 56 148L90 140Z\"/>");
    }
    h.raw("</g>");

    group(h, "discs", hl);
    for y in LEVELS {
        h.raw("<rect x=\"71\" y=\"")
            .num(y + 22)
            .raw("\" width=\"58\" height=\"8\" rx=\"3\"/>");
    }
    // Each vertebra from behind: the transverse processes across, the arch, and the spinous
    // process down the middle; then the sacrum.
    h.raw("</g><g class=\"bones\">");
    for y in LEVELS {
        h.raw("<rect x=\"62\" y=\"")
            .num(y + 5)
            .raw("\" width=\"76\" height=\"9\" rx=\"4\"/><rect x=\"80\" y=\"")
            .num(y)
            .raw("\" width=\"40\" height=\"22\" rx=\"6\"/><rect x=\"95\" y=\"")
            .num(y + 3)
            .raw("\" width=\"10\" height=\"18\" rx=\"4\"/>");
    }
    h.raw("<path d=\"M78 95H122L111 139Q100 149 89 139Z\"/></g>");

    group(h, "si-joints", hl);
    for mirror in ["", MIRROR] {
        h.raw("<path").raw(mirror).raw(" d=\"M79 97L90 139\"/>");
    }
    h.raw("</g>");

    // A facet joint on each side where one vertebra meets the next.
    group(h, "facets", hl);
    for y in LEVELS {
        for x in ["88", "112"] {
            h.raw("<circle cx=\"")
                .raw(x)
                .raw("\" cy=\"")
                .num(y + 26)
                .raw("\" r=\"3.5\"/>");
        }
    }
    h.raw("</g>");

    // A nerve root leaves on each side beside each disc, down and out towards the leg.
    group(h, "nerves", hl);
    for y in LEVELS {
        for mirror in ["", MIRROR] {
            h.raw("<path")
                .raw(mirror)
                .raw(" d=\"M72 ")
                .num(y + 27)
                .raw("Q60 ")
                .num(y + 31)
                .raw(" 50 ")
                .num(y + 48)
                .raw("\"/>");
        }
    }
    h.raw("</g>");

    if let Some(&(_, _, from, to)) = part {
        // A halo under the arrow keeps it apart from the lines it crosses.
        let arrow = arrow_path(from, to);
        h.open_with("path", &[("class", "halo"), ("d", &arrow)])
            .close("path")
            .open_with("path", &[("class", "pointer"), ("d", &arrow)])
            .close("path");
    }
    h.raw("</svg>");
    if !caption.is_empty() {
        h.el("figcaption", "", &caption);
    }
    h.raw("</figure>");
}

/// Opens a part's group, marked with `hl` when it is the part shown.
fn group(h: &mut Html, class: &'static str, hl: Option<&str>) {
    h.raw("<g class=\"").raw(class);
    if hl == Some(class) {
        h.raw(" hl");
    }
    h.raw("\">");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::markup::check_balanced;

    fn drawing(marked: Option<CauseId>) -> String {
        let mut h = Html::new();
        write(&mut h, marked);
        h.into_string()
    }

    #[test]
    fn each_cause_marks_its_own_part_and_names_it() {
        for cause in CONTENT.causes {
            let markup = drawing(Some(cause.id));
            assert_eq!(check_balanced(&markup), Ok(()), "{}", cause.id);
            assert_eq!(markup.matches(" hl\"").count(), 1, "{}", cause.id);
            let (_, class, _, _) = PARTS
                .iter()
                .find(|p| p.0 == cause.id)
                .expect("every cause has a part");
            assert!(markup.contains(&format!("<g class=\"{class} hl\">")));
            let caption = format!("{} {}.", CONTENT.back_diagram.marked, cause.structure_label);
            assert!(markup.contains(&format!("<figcaption>{caption}</figcaption>")));
            assert!(markup.contains(&format!(
                "role=\"img\" aria-label=\"{} {caption}\">",
                CONTENT.back_diagram.alt
            )));
            assert!(
                markup.contains("class=\"pointer\""),
                "an arrow points to it"
            );
        }
    }

    #[test]
    fn with_nothing_marked_the_drawing_has_no_caption_or_arrow() {
        let markup = drawing(None);
        assert_eq!(check_balanced(&markup), Ok(()));
        assert!(markup.contains(&format!(
            "<svg class=\"back-diagram\" viewBox=\"0 0 200 156\" role=\"img\" aria-label=\"{}\">",
            CONTENT.back_diagram.alt
        )));
        assert!(!markup.contains(" hl\"") && !markup.contains("marked"));
        assert!(!markup.contains("figcaption") && !markup.contains("pointer"));
    }

    #[test]
    fn the_parts_are_the_five_causes_and_every_part_is_drawn() {
        let causes: Vec<CauseId> = PARTS.iter().map(|p| p.0).collect();
        assert_eq!(causes, CauseId::ALL);
        let markup = drawing(None);
        for (_, class, from, to) in PARTS {
            assert!(markup.contains(&format!("<g class=\"{class}\">")));
            for (x, y) in [from, to] {
                assert!((0..=200).contains(&x) && (0..=156).contains(&y), "{class}");
            }
        }
    }

    #[test]
    fn the_drawing_is_small() {
        // Every drawing stays under 4 KB brotli (issue 21); raw, it is well under that.
        let markup = drawing(Some(CauseId::Disc));
        assert!(markup.len() < 4096, "{} bytes", markup.len());
    }
}
