//! Checks over the exercise library: the fixed slugs, sensible doses, complete text, and
//! figures that are on the canvas, grounded, and drawn to one set of body proportions.
//!
//! Run with `cargo test -p backtrack-core`. To look at the figures, use
//! `tools/figure-preview` (it draws them the way the web app does).

use std::collections::HashSet;

use super::ids::ExerciseId;
use super::model::*;
use super::readability;
use crate::content::en_gb::{CONTENT, GUIDE};

/// The released exercise slugs, in library order: links and saved sessions use them, so
/// none may change. The library holds exactly these.
const SLUGS: [&str; 15] = [
    "pelvic-tilt",
    "walking",
    "piriformis-release",
    "knee-hugs",
    "childs-pose",
    "cat-camel",
    "cobra-forearms",
    "lumbar-rotation",
    "slump-slider",
    "glute-bridge",
    "dead-bug",
    "bird-dog",
    "clamshell",
    "side-plank",
    "hip-thrust",
];

const CANVAS_W: f64 = 200.0;
const FLOOR_Y: f64 = 110.0;
const HEAD_RADIUS: f64 = 9.0;
const BALL_RADIUS: f64 = 5.0;

/// A bone of the stick figure and its allowed length in canvas units.
///
/// The figures share one set of proportions (a standing figure is about 106 units tall, so
/// it fits the 120-unit canvas): head centre 10 from the neck, torso 32, upper arm 18,
/// forearm 17, thigh 26, shin 25, foot 8. The ranges leave room for whole-unit coordinates.
#[derive(Clone, Copy, Debug)]
struct Bone {
    name: &'static str,
    min: f64,
    max: f64,
    /// Whether the bone belongs to a leg (see [`TURNED_TO_VIEWER`]).
    leg: bool,
}

const HEAD: Bone = Bone {
    name: "neck–head",
    min: 9.0,
    max: 12.0,
    leg: false,
};
const TORSO: Bone = Bone {
    name: "torso",
    min: 30.0,
    max: 35.0,
    leg: false,
};
const UPPER_ARM: Bone = Bone {
    name: "upper arm",
    min: 16.0,
    max: 20.0,
    leg: false,
};
const FOREARM: Bone = Bone {
    name: "forearm",
    min: 15.0,
    max: 19.0,
    leg: false,
};
const THIGH: Bone = Bone {
    name: "thigh",
    min: 24.0,
    max: 28.0,
    leg: true,
};
const SHIN: Bone = Bone {
    name: "shin",
    min: 23.0,
    max: 28.0,
    leg: true,
};
const FOOT: Bone = Bone {
    name: "foot",
    min: 6.0,
    max: 10.0,
    leg: true,
};

/// Figures in which the legs point partly towards the viewer, so they look shorter: the
/// knees rolled to one side, the clamshell seen from the front, the side plank's feet seen
/// end on. Their leg bones may be as short as this share of the usual minimum.
const TURNED_TO_VIEWER: &[ExerciseId] = &[
    ExerciseId::LumbarRotation,
    ExerciseId::Clamshell,
    ExerciseId::SidePlank,
];
const FORESHORTENED: f64 = 0.7;

/// How far one bone's length may differ between the poses and sides of one figure.
const SAME_BONE_SPREAD: f64 = 3.0;

fn dist(a: Point, b: Point) -> f64 {
    let (dx, dy) = (f64::from(a.0 - b.0), f64::from(a.1 - b.1));
    (dx * dx + dy * dy).sqrt()
}

/// Every bone of a pose with its length, labelled by side.
fn bones(p: &Pose) -> Vec<(Bone, &'static str, f64)> {
    let mut out = vec![
        (HEAD, "", dist(p.neck, p.head)),
        (TORSO, "", dist(p.neck, p.hip)),
    ];
    for (side, arm) in [("near", p.near_arm), ("far", p.far_arm)] {
        out.push((UPPER_ARM, side, dist(p.neck, arm[0])));
        out.push((FOREARM, side, dist(arm[0], arm[1])));
    }
    for (side, leg) in [("near", p.near_leg), ("far", p.far_leg)] {
        out.push((THIGH, side, dist(p.hip, leg[0])));
        out.push((SHIN, side, dist(leg[0], leg[1])));
        out.push((FOOT, side, dist(leg[1], leg[2])));
    }
    out
}

/// Every joint of a pose except the head.
fn joints(p: &Pose) -> Vec<Point> {
    let mut out = vec![p.neck, p.hip];
    out.extend_from_slice(&p.near_arm);
    out.extend_from_slice(&p.far_arm);
    out.extend_from_slice(&p.near_leg);
    out.extend_from_slice(&p.far_leg);
    out
}

