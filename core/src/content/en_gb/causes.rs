//! The five causes, in the order of [`crate::ids::CauseId::ALL`].

use crate::content::ids::ExerciseId;
use crate::content::model::*;
use crate::ids::{CauseId, Finding};

pub const CAUSES: &[Cause] = &[MUSCULAR, FACET_JOINT, SACROILIAC_JOINT, DISC, NERVE];

/// What only each cause's own page says, in the same order (see [`Guide`]).
pub const CAUSE_PAGES: &[CausePage] = &[
    MUSCULAR_PAGE,
    FACET_JOINT_PAGE,
    SACROILIAC_JOINT_PAGE,
    DISC_PAGE,
    NERVE_PAGE,
];

/// The drawing of the lower back shown on each cause's page and with a result.
pub const BACK_DIAGRAM: BackDiagramText = BackDiagramText {
    alt: "A drawing of the lower back seen from behind. It shows the bones of the spine with \
          the discs between them, the small facet joints where the bones meet, the nerve \
          roots, the back muscles on either side, and the pelvis with its sacroiliac joints.",
    marked: "Marked in the drawing:",
};

/// The step every cause ends with: the graded walk–run guide.
const RETURN_TEXT: &[&str] = &[
    "Start once your strength work feels easy and you can walk briskly for 30 minutes \
     with no more than mild pain (3 out of 10 or less).",
    "Follow the walk–run guide one stage at a time. \
     Let the pain rule tell you when to move on, stay put or step back.",
    "Keep up your strength exercises on the days you do not run.",
];

const MUSCULAR: Cause = Cause {
    id: CauseId::Muscular,
    name: "Muscle strain",
    summary: "A strain or overload of the muscles that run down either side of your lower \
              back. It is probably the most common kind of lower back injury.",
    structure_label: "the back muscles",
    treatment: &[
        TreatmentStep {
            id: "muscular.keep-moving",
            phase: Phase::Settle,
            title: "Keep moving gently",
            text: &[
                "Physios call this dynamic rest. \
                 You rest from running, but you do not stop moving.",
                "Try not to spend long lying flat. \
                 Get up and potter about, and take short, easy walks.",
                "Change position often, and do only what feels comfortable.",
            ],
            exercises: &[ExerciseId::Walking],
            facts: &["M7"],
        },
        TreatmentStep {
            id: "muscular.heat",
            phase: Phase::Settle,
            title: "Use heat",
            text: &[
                "Sore, overworked muscles like warmth. \
                 Try a hot water bottle wrapped in a towel, or a warm bath.",
                "Use it for 15 to 20 minutes at a time. \
                 It should feel warm and soothing, never hot.",
            ],
            exercises: &[],
            facts: &["M9"],
        },
        TreatmentStep {
            id: "muscular.massage",
            phase: Phase::Settle,
            title: "Gentle massage, not too much",
            text: &[
                "A gentle massage can ease the overactive muscle in the first few days.",
                "Keep it short and light. \
                 Long sessions with a massage gun can stir things up rather than calm them.",
            ],
            exercises: &[],
            facts: &["M10"],
        },
        TreatmentStep {
            id: "muscular.stretch",
            phase: Phase::Mobilise,
            title: "Gentle stretches",
            text: &[
                "Wait until the worst, sharpest pain has eased. \
                 Then start some gentle stretches for your lower back.",
                "Move slowly and stay in the comfortable range. \
                 A mild stretch is fine. Sharp pain is a sign to ease off.",
            ],
            exercises: &[
                ExerciseId::KneeHugs,
                ExerciseId::CatCamel,
                ExerciseId::LumbarRotation,
            ],
            facts: &["M8"],
        },
        TreatmentStep {
            id: "muscular.strengthen",
            phase: Phase::Strengthen,
            title: "Build strength",
            text: &[
                "This matters most if your back keeps flaring up. \
                 A muscle often feels tight because it is weak and overloaded.",
                "Work your tummy muscles, your lower back and your buttocks (glutes).",
                "Exercises done on one side at a time are most useful. \
                 The side plank is a good one, because the muscles on each side \
                 have to hold you steady on their own.",
            ],
            exercises: &[
                ExerciseId::SidePlank,
                ExerciseId::BirdDog,
                ExerciseId::GluteBridge,
                ExerciseId::DeadBug,
            ],
            facts: &["M11", "E1"],
        },
        TreatmentStep {
            id: "muscular.return",
            phase: Phase::ReturnToRunning,
            title: "Get back to running",
            text: RETURN_TEXT,
            exercises: &[ExerciseId::Walking],
            facts: &[],
        },
    ],
    facts: &[
        "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "M11",
    ],
};

