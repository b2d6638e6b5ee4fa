//! The exercise library: what each exercise is for, how to do it, how much, how it should feel,
//! when to stop, and its picture.
//!
//! Exercises are listed by plan phase, gentlest first. The pictures are side-view stick figures
//! on the shared 200 × 120 canvas (y down, floor at y = 110), all drawn to one set of body
//! proportions; `content::figure_checks` keeps them in range and on the canvas. The poses are
//! kept at the end of the file, after the text.

use crate::content::ids::ExerciseId;
use crate::content::model::*;

pub const EXERCISES: &[Exercise] = &[
    // ----- Settle -----
    Exercise {
        slug: ExerciseId::PelvicTilt,
        name: "Pelvic tilt",
        phase: Phase::Settle,
        steps: &[
            "Lie on your back with your knees bent and your feet flat.",
            "Rest one hand on your tummy.",
            "Tighten your tummy gently and press your lower back down into the floor.",
            "Your pelvis tips back a little. Keep your buttocks relaxed.",
            "Hold for 5 seconds. Keep breathing.",
            "Relax, and let your back go back to its normal curve.",
        ],
        dose: Dose {
            kind: DoseKind::Hold { seconds: 5, reps: 10 },
            sets: 1,
            each_side: false,
            rest_seconds: 0,
            how_often: "Two or three times a day.",
        },
        feel: "A gentle tightening low in your tummy. It should feel easy and calming, not painful.",
        stop_if: &[
            "The movement makes your pain worse.",
            "Pain, tingling or numbness spreads into your leg.",
        ],
        figure: Figure {
            alt: "A person lying on their back with knees bent and feet flat. \
                  An arrow shows the lower back pressing gently down.",
            poses: &[PELVIC_TILT],
        },
        facts: &["F5"],
    },
    Exercise {
        slug: ExerciseId::Walking,
        name: "Walking",
        phase: Phase::Settle,
        steps: &[
            "Walk at an easy pace on flat ground.",
            "Stand tall and let your arms swing.",
            "Start with 5 to 10 minutes. Go more than once a day if you like.",
            "If your back feels the same or better, add a few minutes every day or two.",
            "Keep away from hills at first. Going downhill can upset a sore back.",
            "Wear comfy shoes with some cushion.",
        ],
        dose: Dose {
            kind: DoseKind::Minutes {
                min: 5,
                max: 20,
                times: 3,
            },
            sets: 1,
            each_side: false,
            rest_seconds: 0,
            how_often: "Spread them through the day.",
        },
        feel: "Your back may feel stiff at first and then loosen up. \
               It should feel the same or easier after each walk.",
        stop_if: &[
            "Pain builds as you walk and does not ease when you stop.",
            "Pain, tingling or numbness spreads down your leg.",
            "Your leg feels weak, or your foot catches or drags.",
        ],
        figure: Figure {
            alt: "A person walking tall on flat ground, with the arms swinging.",
            poses: &[WALKING],
        },
        facts: &["M7", "D7"],
    },
    Exercise {
        slug: ExerciseId::PiriformisRelease,
        name: "Piriformis ball release",
        phase: Phase::Settle,
        steps: &[
            "Sit on the floor with your knees bent and your hands behind you.",
            "Put a massage ball or a tennis ball under one buttock.",
            "Lean your weight onto the ball.",
            "Roll slowly until you find a tender spot.",
            "Stay there and breathe, and let the muscle relax.",
            "Move the ball a little and repeat. Then do the other side.",
        ],
        dose: Dose {
            kind: DoseKind::Hold { seconds: 30, reps: 3 },
            sets: 1,
            each_side: true,
            rest_seconds: 0,
            how_often: "Once or twice a day.",
        },
        feel: "A deep, achy pressure that eases as you stay on it. \
               It may feel tender, but it should not be sharp.",
        stop_if: &[
            "You feel a sharp pain.",
            "You get tingling, pins and needles or numbness down your leg.",
            "Your buttock is more sore the next day. Press more lightly and for less time.",
        ],
        figure: Figure {
            alt: "A person sitting on the floor with knees bent, leaning back on the hands. \
                  A ball sits under one buttock. An arrow shows the weight leaning onto it.",
            poses: &[PIRIFORMIS_LEAN],
        },
        facts: &["S6", "E1"],
    },
    // ----- Mobilise -----
    Exercise {
        slug: ExerciseId::KneeHugs,
        name: "Knee hugs",
        phase: Phase::Mobilise,
        steps: &[
            "Lie on your back with your knees bent and your feet flat.",
            "Lift one knee towards your chest, then the other.",
            "Hold your legs just below your knees.",
            "Pull your knees in gently until you feel a stretch in your lower back.",
            "Keep your head and shoulders relaxed on the floor.",
            "Hold, then put your feet back down one at a time.",
        ],
        dose: Dose {
            kind: DoseKind::Hold { seconds: 20, reps: 3 },
            sets: 1,
            each_side: false,
            rest_seconds: 10,
            how_often: "Two or three times a day.",
        },
        feel: "A gentle stretch across your lower back. It should ease your back, not hurt it.",
        stop_if: &[
            "Your pain gets worse, not easier.",
            "You feel pins and needles or tingling in your legs.",
            "Pain spreads down your leg.",
        ],
        figure: Figure {
            alt: "Two drawings. Start: lying on the back with knees bent and feet flat. \
                  Hug: both knees pulled in towards the chest, hands holding just below the knees.",
            poses: &[KNEE_HUGS_START, KNEE_HUGS_HUG],
        },
        facts: &["F6", "E1"],
    },
    Exercise {
        slug: ExerciseId::ChildsPose,
        name: "Child's pose",
        phase: Phase::Mobilise,
        steps: &[
            "Start on your hands and knees, with your hands under your shoulders.",
            "Let your big toes touch and your knees move a little apart.",
            "Slowly sit back towards your heels.",
            "Let your chest rest on your thighs. Reach your arms forward along the floor.",
            "Rest your forehead on the floor or on a cushion.",
            "Breathe slowly and let your back relax. Then come back onto your hands and knees.",
        ],
        dose: Dose {
            kind: DoseKind::Hold { seconds: 30, reps: 3 },
            sets: 1,
            each_side: false,
            rest_seconds: 15,
            how_often: "Once or twice a day.",
        },
        feel: "A gentle stretch in your lower back, and maybe in your hips. \
               It should feel easy and calm.",
        stop_if: &[
            "The stretch turns into pain.",
            "Your knees hurt.",
            "You feel tingling or numbness in your legs.",
        ],
        figure: Figure {
            alt: "Two drawings. Start: on hands and knees. Hold: sitting back on the heels, \
                  chest on the thighs, forehead down and arms reaching forward on the mat.",
            poses: &[CHILDS_POSE_START, CHILDS_POSE_HOLD],
        },
        facts: &["F6", "E1"],
    },
    Exercise {
        slug: ExerciseId::CatCamel,
        name: "Cat and camel",
        phase: Phase::Mobilise,
        steps: &[
            "Start on your hands and knees, with hands under shoulders and knees under hips.",
            "Breathe out. Round your back up towards the ceiling and let your head drop.",
            "Pause for a moment.",
            "Breathe in. Let your tummy sink gently towards the floor and lift your head a little.",
            "Only move as far as feels easy.",
            "Keep moving slowly between the two.",
        ],
        dose: Dose {
            kind: DoseKind::Reps { min: 8, max: 10 },
            sets: 2,
            each_side: false,
            rest_seconds: 30,
            how_often: "Two or three times a day.",
        },
        feel: "Your back should feel looser and warmer. The movement should be smooth and easy.",
        stop_if: &[
            "Arching your back brings on pain.",
            "You feel a sharp pain.",
            "Pain spreads down your leg.",
        ],
        figure: Figure {
            alt: "Two drawings on hands and knees. Round: the back pushes up and the head drops. \
                  Arch: the back sinks gently and the head lifts.",
            poses: &[CAT_CAMEL_ROUND, CAT_CAMEL_ARCH],
        },
        facts: &["M8"],
    },
    Exercise {
        slug: ExerciseId::CobraForearms,
        name: "Cobra on your forearms",
        phase: Phase::Mobilise,
        steps: &[
            "Lie face down, with your elbows by your sides and your hands near your shoulders.",
            "Let your hips and legs relax on the floor.",
            "Slowly raise your chest and take your weight on your forearms.",
            "Bring your elbows under your shoulders. Look ahead, not up.",
            "Hold and breathe. Let your lower back sag gently.",
            "Lower your chest slowly back down.",
        ],
        dose: Dose {
            kind: DoseKind::Hold { seconds: 20, reps: 3 },
            sets: 1,
            each_side: false,
            rest_seconds: 15,
            how_often: "Two or three times a day.",
        },
        feel: "A gentle stretch or pressure in your lower back. \
               Any leg symptoms should stay the same or ease. \
               Leg pain that moves back up towards your spine is a good sign.",
        stop_if: &[
            "Pain spreads further down your leg.",
            "You get more pins and needles or numbness.",
            "Your back pain becomes sharp.",
        ],
        figure: Figure {
            alt: "Two drawings. Start: lying face down with the hands near the shoulders. \
                  Lift: the chest raised onto the forearms, elbows under the shoulders, \
                  hips still on the mat.",
            poses: &[COBRA_START, COBRA_LIFT],
        },
        facts: &["D8", "E1"],
    },
    Exercise {
        slug: ExerciseId::LumbarRotation,
        name: "Lower back rotation",
        phase: Phase::Mobilise,
        steps: &[
            "Lie on your back with your knees bent and your feet flat and together.",
            "Rest your arms on the floor, a little away from your sides.",
            "Let both knees roll slowly to one side, only as far as is comfortable.",
            "Keep both shoulders on the floor.",
            "Stay for a breath or two.",
            "Bring your knees back to the middle. Then roll them to the other side.",
        ],
        dose: Dose {
            kind: DoseKind::Reps { min: 10, max: 10 },
            sets: 2,
            each_side: true,
            rest_seconds: 30,
            how_often: "Twice a day.",
        },
        feel: "A gentle stretch across your lower back and the side of your hip.",
        stop_if: &[
            "The twist causes sharp pain.",
            "Pain or tingling spreads down your leg.",
        ],
        figure: Figure {
            alt: "Two drawings. Start: lying on the back with knees bent and feet flat. \
                  Roll: both knees lowered together to one side, shoulders still on the mat.",
            poses: &[LUMBAR_ROTATION_START, LUMBAR_ROTATION_ROLL],
        },
        facts: &["D8", "E1"],
    },
    Exercise {
        slug: ExerciseId::SlumpSlider,
        name: "Slump slider",
        phase: Phase::Mobilise,
        steps: &[
            "Perch on a firm, high table or kitchen worktop, with both legs hanging free.",
            "Put both hands behind you, low on your back.",
            "Let your upper back round a little, and tuck your chin in towards your chest.",
            "Point your toes away and slowly straighten your affected leg.",
            "Now pull your toes up towards you and lift your head to look up, both at once.",
            "Then tuck your chin and point your toes again. Keep moving smoothly between the two.",
            "Never push into a strong stretch. Nerves do not like being pulled hard.",
        ],
        dose: Dose {
            kind: DoseKind::Reps { min: 15, max: 20 },
            sets: 1,
            each_side: false,
            rest_seconds: 0,
            how_often: "Two or three times a day.",
        },
        feel: "A mild pull behind your thigh or in your buttock is fine. \
               It should be almost free of pain.",
        stop_if: &[
            "The pull turns into pain.",
            "Tingling, numbness or burning in your leg gets worse.",
            "Your leg feels worse afterwards or the next day.",
        ],
        figure: Figure {
            alt: "Two drawings of a person sitting on a table edge, legs hanging, hands on the \
                  lower back and upper back rounded. Chin down: chin tucked, one leg straight \
                  and toes pointed. Look up: head raised and toes pulled up.",
            poses: &[SLUMP_SLIDER_CHIN_DOWN, SLUMP_SLIDER_LOOK_UP],
        },
        facts: &["N7", "N8", "E1"],
    },
    // ----- Strengthen -----
    Exercise {
        slug: ExerciseId::GluteBridge,
        name: "Glute bridge",
        phase: Phase::Strengthen,
        steps: &[
            "Lie on your back with your knees bent and your feet flat, hip-width apart.",
            "Rest your arms on the floor by your sides.",
            "Tighten your tummy gently so your lower back does not arch.",
            "Squeeze your buttocks and lift your hips until your shoulders, hips and knees line up.",
            "Hold for 2 seconds. Keep your pelvis level.",
            "Lower yourself slowly back down.",
        ],
        dose: Dose {
            kind: DoseKind::Reps { min: 10, max: 12 },
            sets: 3,
            each_side: false,
            rest_seconds: 45,
            how_often: "Once a day.",
        },
        feel: "Your buttocks should do most of the work. Some effort in the backs of your \
               thighs is normal. Your lower back should stay relaxed.",
        stop_if: &[
            "Your back hurts more as you lift.",
            "You feel a sharp pain.",
            "Pain spreads down your leg.",
        ],
        figure: Figure {
            alt: "Two drawings. Start: lying on the back with knees bent and feet flat. \
                  Lift: hips raised so the shoulders, hips and knees are in one line.",
            poses: &[GLUTE_BRIDGE_START, GLUTE_BRIDGE_LIFT],
        },
        facts: &["F7", "E1"],
    },
    Exercise {
        slug: ExerciseId::DeadBug,
        name: "Dead bug",
        phase: Phase::Strengthen,
        steps: &[
            "Lie on your back. Lift your arms straight up towards the ceiling.",
            "Lift your legs so your hips and knees are bent at right angles.",
            "Press your lower back gently towards the floor, and keep it there.",
            "Slowly reach one arm back past your head. At the same time, straighten the other leg.",
            "Stop before your back starts to arch. Breathe out as you reach.",
            "Bring them back, then switch sides.",
        ],
        dose: Dose {
            kind: DoseKind::Reps { min: 6, max: 10 },
            sets: 3,
            each_side: true,
            rest_seconds: 45,
            how_often: "Once a day.",
        },
        feel: "Your tummy works hard to keep your back flat. Move slowly and with control.",
        stop_if: &[
            "Your back lifts off the floor and hurts.",
            "You feel a sharp pain.",
            "Pain spreads down your leg.",
        ],
        figure: Figure {
            alt: "Two drawings. Start: lying on the back, arms up to the ceiling, hips and knees \
                  bent at right angles. Reach: one arm lowered back past the head while the \
                  other leg straightens out low.",
            poses: &[DEAD_BUG_START, DEAD_BUG_REACH],
        },
        facts: &["F7", "E1"],
    },
    Exercise {
        slug: ExerciseId::BirdDog,
        name: "Bird dog",
        phase: Phase::Strengthen,
        steps: &[
            "Start on your hands and knees, with hands under shoulders and knees under hips.",
            "Keep your back flat and your neck long. Look at the floor.",
            "Tighten your tummy gently.",
            "Slowly reach one arm forward and the other leg back, until both are level with your body.",
            "Keep your hips level. Do not let your back sag or twist.",
            "Hold for 2 seconds, then come back. Switch sides.",
        ],
        dose: Dose {
            kind: DoseKind::Reps { min: 8, max: 10 },
            sets: 3,
            each_side: true,
            rest_seconds: 45,
            how_often: "Once a day.",
        },
        feel: "Your tummy, buttocks and back work to keep you steady. \
               Your lower back should not hurt.",
        stop_if: &[
            "Your back hurts as you reach.",
            "You feel a sharp pain.",
            "Pain spreads down your leg.",
        ],
        figure: Figure {
            alt: "Two drawings. Start: on hands and knees with a flat back. \
                  Reach: one arm stretched forward and the other leg stretched back, \
                  both level with the body.",
            poses: &[BIRD_DOG_START, BIRD_DOG_REACH],
        },
        facts: &["S8"],
    },
    Exercise {
        slug: ExerciseId::Clamshell,
        name: "Clamshell",
        phase: Phase::Strengthen,
        steps: &[
            "Lie on your side with your hips and knees bent. Keep your feet together.",
            "Rest your head on your lower arm.",
            "Put your top hand on your hip to check it does not roll back.",
            "Keep your feet touching and lift your top knee.",
            "Lift only as far as you can without your pelvis turning.",
            "Lower your knee slowly. Do the whole set, then turn over.",
        ],
        dose: Dose {
            kind: DoseKind::Reps { min: 12, max: 15 },
            sets: 3,
            each_side: true,
            rest_seconds: 30,
            how_often: "Once a day.",
        },
        feel: "You should feel the side and back of your hip working, deep in your buttock.",
        stop_if: &[
            "You feel pain in your lower back or in your hip joint.",
            "Pain spreads down your leg.",
        ],
        figure: Figure {
            alt: "Two drawings seen from the front. Start: lying on one side, knees bent and \
                  together, head on the lower arm. Open: the top knee lifted while the feet stay \
                  together.",
            poses: &[CLAMSHELL_START, CLAMSHELL_OPEN],
        },
        facts: &["S8"],
    },
    Exercise {
        slug: ExerciseId::SidePlank,
        name: "Side plank",
        phase: Phase::Strengthen,
        steps: &[
            "Lie on your side with your legs straight, one on top of the other.",
            "Lean on your lower forearm, with your elbow right under your shoulder.",
            "Rest your top hand on your hip.",
            "Pull your tummy in gently. Lift your hips until your body is in a straight line.",
            "Hold still and breathe. Do not let your hips sag or tip.",
            "Lower your hips slowly. Then turn over and do the other side.",
        ],
        dose: Dose {
            kind: DoseKind::Hold { seconds: 20, reps: 3 },
            sets: 1,
            each_side: true,
            rest_seconds: 30,
            how_often: "Once a day.",
        },
        feel: "The side of your waist and hip work hard. Your back should not hurt.",
        stop_if: &[
            "You feel a sharp pain in your back.",
            "Pain spreads into your buttock or leg.",
            "Your shoulder hurts.",
        ],
        figure: Figure {
            alt: "Two drawings seen from the front. Start: lying on one side, propped on the \
                  forearm, hips on the mat. Lift: hips raised so the body is straight from feet \
                  to head, top hand on the hip.",
            poses: &[SIDE_PLANK_START, SIDE_PLANK_LIFT],
        },
        facts: &["M11", "E1"],
    },
    Exercise {
        slug: ExerciseId::HipThrust,
        name: "Hip thrust",
        phase: Phase::Strengthen,
        steps: &[
            "Sit on the floor with your back against the side of a sofa or firm bench.",
            "Rest your upper back on the edge. Bend your knees and put your feet flat.",
            "Rest your hands on your hips. Tuck your chin a little.",
            "Tighten your tummy. Push through your heels and lift your hips.",
            "Stop when your body is flat from shoulders to knees, like a table top.",
            "Lower your hips slowly towards the floor.",
        ],
        dose: Dose {
            kind: DoseKind::Reps { min: 8, max: 12 },
            sets: 3,
            each_side: false,
            rest_seconds: 60,
            how_often: "Three times a week.",
        },
        feel: "A strong squeeze in your buttocks. Your lower back should not take the strain.",
        stop_if: &[
            "You feel pain in your lower back.",
            "Your neck or shoulders hurt on the edge.",
            "Pain spreads down your leg.",
        ],
        figure: Figure {
            alt: "Two drawings. Down: upper back on the edge of a bench, hips low and feet flat on \
                  the floor. Up: hips lifted level with the shoulders and knees.",
            poses: &[HIP_THRUST_DOWN, HIP_THRUST_UP],
        },
        facts: &["F7", "E1"],
    },
];