/// The angle at `b` between `a` and `c`, in degrees (180 is straight).
fn angle(a: Point, b: Point, c: Point) -> f64 {
    let (ux, uy) = (f64::from(a.0 - b.0), f64::from(a.1 - b.1));
    let (vx, vy) = (f64::from(c.0 - b.0), f64::from(c.1 - b.1));
    let cos = (ux * vx + uy * vy) / ((ux * ux + uy * uy).sqrt() * (vx * vx + vy * vy).sqrt());
    cos.clamp(-1.0, 1.0).acos().to_degrees()
}

fn on_canvas(p: Point) -> bool {
    let (x, y) = (f64::from(p.0), f64::from(p.1));
    (0.0..=CANVAS_W).contains(&x) && (0.0..=FLOOR_Y).contains(&y)
}

fn exercise(slug: &str) -> &'static Exercise {
    CONTENT
        .exercise(slug)
        .unwrap_or_else(|| panic!("no exercise {slug}"))
}

fn pose(slug: &str, caption: &str) -> &'static Pose {
    exercise(slug)
        .figure
        .poses
        .iter()
        .find(|p| p.caption == caption)
        .unwrap_or_else(|| panic!("{slug} has no pose {caption:?}"))
}

#[test]
fn the_library_holds_exactly_the_fixed_slugs() {
    let ids: Vec<ExerciseId> = CONTENT.exercises.iter().map(|e| e.slug).collect();
    assert_eq!(
        ids,
        ExerciseId::ALL,
        "one exercise per id, in the order of the ids"
    );
    let slugs: Vec<&str> = ids.iter().map(|e| e.id()).collect();
    assert_eq!(slugs, SLUGS);
}

#[test]
fn exercises_are_listed_by_phase() {
    let phases: Vec<Phase> = CONTENT.exercises.iter().map(|e| e.phase).collect();
    let mut sorted = phases.clone();
    sorted.sort();
    assert_eq!(
        phases, sorted,
        "exercises should be grouped by phase, in plan order"
    );
}

#[test]
fn every_exercise_has_complete_text() {
    // Each exercise's page text is in the guide, once, in the same order.
    let slugs = |s: &mut dyn Iterator<Item = ExerciseId>| s.collect::<Vec<_>>();
    assert_eq!(
        slugs(&mut GUIDE.exercises.iter().map(|g| g.slug)),
        slugs(&mut CONTENT.exercises.iter().map(|e| e.slug))
    );
    for e in CONTENT.exercises {
        let what = e.slug;
        let page = GUIDE.exercise(e.slug).expect("every exercise has its page");
        assert!(!e.name.trim().is_empty(), "{what}: name");
        let purpose = readability::count(page.purpose);
        assert!(
            (1..=2).contains(&purpose.sentences),
            "{what}: purpose should be one or two sentences, not {}",
            purpose.sentences
        );
        assert!(
            (4..=7).contains(&e.steps.len()),
            "{what}: {} steps, want 4 to 7",
            e.steps.len()
        );
        assert!(
            (2..=3).contains(&e.stop_if.len()),
            "{what}: {} stop signs, want 2 or 3",
            e.stop_if.len()
        );
        for (i, text) in e.steps.iter().chain(e.stop_if).enumerate() {
            assert!(
                text.trim_end().ends_with('.'),
                "{what}: item {i} should be a full sentence: {text:?}"
            );
        }
        for (field, text) in [
            ("feel", e.feel),
            ("easier", page.easier),
            ("harder", page.harder),
            ("alt", e.figure.alt),
        ] {
            assert!(!text.trim().is_empty(), "{what}: {field} is empty");
            assert!(
                text.trim_end().ends_with('.'),
                "{what}: {field} should end with a full stop"
            );
        }
        assert!(!e.facts.is_empty(), "{what}: no fact ids");
    }
}

#[test]
fn doses_are_sensible() {
    for e in CONTENT.exercises {
        let d = e.dose;
        let what = e.slug;
        assert!((1..=5).contains(&d.sets), "{what}: {} sets", d.sets);
        assert!(d.rest_seconds <= 180, "{what}: rest {} s", d.rest_seconds);
        match d.kind {
            DoseKind::Reps { min, max } => {
                assert!(min >= 1 && max >= min, "{what}: reps {min}–{max}");
                assert!(max <= 30, "{what}: {max} reps is a lot");
            }
            DoseKind::Hold { seconds, reps } => {
                assert!((5..=120).contains(&seconds), "{what}: hold {seconds} s");
                assert!((1..=12).contains(&reps), "{what}: {reps} holds");
            }
            DoseKind::Minutes { min, max, times } => {
                assert!(
                    min >= 1 && max >= min && max <= 60,
                    "{what}: {min}–{max} min"
                );
                assert!((1..=5).contains(&times), "{what}: {times} times");
            }
        }
        // The app shows `how_often` as its own sentence after the dose.
        let often = d.how_often.trim();
        assert!(
            often.ends_with('.') && often.starts_with(|c: char| c.is_uppercase()),
            "{what}: how_often should be a sentence: {often:?}"
        );
    }
}