const MUSCULAR_PAGE: CausePage = CausePage {
    id: CauseId::Muscular,
    structure: Section {
        heading: "The muscles beside your spine",
        paragraphs: &[
            "Two long bands of muscle run down your back, one on each side of the spine. \
             Their name is the paraspinal muscles.",
            "When both sides work at once, they hold you upright as you walk and run.",
            "One side can also work on its own. \
             Then it teams up with the hip muscles on the other side. \
             Together they keep your pelvis level and steady with each stride.",
        ],
    },
    how_runners_hurt_it: Section {
        heading: "How it happens",
        paragraphs: &[
            "Most people can name the moment it happened. \
             There is a sudden, sharp pain, and the muscle on one side grabs tight.",
            "It often is not a heavy lift. \
             More often it is an easy task done at an awkward angle, \
             where you bend, twist and lean sideways all at once. \
             Reaching down to pick something up off the floor is a classic example.",
            "Some runners have no single moment to blame. \
             Instead the pain keeps coming back when they run. \
             Weak back and buttock muscles can be behind this. \
             They get overloaded again and again, and they tighten up in response.",
        ],
    },
    symptoms: &[
        Symptom {
            text: "You remember the moment it started: a sudden, sharp \"ouch\".",
            finding: Finding::OnsetMoment,
        },
        Symptom {
            text: "It began as you bent, twisted or leaned to one side, \
                   perhaps to reach for something low down.",
            finding: Finding::OnsetBendTwist,
        },
        Symptom {
            text: "The muscles of your lower back suddenly locked tight, like a spasm.",
            finding: Finding::Spasm,
        },
        Symptom {
            text: "It is mostly on one side, though not always.",
            finding: Finding::OneSided,
        },
        Symptom {
            text: "It was sharp at first, then eased into a dull ache in the background.",
            finding: Finding::SharpThenAche,
        },
        Symptom {
            text: "Bending or stretching away from the sore side hurts.",
            finding: Finding::PainStretchAway,
        },
        Symptom {
            text: "There is one spot that is tender when you press on it.",
            finding: Finding::TenderSpot,
        },
        Symptom {
            text: "Some of the ache may spread into your buttock. \
                   It rarely goes further down the leg.",
            finding: Finding::PainButtock,
        },
        Symptom {
            text: "It keeps coming back when you run, with no clear injury to blame.",
            finding: Finding::RecurrentRunning,
        },
    ],
    key_points: &[
        "Lying still for days is tempting, but gentle movement helps the muscle settle sooner.",
        "A muscle that feels \"tight\" is often a weak one. \
         It tightens because it cannot cope with the work you ask of it. \
         That is why strength work matters most if the pain keeps coming back.",
        "Muscle strain rarely causes pain below the buttock. \
         Tingling, numbness or pain down the leg points to another cause.",
    ],
    see_a_physio: &[
        "The pain is no better after a week or two, even with gentle movement and heat.",
        "It keeps coming back, and you want a strength plan made for you.",
        "You get tingling, numbness or pain down your leg.",
        "You are not sure this is a muscle strain.",
    ],
};

