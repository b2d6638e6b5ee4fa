//! Draws every exercise figure to SVG, mirroring the web app's `ExerciseFigure` component.

use std::fmt::Write as _;
use std::path::PathBuf;

use backtrack_core::content::{Exercise, Point, Pose, Prop};
use backtrack_core::CONTENT;

const W: i32 = 200;
const H: i32 = 120;
const FLOOR_Y: i16 = 110;
const HEAD_RADIUS: i16 = 9;
/// Space for the caption under each pose, and the label left of each row.
const CAPTION: i32 = 14;
const LABEL: i32 = 120;

const STYLE: &str = "\
.near polyline,.far polyline,.near path{fill:none;stroke-width:5;stroke-linecap:round;stroke-linejoin:round}\
.near polyline,.near path{stroke:#1f2933}.near circle{fill:#1f2933}.far polyline{stroke:#9aa5b1}\
.floor{stroke:#7b8794;stroke-width:1.5}.mat{fill:#8fc1b5}.ball{fill:#f0b429;stroke:#8d6708}\
.table rect,.bench rect{fill:#a27b5c}.table path,.bench path{stroke:#a27b5c;stroke-width:3}\
.arrow{fill:none;stroke:#d64545;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}\
.grid{stroke:#eef2f7;stroke-width:.4}.frame{fill:none;stroke:#cbd2d9;stroke-width:.6}\
text{font:7px sans-serif;fill:#3e4c59}";

fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "/tmp/figure-preview".to_owned()),
    );
    std::fs::create_dir_all(&out).expect("create the output folder");
    let exercises = CONTENT.exercises;
    let row_h = H + CAPTION;
    let sheet_w = LABEL + 2 * W + 10;
    let sheet_h = row_h * exercises.len() as i32;
    let mut sheet = format!(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {sheet_w} {sheet_h}' \
         width='{}' height='{}'><style>{STYLE}</style><rect width='100%' height='100%' fill='#fff'/>",
        sheet_w * 4,
        sheet_h * 4
    );
    for (row, exercise) in exercises.iter().enumerate() {
        let y = row as i32 * row_h;
        let _ = write!(
            sheet,
            "<text x='4' y='{}'>{}</text><text x='4' y='{}'>{:?}</text>",
            y + 20,
            exercise.slug,
            y + 30,
            exercise.phase
        );
        for (i, pose) in exercise.figure.poses.iter().enumerate() {
            let x = LABEL + i as i32 * (W + 5);
            let _ = write!(
                sheet,
                "<g transform='translate({x} {y})'>{}{}\
                 <text x='100' y='{}' text-anchor='middle'>{}</text></g>",
                grid(),
                pose_svg(pose),
                H + 10,
                pose.caption
            );
        }
        std::fs::write(out.join(format!("{}.svg", exercise.slug)), single(exercise))
            .expect("write an exercise SVG");
    }
    sheet.push_str("</svg>");
    std::fs::write(out.join("sheet.svg"), sheet).expect("write the sheet");
    println!("wrote {} figures to {}", exercises.len(), out.display());
}

/// One exercise's poses side by side, as the app shows them.
fn single(exercise: &Exercise) -> String {
    let n = exercise.figure.poses.len().max(1) as i32;
    let mut svg = format!(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 {} {}' width='{}' height='{}'>\
         <style>{STYLE}</style><rect width='100%' height='100%' fill='#fff'/>",
        W * n,
        H + CAPTION,
        W * n * 4,
        (H + CAPTION) * 4
    );
    for (i, pose) in exercise.figure.poses.iter().enumerate() {
        let _ = write!(
            svg,
            "<g transform='translate({} 0)'>{}<text x='100' y='{}' text-anchor='middle'>{}</text></g>",
            i as i32 * W,
            pose_svg(pose),
            H + 10,
            pose.caption
        );
    }
    svg.push_str("</svg>");
    svg
}

