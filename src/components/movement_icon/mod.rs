//! Small pictures of the movements some questions ask about (leaning back, bending forwards,
//! sitting, running downhill, hopping), drawn beside the question so that it is recognised
//! at a glance.
//!
//! Each is a stick figure of one path and a head on a 32-unit square, facing right, in the
//! accent colour (`.question-icon` in the stylesheet). They are hidden from assistive
//! technology: the question's words say everything the picture does.

use backtrack_core::questionnaire::MovementIcon;

use crate::components::markup::Html;

/// A movement's lines (an SVG path) and the centre of the head.
const fn drawing(icon: MovementIcon) -> (&'static str, &'static str) {
    match icon {
        MovementIcon::LeaningBack => (
            "M13 31L15 20L18 31M15 20Q16 12 10 8M11 10L18 13L15 18",
            "cx=\"7.5\" cy=\"5.5\"",
        ),
        MovementIcon::BendingForward => (
            "M13 31L14 19L16 31M14 19Q20 12 26 14M25 14L25 24",
            "cx=\"28.5\" cy=\"17.5\"",
        ),
        // On a chair, its back behind.
        MovementIcon::Sitting => (
            "M4 7V19H17M6 19V31M15 19V31M9 17H20V29H23M9 17L10 6M10 8L15 13",
            "cx=\"11\" cy=\"3\"",
        ),
        // Mid-stride on a slope that falls away to the right.
        MovementIcon::RunningDownhill => (
            "M1 21L31 31M15 15L19 20L21 26M15 15L11 20L7 18M15 15L14 7M14 9L10 13M14 9L18 12",
            "cx=\"13.5\" cy=\"3.5\"",
        ),
        // On one leg, the foot off the ground.
        MovementIcon::Hopping => (
            "M16 15V26M16 15L20 20L17 23M16 15V7M16 9L11 12M16 9L21 12M12 31H20",
            "cx=\"16\" cy=\"4\"",
        ),
    }
}

/// Writes the picture of `icon` as a decorative inline SVG.
pub fn write(h: &mut Html, icon: MovementIcon) {
    let (lines, head) = drawing(icon);
    h.raw("<svg class=\"question-icon\" viewBox=\"0 0 32 32\" aria-hidden=\"true\"><path d=\"")
        .raw(lines)
        .raw("\"/><circle r=\"3\" ")
        .raw(head)
        .raw("/></svg>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::markup::check_balanced;

    #[test]
    fn every_icon_is_a_small_hidden_drawing_on_its_square() {
        for icon in MovementIcon::ALL {
            let mut h = Html::new();
            write(&mut h, icon);
            let markup = h.into_string();
            assert_eq!(check_balanced(&markup), Ok(()), "{icon:?}");
            assert!(markup.contains("aria-hidden=\"true\""));
            assert!(markup.len() < 300, "{icon:?}: {} bytes", markup.len());
            // Every coordinate is on the 32-unit square.
            let (lines, head) = drawing(icon);
            let numbers = lines
                .split(|c: char| !(c.is_ascii_digit() || c == '.'))
                .chain(head.split('"').skip(1).step_by(2))
                .filter(|n| !n.is_empty());
            for n in numbers {
                let value: f32 = n.parse().unwrap_or(-1.0);
                assert!((0.0..=32.0).contains(&value), "{icon:?}: {n}");
            }
        }
    }
}