const FACET_JOINT: Cause = Cause {
    id: CauseId::FacetJoint,
    name: "Facet joint pain",
    summary: "Irritation of the small paired joints at the back of the spine. \
              It is often worse when you lean back or run downhill.",
    structure_label: "the facet joints",
    treatment: &[
        TreatmentStep {
            id: "facet.settle",
            phase: Phase::Settle,
            title: "Heat, relaxation and very gentle movement",
            text: &[
                "The muscles over a sore facet joint often go into spasm. \
                 Your first job is to help them let go.",
                "Warmth helps, from a heat pack, a warm shower or a bath. \
                 Find a comfortable position and let your body relax.",
                "Keep moving, but only in small, very gentle ways. \
                 Short walks on the flat are fine.",
            ],
            exercises: &[ExerciseId::PelvicTilt, ExerciseId::Walking],
            facts: &["F5"],
        },
        TreatmentStep {
            id: "facet.open-out",
            phase: Phase::Mobilise,
            title: "Open the joints out",
            text: &[
                "Once the spasm and the worst of the pain have settled, \
                 move on to stretches that bend you forwards and add a twist.",
                "These open the facet joints out and give them a little more space. \
                 That should help to ease your pain.",
                "Child's pose and knee hugs are good ones to start with.",
            ],
            exercises: &[ExerciseId::ChildsPose, ExerciseId::KneeHugs],
            facts: &["F6", "E1"],
        },
        TreatmentStep {
            id: "facet.strengthen",
            phase: Phase::Strengthen,
            title: "Build strength and control",
            text: &[
                "Wait until your lower back moves freely again. \
                 Mild pain, 3 out of 10 or less, that settles soon after is fine. \
                 Only then start these exercises.",
                "Work your tummy muscles and your buttocks, above all the biggest buttock \
                 muscle (gluteus maximus). \
                 These muscles control the position of your lower back and pelvis \
                 when you run.",
                "Glute bridges, hip thrusts and dead bugs are a good start. \
                 In each one, focus on keeping your lower back and pelvis steady. \
                 Do not let your back arch.",
            ],
            exercises: &[
                ExerciseId::GluteBridge,
                ExerciseId::HipThrust,
                ExerciseId::DeadBug,
            ],
            facts: &["F7", "F8", "E1"],
        },
        TreatmentStep {
            id: "facet.return",
            phase: Phase::ReturnToRunning,
            title: "Get back to running",
            text: RETURN_TEXT,
            exercises: &[ExerciseId::Walking],
            facts: &[],
        },
    ],
    facts: &["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8"],
};

const FACET_JOINT_PAGE: CausePage = CausePage {
    id: CauseId::FacetJoint,
    structure: Section {
        heading: "The small joints of the spine",
        paragraphs: &[
            "Your spine is a stack of bones. \
             Each bone links to the ones above and below it through two small joints, \
             one on the left and one on the right. \
             These are the facet joints.",
            "The angle of these joints decides how that part of the spine can move.",
            "In the lower back, they mostly let you bend forwards and lean back. \
             They allow a little side-bending and twisting too. \
             Higher up, in the middle of the back, the joints let you twist \
             and side-bend much more.",
        ],
    },
    how_runners_hurt_it: Section {
        heading: "How it happens",
        paragraphs: &[
            "Running puts big forces through these joints, run after run, for years.",
            "Strong muscles in your back, tummy and buttocks help to take the load. \
             Think of your trunk muscles as a corset. \
             They wrap around the spine and hold it firm.",
            "When those muscles are weak, the lower back tends to arch too much. \
             The pelvis tips forwards too. \
             Both of these squash the facet joints together.",
        ],
    },
    symptoms: &[
        Symptom {
            text: "Leaning or arching backwards makes the pain worse.",
            finding: Finding::WorseExtension,
        },
        Symptom {
            text: "Running downhill often makes it worse.",
            finding: Finding::WorseDownhill,
        },
        Symptom {
            text: "Standing for a long time can bring it on.",
            finding: Finding::WorseStanding,
        },
        Symptom {
            text: "Some ache spreading into the buttock is common.",
            finding: Finding::PainButtock,
        },
        Symptom {
            text: "The muscles over the sore spot may tighten up.",
            finding: Finding::Spasm,
        },
        Symptom {
            text: "Bending forwards or hugging your knees may ease it.",
            finding: Finding::EasedFlexion,
        },
    ],
    key_points: &[
        "Start the strength exercises only once your lower back moves freely again. \
         Mild pain, 3 out of 10 or less, that settles soon after is fine. \
         Until then, stick to heat, gentle movement and the stretches.",
        "Bending forwards with a twist opens these joints out. \
         Leaning back closes them, so it often hurts at first.",
        "In strength work, the aim is control. \
         Keep your lower back and pelvis steady the whole way through each move.",
    ],
    see_a_physio: &[
        "The pain has not settled after a week or two of heat and gentle movement.",
        "Leaning back or running downhill still hurts after a few weeks of exercises.",
        "You get tingling, numbness or pain below the knee.",
        "You want someone to check your running form and strength.",
    ],
};

