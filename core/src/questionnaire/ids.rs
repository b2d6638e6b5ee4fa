//! The questionnaire's question and step ids. A question's text form is the key its answer
//! is saved under (`"leg_weakness": "choice:1"`) and the name of its radio buttons in the
//! page, so a released one never changes; a red-flag question asked in the words of one
//! finding has that finding's id. The questionnaire asks exactly these questions, each
//! once, in this order, and has exactly these steps, in this order (tests check both).

use crate::ids::{string_ids, Finding};

string_ids! {
    /// One question of the questionnaire.
    pub enum QuestionId {
        // Emergency signs
        RfBladderChange = "rf_bladder_change",
        RfBowelChange = "rf_bowel_change",
        RfSaddleNumbness = "rf_saddle_numbness",
        RfSexualDysfunction = "rf_sexual_dysfunction",
        // Legs, and other signs that need help fast
        RfBothLegs = "rf_both_legs",
        LegWeakness = "leg_weakness",
        FootDrop = "foot_drop",
        RfMajorTrauma = "rf_major_trauma",
        RfChestPain = "rf_chest_pain",
        // General health
        RfFever = "rf_fever",
        RfCancerHistory = "rf_cancer_history",
        RfWeightLoss = "rf_weight_loss",
        RfSteroidsOsteoporosis = "rf_steroids_osteoporosis",
        RfImmunosuppressed = "rf_immunosuppressed",
        RfAbdominal = "rf_abdominal",
        // The pattern of the pain
        RfNightPain = "rf_night_pain",
        RfSeverePain = "rf_severe_pain",
        RfUpperBack = "rf_upper_back",
        RfBackLump = "rf_back_lump",
        MorningStiffness = "morning_stiffness",
        StiffnessMonths = "stiffness_months",
        StiffnessEases = "stiffness_eases",
        RfInflammatory = "rf_inflammatory",
        RfNotImproving = "rf_not_improving",
        // Running, bones and age
        RfHopPain = "rf_hop_pain",
        Periods = "periods",
        UnderFuelling = "under_fuelling",
        StressFracture = "stress_fracture",
        Age = "age",
        RfAgeOnset = "rf_age_onset",
        // How it started
        Onset = "onset",
        RecurrentRunning = "recurrent_running",
        // What it feels like
        Spasm = "spasm",
        SharpThenAche = "sharp_then_ache",
        VagueTightness = "vague_tightness",
        OneSided = "one_sided",
        PainStretchAway = "pain_stretch_away",
        TenderSpot = "tender_spot",
        // Where it is felt
        PainButtock = "pain_buttock",
        PainUpperHamstring = "pain_upper_hamstring",
        Leg = "leg",
        // The leg
        PainBelowKnee = "pain_below_knee",
        PainWholeLeg = "pain_whole_leg",
        LegDominant = "leg_dominant",
        PinsNeedles = "pins_needles",
        TinglingAfterSitting = "tingling_after_sitting",
        NumbnessLeg = "numbness_leg",
        BurningLeg = "burning_leg",
        // What makes it worse or better
        WorseExtension = "worse_extension",
        WorseFlexion = "worse_flexion",
        EasedFlexion = "eased_flexion",
        WorseSitting = "worse_sitting",
        WorseSitToStand = "worse_sit_to_stand",
        WorseStanding = "worse_standing",
        WorseCoughSneeze = "worse_cough_sneeze",
        // When running
        WorseDownhill = "worse_downhill",
        LegDragging = "leg_dragging",
        PowerLoss = "power_loss",
    }
}

string_ids! {
    /// One step (screen) of the questionnaire.
    pub enum StepId {
        EmergencySigns = "emergency_signs",
        EmergencyLegs = "emergency_legs",
        Health = "health",
        PainPattern = "pain_pattern",
        RunningBones = "running_bones",
        Start = "start",
        Feel = "feel",
        Where = "where",
        LegDetail = "leg_detail",
        Movement = "movement",
        Running = "running",
    }
}

impl QuestionId {
    /// The question asked in the words of one red flag: the one whose id is the finding's.
    /// Only for the content's constants, where it is worked out while compiling: a finding
    /// with no such question fails the build rather than asking under the wrong id.
    pub(crate) const fn for_red_flag(finding: Finding) -> QuestionId {
        let mut i = 0;
        while i < QuestionId::ALL.len() {
            if same_text(QuestionId::ALL[i].id(), finding.id()) {
                return QuestionId::ALL[i];
            }
            i += 1;
        }
        panic!("no question has this red flag's id");
    }
}

/// String equality, usable while compiling.
const fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CONTENT;

    #[test]
    fn the_questionnaire_asks_every_question_once_in_the_order_of_the_ids() {
        let asked: Vec<QuestionId> = CONTENT
            .questionnaire
            .all_questions()
            .map(|q| q.id)
            .collect();
        assert_eq!(asked, QuestionId::ALL);
        let steps: Vec<StepId> = CONTENT.questionnaire.steps.iter().map(|s| s.id).collect();
        assert_eq!(steps, StepId::ALL);
    }

    #[test]
    fn the_saved_text_of_every_id_is_unchanged() {
        // These are the keys of answers in saved documents and the names in the page:
        // changing one would lose a runner's answer. New ids may be added, never renamed.
        let questions: Vec<&str> = QuestionId::ALL.iter().map(|q| q.id()).collect();
        assert_eq!(
            questions,
            [
                "rf_bladder_change",
                "rf_bowel_change",
                "rf_saddle_numbness",
                "rf_sexual_dysfunction",
                "rf_both_legs",
                "leg_weakness",
                "foot_drop",
                "rf_major_trauma",
                "rf_chest_pain",
                "rf_fever",
                "rf_cancer_history",
                "rf_weight_loss",
                "rf_steroids_osteoporosis",
                "rf_immunosuppressed",
                "rf_abdominal",
                "rf_night_pain",
                "rf_severe_pain",
                "rf_upper_back",
                "rf_back_lump",
                "morning_stiffness",
                "stiffness_months",
                "stiffness_eases",
                "rf_inflammatory",
                "rf_not_improving",
                "rf_hop_pain",
                "periods",
                "under_fuelling",
                "stress_fracture",
                "age",
                "rf_age_onset",
                "onset",
                "recurrent_running",
                "spasm",
                "sharp_then_ache",
                "vague_tightness",
                "one_sided",
                "pain_stretch_away",
                "tender_spot",
                "pain_buttock",
                "pain_upper_hamstring",
                "leg",
                "pain_below_knee",
                "pain_whole_leg",
                "leg_dominant",
                "pins_needles",
                "tingling_after_sitting",
                "numbness_leg",
                "burning_leg",
                "worse_extension",
                "worse_flexion",
                "eased_flexion",
                "worse_sitting",
                "worse_sit_to_stand",
                "worse_standing",
                "worse_cough_sneeze",
                "worse_downhill",
                "leg_dragging",
                "power_loss",
            ]
        );
        for &q in QuestionId::ALL {
            assert_eq!(QuestionId::from_id(q.id()), Some(q));
        }
        assert_eq!(QuestionId::from_id("no_such_question"), None);
        for &s in StepId::ALL {
            assert_eq!(StepId::from_id(s.id()), Some(s));
        }
    }
}