#[test]
fn the_slump_slider_is_gentle_and_for_the_affected_leg() {
    let e = exercise("slump-slider");
    assert_eq!(e.dose.kind, DoseKind::Reps { min: 15, max: 20 });
    assert!(!e.dose.each_side, "done with the affected leg only");
    assert!(e.steps.iter().any(|s| s.contains("affected leg")));
    assert!(e.facts.contains(&"N7") && e.facts.contains(&"N8"));
    let page = GUIDE
        .exercise(e.slug)
        .expect("the slump slider has its page");
    let text = [e.feel, page.harder].join(" ") + &e.steps.join(" ");
    assert!(
        text.contains("pain"),
        "it must say to stay almost pain-free"
    );
    assert!(
        text.contains("strong stretch"),
        "it must warn against a strong stretch"
    );
}

#[test]
fn every_figure_has_one_or_two_poses_with_captions() {
    for e in CONTENT.exercises {
        let poses = e.figure.poses;
        assert!(
            (1..=2).contains(&poses.len()),
            "{}: {} poses",
            e.slug,
            poses.len()
        );
        let captions: HashSet<&str> = poses.iter().map(|p| p.caption).collect();
        assert_eq!(captions.len(), poses.len(), "{}: repeated caption", e.slug);
        for p in poses {
            assert!(!p.caption.trim().is_empty(), "{}: empty caption", e.slug);
            assert!(
                p.caption.len() <= 12,
                "{}: caption {:?} is long",
                e.slug,
                p.caption
            );
        }
    }
}

#[test]
fn figures_stay_on_the_canvas() {
    for e in CONTENT.exercises {
        for p in e.figure.poses {
            let what = format!("{} {:?}", e.slug, p.caption);
            let (hx, hy) = (f64::from(p.head.0), f64::from(p.head.1));
            assert!(
                (HEAD_RADIUS..=CANVAS_W - HEAD_RADIUS).contains(&hx)
                    && (HEAD_RADIUS..=FLOOR_Y - HEAD_RADIUS).contains(&hy),
                "{what}: head {:?} goes off the canvas or through the floor",
                p.head
            );
            for j in joints(p) {
                assert!(
                    on_canvas(j),
                    "{what}: joint {j:?} is off the canvas or below the floor"
                );
            }
            for prop in p.props {
                match *prop {
                    Prop::Floor => {}
                    Prop::Mat { from_x, to_x } => {
                        assert!(from_x < to_x && on_canvas((from_x, 110)) && on_canvas((to_x, 110)))
                    }
                    Prop::Ball { at } => {
                        let (x, y) = (f64::from(at.0), f64::from(at.1));
                        assert!(
                            (BALL_RADIUS..=CANVAS_W - BALL_RADIUS).contains(&x)
                                && y + BALL_RADIUS <= FLOOR_Y,
                            "{what}: ball {at:?}"
                        );
                    }
                    Prop::Table { at, width } | Prop::Bench { at, width } => {
                        assert!(width > 0 && on_canvas(at) && on_canvas((at.0 + width, at.1)))
                    }
                    Prop::Arrow { from, to } => {
                        assert!(
                            on_canvas(from) && on_canvas(to),
                            "{what}: arrow off the canvas"
                        );
                        assert!(dist(from, to) >= 8.0, "{what}: arrow too short to see");
                    }
                }
            }
        }
    }
}

#[test]
fn figures_stand_on_something() {
    for e in CONTENT.exercises {
        for p in e.figure.poses {
            let what = format!("{} {:?}", e.slug, p.caption);
            assert!(
                p.props
                    .iter()
                    .any(|q| matches!(q, Prop::Floor | Prop::Mat { .. })),
                "{what}: no floor or mat"
            );
            // Something rests on the floor, or on the top of a table or bench.
            let tops: Vec<(i16, i16, i16)> = p
                .props
                .iter()
                .filter_map(|q| match *q {
                    Prop::Table { at, width } | Prop::Bench { at, width } => {
                        Some((at.0, at.0 + width, at.1))
                    }
                    _ => None,
                })
                .collect();
            let mut points = joints(p);
            points.push((p.head.0, p.head.1 + HEAD_RADIUS as i16));
            let grounded = points.iter().any(|&(x, y)| {
                FLOOR_Y - f64::from(y) <= 5.0
                    || tops.iter().any(|&(from, to, top)| {
                        (from..=to).contains(&x) && (0..=8).contains(&(top - y))
                    })
            });
            assert!(grounded, "{what}: the figure floats");
        }
    }
}