const SACROILIAC_JOINT: Cause = Cause {
    id: CauseId::SacroiliacJoint,
    name: "Sacroiliac joint pain",
    summary: "Pain from the joints where the base of the spine meets the pelvis. \
              It often shows as a deep buttock ache and a leg that feels lazy.",
    structure_label: "the sacroiliac joints",
    treatment: &[
        TreatmentStep {
            id: "sij.release",
            phase: Phase::Settle,
            title: "Try easing the deep buttock muscles",
            text: &[
                "Ease back on your running while the pain settles.",
                "Loosening the deep muscles of your buttock can help some people. \
                 The key one is the piriformis. \
                 It is a small muscle shaped like a pyramid. \
                 It runs from the front of the sacrum to the top of the thigh bone.",
                "Sit on a massage ball or a tennis ball, under one buttock. \
                 Lean your weight into the ball and let the muscle relax over it.",
                "If your pain feels easier afterwards, keep it up once or twice a day. \
                 If it does not help, you can leave it out.",
            ],
            exercises: &[ExerciseId::PiriformisRelease],
            facts: &["S6", "E1"],
        },
        TreatmentStep {
            id: "sij.mobilise",
            phase: Phase::Mobilise,
            title: "Get the joint moving",
            text: &[
                "A physio can gently move the joint with their hands. \
                 This is called joint mobilisation.",
                "They can also show you a way to do it yourself at home. \
                 Ask them to check you are doing it right.",
            ],
            exercises: &[],
            facts: &["S7"],
        },
        TreatmentStep {
            id: "sij.strengthen",
            phase: Phase::Strengthen,
            title: "Strengthen the muscles that steady the joint",
            text: &[
                "Two muscle groups work together to keep the SI joints steady. \
                 They are your buttock muscles (glutes) and your tummy (trunk) muscles.",
                "Strong glutes and trunk muscles stop your lower back arching too far. \
                 They stop your pelvis dropping on one side, \
                 and they stop your trunk twisting too much.",
            ],
            exercises: &[
                ExerciseId::GluteBridge,
                ExerciseId::Clamshell,
                ExerciseId::SidePlank,
                ExerciseId::DeadBug,
                ExerciseId::BirdDog,
            ],
            facts: &["S8", "E1"],
        },
        TreatmentStep {
            id: "sij.return",
            phase: Phase::ReturnToRunning,
            title: "Get back to running",
            text: RETURN_TEXT,
            exercises: &[ExerciseId::Walking],
            facts: &[],
        },
    ],
    facts: &["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8"],
};

const SACROILIAC_JOINT_PAGE: CausePage = CausePage {
    id: CauseId::SacroiliacJoint,
    structure: Section {
        heading: "Where the spine meets the pelvis",
        paragraphs: &[
            "At the base of your spine sits a flat, triangle-shaped bone, the sacrum. \
             It is wedged between the two big bones of your pelvis.",
            "The joints on each side are the sacroiliac joints, or SI joints for short.",
            "Your hip is a neat ball in a cup. \
             The SI joints are not like that. \
             Their surfaces are uneven and curved like the letter C, \
             so the bones do not fit snugly together.",
            "Their job is to keep you stable and to pass load between your spine and legs \
             as you move. \
             They get their firmness from a thick web of strong bands (ligaments) \
             and from the muscles that attach around them.",
        ],
    },
    how_runners_hurt_it: Section {
        heading: "How it happens",
        paragraphs: &[
            "There is rarely one moment that you can remember. \
             The pain tends to build up over time.",
            "Your buttock and tummy muscles steady these joints when you run. \
             If they are weak, the lower back can arch too far. \
             The pelvis can drop on one side and the trunk can twist too much. \
             That puts extra strain on the joints.",
        ],
    },
    symptoms: &[
        Symptom {
            text: "A vague tightness or soreness, rather than a sharp pain.",
            finding: Finding::VagueTightness,
        },
        Symptom {
            text: "Tightness high in the back of your thigh, or deep in your buttock. \
                   You may feel soreness in your lower back too.",
            finding: Finding::PainUpperHamstring,
        },
        Symptom {
            text: "You cannot remember a moment when it started.",
            finding: Finding::OnsetGradual,
        },
        Symptom {
            text: "Your leg feels lazy when you run, as if you are dragging it along.",
            finding: Finding::LegDragging,
        },
        Symptom {
            text: "You feel you have lost power when you run.",
            finding: Finding::PowerLoss,
        },
    ],
    key_points: &[
        "Easing the deep buttock muscles with a ball can help some people. \
         Keep it up if it helps you.",
        "A physio can move the joint for you, and show you how to do it at home.",
        "Strong buttock and tummy muscles stop the pelvis dropping and twisting as you run.",
    ],
    see_a_physio: &[
        "A physio can mobilise the joint for you and teach you a safe way to do it at home.",
        "Your leg still feels weak or lazy when you run.",
        "You get numbness, pins and needles or pain below the knee.",
        "The pain is no better after a few weeks of your own exercises.",
    ],
};