/// What only each exercise's own page says, in the same order (see [`Guide`]).
pub const EXERCISE_PAGES: &[ExerciseGuide] = &[
    ExerciseGuide {
        slug: ExerciseId::PelvicTilt,
        purpose: "A very small, gentle movement to use early on, while your back is sore. \
                  It wakes up your tummy muscles and helps a tight back let go.",
        easier: "Make the movement smaller. Hold for just 2 or 3 seconds.",
        harder: "Hold the tilt while you slowly slide one heel away from you and back. \
                 Then do the same with the other heel.",
    },
    ExerciseGuide {
        slug: ExerciseId::Walking,
        purpose: "Short, easy walks keep your back moving while it heals. \
                  For every cause, gentle movement is better than lying still for days.",
        easier: "Walk for less time, but more often. A walking pole can help.",
        harder: "Walk for longer or a little faster. Later, add gentle hills.",
    },
    ExerciseGuide {
        slug: ExerciseId::PiriformisRelease,
        purpose: "Eases the piriformis, a small muscle deep in your buttock that runs from the \
                  base of your spine to the top of your thigh bone. It can help some people \
                  with sacroiliac joint pain.",
        easier: "Stand with your back to a wall and lean against the ball there.",
        harder: "Cross the ankle of the side you are working over your other knee, \
                 then lean into the ball.",
    },
    ExerciseGuide {
        slug: ExerciseId::KneeHugs,
        purpose: "You lie on your back and hug your knees to your chest. \
                  This bends your lower back gently and opens out the facet joints.",
        easier: "Hug one knee at a time, and keep the other foot on the floor.",
        harder: "While you hug your knees, rock them a little from side to side. \
                 This adds a small twist.",
    },
    ExerciseGuide {
        slug: ExerciseId::ChildsPose,
        purpose: "A calm forward bend that opens out the small facet joints at the back of your \
                  spine. Use it for facet joint pain once the first spasm has eased.",
        easier: "Put a cushion between your heels and your bottom. Or do not sit back as far.",
        harder: "Walk both hands over to one side, to stretch that side of your back more. \
                 Then do the other side.",
    },
    ExerciseGuide {
        slug: ExerciseId::CatCamel,
        purpose: "A slow, easy movement on all fours that rounds your back and then arches it. \
                  It eases stiffness after a muscle strain or facet joint pain, once the worst \
                  pain has passed.",
        easier: "Make the movement smaller. Stay in the part that feels good.",
        harder: "Move more slowly, and pause for 3 seconds at each end.",
    },
    ExerciseGuide {
        slug: ExerciseId::CobraForearms,
        purpose: "A gentle back bend, the other way from sitting. \
                  It can help disc pain once the worst has settled, if it eases your leg symptoms.",
        easier:
            "Put a pillow under your chest and just rest there. Or lift your chest only a little.",
        harder: "Hold for longer, up to 30 seconds, and stay relaxed. \
                 Later, your physio may show you how to press up on your hands.",
    },
    ExerciseGuide {
        slug: ExerciseId::LumbarRotation,
        purpose: "Lying on your back, you let your knees roll gently from side to side. \
                  This small twist eases stiffness from disc or facet joint pain, once the first \
                  pain has settled.",
        easier: "Roll your knees only a small way.",
        harder:
            "Stay on each side for 20 seconds. Turn your head the other way as your knees roll.",
    },
    ExerciseGuide {
        slug: ExerciseId::SlumpSlider,
        purpose: "A gentle nerve exercise. It helps the sciatic nerve slide and glide freely \
                  again, for pain down the leg once its cause has settled.",
        easier: "Keep your head still and move only your foot. Or straighten your leg less.",
        harder: "Straighten your knee a little further, but only while it stays almost pain-free. \
                 Never turn it into a strong stretch.",
    },
    ExerciseGuide {
        slug: ExerciseId::GluteBridge,
        purpose: "Builds the buttock and tummy muscles that keep your lower back and pelvis \
                  steady. It helps facet joint pain and most other causes.",
        easier: "Lift your hips only a little way. Or do fewer in each set.",
        harder: "Lift one foot off the floor and do the bridge on one leg.",
    },
    ExerciseGuide {
        slug: ExerciseId::DeadBug,
        purpose: "Teaches your tummy muscles to keep your lower back still while your arms and \
                  legs move. Good for facet joint pain and for runners in general.",
        easier: "Keep your arms still and move one leg at a time. \
                 Or tap a heel to the floor instead of straightening the leg.",
        harder: "Move more slowly. Pause for 3 seconds with the arm and leg reaching out.",
    },
    ExerciseGuide {
        slug: ExerciseId::BirdDog,
        purpose: "Trains your tummy, back and buttock muscles to stop your back arching or \
                  twisting as your arms and legs move. It helps most causes.",
        easier: "Keep both hands down and reach one leg back. Or reach one arm only.",
        harder: "Hold each reach for 5 seconds. Or, between reaches, bring the elbow and knee \
                 in to touch under your body.",
    },
    ExerciseGuide {
        slug: ExerciseId::Clamshell,
        purpose: "Works the muscles at the side of your hip, which stop your pelvis dropping \
                  on one side as you run. It helps sacroiliac joint pain.",
        easier: "Lift your knee only a little way. Or do fewer in each set.",
        harder: "Put a looped band around your thighs, just above your knees.",
    },
    ExerciseGuide {
        slug: ExerciseId::SidePlank,
        purpose: "Works the muscles at the side of your trunk and hip, one side at a time. \
                  It is a good choice if a back muscle strain keeps coming back.",
        easier: "Bend your knees and lift from your knees, not your feet. Or hold for 10 seconds.",
        harder: "Hold for up to 45 seconds. Or lift your top leg a little while you hold.",
    },
    ExerciseGuide {
        slug: ExerciseId::HipThrust,
        purpose: "A harder glute bridge, with your upper back on a sofa or bench. It builds the \
                  big buttock muscle that stops your pelvis tipping forward.",
        easier: "Go back to the glute bridge on the floor.",
        harder: "Rest a heavy bag across your hips. Or lift with one foot on the floor.",
    },
];

