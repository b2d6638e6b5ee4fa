//! The wording of the result page.

use crate::content::ids::ExerciseId;
use crate::content::model::{EmergencyNow, FindingLabel, MatchWords, ResultText};
use crate::ids::Finding::*;

macro_rules! labels {
    ($($finding:ident => $text:literal,)*) => {
        &[$(FindingLabel { finding: $finding, text: $text },)*]
    };
}

pub const RESULTS: ResultText = ResultText {
    self_care_heading: "You can start with self-care",
    because: "Because you told us:",
    finding_labels: labels! {
        OnsetMoment => "it started suddenly, at a moment you can point to",
        OnsetBendTwist => "it started while you were bending and twisting or reaching to one side",
        OnsetGradual => "it came on slowly, with no moment you can recall",
        RecurrentRunning => "it keeps coming back when you run, with no clear injury",
        Spasm => "your back muscles suddenly tightened or locked up",
        SharpThenAche => "it was sharp at first and is now more of a dull ache",
        OneSided => "it is mainly on one side",
        TenderSpot => "one spot hurts when you press on it",
        PainStretchAway => "leaning away from the sore side hurts",
        VagueTightness => "it feels like a vague tightness or soreness",
        PainButtock => "you feel it in your buttock",
        PainUpperHamstring => "you feel tightness high in the back of your thigh or deep in your buttock",
        PainBelowKnee => "the feelings go below your knee",
        PainWholeLeg => "there is an ache all the way down your leg",
        LegDominant => "your leg bothers you more than your back",
        WorseExtension => "leaning or arching backwards makes it worse",
        WorseDownhill => "running downhill makes it worse",
        WorseStanding => "standing for a long time brings it on",
        WorseFlexion => "bending forwards makes it worse",
        WorseSitting => "it is worse after sitting for a long time",
        WorseSitToStand => "standing up after sitting hurts",
        WorseCoughSneeze => "coughing or sneezing hurts",
        EasedFlexion => "bending forwards or hugging your knees eases it",
        PinsNeedles => "you get pins and needles or tingling in your leg or foot",
        NumbnessLeg => "part of your leg or foot is numb",
        BurningLeg => "you feel burning down your leg",
        LegWeakness => "your leg feels a little weak, but it is not getting weaker",
        TinglingAfterSitting => "tingling comes and goes in one patch after long sitting",
        LegDragging => "one leg feels lazy when you run, as if you drag it",
        PowerLoss => "you have lost power when you run",
    },
    self_care: "Nothing you told us needs a doctor right now. \
                The home plan below fits your answers. \
                Check again if anything changes or gets worse.",
    routine_meanwhile: "You can still follow the gentle home plan while you wait, \
                        as long as it does not make things worse.",
    not_sure_counts: "You answered \"not sure\" to at least one warning sign. \
                      We count that as a yes, because it is safer to get it checked.",
    not_confident: "Your answers point to more than one cause, and we cannot tell them apart. \
                    A physiotherapist can examine you and find out. \
                    Until then, gentle movement and the settle phase of the plan are a safe start.",
    confident: "Your answers fit this cause best. \
                Read why below, and check the cause page to see if it sounds like you.",
    not_a_diagnosis: "This is not a diagnosis. \
                      It is a guide based on what you told us. \
                      Only a doctor or physiotherapist who examines you can say for sure.",
    cancer_nerve_rule: "You have had cancer, and you also have nerve signs in your leg. \
                        Together these need checking straight away, \
                        to rule out pressure on the spinal cord.",
    leg_weakness_rule: "Your leg feels weak. \
                        Weakness should always be checked by a doctor or physiotherapist, \
                        even when it is not getting worse.",
    hop_low_energy_rule: "It hurts when you hop or stand on one leg, \
                          and your periods, your eating or a past stress fracture \
                          put your bones at risk. \
                          Together these can mean a stress fracture in the pelvis or hip.",
    weak_leg_nerve_rule: "Your leg feels lazy or weak when you run, \
                          and you also have nerve signs such as tingling or numbness. \
                          A nerve may be losing power, so it should be checked.",
    no_running: "Do not run until a doctor or physio has checked you. \
                 Pain when you hop can be a sign of stress in the bone, \
                 and running on it can turn it into a break. \
                 Walking and the gentle exercises are fine if they do not hurt.",
    no_fit: "Your answers do not match any of the five causes well. \
             That is common, and it does not mean something is wrong. \
             A physiotherapist can examine you and find out what is going on. \
             Until then, the general back care below is a safe start.",
    general_care_heading: "General back care",
    general_care: &[
        "Keep moving. Short, easy walks are better than rest in bed.",
        "Ease off what makes the pain worse, but do not stop moving.",
        "Try the gentle exercises of the settle phase, such as knee hugs and the cat and camel, if they feel comfortable.",
        "Pause running while it hurts to walk briskly.",
        "Check again if anything changes, and see a physiotherapist if it is no better in a few weeks.",
    ],
    general_care_exercises: &[ExerciseId::Walking, ExerciseId::PelvicTilt, ExerciseId::KneeHugs, ExerciseId::CatCamel],
    match_words: MatchWords {
        most_likely: "Most likely",
        possible: "Possible",
        also_possible: "Also possible",
        weak: "Weak match",
        none: "Not pointed to by your answers",
    },
    emergency_now: EmergencyNow {
        heading: "Get help now",
        why: "This answer can be a sign of pressure on the nerves or spinal cord, \
              or another problem that needs help fast.",
        see_result: "See what to do now",
    },
    escalation_note: "Your answers so far mean you should speak to a doctor today. \
                      The next few questions check whether you need help even sooner.",
};