const DISC: Cause = Cause {
    id: CauseId::Disc,
    name: "Disc injury",
    summary: "An injured disc between the bones of the spine. \
              It can bulge and upset a nerve, and is often worse when you bend or sit.",
    structure_label: "the discs",
    treatment: &[
        TreatmentStep {
            id: "disc.rest-heat",
            phase: Phase::Settle,
            title: "Ease off, keep moving, use heat",
            text: &[
                "After a sudden disc injury, ease off the things that make the pain worse, \
                 such as running and lifting.",
                "But keep moving gently, as far as feels comfortable. \
                 Short walks and changing position often are good for you. \
                 Bed rest does not help you get better.",
                "The muscles around the disc often tighten up to guard it. \
                 Warmth helps them let go: try a heat pack or a long soak in the bath.",
            ],
            exercises: &[ExerciseId::Walking],
            facts: &["D7"],
        },
        TreatmentStep {
            id: "disc.stretch",
            phase: Phase::Mobilise,
            title: "Gentle back-bends and twists",
            text: &[
                "Once the worst of the pain has settled, add some gentle stretches. \
                 Aim for ones that arch your back and ones that twist it.",
                "The cobra on your forearms is a good one to start with. \
                 Lying face down, you prop yourself up on your elbows \
                 so your back arches a little.",
                "Arching back only suits you if your leg symptoms stay the same or ease. \
                 Leg pain that moves back up towards your spine is a good sign. \
                 Pain that spreads further down your leg means stop that exercise.",
                "Lying twists for the lower back can help too, once the early pain eases.",
                "Be gentle at first. Go only as far as feels comfortable.",
            ],
            exercises: &[ExerciseId::CobraForearms, ExerciseId::LumbarRotation],
            facts: &["D8", "E1"],
        },
        TreatmentStep {
            id: "disc.move-often",
            phase: Phase::Mobilise,
            title: "Break up long spells of sitting",
            text: &[
                "If you spend hours hunched over a laptop, your back needs regular movement.",
                "Get up every half hour or so. \
                 Walk about, and do a few easy back stretches.",
            ],
            exercises: &[ExerciseId::CatCamel, ExerciseId::CobraForearms],
            facts: &["D9"],
        },
        TreatmentStep {
            id: "disc.strengthen",
            phase: Phase::Strengthen,
            title: "Build strength",
            text: &[
                "As we age, we get stiffer and it is harder to keep our muscle. \
                 Regular strength training is the answer.",
                "Work on your buttocks (glutes), your lower back and your tummy muscles.",
                "Pilates is a great way to do this. \
                 A class with a trained teacher can help you keep good form.",
            ],
            exercises: &[
                ExerciseId::GluteBridge,
                ExerciseId::BirdDog,
                ExerciseId::DeadBug,
            ],
            facts: &["D9", "E1"],
        },
        TreatmentStep {
            id: "disc.return",
            phase: Phase::ReturnToRunning,
            title: "Get back to running",
            text: RETURN_TEXT,
            exercises: &[ExerciseId::Walking],
            facts: &[],
        },
    ],
    facts: &["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9"],
};