// ----- The poses -----
//
// Body proportions (canvas units; `figure_checks` holds the allowed ranges): head centre 10
// from the neck (radius 9), torso 32, upper arm 18, forearm 17, thigh 26, shin 25, foot 8.
// Shoulders are at the neck point. Lying figures have their torso line at y = 104 and their
// head centre at y = 101, so the head rests on the floor.

// pelvic-tilt
const PELVIC_TILT: Pose = Pose {
    caption: "Tilt",
    head: (63, 101),
    neck: (73, 104),
    hip: (105, 104),
    bow: 0,
    near_arm: [(91, 106), (108, 107)],
    far_arm: [(91, 106), (108, 107)],
    near_leg: [(123, 86), (138, 106), (146, 108)],
    far_leg: [(123, 86), (138, 106), (146, 108)],
    props: &[
        Prop::Mat {
            from_x: 49,
            to_x: 165,
        },
        Prop::Arrow {
            from: (97, 87),
            to: (97, 99),
        },
    ],
};

// walking: facing right, mid-stride, arms swinging against the legs
const WALKING: Pose = Pose {
    caption: "Walk",
    head: (81, 13),
    neck: (80, 23),
    hip: (78, 55),
    bow: 0,
    near_arm: [(72, 39), (69, 56)],
    far_arm: [(89, 39), (105, 43)],
    near_leg: [(87, 80), (95, 104), (102, 101)],
    far_leg: [(77, 81), (62, 101), (69, 107)],
    props: &[
        Prop::Floor,
        Prop::Arrow {
            from: (114, 30),
            to: (138, 30),
        },
    ],
};

