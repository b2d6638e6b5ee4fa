//! The exercise illustration: the core's pose data drawn as an inline SVG stick figure.
//!
//! Every exercise is drawn by this one component from joint positions, so all figures share
//! one style and proportion, and no third-party image is needed.
//!
//! How the pictures show the movement:
//! - every pose of a figure is drawn in the same frame, cut to fit the figure (the poses'
//!   bounding box with a margin), so the figure fills its box and one place on the body is in
//!   the same place in each picture;
//! - the later pose shows the first one as a dotted outline behind it (a "ghost"), so the
//!   change is visible in one picture, in print and without motion;
//! - when the runner's system allows motion, the later picture turns back into the first
//!   pose for a moment and then into its own again, on a loop: a CSS animation between a copy
//!   of each (`.pose .start` and `.pose .end` in the stylesheet), only under
//!   `prefers-reduced-motion: no-preference` and never on paper. (Not SVG `<animate>`, which
//!   would move the limbs smoothly: Chromium does not run it in an SVG put into the page with
//!   `innerHTML`, which is how every page here is shown.)

use backtrack_core::content::{Figure, Point, Pose, Prop};

use crate::components::markup::Html;

const HEAD_RADIUS: i16 = 9;
const FLOOR_Y: i16 = 110;
/// The canvas of the core's pose data is 200 units wide.
const CANVAS_W: i16 = 200;
/// Room around the figure inside its frame: more than half the thickest stroke.
const MARGIN: i16 = 6;
/// The frame's width is kept between these multiples of its height (in tenths), so that a
/// standing figure is not a tall strip and a lying one not a thin line.
const MIN_ASPECT_TENTHS: i16 = 12;
const MAX_ASPECT_TENTHS: i16 = 28;

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
    let view_box = view_box(figure);
    let first = figure.poses.first();
    for (i, pose) in figure.poses.iter().enumerate() {
        let before = first.filter(|_| i > 0);
        h.open("figure", "pose");
        pose_svg(h, &view_box, pose, before);
        h.el("figcaption", "", pose.caption).close("figure");
    }
    h.close("div");
}

/// The smallest box (x, y, width, height) around everything every pose of `figure` draws,
/// with a margin, its shape kept within the aspect limits. The floor line and mats are cut
/// at its sides; its foot is just below the floor.
fn frame(figure: &Figure) -> (i16, i16, i16, i16) {
    let (mut left, mut top, mut right) = (CANVAS_W, FLOOR_Y, 0);
    let mut take = |(x, y): Point, reach: i16| {
        left = left.min(x - reach);
        right = right.max(x + reach);
        top = top.min(y - reach);
    };
    for pose in figure.poses {
        take(pose.head, HEAD_RADIUS);
        take(pose.back_middle(), 0);
        for point in [pose.neck, pose.hip]
            .iter()
            .chain(&pose.near_arm)
            .chain(&pose.far_arm)
            .chain(&pose.near_leg)
            .chain(&pose.far_leg)
        {
            take(*point, 0);
        }
        for prop in pose.props {
            match *prop {
                Prop::Floor | Prop::Mat { .. } => {}
                Prop::Ball { at } => take(at, 5),
                Prop::Table { at, width } | Prop::Bench { at, width } => {
                    take(at, 0);
                    take((at.0 + width, at.1), 0);
                }
                Prop::Arrow { from, to } => {
                    take(from, 3);
                    take(to, 3);
                }
            }
        }
    }
    let bottom = FLOOR_Y + 2;
    let (mut x, mut y) = (left - MARGIN, top - MARGIN);
    let (mut width, height) = (right - left + 2 * MARGIN, bottom - y);
    let mut height = height;
    if width * 10 < height * MIN_ASPECT_TENTHS {
        // Too narrow: widen on both sides.
        let wider = (height * MIN_ASPECT_TENTHS + 9) / 10;
        x -= (wider - width) / 2;
        width = wider;
    } else if width * 10 > height * MAX_ASPECT_TENTHS {
        // Too flat: add sky above (the floor stays at the foot).
        let taller = width * 10 / MAX_ASPECT_TENTHS;
        y -= taller - height;
        height = taller;
    }
    (x, y, width, height)
}

/// [`frame`] as a `viewBox` value.
fn view_box(figure: &Figure) -> String {
    let (x, y, width, height) = frame(figure);
    format!("{x} {y} {width} {height}")
}