const DISC_PAGE: CausePage = CausePage {
    id: CauseId::Disc,
    structure: Section {
        heading: "The cushions between the bones",
        paragraphs: &[
            "Between each pair of bones in your spine sits a soft, springy cushion. \
             This is a disc.",
            "Each disc has a tough, stringy outer wall and a soft, jelly-like centre.",
            "As we get older, the discs lose some of their spring. \
             They get thinner and tougher.",
        ],
    },
    how_runners_hurt_it: Section {
        heading: "What happens when a disc is hurt",
        paragraphs: &[
            "Many people say they have a \"slipped disc\". \
             But discs do not slip out of place.",
            "When a disc is hurt, it may bulge. \
             Think of a water balloon that you squeeze: one part puffs out. \
             Sometimes a bulge splits and some of the jelly leaks out.",
            "Close to each disc, nerve roots leave the spine on their way to the legs. \
             A bulge or a leak can upset one of these roots in two ways. \
             It can press on it. \
             And the jelly from inside the disc holds chemicals that can inflame it, \
             even with little pressure.",
            "That is why a disc problem often brings symptoms down the leg. \
             Lower down, several of these roots join to form the sciatic nerve.",
        ],
    },
    symptoms: &[
        Symptom {
            text: "Bending forwards makes the pain worse.",
            finding: Finding::WorseFlexion,
        },
        Symptom {
            text: "Sitting for a long time makes it worse.",
            finding: Finding::WorseSitting,
        },
        Symptom {
            text: "Getting up from a chair hurts.",
            finding: Finding::WorseSitToStand,
        },
        Symptom {
            text: "Coughing or sneezing hurts.",
            finding: Finding::WorseCoughSneeze,
        },
        Symptom {
            text: "Pins and needles or tingling in your leg or foot.",
            finding: Finding::PinsNeedles,
        },
        Symptom {
            text: "Numbness in part of your leg or foot.",
            finding: Finding::NumbnessLeg,
        },
        Symptom {
            text: "Some weakness in your leg.",
            finding: Finding::LegWeakness,
        },
        Symptom {
            text: "Pain, tingling or numbness that travels down your leg, past the knee.",
            finding: Finding::PainBelowKnee,
        },
    ],
    key_points: &[
        "Discs do not slip. An injured disc can bulge, a bit like a squeezed water balloon, \
         and now and then it leaks.",
        "Get help now if you have back or leg pain and also any change in your bladder \
         or bowel control, or numbness between your legs or around your bottom. \
         Go to A&E or call 999. See the red flags page.",
        "Ease off the things that make it worse, but keep moving gently within comfort. \
         Bed rest does not help.",
        "Stretches that arch you backwards suit some disc problems, \
         but only if they ease your leg symptoms. \
         Start them gently and only once the worst has passed.",
        "While you do them, watch where any leg pain is. \
         If it moves back up the leg towards your spine, that is a good sign. \
         Physios call this centralising. \
         If the pain spreads further down your leg, stop that exercise.",
    ],
    see_a_physio: &[
        "You have tingling, numbness or pain down your leg.",
        "Your leg feels weak, even if it is not getting worse.",
        "The pain is no better after two or three weeks.",
        "You are not sure which stretches suit you.",
        "If a leg is getting weaker, or you have any red flag, do not wait for a physio. \
         Follow the red flags page.",
    ],
};

const NERVE: Cause = Cause {
    id: CauseId::Nerve,
    name: "Nerve pain (sciatica)",
    summary: "An irritated nerve in the lower back that sends pain, tingling or numbness \
              down the leg.",
    structure_label: "the nerve roots",
    treatment: &[
        TreatmentStep {
            id: "nerve.find-source",
            phase: Phase::Settle,
            title: "Find and settle the source first",
            text: &[
                "Nerve pain comes from something else, such as a disc, a facet joint \
                 or a tight piriformis. \
                 That source needs to be found and settled first.",
                "A physio can help you work out the source. \
                 Then follow the plan for that cause.",
                "Keep gently on the move in the meantime, \
                 and avoid anything that makes the leg feel worse.",
            ],
            exercises: &[ExerciseId::Walking],
            facts: &["N3"],
        },
        TreatmentStep {
            id: "nerve.slider",
            phase: Phase::Mobilise,
            title: "Help the nerve slide and glide",
            text: &[
                "Once the source has settled, you can work on how well the nerve moves.",
                "Nerve glide exercises help the nerve slide freely past the muscles \
                 and joints around it. \
                 The slump slider is a good one to try at home.",
                "Perch on a high table or kitchen worktop, with both legs hanging free. \
                 Rest your hands low on your back. \
                 Let your upper back round a little and tuck your chin in.",
                "Point your toes away and slowly straighten the affected leg. \
                 With the leg held out, pull your toes up and look up, both at once. \
                 Then tuck your chin and point your toes again. \
                 Keep moving smoothly between the two.",
                "Do 15 to 20, two or three times a day. \
                 You may feel a mild pull behind the thigh or in the buttock. \
                 It should be close to pain-free.",
                "Do not push it into a deep stretch. \
                 That can upset the nerve even more.",
            ],
            exercises: &[ExerciseId::SlumpSlider],
            facts: &["N6", "N7", "N8", "E1"],
        },
        TreatmentStep {
            id: "nerve.strengthen",
            phase: Phase::Strengthen,
            title: "Strengthen around the source",
            text: &[
                "When the leg has calmed down, build strength to stop it coming back.",
                "Use the strength steps for the cause behind your nerve pain. \
                 Most plans work the buttocks, the lower back and the tummy muscles.",
                "Stop any exercise that brings on tingling or pain down the leg.",
            ],
            exercises: &[
                ExerciseId::GluteBridge,
                ExerciseId::BirdDog,
                ExerciseId::DeadBug,
            ],
            facts: &[],
        },
        TreatmentStep {
            id: "nerve.return",
            phase: Phase::ReturnToRunning,
            title: "Get back to running",
            text: RETURN_TEXT,
            exercises: &[ExerciseId::Walking],
            facts: &[],
        },
    ],
    facts: &["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"],
};

