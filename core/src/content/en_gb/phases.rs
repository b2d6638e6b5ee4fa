//! The four phases of the home plan, with when to move on and when to step back.

use crate::content::model::*;

pub const PHASES: &[PhaseGuide] = &[
    PhaseGuide {
        phase: Phase::Settle,
        title: "Phase 1: Settle",
        aim: "Calm the pain down while you keep gently on the move. \
              Use heat, rest from running, and short, easy walks.",
        ready_to_move_on: &[
            "The pain is easing a little each day.",
            "You can get about the house and walk for 10 to 15 minutes with only mild pain.",
            "Any spasm has eased, so you can stand up straight.",
            "The sharpest pain has passed. A dull ache is fine.",
        ],
        step_back_if: &[
            "This is the first phase, so there is nowhere to step back to. \
             Stay here until the pain settles.",
            "If the pain is getting worse rather than better after a few days, \
             speak to a GP or physio.",
            "If you notice any red flag sign, stop and follow the red flags page.",
        ],
    },
    PhaseGuide {
        phase: Phase::Mobilise,
        title: "Phase 2: Mobilise",
        aim: "Win back easy, comfortable movement with gentle stretches, \
              little by little and without forcing anything.",
        ready_to_move_on: &[
            "You can bend forwards, lean back, twist and lean to each side \
             about as far as usual.",
            "Any pain as you move is mild, 3 out of 10 or less, and settles soon after you stop. \
             Back pain that has lasted a while often never gets to zero, \
             so you do not need to wait for that.",
            "Everyday tasks, such as putting on socks or getting out of a car, feel normal.",
            "Your stretches cause no more than mild pain, \
             and any soreness they leave fades soon.",
        ],
        step_back_if: &[
            "The stretches leave you sorer for more than a day.",
            "The muscles go back into spasm.",
            "Everyday movement hurts more than it did a few days ago.",
            "Leg symptoms, such as tingling or numbness, come back or get worse.",
        ],
    },
    PhaseGuide {
        phase: Phase::Strengthen,
        title: "Phase 3: Strengthen",
        aim: "Build strength and control in your tummy, back and buttock muscles, \
              so your back copes with the load of running.",
        ready_to_move_on: &[
            "You have done your strength exercises for at least two weeks with no flare-up.",
            "You can hold good form, with your back and pelvis steady, to the end of each set.",
            "You can walk briskly for 30 minutes with no more than mild pain \
             (3 out of 10 or less).",
            "You can hop 10 times on each leg with no pain.",
        ],
        step_back_if: &[
            "Your back stays sore for more than a day after a session.",
            "You lose the easy movement you had won back in phase 2.",
            "Leg symptoms come back.",
            "You cannot keep your back and pelvis steady. Make the exercise easier first.",
        ],
    },
    PhaseGuide {
        phase: Phase::ReturnToRunning,
        title: "Phase 4: Return to running",
        aim: "Build back up to running with the walk–run guide, \
              one stage at a time, led by the pain rule.",
        ready_to_move_on: &[
            "You can run for 30 minutes, three times a week, \
             with pain no higher than 3 out of 10.",
            "Your back has settled by the next morning after each run.",
            "From here, add distance slowly, by no more than a tenth each week. \
             Add hills and speed work last.",
        ],
        step_back_if: &[
            "Pain goes above 5 out of 10 during a run.",
            "Your back is worse the next day.",
            "Tingling, numbness or pain comes back in your leg. \
             Take the symptom check again too, as the advice for you may change.",
            "If this keeps happening, go back to phase 3 for a week and see a physio.",
        ],
    },
];