fn grid() -> String {
    let mut g = String::from("<g class='grid'>");
    for x in (0..=W).step_by(10) {
        let _ = write!(g, "<line x1='{x}' y1='0' x2='{x}' y2='{H}'/>");
    }
    for y in (0..=H).step_by(10) {
        let _ = write!(g, "<line x1='0' y1='{y}' x2='{W}' y2='{y}'/>");
    }
    g.push_str("</g>");
    let _ = write!(g, "<rect class='frame' width='{W}' height='{H}'/>");
    g
}

/// The same drawing order as the web component: props, far limbs, then torso, near leg,
/// near arm and head.
fn pose_svg(pose: &Pose) -> String {
    let mut s = String::from("<g class='props'>");
    for prop in pose.props {
        s.push_str(&prop_svg(*prop));
    }
    s.push_str("</g>");
    let _ = write!(
        s,
        "<g class='far'>{}{}</g><g class='near'>{}{}{}<circle cx='{}' cy='{}' r='{HEAD_RADIUS}'/></g>",
        polyline(&[pose.neck, pose.far_arm[0], pose.far_arm[1]]),
        polyline(&[pose.hip, pose.far_leg[0], pose.far_leg[1], pose.far_leg[2]]),
        back(pose),
        polyline(&[pose.hip, pose.near_leg[0], pose.near_leg[1], pose.near_leg[2]]),
        polyline(&[pose.neck, pose.near_arm[0], pose.near_arm[1]]),
        pose.head.0,
        pose.head.1
    );
    s
}

/// The back, curved as far as the pose bows it (as the app draws it).
fn back(pose: &Pose) -> String {
    let (n, c, h) = (pose.neck, pose.back_control(), pose.hip);
    format!(
        "<path d='M{} {}Q{} {} {} {}'/>",
        n.0, n.1, c.0, c.1, h.0, h.1
    )
}

fn polyline(points: &[Point]) -> String {
    let pts: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
    format!("<polyline points='{}'/>", pts.join(" "))
}

fn prop_svg(prop: Prop) -> String {
    let floor = format!("<line class='floor' x1='0' y1='{FLOOR_Y}' x2='200' y2='{FLOOR_Y}'/>");
    match prop {
        Prop::Floor => floor,
        Prop::Mat { from_x, to_x } => format!(
            "{floor}<rect class='mat' x='{from_x}' y='{}' width='{}' height='3' rx='1'/>",
            FLOOR_Y - 3,
            to_x - from_x
        ),
        Prop::Ball { at } => format!("<circle class='ball' cx='{}' cy='{}' r='5'/>", at.0, at.1),
        Prop::Table { at, width } => furniture("table", at, width),
        Prop::Bench { at, width } => furniture("bench", at, width),
        Prop::Arrow { from, to } => format!("<path class='arrow' d='{}'/>", arrow_path(from, to)),
    }
}

fn furniture(class: &str, (x, y): Point, width: i16) -> String {
    format!(
        "<g class='{class}'><rect x='{x}' y='{y}' width='{width}' height='4' rx='1'/>\
         <path d='M{} {y}V{FLOOR_Y}M{} {y}V{FLOOR_Y}'/></g>",
        x + 3,
        x + width - 3
    )
}

/// The web component's arrow: a shaft and a two-stroke head at `to`.
fn arrow_path(from: Point, to: Point) -> String {
    let (dx, dy) = (f32::from(to.0 - from.0), f32::from(to.1 - from.1));
    let length = (dx * dx + dy * dy).sqrt().max(1.0);
    let (ux, uy) = (dx / length, dy / length);
    let head = 5.0;
    let (tx, ty) = (f32::from(to.0), f32::from(to.1));
    let (cos, sin) = (0.866_f32, 0.5_f32);
    let left = (
        tx - head * (ux * cos - uy * sin),
        ty - head * (uy * cos + ux * sin),
    );
    let right = (
        tx - head * (ux * cos + uy * sin),
        ty - head * (uy * cos - ux * sin),
    );
    format!(
        "M{} {}L{tx} {ty}M{:.1} {:.1}L{tx} {ty}L{:.1} {:.1}",
        from.0, from.1, left.0, left.1, right.0, right.1
    )
}