#[test]
fn figures_share_one_set_of_proportions() {
    for e in CONTENT.exercises {
        let turned = TURNED_TO_VIEWER.contains(&e.slug);
        let mut lengths: Vec<(&'static str, f64)> = Vec::new();
        for p in e.figure.poses {
            for (bone, side, length) in bones(p) {
                let min = if turned && bone.leg {
                    bone.min * FORESHORTENED
                } else {
                    bone.min
                };
                assert!(
                    (min..=bone.max).contains(&length),
                    "{} {:?}: {side} {} is {length:.1}, want {min:.1}–{:.1}",
                    e.slug,
                    p.caption,
                    bone.name,
                    bone.max
                );
                if !(turned && bone.leg) {
                    lengths.push((bone.name, length));
                }
            }
        }
        for name in [HEAD, TORSO, UPPER_ARM, FOREARM, THIGH, SHIN, FOOT].map(|b| b.name) {
            let same: Vec<f64> = lengths
                .iter()
                .filter(|(n, _)| *n == name)
                .map(|(_, l)| *l)
                .collect();
            if let (Some(lo), Some(hi)) = (
                same.iter().copied().reduce(f64::min),
                same.iter().copied().reduce(f64::max),
            ) {
                assert!(
                    hi - lo <= SAME_BONE_SPREAD,
                    "{}: the {name} changes length from {lo:.1} to {hi:.1} between poses or sides",
                    e.slug
                );
            }
        }
    }
}

#[test]
fn lying_figures_rest_their_head_on_the_floor() {
    for slug in [
        "glute-bridge",
        "dead-bug",
        "knee-hugs",
        "lumbar-rotation",
        "pelvic-tilt",
    ] {
        for p in exercise(slug).figure.poses {
            let bottom = p.head.1 + HEAD_RADIUS as i16;
            assert!(
                (108..=110).contains(&bottom),
                "{slug} {:?}: head off the floor",
                p.caption
            );
        }
    }
}

/// What a physiotherapist would look for first in each picture.
#[test]
fn the_pictures_show_the_movement() {
    // Bridges and the hip thrust lift the hips well clear, to a straight line.
    let (start, lift) = (pose("glute-bridge", "Start"), pose("glute-bridge", "Lift"));
    assert!(
        start.hip.1 - lift.hip.1 >= 12,
        "the bridge must lift the hips well clear of the floor"
    );
    assert!(
        (lift.near_leg[0].0 - lift.near_leg[1].0).abs() <= 3,
        "at the top of the bridge the shins are upright"
    );
    let straight = angle(lift.neck, lift.hip, lift.near_leg[0]);
    assert!(
        straight > 170.0,
        "shoulders, hips and knees in line, got {straight:.0}°"
    );
    let (down, up) = (pose("hip-thrust", "Down"), pose("hip-thrust", "Up"));
    assert!(
        down.hip.1 - up.hip.1 >= 12,
        "the hip thrust must lift the hips"
    );
    assert!(
        (up.hip.1 - up.neck.1).abs() <= 3,
        "at the top the trunk is level"
    );
    let knee = angle(up.hip, up.near_leg[0], up.near_leg[1]);
    assert!(
        (80.0..=100.0).contains(&knee),
        "shins upright at the top, knee {knee:.0}°"
    );

    // The side plank lifts the hips into one line from feet to shoulders.
    let (start, lift) = (pose("side-plank", "Start"), pose("side-plank", "Lift"));
    assert!(start.hip.1 - lift.hip.1 >= 5);
    assert!(angle(lift.neck, lift.hip, lift.near_leg[1]) > 172.0);
    assert_eq!(lift.near_arm[0].0, lift.neck.0, "elbow under the shoulder");

    // Cobra: the chest rises onto the forearms while the hips stay down.
    let (start, lift) = (
        pose("cobra-forearms", "Start"),
        pose("cobra-forearms", "Lift"),
    );
    assert!(start.neck.1 - lift.neck.1 >= 10);
    assert_eq!(start.hip, lift.hip, "the hips stay on the floor");
    assert!(
        (lift.near_arm[0].0 - lift.neck.0).abs() <= 2,
        "elbow under the shoulder"
    );

    // Dead bug and bird dog straighten a leg in the reach.
    let reach = pose("dead-bug", "Reach");
    assert!(angle(reach.hip, reach.near_leg[0], reach.near_leg[1]) > 165.0);
    let reach = pose("bird-dog", "Reach");
    assert!(angle(reach.hip, reach.near_leg[0], reach.near_leg[1]) > 165.0);
    assert!(angle(reach.neck, reach.far_arm[0], reach.far_arm[1]) > 165.0);
    assert!(
        (reach.near_leg[1].1 - reach.hip.1).abs() <= 4,
        "leg level with the body"
    );

    // Child's pose sits back: the hips move back towards the heels and the head goes down.
    let (start, hold) = (pose("childs-pose", "Start"), pose("childs-pose", "Hold"));
    assert!(hold.hip.0 < start.hip.0 && hold.head.1 > start.head.1);

    // The clamshell opens the top knee while the feet stay together.
    let (start, open) = (pose("clamshell", "Start"), pose("clamshell", "Open"));
    assert!(start.near_leg[0].1 - open.near_leg[0].1 >= 10);
    assert_eq!(start.near_leg[1], open.near_leg[1]);

    // Knee hugs bring the knees up towards the chest.
    let hug = pose("knee-hugs", "Hug");
    assert!(
        hug.near_leg[0].0 < hug.hip.0,
        "knees come up over the tummy"
    );

    // Slump slider: sitting on the table, the affected leg nearly straight, the head and the
    // foot moving in opposite ways.
    let (down, up) = (
        pose("slump-slider", "Chin down"),
        pose("slump-slider", "Look up"),
    );
    for p in [down, up] {
        assert!(
            angle(p.hip, p.near_leg[0], p.near_leg[1]) > 150.0,
            "affected leg straightens"
        );
        assert!(
            angle(p.hip, p.far_leg[0], p.far_leg[1]) < 110.0,
            "other leg hangs"
        );
    }
    assert!(up.head.1 < down.head.1, "looks up");
    assert!(up.near_leg[2].1 < down.near_leg[2].1, "toes pulled up");

    // The piriformis release sits on the ball.
    let lean = pose("piriformis-release", "Lean");
    let ball = lean
        .props
        .iter()
        .find_map(|p| match *p {
            Prop::Ball { at } => Some(at),
            _ => None,
        })
        .expect("a ball");
    assert!((lean.hip.0 - ball.0).abs() <= 6 && lean.hip.1 < ball.1);
}

/// The points an eye follows from one picture to the next: the head, every joint and the
/// middle of the back (which moves when only the back's shape changes).
fn body_points(p: &Pose) -> Vec<Point> {
    let mut out = joints(p);
    out.push(p.head);
    out.push(p.back_middle());
    out
}

/// Some part of the body moves at least this far between the two poses of a figure (a tenth
/// of the canvas's height), so that the start and the end never look alike.
const MIN_MOVE: f64 = 12.0;

#[test]
fn the_two_poses_of_a_figure_differ_enough_to_see() {
    for e in CONTENT.exercises {
        let [start, end] = e.figure.poses else {
            continue;
        };
        let largest = body_points(start)
            .into_iter()
            .zip(body_points(end))
            .map(|(a, b)| dist(a, b))
            .fold(0.0, f64::max);
        assert!(
            largest >= MIN_MOVE,
            "{}: from {:?} to {:?} nothing moves more than {largest:.1} units, want {MIN_MOVE}",
            e.slug,
            start.caption,
            end.caption
        );
    }
}

#[test]
fn only_the_cat_camel_bends_its_back() {
    for e in CONTENT.exercises {
        for p in e.figure.poses {
            let bent = p.bow != 0;
            assert_eq!(
                bent,
                e.slug == ExerciseId::CatCamel,
                "{} {:?}: bow {}",
                e.slug,
                p.caption,
                p.bow
            );
            // A gentle curve: the middle of the back stays within a quarter of its length.
            assert!(
                f64::from(p.bow.abs()) <= dist(p.neck, p.hip) / 4.0,
                "{} {:?}: bow {} is too deep",
                e.slug,
                p.caption,
                p.bow
            );
        }
    }
    let (round, arch) = (pose("cat-camel", "Round"), pose("cat-camel", "Arch"));
    let straight_middle = (round.neck.1 + round.hip.1) / 2;
    assert!(
        round.back_middle().1 < straight_middle - 4,
        "rounding lifts the middle of the back"
    );
    assert!(
        arch.back_middle().1 > straight_middle + 3,
        "arching lets it sag"
    );
}