// knee-hugs
const KNEE_HUGS_START: Pose = Pose {
    caption: "Start",
    head: (63, 101),
    neck: (73, 104),
    hip: (105, 104),
    bow: 0,
    near_arm: [(91, 106), (108, 107)],
    far_arm: [(91, 106), (108, 107)],
    near_leg: [(123, 86), (138, 106), (146, 108)],
    far_leg: [(123, 86), (138, 106), (146, 108)],
    props: &[Prop::Mat {
        from_x: 43,
        to_x: 161,
    }],
};

const KNEE_HUGS_HUG: Pose = Pose {
    caption: "Hug",
    head: (63, 101),
    neck: (73, 104),
    hip: (105, 104),
    bow: 0,
    near_arm: [(83, 89), (98, 81)],
    far_arm: [(83, 89), (98, 81)],
    near_leg: [(95, 80), (119, 88), (121, 81)],
    far_leg: [(95, 80), (119, 88), (121, 81)],
    props: &[Prop::Mat {
        from_x: 43,
        to_x: 161,
    }],
};

// childs-pose
const CHILDS_POSE_START: Pose = Pose {
    caption: "Start",
    head: (133, 76),
    neck: (123, 73),
    hip: (92, 80),
    bow: 0,
    near_arm: [(123, 91), (123, 108)],
    far_arm: [(123, 91), (123, 108)],
    near_leg: [(92, 106), (67, 107), (59, 108)],
    far_leg: [(92, 106), (67, 107), (59, 108)],
    props: &[
        Prop::Mat {
            from_x: 46,
            to_x: 172,
        },
        Prop::Arrow {
            from: (88, 70),
            to: (74, 78),
        },
    ],
};