const NERVE_PAGE: CausePage = CausePage {
    id: CauseId::Nerve,
    structure: Section {
        heading: "The nerves of the leg",
        paragraphs: &[
            "The nerves that serve your legs start in your lower back, \
             as nerve roots that leave the spine. \
             Several roots join up in the pelvis to form the sciatic nerve. \
             It is the one most often involved.",
            "It splits into lots of small branches as it travels down the leg. \
             Each branch serves its own group of muscles and its own patch of skin.",
            "A nerve is most often upset at its root, where it leaves the spine. \
             It can also be upset further along, for example in the buttock. \
             Then you may feel it down the leg. \
             It might be the whole leg, or just certain patches. \
             That depends on which part of the nerve is upset.",
        ],
    },
    how_runners_hurt_it: Section {
        heading: "What is behind it",
        paragraphs: &[
            "\"Sciatica\" is the name for nerve pain down the leg. \
             It tells you what you feel, but not what is causing it.",
            "The cause could be a disc, a facet joint or the piriformis muscle \
             deep in the buttock. \
             Until someone finds the cause and sorts it out, \
             the leg symptoms tend to hang around.",
            "Nerves need to slide and glide freely past the tissues around them. \
             A tight muscle or a stiff joint near a nerve can get in the way.",
        ],
    },
    symptoms: &[
        Symptom {
            text: "Pins and needles or tingling in your leg or foot.",
            finding: Finding::PinsNeedles,
        },
        Symptom {
            text: "Numbness in part of your leg or foot.",
            finding: Finding::NumbnessLeg,
        },
        Symptom {
            text: "A burning feeling down your leg.",
            finding: Finding::BurningLeg,
        },
        Symptom {
            text: "Some weakness in your leg.",
            finding: Finding::LegWeakness,
        },
        Symptom {
            text: "A general ache down the whole leg.",
            finding: Finding::PainWholeLeg,
        },
        Symptom {
            text: "Pain, tingling or numbness that travels below your knee.",
            finding: Finding::PainBelowKnee,
        },
        Symptom {
            text: "Your leg bothers you more than your back.",
            finding: Finding::LegDominant,
        },
        Symptom {
            text: "Tingling in one patch, such as the outer calf, \
                   that comes and goes after you have sat for a long time.",
            finding: Finding::TinglingAfterSitting,
        },
    ],
    key_points: &[
        "\"Sciatica\" names the symptom, not the cause. \
         The cause needs to be found and treated first.",
        "The more upset the nerve, the stronger the symptoms. \
         A large new disc bulge that badly upsets a nerve root may cause a fierce, \
         constant burning. \
         A bulge that is healing may only cause some tingling now and then, \
         perhaps in the outer calf after a long sit.",
        "Nerves do not like being stretched hard. \
         Nerve exercises should feel like a mild pull at most, never a deep stretch.",
        "Symptoms in both legs, or a leg that is getting weaker, need help now. \
         See the red flags page.",
    ],
    see_a_physio: &[
        "Always, if you can. Nerve pain needs its source found, and a physio can check it.",
        "Your leg feels weak, even if it is not getting worse.",
        "The leg symptoms are no better after a few weeks.",
        "The slump slider makes your leg symptoms worse.",
    ],
};
