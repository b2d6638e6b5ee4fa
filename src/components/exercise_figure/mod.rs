//! The exercise illustration: the core's pose data drawn as an inline SVG stick figure.
//!
//! Every exercise is drawn by this one component from joint positions, so all figures share
//! one style and proportion, and no third-party image is needed.

use backtrack_core::content::{Figure, Point, Pose, Prop};
use leptos::prelude::*;

/// Canvas size shared with the core's pose data.
const VIEW_BOX: &str = "0 0 200 120";
const HEAD_RADIUS: i16 = 9;
const FLOOR_Y: i16 = 110;

/// Draws an exercise's poses side by side, each with its caption.
#[component]
pub fn ExerciseFigure(
    /// The figure to draw, from the content.
    figure: &'static Figure,
) -> impl IntoView {
    let poses = figure
        .poses
        .iter()
        .map(|pose| {
            view! {
                <figure class="pose">
                    <PoseSvg pose=pose />
                    <figcaption>{pose.caption}</figcaption>
                </figure>
            }
        })
        .collect_view();
    view! {
        <div class="exercise-figure" role="img" aria-label=figure.alt>
            {poses}
        </div>
    }
}

/// One pose as an SVG. Decorative for assistive technology: the wrapper carries the
/// description.
#[component]
fn PoseSvg(pose: &'static Pose) -> impl IntoView {
    let props = pose.props.iter().map(|p| prop_view(*p)).collect_view();
    let limb = |points: &[Point]| polyline_points(points);
    let far_arm = limb(&[pose.neck, pose.far_arm[0], pose.far_arm[1]]);
    let far_leg = limb(&[pose.hip, pose.far_leg[0], pose.far_leg[1], pose.far_leg[2]]);
    let torso = limb(&[pose.neck, pose.hip]);
    let near_leg = limb(&[
        pose.hip,
        pose.near_leg[0],
        pose.near_leg[1],
        pose.near_leg[2],
    ]);
    let near_arm = limb(&[pose.neck, pose.near_arm[0], pose.near_arm[1]]);
    view! {
        <svg viewBox=VIEW_BOX aria-hidden="true" focusable="false">
            <g class="props">{props}</g>
            <g class="far"><polyline points=far_arm /><polyline points=far_leg /></g>
            <g class="near">
                <polyline points=torso />
                <polyline points=near_leg />
                <polyline points=near_arm />
                <circle cx=pose.head.0 cy=pose.head.1 r=HEAD_RADIUS />
            </g>
        </svg>
    }
}

fn polyline_points(points: &[Point]) -> String {
    points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn prop_view(prop: Prop) -> AnyView {
    match prop {
        Prop::Floor => {
            view! { <line class="floor" x1="0" y1=FLOOR_Y x2="200" y2=FLOOR_Y /> }.into_any()
        }
        Prop::Mat { from_x, to_x } => view! {
            <line class="floor" x1="0" y1=FLOOR_Y x2="200" y2=FLOOR_Y />
            <rect class="mat" x=from_x y=FLOOR_Y - 3 width=to_x - from_x height="3" rx="1" />
        }
        .into_any(),
        Prop::Ball { at } => view! { <circle class="ball" cx=at.0 cy=at.1 r="5" /> }.into_any(),
        Prop::Table { at, width } => furniture("table", at, width),
        Prop::Bench { at, width } => furniture("bench", at, width),
        Prop::Arrow { from, to } => {
            view! { <path class="arrow" d=arrow_path(from, to) /> }.into_any()
        }
    }
}

/// A table or bench: a top and two legs down to the floor.
fn furniture(class: &'static str, at: Point, width: i16) -> AnyView {
    let (x, y) = at;
    let legs = format!("M{} {y}V{FLOOR_Y}M{} {y}V{FLOOR_Y}", x + 3, x + width - 3);
    view! {
        <g class=class>
            <rect x=x y=y width=width height="4" rx="1" />
            <path d=legs />
        </g>
    }
    .into_any()
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
    fn an_arrow_pointing_right_has_its_head_at_the_tip() {
        assert_eq!(arrow_path((0, 0), (10, 0)), "M0 0L10 0M6 -3L10 0L6 3");
    }
}