const CHILDS_POSE_HOLD: Pose = Pose {
    caption: "Hold",
    head: (111, 101),
    neck: (102, 99),
    hip: (71, 91),
    bow: 0,
    near_arm: [(119, 105), (135, 107)],
    far_arm: [(119, 105), (135, 107)],
    near_leg: [(92, 106), (67, 107), (59, 108)],
    far_leg: [(92, 106), (67, 107), (59, 108)],
    props: &[Prop::Mat {
        from_x: 46,
        to_x: 172,
    }],
};

// cat-camel: the back bows up (round) and sags (arch); the head follows it
const CAT_CAMEL_ROUND: Pose = Pose {
    caption: "Round",
    head: (127, 82),
    neck: (123, 73),
    hip: (92, 80),
    bow: 7,
    near_arm: [(123, 91), (123, 108)],
    far_arm: [(123, 91), (123, 108)],
    near_leg: [(92, 106), (67, 107), (59, 108)],
    far_leg: [(92, 106), (67, 107), (59, 108)],
    props: &[
        Prop::Mat {
            from_x: 46,
            to_x: 176,
        },
        Prop::Arrow {
            from: (108, 70),
            to: (108, 56),
        },
    ],
};

const CAT_CAMEL_ARCH: Pose = Pose {
    caption: "Arch",
    head: (131, 67),
    neck: (123, 73),
    hip: (92, 80),
    bow: -5,
    near_arm: [(123, 91), (123, 108)],
    far_arm: [(123, 91), (123, 108)],
    near_leg: [(92, 106), (67, 107), (59, 108)],
    far_leg: [(92, 106), (67, 107), (59, 108)],
    props: &[
        Prop::Mat {
            from_x: 46,
            to_x: 176,
        },
        Prop::Arrow {
            from: (108, 56),
            to: (108, 70),
        },
    ],
};