/// One pose as an SVG. `before` is the figure's first pose when this is a later one: it is
/// drawn as a dotted outline, and again whole for the animation to turn into.
fn pose_svg(h: &mut Html, view_box: &str, pose: &Pose, before: Option<&Pose>) {
    h.open_with(
        "svg",
        &[
            ("viewBox", view_box),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    )
    .open("g", "props");
    for p in pose.props {
        prop(h, *p);
    }
    h.close("g");
    match before {
        Some(before) => {
            ghost(h, before, pose);
            h.open("g", "start");
            body(h, before);
            h.close("g").open("g", "end");
            body(h, pose);
            h.close("g");
        }
        None => {
            body(h, pose);
        }
    }
    h.close("svg");
}

/// The stick figure: far limbs, then the back, near leg, near arm and head.
fn body(h: &mut Html, pose: &Pose) {
    let [far_arm, far_leg, near_leg, near_arm] = limbs(pose);
    h.open("g", "far");
    limb(h, &far_arm);
    limb(h, &far_leg);
    h.close("g")
        .open("g", "near")
        .open_with("path", &[("d", &back_path(pose))])
        .close("path");
    limb(h, &near_leg);
    limb(h, &near_arm);
    head(h, pose.head);
    h.close("g");
}

/// The parts of `before` that `after` moved, as an outline (the stylesheet dots it): a part
/// that stays put, or nearly, would only fringe the line drawn over it.
fn ghost(h: &mut Html, before: &Pose, after: &Pose) {
    let (was, is) = (limbs(before), limbs(after));
    let changed = |i: usize| moved(&was[i], &is[i]).then_some(was[i].as_slice());
    h.open("g", "ghost").open("g", "far");
    for points in [changed(0), changed(1)].into_iter().flatten() {
        limb(h, points);
    }
    h.close("g").open("g", "near");
    let back = |p: &Pose| [p.neck, p.back_control(), p.hip];
    if moved(&back(before), &back(after)) {
        h.open_with("path", &[("d", &back_path(before))])
            .close("path");
    }
    for points in [changed(2), changed(3)].into_iter().flatten() {
        limb(h, points);
    }
    if moved(&[before.head], &[after.head]) {
        head(h, before.head);
    }
    h.close("g").close("g");
}

/// Whether any point moved more than 2 units across or down.
fn moved(was: &[Point], is: &[Point]) -> bool {
    was.iter()
        .zip(is)
        .any(|(a, b)| (a.0 - b.0).abs() > 2 || (a.1 - b.1).abs() > 2)
}

/// The limbs in drawing order, each from the body outwards: the far arm and far leg (behind
/// the back), then the near leg and near arm.
fn limbs(p: &Pose) -> [Vec<Point>; 4] {
    let leg = |l: [Point; 3]| vec![p.hip, l[0], l[1], l[2]];
    let arm = |a: [Point; 2]| vec![p.neck, a[0], a[1]];
    [
        arm(p.far_arm),
        leg(p.far_leg),
        leg(p.near_leg),
        arm(p.near_arm),
    ]
}

fn head(h: &mut Html, (x, y): Point) {
    shape(h, "circle", "", &[("cx", x), ("cy", y), ("r", HEAD_RADIUS)]);
}

/// A limb through `points`.
fn limb(h: &mut Html, points: &[Point]) {
    h.open_with("polyline", &[("points", &points_attr(points))])
        .close("polyline");
}

fn points_attr(points: &[Point]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The back as a quadratic curve from the neck to the hip (straight unless the pose bows it;
/// see [`Pose::back_control`]). Always the same commands, so that it can move between poses.
fn back_path(pose: &Pose) -> String {
    let (n, c, p) = (pose.neck, pose.back_control(), pose.hip);
    format!("M{} {}Q{} {} {} {}", n.0, n.1, c.0, c.1, p.0, p.1)
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
    let floor = [
        ("x1", 0),
        ("y1", FLOOR_Y),
        ("x2", CANVAS_W),
        ("y2", FLOOR_Y),
    ];
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
pub(crate) fn arrow_path(from: Point, to: Point) -> String {
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
    use crate::components::markup::check_balanced;
    use backtrack_core::CONTENT;

    fn markup(figure: &Figure) -> String {
        let mut h = Html::new();
        write(&mut h, figure);
        h.into_string()
    }

    #[test]
    fn a_figure_is_one_described_image_with_a_caption_per_pose() {
        for exercise in CONTENT.exercises {
            let figure = &exercise.figure;
            let markup = markup(figure);
            assert_eq!(check_balanced(&markup), Ok(()), "{}", exercise.slug);
            assert!(markup.starts_with(&format!(
                "<div class=\"exercise-figure\" role=\"img\" aria-label=\"{}",
                figure.alt
            )));
            let poses = figure.poses.len();
            assert_eq!(markup.matches("<figcaption>").count(), poses);
            // Every pose in the same frame.
            let view_box = format!("<svg viewBox=\"{}\" aria-hidden=\"true\"", view_box(figure));
            assert_eq!(markup.matches(&view_box).count(), poses);
            // A head per pose, and for a movement the later picture's twice (the first pose
            // and its own), and the first pose's outline if the head moves.
            let heads = match figure.poses {
                [start, end] => 4 - usize::from(!moved(&[start.head], &[end.head])),
                _ => 1,
            };
            assert_eq!(
                markup.matches("<circle cx=").count(),
                heads,
                "{}",
                exercise.slug
            );
        }
    }

    #[test]
    fn a_movement_shows_the_start_as_an_outline_and_both_poses_to_turn_between() {
        let bridge = CONTENT.exercise("glute-bridge").expect("in the library");
        let markup = markup(&bridge.figure);
        let (start, lift) = (&bridge.figure.poses[0], &bridge.figure.poses[1]);
        let at = markup.rfind("<figure").unwrap_or(0);
        let (first, second) = markup.split_at(at);
        // The outline of the start: the parts that move (the back and the legs), not the
        // arms and head that stay put.
        let ghost = &second[second.find("<g class=\"ghost\">").expect("an outline")..];
        let ghost = &ghost[..ghost.find("<g class=\"start\">").expect("then the start")];
        assert!(ghost.contains(&back_path(start)));
        assert_eq!(ghost.matches("<polyline").count(), 2, "the two legs");
        assert!(!ghost.contains("<circle"), "the head does not move");
        // Then the start and the lift, whole, in that order.
        let (at_start, at_end) = (
            second.find("<g class=\"start\">").expect("the start"),
            second.find("<g class=\"end\">").expect("the lift"),
        );
        assert!(at_start < at_end);
        assert!(second[at_start..at_end].contains(&back_path(start)));
        assert!(second[at_end..].contains(&back_path(lift)));
        // The first picture is the start alone.
        assert!(!first.contains("ghost") && !first.contains("class=\"end\""));
    }

    #[test]
    fn figures_fill_their_frame() {
        for exercise in CONTENT.exercises {
            let figure = &exercise.figure;
            let (x, y, width, height) = frame(figure);
            let what = exercise.slug;
            assert!(
                (MIN_ASPECT_TENTHS..=MAX_ASPECT_TENTHS + 1).contains(&(width * 10 / height)),
                "{what}: frame {width} × {height}"
            );
            // The floor is at the foot of the frame.
            assert!((1..=MARGIN).contains(&(y + height - FLOOR_Y)), "{what}");
            for pose in figure.poses {
                let head = pose.head;
                assert!(head.0 - HEAD_RADIUS >= x && head.0 + HEAD_RADIUS <= x + width);
                assert!(head.1 - HEAD_RADIUS >= y, "{what}: head cut off");
            }
            // The figure is most of the frame's width or of its height: no empty box.
            let poses = figure.poses;
            let xs = poses.iter().flat_map(|p| {
                [p.head.0, p.neck.0, p.hip.0]
                    .into_iter()
                    .chain(p.near_leg.map(|q| q.0))
                    .chain(p.far_leg.map(|q| q.0))
            });
            let (lo, hi) = xs.fold((i16::MAX, i16::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
            let ys = poses
                .iter()
                .map(|p| p.head.1 - HEAD_RADIUS)
                .min()
                .unwrap_or(0);
            assert!(
                (hi - lo) * 10 >= width * 6 || (FLOOR_Y - ys) * 10 >= height * 6,
                "{what}: the figure uses little of its {width} × {height} frame"
            );
        }
    }

    #[test]
    fn a_straight_back_is_a_straight_curve() {
        let pose = &CONTENT
            .exercise("glute-bridge")
            .expect("in the library")
            .figure
            .poses[0];
        assert_eq!(back_path(pose), "M73 104Q89 104 105 104");
    }

    #[test]
    fn an_arrow_pointing_right_has_its_head_at_the_tip() {
        assert_eq!(arrow_path((0, 0), (10, 0)), "M0 0L10 0M6 -3L10 0L6 3");
    }
}
