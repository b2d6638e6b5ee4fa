//! The exercise illustration: the core's pose data drawn as an inline SVG stick figure.
//!
//! Every exercise is drawn by this one component from joint positions, so all figures share
//! one style and proportion, and no third-party image is needed.

use backtrack_core::content::{Figure, Point, Pose, Prop};

use crate::components::markup::Html;

/// Canvas size shared with the core's pose data.
const VIEW_BOX: &str = "0 0 200 120";
const HEAD_RADIUS: i16 = 9;
const FLOOR_Y: i16 = 110;

/// Writes an exercise's poses side by side, each with its caption, as markup. The wrapper
/// is one image for assistive technology, described by the figure's `alt` text; the SVGs
/// inside are decorative.
pub fn write(h: &mut Html, figure: &Figure) {
    h.open_with(
        "div",
        &[
            ("class", "exercise-figure"),
            ("role", "img"),
            ("aria-label", figure.alt),
        ],
    );
    for pose in figure.poses {
        h.open("figure", "pose");
        pose_svg(h, pose);
        h.el("figcaption", "", pose.caption).close("figure");
    }
    h.close("div");
}

/// One pose as an SVG.
fn pose_svg(h: &mut Html, pose: &Pose) {
    h.open_with(
        "svg",
        &[
            ("viewBox", VIEW_BOX),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    )
    .open("g", "props");
    for p in pose.props {
        prop(h, *p);
    }
    h.close("g").open("g", "far");
    polyline(h, &[pose.neck, pose.far_arm[0], pose.far_arm[1]]);
    polyline(
        h,
        &[pose.hip, pose.far_leg[0], pose.far_leg[1], pose.far_leg[2]],
    );
    h.close("g").open("g", "near");
    polyline(h, &[pose.neck, pose.hip]);
    polyline(
        h,
        &[
            pose.hip,
            pose.near_leg[0],
            pose.near_leg[1],
            pose.near_leg[2],
        ],
    );
    polyline(h, &[pose.neck, pose.near_arm[0], pose.near_arm[1]]);
    shape(
        h,
        "circle",
        "",
        &[("cx", pose.head.0), ("cy", pose.head.1), ("r", HEAD_RADIUS)],
    );
    h.close("g").close("svg");
}

fn polyline(h: &mut Html, points: &[Point]) {
    let points = points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    h.open_with("polyline", &[("points", &points)])
        .close("polyline");
}

/// An SVG shape with whole-number attributes.
fn shape(h: &mut Html, tag: &'static str, class: &'static str, attrs: &[(&'static str, i16)]) {
    h.raw("<").raw(tag);
    if !class.is_empty() {
        h.attr("class", class);
    }
    for (name, value) in attrs {
        h.attr(name, &value.to_string());
    }
    h.raw(">").close(tag);
}

fn prop(h: &mut Html, prop: Prop) {
    let floor = [("x1", 0), ("y1", FLOOR_Y), ("x2", 200), ("y2", FLOOR_Y)];
    match prop {
        Prop::Floor => shape(h, "line", "floor", &floor),
        Prop::Mat { from_x, to_x } => {
            shape(h, "line", "floor", &floor);
            let mat = [
                ("x", from_x),
                ("y", FLOOR_Y - 3),
                ("width", to_x - from_x),
                ("height", 3),
                ("rx", 1),
            ];
            shape(h, "rect", "mat", &mat);
        }
        Prop::Ball { at } => shape(h, "circle", "ball", &[("cx", at.0), ("cy", at.1), ("r", 5)]),
        Prop::Table { at, width } => furniture(h, "table", at, width),
        Prop::Bench { at, width } => furniture(h, "bench", at, width),
        Prop::Arrow { from, to } => {
            h.open_with("path", &[("class", "arrow"), ("d", &arrow_path(from, to))])
                .close("path");
        }
    }
}

/// A table or bench: a top and two legs down to the floor.
fn furniture(h: &mut Html, class: &'static str, at: Point, width: i16) {
    let (x, y) = at;
    let legs = format!("M{} {y}V{FLOOR_Y}M{} {y}V{FLOOR_Y}", x + 3, x + width - 3);
    h.open("g", class);
    shape(
        h,
        "rect",
        "",
        &[
            ("x", x),
            ("y", y),
            ("width", width),
            ("height", 4),
            ("rx", 1),
        ],
    );
    h.open_with("path", &[("d", &legs)])
        .close("path")
        .close("g");
}

/// An arrow as one path: the shaft and a two-stroke head at `to`. Drawn as a path rather
/// than with an SVG `<marker>`, whose `id` would repeat when several figures share a page.
/// Coordinates are rounded to whole units so that no float formatting code is linked in
/// (it costs several kilobytes of wasm).
fn arrow_path(from: Point, to: Point) -> String {
    let (dx, dy) = (f32::from(to.0 - from.0), f32::from(to.1 - from.1));
    let length = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / length, dy / length);
    let head = 5.0;
    // The two head strokes go back along the shaft, turned 30 degrees either side.
    let (cos, sin) = (0.866_f32, 0.5_f32);
    let point = |x: f32, y: f32| (x.round() as i32, y.round() as i32);
    let (tx, ty) = (f32::from(to.0), f32::from(to.1));
    let left = point(
        tx - head * (ux * cos - uy * sin),
        ty - head * (uy * cos + ux * sin),
    );
    let right = point(
        tx - head * (ux * cos + uy * sin),
        ty - head * (uy * cos - ux * sin),
    );
    format!(
        "M{} {}L{} {}M{} {}L{} {}L{} {}",
        from.0, from.1, to.0, to.1, left.0, left.1, to.0, to.1, right.0, right.1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_one_described_image_with_a_caption_per_pose() {
        let figure = &backtrack_core::CONTENT.exercises[0].figure;
        let mut h = Html::new();
        write(&mut h, figure);
        let markup = h.into_string();
        assert!(markup.starts_with("<div class=\"exercise-figure\" role=\"img\" aria-label=\""));
        assert_eq!(markup.matches("<figcaption>").count(), figure.poses.len());
        assert_eq!(
            markup
                .matches("<svg viewBox=\"0 0 200 120\" aria-hidden=\"true\"")
                .count(),
            figure.poses.len()
        );
        assert_eq!(
            markup.matches("<circle cx=").count(),
            figure.poses.len()
                + figure
                    .poses
                    .iter()
                    .flat_map(|p| p.props)
                    .filter(|p| matches!(p, Prop::Ball { .. }))
                    .count()
        );
    }

    #[test]
    fn an_arrow_pointing_right_has_its_head_at_the_tip() {
        assert_eq!(arrow_path((0, 0), (10, 0)), "M0 0L10 0M6 -3L10 0L6 3");
    }
}