// cobra-forearms
const COBRA_START: Pose = Pose {
    caption: "Start",
    head: (146, 101),
    neck: (136, 104),
    hip: (104, 105),
    bow: 0,
    near_arm: [(120, 107), (137, 107)],
    far_arm: [(120, 107), (137, 107)],
    near_leg: [(78, 106), (53, 106), (45, 108)],
    far_leg: [(78, 106), (53, 106), (45, 108)],
    props: &[
        Prop::Mat {
            from_x: 35,
            to_x: 169,
        },
        Prop::Arrow {
            from: (132, 95),
            to: (132, 82),
        },
    ],
};

const COBRA_LIFT: Pose = Pose {
    caption: "Lift",
    head: (137, 81),
    neck: (132, 89),
    hip: (104, 105),
    bow: 0,
    near_arm: [(133, 107), (150, 108)],
    far_arm: [(133, 107), (150, 108)],
    near_leg: [(78, 106), (53, 106), (45, 108)],
    far_leg: [(78, 106), (53, 106), (45, 108)],
    props: &[Prop::Mat {
        from_x: 35,
        to_x: 169,
    }],
};

// lumbar-rotation: the knees roll towards the viewer, so the legs look shorter
const LUMBAR_ROTATION_START: Pose = Pose {
    caption: "Start",
    head: (63, 101),
    neck: (73, 104),
    hip: (105, 104),
    bow: 0,
    near_arm: [(91, 106), (108, 107)],
    far_arm: [(91, 106), (108, 107)],
    near_leg: [(123, 86), (138, 106), (146, 108)],
    far_leg: [(123, 86), (138, 106), (146, 108)],
    props: &[Prop::Mat {
        from_x: 43,
        to_x: 161,
    }],
};

