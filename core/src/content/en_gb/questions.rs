//! The questionnaire's wording and branching; the logic is in `crate::questionnaire`.
//!
//! Safety steps come first and must be answered in full. A red flag may be asked in more
//! than one question (a yes to any of them counts), and a question that bundled several
//! conditions is split so that each can be answered honestly: age and a first episode, the
//! four parts of the inflammatory pattern, the three parts of low energy.

use crate::ids::Finding::{self, *};
use crate::questionnaire::{
    ChoiceOption, Effects, MovementIcon, Question, QuestionId, QuestionId as Q, QuestionKind::*,
    Questionnaire, ShownIf, Step, StepId,
};

/// Every leg finding that "no leg symptoms at all" rules out. (Leg weakness is asked with
/// the safety questions, whatever the answer here.)
const NO_LEG_SYMPTOMS: &[(Finding, bool)] = &[
    (PainBelowKnee, false),
    (PainWholeLeg, false),
    (LegDominant, false),
    (PinsNeedles, false),
    (TinglingAfterSitting, false),
    (NumbnessLeg, false),
    (BurningLeg, false),
];

const fn yes_no(id: QuestionId, text: &'static str, finding: Finding) -> Question {
    Question {
        id,
        text,
        hint: "",
        kind: YesNo(finding),
        shown_if: ShownIf::Always,
        icon: None,
    }
}

/// A red-flag question asked in the words of its finding, so its id is the finding's id.
const fn flag(finding: Finding, text: &'static str) -> Question {
    Question {
        id: QuestionId::for_red_flag(finding),
        text,
        hint: "",
        kind: RedFlag(finding),
        shown_if: ShownIf::Always,
        icon: None,
    }
}

/// One part of a red flag that needs every part: "no" rules the flag out, "yes" and
/// "not sure" go on to the next part.
const fn part_of(
    id: QuestionId,
    rules_out: Effects,
    text: &'static str,
    shown_if: ShownIf,
) -> Question {
    Question {
        id,
        text,
        hint: "",
        kind: Custom {
            yes: &[],
            no: rules_out,
        },
        shown_if,
        icon: None,
    }
}

/// A "no" to any part of the inflammatory pattern rules it out.
const NOT_INFLAMMATORY: Effects = &[(RfInflammatory, false)];

const NOT_SURE_IS_YES: &str = "If you are not sure, choose \"Not sure\": \
                               we treat that as a yes, to keep you safe.";

