//! The questionnaire's wording. Red-flag questions come from the red flags page
//! (`red_flags.rs`) so each sign is worded once; the logic is in `crate::questionnaire`.

use crate::ids::Finding::*;
use crate::ids::Urgency;
use crate::questionnaire::{
    ChoiceOption, Question, QuestionKind::*, Questionnaire, ShownIf, Step, StepQuestions,
};

/// Every leg finding that "no leg symptoms at all" rules out.
const NO_LEG_SYMPTOMS: &[(crate::ids::Finding, bool)] = &[
    (PainBelowKnee, false),
    (PainWholeLeg, false),
    (LegDominant, false),
    (PinsNeedles, false),
    (TinglingAfterSitting, false),
    (NumbnessLeg, false),
    (BurningLeg, false),
    (LegWeakness, false),
];

const fn yes_no(id: &'static str, text: &'static str, finding: crate::ids::Finding) -> Question {
    Question {
        id,
        text,
        hint: "",
        kind: YesNo(finding),
        shown_if: ShownIf::Always,
    }
}

pub const QUESTIONNAIRE: Questionnaire = Questionnaire {
    steps: &[
        Step {
            id: "emergency_signs",
            title: "First, some safety questions",
            intro: "These signs are rare, but they need help fast. \
                    Please answer each one. If you are not sure, choose \"Not sure\": \
                    we treat that as a yes, to keep you safe.",
            questions: StepQuestions::RedFlags(&[Urgency::Emergency]),
        },
        Step {
            id: "other_warning_signs",
            title: "A few more safety questions",
            intro: "These signs do not need A&E, but some mean you should speak to a doctor soon. \
                    Again, \"Not sure\" counts as a yes.",
            questions: StepQuestions::RedFlags(&[Urgency::Urgent, Urgency::Routine]),
        },
        Step {
            id: "start",
            title: "How it started",
            intro: "Now some questions about your pain. Answer what you can. \
                    If you do not know, choose \"Not sure\".",
            questions: StepQuestions::Symptoms(&[
                Question {
                    id: "onset",
                    text: "How did this pain start?",
                    hint: "",
                    kind: Choice {
                        options: &[
                            ChoiceOption {
                                label: "Suddenly, while bending and twisting or reaching to one side",
                                effects: &[
                                    (OnsetMoment, true),
                                    (OnsetBendTwist, true),
                                    (OnsetGradual, false),
                                ],
                            },
                            ChoiceOption {
                                label: "Suddenly, while doing something else",
                                effects: &[
                                    (OnsetMoment, true),
                                    (OnsetBendTwist, false),
                                    (OnsetGradual, false),
                                ],
                            },
                            ChoiceOption {
                                label: "Slowly. I cannot remember a moment when it started",
                                effects: &[(OnsetMoment, false), (OnsetGradual, true)],
                            },
                        ],
                    },
                    shown_if: ShownIf::Always,
                },
                yes_no(
                    "recurrent_running",
                    "Does it keep coming back when you run, even with no clear injury?",
                    RecurrentRunning,
                ),
            ]),
        },
        Step {
            id: "feel",
            title: "What it feels like",
            intro: "",
            questions: StepQuestions::Symptoms(&[
                yes_no(
                    "spasm",
                    "Did the muscles in your lower back suddenly tighten or lock up?",
                    Spasm,
                ),
                yes_no(
                    "sharp_then_ache",
                    "Was it sharp at first, and is it now more of a dull ache?",
                    SharpThenAche,
                ),
                yes_no(
                    "vague_tightness",
                    "Is it more of a vague tightness or soreness than a sharp pain?",
                    VagueTightness,
                ),
                yes_no("one_sided", "Is the pain mainly on one side?", OneSided),
                Question {
                    id: "pain_stretch_away",
                    text: "Does it hurt when you lean sideways, away from the sore side?",
                    hint: "",
                    kind: YesNo(PainStretchAway),
                    shown_if: ShownIf::NotNo("one_sided"),
                },
                yes_no(
                    "tender_spot",
                    "Is there one spot in your back that hurts when you press on it?",
                    TenderSpot,
                ),
            ]),
        },
        Step {
            id: "where",
            title: "Where you feel it",
            intro: "",
            questions: StepQuestions::Symptoms(&[
                yes_no("pain_buttock", "Do you feel it in your buttock?", PainButtock),
                yes_no(
                    "pain_upper_hamstring",
                    "Do you feel tightness high up in the back of your thigh, or deep in your buttock?",
                    PainUpperHamstring,
                ),
                Question {
                    id: "leg",
                    text: "Do you have pain, tingling, numbness, burning or weakness in your leg?",
                    hint: "Only count feelings in the leg itself, below the buttock.",
                    kind: Custom {
                        yes: &[],
                        no: NO_LEG_SYMPTOMS,
                    },
                    shown_if: ShownIf::Always,
                },
            ]),
        },
        Step {
            id: "leg_detail",
            title: "Your leg",
            intro: "You said your leg is affected. These questions help tell the causes apart.",
            questions: StepQuestions::Symptoms(&[
                Question {
                    id: "pain_below_knee",
                    text: "Do the feelings go below your knee?",
                    hint: "",
                    kind: YesNo(PainBelowKnee),
                    shown_if: ShownIf::NotNo("leg"),
                },
                Question {
                    id: "pain_whole_leg",
                    text: "Is there a general ache all the way down the leg?",
                    hint: "",
                    kind: YesNo(PainWholeLeg),
                    shown_if: ShownIf::NotNo("leg"),
                },
                Question {
                    id: "leg_dominant",
                    text: "Does your leg bother you more than your back?",
                    hint: "",
                    kind: YesNo(LegDominant),
                    shown_if: ShownIf::NotNo("leg"),
                },
                Question {
                    id: "pins_needles",
                    text: "Do you get pins and needles or tingling in your leg or foot?",
                    hint: "",
                    kind: YesNo(PinsNeedles),
                    shown_if: ShownIf::NotNo("leg"),
                },
                Question {
                    id: "tingling_after_sitting",
                    text: "Does the tingling come and go in one patch, such as the outside of your calf, after you have sat for a long time?",
                    hint: "",
                    kind: Custom {
                        yes: &[(TinglingAfterSitting, true), (PinsNeedles, true)],
                        no: &[(TinglingAfterSitting, false)],
                    },
                    shown_if: ShownIf::NotNo("pins_needles"),
                },
                Question {
                    id: "numbness_leg",
                    text: "Is part of your leg or foot numb?",
                    hint: "",
                    kind: YesNo(NumbnessLeg),
                    shown_if: ShownIf::NotNo("leg"),
                },
                Question {
                    id: "burning_leg",
                    text: "Do you feel burning down your leg?",
                    hint: "",
                    kind: YesNo(BurningLeg),
                    shown_if: ShownIf::NotNo("leg"),
                },
                Question {
                    id: "leg_weakness",
                    text: "Does your leg feel a little weak, but not getting any weaker?",
                    hint: "If the weakness is getting worse, or your foot slaps or drags, go back to the first safety questions and answer yes there.",
                    kind: YesNo(LegWeakness),
                    shown_if: ShownIf::NotNo("leg"),
                },
            ]),
        },
        Step {
            id: "movement",
            title: "What makes it worse or better",
            intro: "",
            questions: StepQuestions::Symptoms(&[
                yes_no(
                    "worse_extension",
                    "Does leaning or arching backwards make it worse?",
                    WorseExtension,
                ),
                yes_no(
                    "worse_flexion",
                    "Does bending forwards make it worse?",
                    WorseFlexion,
                ),
                Question {
                    id: "eased_flexion",
                    text: "Does bending forwards, or hugging your knees to your chest, ease it?",
                    hint: "",
                    kind: YesNo(EasedFlexion),
                    shown_if: ShownIf::NotYes("worse_flexion"),
                },
                yes_no(
                    "worse_sitting",
                    "Is it worse after you have been sitting for a long time?",
                    WorseSitting,
                ),
                yes_no(
                    "worse_sit_to_stand",
                    "Does it hurt to stand up after sitting?",
                    WorseSitToStand,
                ),
                yes_no(
                    "worse_standing",
                    "Does standing for a long time bring it on?",
                    WorseStanding,
                ),
                yes_no(
                    "worse_cough_sneeze",
                    "Does coughing or sneezing hurt your back or leg?",
                    WorseCoughSneeze,
                ),
            ]),
        },
        Step {
            id: "running",
            title: "When you run",
            intro: "",
            questions: StepQuestions::Symptoms(&[
                yes_no(
                    "worse_downhill",
                    "Is running downhill worse than running on the flat?",
                    WorseDownhill,
                ),
                yes_no(
                    "leg_dragging",
                    "Does one leg feel lazy when you run, as if you are dragging it?",
                    LegDragging,
                ),
                yes_no(
                    "power_loss",
                    "Do you feel you have lost power when you run?",
                    PowerLoss,
                ),
            ]),
        },
    ],
};