const LUMBAR_ROTATION_ROLL: Pose = Pose {
    caption: "Roll",
    head: (63, 101),
    neck: (73, 104),
    hip: (105, 104),
    bow: 0,
    near_arm: [(91, 106), (108, 107)],
    far_arm: [(91, 106), (108, 107)],
    near_leg: [(123, 99), (138, 106), (145, 108)],
    far_leg: [(123, 94), (137, 103), (144, 104)],
    props: &[
        Prop::Mat {
            from_x: 43,
            to_x: 161,
        },
        Prop::Arrow {
            from: (131, 82),
            to: (131, 92),
        },
    ],
};

// piriformis-release
const PIRIFORMIS_LEAN: Pose = Pose {
    caption: "Lean",
    head: (69, 62),
    neck: (67, 71),
    hip: (90, 94),
    bow: 0,
    near_arm: [(64, 89), (64, 106)],
    far_arm: [(66, 89), (66, 106)],
    near_leg: [(115, 87), (131, 106), (139, 108)],
    far_leg: [(115, 86), (129, 106), (137, 108)],
    props: &[
        Prop::Mat {
            from_x: 38,
            to_x: 158,
        },
        Prop::Ball { at: (87, 105) },
        Prop::Arrow {
            from: (72, 84),
            to: (82, 97),
        },
    ],
};

// slump-slider: the near leg is the affected leg
const SLUMP_SLIDER_CHIN_DOWN: Pose = Pose {
    caption: "Chin down",
    head: (107, 23),
    neck: (97, 25),
    hip: (89, 56),
    bow: 0,
    near_arm: [(80, 31), (84, 47)],
    far_arm: [(80, 31), (84, 47)],
    near_leg: [(115, 57), (139, 63), (147, 66)],
    far_leg: [(115, 57), (117, 82), (122, 88)],
    props: &[
        Prop::Floor,
        Prop::Table {
            at: (47, 62),
            width: 68,
        },
    ],
};

const SLUMP_SLIDER_LOOK_UP: Pose = Pose {
    caption: "Look up",
    head: (94, 15),
    neck: (97, 25),
    hip: (89, 56),
    bow: 0,
    near_arm: [(80, 31), (84, 47)],
    far_arm: [(80, 31), (84, 47)],
    near_leg: [(115, 57), (139, 63), (141, 55)],
    far_leg: [(115, 57), (117, 82), (122, 88)],
    props: &[
        Prop::Floor,
        Prop::Table {
            at: (47, 62),
            width: 68,
        },
        Prop::Arrow {
            from: (152, 67),
            to: (149, 55),
        },
    ],
};

// glute-bridge
const GLUTE_BRIDGE_START: Pose = Pose {
    caption: "Start",
    head: (63, 101),
    neck: (73, 104),
    hip: (105, 104),
    bow: 0,
    near_arm: [(91, 106), (108, 107)],
    far_arm: [(91, 106), (108, 107)],
    near_leg: [(113, 81), (124, 106), (132, 108)],
    far_leg: [(113, 81), (124, 106), (132, 108)],
    props: &[Prop::Mat {
        from_x: 49,
        to_x: 165,
    }],
};

const GLUTE_BRIDGE_LIFT: Pose = Pose {
    caption: "Lift",
    head: (63, 101),
    neck: (73, 104),
    hip: (101, 89),
    bow: 0,
    near_arm: [(91, 106), (108, 107)],
    far_arm: [(91, 106), (108, 107)],
    near_leg: [(124, 79), (124, 106), (132, 108)],
    far_leg: [(124, 79), (124, 106), (132, 108)],
    props: &[
        Prop::Mat {
            from_x: 49,
            to_x: 165,
        },
        Prop::Arrow {
            from: (101, 82),
            to: (101, 68),
        },
    ],
};

// dead-bug
const DEAD_BUG_START: Pose = Pose {
    caption: "Start",
    head: (64, 101),
    neck: (74, 104),
    hip: (106, 104),
    bow: 0,
    near_arm: [(74, 86), (74, 69)],
    far_arm: [(74, 86), (74, 69)],
    near_leg: [(106, 78), (131, 78), (131, 70)],
    far_leg: [(106, 78), (131, 78), (131, 70)],
    props: &[Prop::Mat {
        from_x: 46,
        to_x: 172,
    }],
};