pub const QUESTIONNAIRE: Questionnaire = Questionnaire {
    steps: &[
        Step {
            id: StepId::EmergencySigns,
            title: "First, some safety questions",
            intro: "These signs are rare, but they need help fast. Please answer each one.",
            safety: true,
            questions: &[
                Question {
                    hint: NOT_SURE_IS_YES,
                    ..flag(
                        RfBladderChange,
                        "Have you had any new trouble peeing, or lost control of your \
                         bladder, or lost the feeling that you need to go?",
                    )
                },
                flag(
                    RfBowelChange,
                    "Have you lost control of your bowels, \
                     or lost the feeling that you need to poo?",
                ),
                flag(
                    RfSaddleNumbness,
                    "Have you had any numbness or odd feeling between your legs, \
                     around your genitals or bottom, or on your inner thighs? \
                     Or does it feel different when you wipe?",
                ),
                Question {
                    id: Q::RfSexualDysfunction,
                    text: "Have you noticed any new change in how your genitals work \
                           or feel during sex?",
                    hint: "If this does not apply to you, for example because you have \
                           not had sex lately, choose \"Doesn't apply to me\".",
                    kind: RedFlagMayNotApply(RfSexualDysfunction),
                    shown_if: ShownIf::Always,
                    icon: None,
                },
            ],
        },
        Step {
            id: StepId::EmergencyLegs,
            title: "Your legs, and other signs that need help fast",
            intro: "Again, \"Not sure\" counts as a yes.",
            safety: true,
            questions: &[
                Question {
                    hint: "Do not count tired or sore legs after a run. \
                           Do not count a problem in both legs that you have had for a long \
                           time and that a doctor has already checked.",
                    ..flag(
                        RfBothLegs,
                        "Have you had new tingling, numbness, weakness or shooting pain \
                         in both legs at once?",
                    )
                },
                Question {
                    id: Q::LegWeakness,
                    text: "Does either of your legs feel weak?",
                    hint: "",
                    kind: Choice {
                        options: &[
                            ChoiceOption {
                                label: "No, neither leg feels weak",
                                effects: &[(LegWeakness, false), (RfProgressiveWeakness, false)],
                            },
                            ChoiceOption {
                                label: "Yes, a little, but it is not getting any weaker",
                                effects: &[(LegWeakness, true), (RfProgressiveWeakness, false)],
                            },
                            ChoiceOption {
                                label: "Yes, and it is getting weaker",
                                effects: &[(RfProgressiveWeakness, true)],
                            },
                        ],
                        not_sure: &[(RfProgressiveWeakness, true)],
                    },
                    shown_if: ShownIf::Always,
                    icon: None,
                },
                Question {
                    id: Q::FootDrop,
                    text: "Does one foot drop or slap down when you walk, \
                           or catch and trip you up when you run?",
                    hint: "",
                    kind: RedFlag(RfProgressiveWeakness),
                    shown_if: ShownIf::Always,
                    icon: None,
                },
                flag(
                    RfMajorTrauma,
                    "Did the pain start after a serious accident or a bad fall?",
                ),
                flag(
                    RfChestPain,
                    "Have you had any pain in your chest as well as your back?",
                ),
            ],
        },
        Step {
            id: StepId::Health,
            title: "Your general health",
            intro: "These signs do not need A&E, but some mean you should speak to a doctor \
                    today. \"Not sure\" still counts as a yes.",
            safety: true,
            questions: &[
                flag(
                    RfFever,
                    "Have you had a high temperature or shivers, \
                     or felt unwell in yourself, along with the pain?",
                ),
                flag(RfCancerHistory, "Have you ever had cancer, or do you have it now?"),
                flag(RfWeightLoss, "Have you lost weight without trying?"),
                flag(
                    RfSteroidsOsteoporosis,
                    "Have you taken steroid tablets for a long time, \
                     or been told you have thin, weak bones (osteoporosis)?",
                ),
                flag(
                    RfImmunosuppressed,
                    "Have you been told your immune system is weak, \
                     because of an illness or a medicine? Or do you inject drugs?",
                ),
                flag(
                    RfAbdominal,
                    "Do you have new pain in your tummy as well as your back, \
                     or a pulsing feeling in your tummy?",
                ),
            ],
        },
        Step {
            id: StepId::PainPattern,
            title: "The pattern of your pain",
            intro: "",
            safety: true,
            questions: &[
                flag(
                    RfNightPain,
                    "Is the pain there all the time, with no rest or position that eases it, \
                     and worse at night?",
                ),
                flag(
                    RfSeverePain,
                    "Is the pain so bad that your usual painkillers do not touch it, \
                     or that you cannot put weight on a leg or walk?",
                ),
                flag(
                    RfUpperBack,
                    "Have you had pain high up in your back, between your shoulder blades?",
                ),
                flag(
                    RfBackLump,
                    "Have you noticed a lump or swelling in your back, \
                     or a change in its shape?",
                ),
                part_of(
                    Q::MorningStiffness,
                    NOT_INFLAMMATORY,
                    "Is your back stiff for more than half an hour most mornings?",
                    ShownIf::Always,
                ),
                part_of(
                    Q::StiffnessMonths,
                    NOT_INFLAMMATORY,
                    "Has that morning stiffness gone on for 3 months or more?",
                    ShownIf::NotNo(Q::MorningStiffness),
                ),
                part_of(
                    Q::StiffnessEases,
                    NOT_INFLAMMATORY,
                    "Does the stiffness ease when you move about, but not when you rest?",
                    ShownIf::NotNo(Q::StiffnessMonths),
                ),
                Question {
                    id: Q::RfInflammatory,
                    text: "Did the stiffness start before you were 40?",
                    hint: "",
                    kind: RedFlag(RfInflammatory),
                    shown_if: ShownIf::NotNo(Q::StiffnessEases),
                    icon: None,
                },
                flag(
                    RfNotImproving,
                    "Have you looked after your back sensibly for about 6 weeks \
                     with no real improvement?",
                ),
            ],
        },
        Step {
            id: StepId::RunningBones,
            title: "Running, bones and age",
            intro: "Runners can get stress injuries in the bones of the back and pelvis. \
                    These questions look for them.",
            safety: true,
            questions: &[
                Question {
                    hint: "Only try it if it feels safe. \
                           If you would rather not try, choose \"Not sure\".",
                    icon: Some(MovementIcon::Hopping),
                    ..flag(
                        RfHopPain,
                        "Does it hurt in your low back, buttock, hip or groin when you hop, \
                         or stand on one leg, on the sore side?",
                    )
                },
                Question {
                    id: Q::Periods,
                    text: "Have your periods stopped or become rare, \
                           when pregnancy or contraception does not explain it?",
                    hint: "If you do not have periods, choose \"Doesn't apply to me\".",
                    kind: RedFlagMayNotApply(RfLowEnergy),
                    shown_if: ShownIf::Always,
                    icon: None,
                },
                Question {
                    id: Q::UnderFuelling,
                    text: "Do you often eat less than your training needs, \
                           or try hard to keep your weight down?",
                    hint: "",
                    kind: RedFlag(RfLowEnergy),
                    shown_if: ShownIf::Always,
                    icon: None,
                },
                Question {
                    id: Q::StressFracture,
                    text: "Have you ever had a stress fracture?",
                    hint: "",
                    kind: RedFlag(RfLowEnergy),
                    shown_if: ShownIf::Always,
                    icon: None,
                },
                Question {
                    id: Q::Age,
                    text: "How old are you?",
                    hint: "",
                    kind: Choice {
                        options: &[
                            ChoiceOption {
                                label: "Under 20",
                                effects: &[(RfAgeOnset, true)],
                            },
                            ChoiceOption {
                                label: "20 to 50",
                                effects: &[(RfAgeOnset, false)],
                            },
                            ChoiceOption {
                                label: "Over 50",
                                effects: &[],
                            },
                        ],
                        not_sure: &[(RfAgeOnset, true)],
                    },
                    shown_if: ShownIf::Always,
                    icon: None,
                },
                Question {
                    id: Q::RfAgeOnset,
                    text: "Is this the first time you have ever had back pain?",
                    hint: "",
                    kind: RedFlag(RfAgeOnset),
                    shown_if: ShownIf::Chose(Q::Age, 2),
                    icon: None,
                },
            ],
        },
        Step {
            id: StepId::Start,
            title: "How it started",
            intro: "Now some questions about your pain. Answer what you can. \
                    If you do not know, choose \"Not sure\".",
            safety: false,
            questions: &[
                Question {
                    id: Q::Onset,
                    text: "How did this pain start?",
                    hint: "",
                    kind: Choice {
                        // New options go at the end: saved answers keep their index.
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
                            ChoiceOption {
                                label: "Suddenly, during or just after a run or race",
                                effects: &[
                                    (OnsetMoment, true),
                                    (OnsetBendTwist, false),
                                    (OnsetGradual, false),
                                ],
                            },
                        ],
                        not_sure: &[],
                    },
                    shown_if: ShownIf::Always,
                    icon: None,
                },
                yes_no(
                    Q::RecurrentRunning,
                    "Does it keep coming back when you run, even with no clear injury?",
                    RecurrentRunning,
                ),
            ],
        },
        Step {
            id: StepId::Feel,
            title: "What it feels like",
            intro: "",
            safety: false,
            questions: &[
                yes_no(
                    Q::Spasm,
                    "Did the muscles in your lower back suddenly tighten or lock up?",
                    Spasm,
                ),
                yes_no(
                    Q::SharpThenAche,
                    "Was it sharp at first, and is it now more of a dull ache?",
                    SharpThenAche,
                ),
                yes_no(
                    Q::VagueTightness,
                    "Is it more of a vague tightness or soreness than a sharp pain?",
                    VagueTightness,
                ),
                yes_no(Q::OneSided, "Is the pain mainly on one side?", OneSided),
                Question {
                    id: Q::PainStretchAway,
                    text: "Does it hurt when you lean sideways, away from the sore side?",
                    hint: "",
                    kind: YesNo(PainStretchAway),
                    shown_if: ShownIf::NotNo(Q::OneSided),
                    icon: None,
                },
                yes_no(
                    Q::TenderSpot,
                    "Is there one spot in your back that hurts when you press on it?",
                    TenderSpot,
                ),
            ],
        },
        Step {
            id: StepId::Where,
            title: "Where you feel it",
            intro: "",
            safety: false,
            questions: &[
                yes_no(Q::PainButtock, "Do you feel it in your buttock?", PainButtock),
                yes_no(
                    Q::PainUpperHamstring,
                    "Do you feel tightness high up in the back of your thigh, or deep in your buttock?",
                    PainUpperHamstring,
                ),
                Question {
                    id: Q::Leg,
                    text: "Do you have pain, tingling, numbness or burning in your leg?",
                    hint: "Only count feelings in the leg itself, below the buttock.",
                    kind: Custom {
                        yes: &[],
                        no: NO_LEG_SYMPTOMS,
                    },
                    shown_if: ShownIf::Always,
                    icon: None,
                },
            ],
        },
        Step {
            id: StepId::LegDetail,
            title: "Your leg",
            intro: "You said your leg is affected. These questions help tell the causes apart.",
            safety: false,
            questions: &[
                Question {
                    id: Q::PainBelowKnee,
                    text: "Do the feelings go below your knee?",
                    hint: "",
                    kind: YesNo(PainBelowKnee),
                    shown_if: ShownIf::NotNo(Q::Leg),
                    icon: None,
                },
                Question {
                    id: Q::PainWholeLeg,
                    text: "Is there a general ache all the way down the leg?",
                    hint: "",
                    kind: YesNo(PainWholeLeg),
                    shown_if: ShownIf::NotNo(Q::Leg),
                    icon: None,
                },
                Question {
                    id: Q::LegDominant,
                    text: "Does your leg bother you more than your back?",
                    hint: "",
                    kind: YesNo(LegDominant),
                    shown_if: ShownIf::NotNo(Q::Leg),
                    icon: None,
                },
                Question {
                    id: Q::PinsNeedles,
                    text: "Do you get pins and needles or tingling in your leg or foot?",
                    hint: "",
                    kind: YesNo(PinsNeedles),
                    shown_if: ShownIf::NotNo(Q::Leg),
                    icon: None,
                },
                Question {
                    id: Q::TinglingAfterSitting,
                    text: "Does the tingling come and go in one patch, such as the outside of your calf, after you have sat for a long time?",
                    hint: "",
                    kind: Custom {
                        yes: &[(TinglingAfterSitting, true), (PinsNeedles, true)],
                        no: &[(TinglingAfterSitting, false)],
                    },
                    shown_if: ShownIf::NotNo(Q::PinsNeedles),
                    icon: None,
                },
                Question {
                    id: Q::NumbnessLeg,
                    text: "Is part of your leg or foot numb?",
                    hint: "",
                    kind: YesNo(NumbnessLeg),
                    shown_if: ShownIf::NotNo(Q::Leg),
                    icon: None,
                },
                Question {
                    id: Q::BurningLeg,
                    text: "Do you feel burning down your leg?",
                    hint: "",
                    kind: YesNo(BurningLeg),
                    shown_if: ShownIf::NotNo(Q::Leg),
                    icon: None,
                },
            ],
        },
        Step {
            id: StepId::Movement,
            title: "What makes it worse or better",
            intro: "",
            safety: false,
            questions: &[
                yes_no(
                    Q::WorseExtension,
                    "Does leaning or arching backwards make it worse?",
                    WorseExtension,
                )
                .with_icon(MovementIcon::LeaningBack),
                yes_no(
                    Q::WorseFlexion,
                    "Does bending forwards make it worse?",
                    WorseFlexion,
                )
                .with_icon(MovementIcon::BendingForward),
                Question {
                    id: Q::EasedFlexion,
                    text: "Does bending forwards, or hugging your knees to your chest, ease it?",
                    hint: "",
                    kind: YesNo(EasedFlexion),
                    shown_if: ShownIf::NotYes(Q::WorseFlexion),
                    icon: None,
                },
                yes_no(
                    Q::WorseSitting,
                    "Is it worse after you have been sitting for a long time?",
                    WorseSitting,
                )
                .with_icon(MovementIcon::Sitting),
                yes_no(
                    Q::WorseSitToStand,
                    "Does it hurt to stand up after sitting?",
                    WorseSitToStand,
                ),
                yes_no(
                    Q::WorseStanding,
                    "Does standing for a long time bring it on?",
                    WorseStanding,
                ),
                yes_no(
                    Q::WorseCoughSneeze,
                    "Does coughing or sneezing hurt your back or leg?",
                    WorseCoughSneeze,
                ),
            ],
        },
        Step {
            id: StepId::Running,
            title: "When you run",
            intro: "",
            safety: false,
            questions: &[
                yes_no(
                    Q::WorseDownhill,
                    "Is running downhill worse than running on the flat?",
                    WorseDownhill,
                )
                .with_icon(MovementIcon::RunningDownhill),
                yes_no(
                    Q::LegDragging,
                    "Does one leg feel lazy when you run, as if you are dragging it?",
                    LegDragging,
                ),
                yes_no(
                    Q::PowerLoss,
                    "Do you feel you have lost power when you run?",
                    PowerLoss,
                ),
            ],
        },
    ],
};