const DEAD_BUG_REACH: Pose = Pose {
    caption: "Reach",
    head: (64, 101),
    neck: (74, 104),
    hip: (106, 104),
    bow: 0,
    near_arm: [(74, 86), (74, 69)],
    far_arm: [(59, 94), (44, 85)],
    near_leg: [(132, 99), (156, 95), (155, 87)],
    far_leg: [(106, 78), (131, 78), (131, 70)],
    props: &[Prop::Mat {
        from_x: 46,
        to_x: 172,
    }],
};

// bird-dog
const BIRD_DOG_START: Pose = Pose {
    caption: "Start",
    head: (133, 75),
    neck: (123, 73),
    hip: (92, 80),
    bow: 0,
    near_arm: [(123, 91), (123, 108)],
    far_arm: [(123, 91), (123, 108)],
    near_leg: [(92, 106), (67, 107), (59, 108)],
    far_leg: [(92, 106), (67, 107), (59, 108)],
    props: &[Prop::Mat {
        from_x: 30,
        to_x: 186,
    }],
};

const BIRD_DOG_REACH: Pose = Pose {
    caption: "Reach",
    head: (133, 75),
    neck: (123, 73),
    hip: (92, 80),
    bow: 0,
    near_arm: [(123, 91), (123, 108)],
    far_arm: [(141, 72), (158, 71)],
    near_leg: [(66, 80), (41, 81), (41, 89)],
    far_leg: [(92, 106), (67, 107), (59, 108)],
    props: &[Prop::Mat {
        from_x: 30,
        to_x: 186,
    }],
};

// clamshell: seen from the front, lying on the left side; the near leg is the top leg
const CLAMSHELL_START: Pose = Pose {
    caption: "Start",
    head: (70, 96),
    neck: (80, 100),
    hip: (112, 100),
    bow: 0,
    near_arm: [(98, 97), (115, 96)],
    far_arm: [(62, 104), (45, 105)],
    near_leg: [(131, 99), (149, 100), (156, 98)],
    far_leg: [(131, 106), (149, 106), (156, 104)],
    props: &[
        Prop::Mat {
            from_x: 30,
            to_x: 168,
        },
        Prop::Arrow {
            from: (131, 93),
            to: (131, 81),
        },
    ],
};

const CLAMSHELL_OPEN: Pose = Pose {
    caption: "Open",
    head: (70, 96),
    neck: (80, 100),
    hip: (112, 100),
    bow: 0,
    near_arm: [(98, 97), (115, 96)],
    far_arm: [(62, 104), (45, 105)],
    near_leg: [(131, 85), (149, 100), (156, 98)],
    far_leg: [(131, 106), (149, 106), (156, 104)],
    props: &[Prop::Mat {
        from_x: 30,
        to_x: 168,
    }],
};

// side-plank: seen from the front; the near arm and leg are the lower, supporting ones
const SIDE_PLANK_START: Pose = Pose {
    caption: "Start",
    head: (143, 84),
    neck: (134, 88),
    hip: (108, 106),
    bow: 0,
    near_arm: [(134, 106), (151, 107)],
    far_arm: [(117, 82), (107, 96)],
    near_leg: [(81, 105), (54, 105), (49, 108)],
    far_leg: [(81, 100), (54, 99), (49, 101)],
    props: &[
        Prop::Mat {
            from_x: 38,
            to_x: 172,
        },
        Prop::Arrow {
            from: (95, 97),
            to: (95, 85),
        },
    ],
};

const SIDE_PLANK_LIFT: Pose = Pose {
    caption: "Lift",
    head: (143, 84),
    neck: (134, 88),
    hip: (102, 95),
    bow: 0,
    near_arm: [(134, 106), (151, 107)],
    far_arm: [(118, 80), (104, 90)],
    near_leg: [(76, 100), (52, 105), (47, 108)],
    far_leg: [(76, 95), (52, 99), (47, 101)],
    props: &[Prop::Mat {
        from_x: 38,
        to_x: 172,
    }],
};

// hip-thrust
const HIP_THRUST_DOWN: Pose = Pose {
    caption: "Down",
    head: (74, 77),
    neck: (83, 82),
    hip: (108, 102),
    bow: 0,
    near_arm: [(101, 80), (107, 96)],
    far_arm: [(101, 80), (107, 96)],
    near_leg: [(129, 86), (143, 107), (151, 108)],
    far_leg: [(129, 86), (143, 107), (151, 108)],
    props: &[
        Prop::Floor,
        Prop::Bench {
            at: (49, 86),
            width: 34,
        },
    ],
};

const HIP_THRUST_UP: Pose = Pose {
    caption: "Up",
    head: (74, 76),
    neck: (83, 82),
    hip: (115, 82),
    bow: 0,
    near_arm: [(96, 70), (112, 77)],
    far_arm: [(96, 70), (112, 77)],
    near_leg: [(141, 82), (143, 107), (151, 108)],
    far_leg: [(141, 82), (143, 107), (151, 108)],
    props: &[
        Prop::Floor,
        Prop::Bench {
            at: (49, 86),
            width: 34,
        },
        Prop::Arrow {
            from: (115, 104),
            to: (115, 90),
        },
    ],
};
