//! The stable identifiers of the triage contract (`docs/triage-contract.md`, version 2): findings, causes
//! and urgency levels. Everything else in the core (content, triage, plan) refers to these,
//! so a typo in an id is a compile error rather than a silent mismatch.
//!
//! The app's own ids are typed the same way, with `string_ids!`: the questionnaire's
//! questions and steps ([`crate::questionnaire::ids`]) and the exercises
//! ([`crate::content::ids`]). Their text forms are what is stored and linked to, so they
//! live in one place each and are written nowhere else.

use core::fmt;

/// Declares an enum of ids with a fixed text form each: `ALL` (declaration order), `COUNT`,
/// `id()` for the text, `from_id()` to parse it, `index()` (the position in `ALL`) and
/// `Display`. The text form is what is stored and linked to, so it must never change once
/// released; the enum is what the code uses, so a mistyped id cannot compile.
macro_rules! string_ids {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$doc:meta])* $variant:ident = $id:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $( $(#[$doc])* $variant, )*
        }

        impl $name {
            /// Every id, in declaration order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )* ];
            /// How many ids there are.
            pub const COUNT: usize = $name::ALL.len();

            /// The text form, as stored and linked to.
            pub const fn id(self) -> &'static str {
                match self { $( $name::$variant => $id, )* }
            }

            /// Parses the text form; `None` for anything that is not one of these ids.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|x| x.id() == id)
            }

            /// The position in `ALL`.
            pub const fn index(self) -> usize {
                self as usize
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}
pub(crate) use string_ids;

/// How urgently a person should seek care. Ordered from least to most serious, so that
/// `max()` picks the most serious level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// The home plan in the app is appropriate; re-check if things change.
    SelfCare,
    /// Book a GP or physiotherapist appointment.
    Routine,
    /// Speak to a doctor today.
    Urgent,
    /// Go to A&E or call emergency services now.
    Emergency,
}

impl Urgency {
    /// All levels, most serious first (the order of the contract's table).
    pub const ALL: [Urgency; 4] = [
        Urgency::Emergency,
        Urgency::Urgent,
        Urgency::Routine,
        Urgency::SelfCare,
    ];

    /// The contract id, e.g. `"self_care"`.
    pub const fn id(self) -> &'static str {
        match self {
            Urgency::SelfCare => "self_care",
            Urgency::Routine => "routine",
            Urgency::Urgent => "urgent",
            Urgency::Emergency => "emergency",
        }
    }

    /// Parses a contract id.
    pub fn from_id(id: &str) -> Option<Urgency> {
        Urgency::ALL.into_iter().find(|u| u.id() == id)
    }
}

impl fmt::Display for Urgency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// One of the five common causes of lower back pain in runners that Backtrack ranks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CauseId {
    Muscular,
    FacetJoint,
    SacroiliacJoint,
    Disc,
    Nerve,
}

impl CauseId {
    /// All causes in the order of the contract's table. Ties in scoring keep this order.
    pub const ALL: [CauseId; 5] = [
        CauseId::Muscular,
        CauseId::FacetJoint,
        CauseId::SacroiliacJoint,
        CauseId::Disc,
        CauseId::Nerve,
    ];

    /// The contract id, e.g. `"facet_joint"`. Also used in URLs (`#/causes/facet_joint`).
    pub const fn id(self) -> &'static str {
        match self {
            CauseId::Muscular => "muscular",
            CauseId::FacetJoint => "facet_joint",
            CauseId::SacroiliacJoint => "sacroiliac_joint",
            CauseId::Disc => "disc",
            CauseId::Nerve => "nerve",
        }
    }

    /// Parses a contract id.
    pub fn from_id(id: &str) -> Option<CauseId> {
        CauseId::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Position in [`CauseId::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for CauseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// The groups the contract sorts findings into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindingGroup {
    RedFlag,
    OnsetAndCharacter,
    Location,
    WorseOrBetter,
    NerveAndRunning,
}

macro_rules! findings {
    ($( $group:ident { $( $(#[$doc:meta])* $variant:ident = $id:literal $(@ $level:ident)? ),* $(,)? } )*) => {
        /// A finding of the triage contract: something about the person's pain that is
        /// present (`true`), absent (`false`) or not known (missing).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Finding {
            $( $( $(#[$doc])* $variant, )* )*
        }

        impl Finding {
            /// Every finding, in the order of the contract.
            pub const ALL: &'static [Finding] = &[ $( $( Finding::$variant, )* )* ];

            /// The contract id, e.g. `"worse_extension"`.
            pub const fn id(self) -> &'static str {
                match self { $( $( Finding::$variant => $id, )* )* }
            }

            /// The contract group this finding belongs to.
            pub const fn group(self) -> FindingGroup {
                match self { $( $( Finding::$variant => FindingGroup::$group, )* )* }
            }

            /// For a red flag, the urgency it sets on its own; `None` for other findings.
            pub const fn red_flag_level(self) -> Option<Urgency> {
                match self { $( $( Finding::$variant => findings!(@level $($level)?), )* )* }
            }
        }
    };
    (@level) => { None };
    (@level $level:ident) => { Some(Urgency::$level) };
}

findings! {
    RedFlag {
        /// New difficulty passing urine, or loss of bladder control or sensation.
        RfBladderChange = "rf_bladder_change" @ Emergency,
        /// New loss of bowel control or sensation.
        RfBowelChange = "rf_bowel_change" @ Emergency,
        /// Numbness or altered feeling in the saddle area.
        RfSaddleNumbness = "rf_saddle_numbness" @ Emergency,
        /// A new change in sexual function.
        RfSexualDysfunction = "rf_sexual_dysfunction" @ Emergency,
        /// New nerve-type symptoms in both legs at once (not soreness after a run, not a
        /// long-standing pattern a doctor has already checked).
        RfBothLegs = "rf_both_legs" @ Emergency,
        /// Leg weakness that is getting worse, or a foot that drops, slaps, or catches and
        /// trips when walking or running.
        RfProgressiveWeakness = "rf_progressive_weakness" @ Emergency,
        /// The pain started after a serious accident or fall.
        RfMajorTrauma = "rf_major_trauma" @ Emergency,
        /// Chest pain with the back pain.
        RfChestPain = "rf_chest_pain" @ Emergency,
        /// Fever, chills or feeling generally unwell with the pain.
        RfFever = "rf_fever" @ Urgent,
        /// A past or current cancer.
        RfCancerHistory = "rf_cancer_history" @ Urgent,
        /// Weight loss with no explanation.
        RfWeightLoss = "rf_weight_loss" @ Urgent,
        /// Constant pain that no position or rest eases, worse at night.
        RfNightPain = "rf_night_pain" @ Urgent,
        /// Long-term steroid tablets, or known osteoporosis.
        RfSteroidsOsteoporosis = "rf_steroids_osteoporosis" @ Urgent,
        /// A weakened immune system, or injecting drugs.
        RfImmunosuppressed = "rf_immunosuppressed" @ Urgent,
        /// Pain high in the back, between the shoulder blades.
        RfUpperBack = "rf_upper_back" @ Urgent,
        /// A lump or swelling in the back, or the back has changed shape.
        RfBackLump = "rf_back_lump" @ Urgent,
        /// New tummy pain with the back pain, or a pulsing feeling in the tummy (the aorta).
        RfAbdominal = "rf_abdominal" @ Urgent,
        /// Pain that usual painkillers do not touch, or being unable to bear weight or walk.
        RfSeverePain = "rf_severe_pain" @ Urgent,
        /// Pain in the low back, buttock, hip or groin when hopping or standing on one leg
        /// on the painful side: a sign of bone stress. Whatever the urgency, no running
        /// until checked.
        RfHopPain = "rf_hop_pain" @ Routine,
        /// Periods missed or stopped, eating less than training needs, or a past stress
        /// fracture (low energy availability and bone health).
        RfLowEnergy = "rf_low_energy" @ Routine,
        /// Under 20 (any episode), or over 50 with a first episode of back pain.
        RfAgeOnset = "rf_age_onset" @ Routine,
        /// An inflammatory pattern: long morning stiffness easing with exercise, before 40.
        RfInflammatory = "rf_inflammatory" @ Routine,
        /// No improvement after about six weeks of sensible self-care.
        RfNotImproving = "rf_not_improving" @ Routine,
    }
    OnsetAndCharacter {
        /// A clear moment of injury: a sudden sharp "ouch".
        OnsetMoment = "onset_moment",
        /// It happened while bending combined with twisting or side-bending.
        OnsetBendTwist = "onset_bend_twist",
        /// No moment of injury can be recalled; it crept up.
        OnsetGradual = "onset_gradual",
        /// It keeps coming back with running, without a specific injury.
        RecurrentRunning = "recurrent_running",
        /// Muscles suddenly tightened or went into spasm.
        Spasm = "spasm",
        /// Sharp at first, settling into a duller background ache.
        SharpThenAche = "sharp_then_ache",
        /// Mainly on one side.
        OneSided = "one_sided",
        /// A local spot that is tender to press.
        TenderSpot = "tender_spot",
        /// Stretching or side-bending away from the sore side hurts.
        PainStretchAway = "pain_stretch_away",
        /// A vague tightness or soreness rather than a sharp pain.
        VagueTightness = "vague_tightness",
    }
    Location {
        /// Felt in the buttock.
        PainButtock = "pain_buttock",
        /// Tightness high in the hamstring or deep in the glute.
        PainUpperHamstring = "pain_upper_hamstring",
        /// Symptoms travel below the knee.
        PainBelowKnee = "pain_below_knee",
        /// A general ache down the whole leg.
        PainWholeLeg = "pain_whole_leg",
        /// The leg troubles the person more than the back.
        LegDominant = "leg_dominant",
    }
    WorseOrBetter {
        /// Leaning or arching backwards makes it worse.
        WorseExtension = "worse_extension",
        /// Running downhill makes it worse.
        WorseDownhill = "worse_downhill",
        /// Standing for a long time makes it worse.
        WorseStanding = "worse_standing",
        /// Bending forwards makes it worse.
        WorseFlexion = "worse_flexion",
        /// Sitting for a long time makes it worse.
        WorseSitting = "worse_sitting",
        /// Getting up from sitting makes it worse.
        WorseSitToStand = "worse_sit_to_stand",
        /// Coughing or sneezing makes it worse.
        WorseCoughSneeze = "worse_cough_sneeze",
        /// Bending forwards or hugging the knees eases it.
        EasedFlexion = "eased_flexion",
    }
    NerveAndRunning {
        /// Pins and needles or tingling in the leg or foot.
        PinsNeedles = "pins_needles",
        /// Numbness in part of the leg or foot.
        NumbnessLeg = "numbness_leg",
        /// A burning feeling down the leg.
        BurningLeg = "burning_leg",
        /// Some weakness in the leg (not getting worse).
        LegWeakness = "leg_weakness",
        /// Tingling in one patch that comes and goes, brought on by long sitting.
        TinglingAfterSitting = "tingling_after_sitting",
        /// The leg feels lazy, as if dragging it when running.
        LegDragging = "leg_dragging",
        /// A loss of power when running.
        PowerLoss = "power_loss",
    }
}

impl Finding {
    /// Parses a contract id.
    pub fn from_id(id: &str) -> Option<Finding> {
        Finding::ALL.iter().copied().find(|f| f.id() == id)
    }

    /// Whether this finding is a red flag.
    pub const fn is_red_flag(self) -> bool {
        self.red_flag_level().is_some()
    }

    /// Every red flag, in contract order.
    pub fn red_flags() -> impl Iterator<Item = Finding> {
        Finding::ALL.iter().copied().filter(|f| f.is_red_flag())
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn finding_ids_are_unique_and_round_trip() {
        let mut seen = HashSet::new();
        for &f in Finding::ALL {
            assert!(seen.insert(f.id()), "duplicate id {}", f.id());
            assert_eq!(Finding::from_id(f.id()), Some(f));
        }
        assert_eq!(Finding::ALL.len(), 53);
        assert_eq!(Finding::from_id("no_such_finding"), None);
    }

    #[test]
    fn red_flags_have_the_contract_levels() {
        let level = |id| Finding::from_id(id).and_then(Finding::red_flag_level);
        assert_eq!(level("rf_saddle_numbness"), Some(Urgency::Emergency));
        assert_eq!(level("rf_night_pain"), Some(Urgency::Urgent));
        assert_eq!(level("rf_not_improving"), Some(Urgency::Routine));
        assert_eq!(level("worse_extension"), None);
        assert_eq!(Finding::red_flags().count(), 23);
        assert_eq!(
            Finding::red_flags()
                .filter(|f| f.red_flag_level() == Some(Urgency::Emergency))
                .count(),
            8
        );
    }

    #[test]
    fn urgency_orders_by_seriousness() {
        assert!(Urgency::Emergency > Urgency::Urgent);
        assert!(Urgency::Urgent > Urgency::Routine);
        assert!(Urgency::Routine > Urgency::SelfCare);
        for u in Urgency::ALL {
            assert_eq!(Urgency::from_id(u.id()), Some(u));
        }
    }

    #[test]
    fn cause_ids_round_trip_in_contract_order() {
        let ids: Vec<_> = CauseId::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(
            ids,
            [
                "muscular",
                "facet_joint",
                "sacroiliac_joint",
                "disc",
                "nerve"
            ]
        );
        for (i, c) in CauseId::ALL.into_iter().enumerate() {
            assert_eq!(CauseId::from_id(c.id()), Some(c));
            assert_eq!(c.index(), i);
        }
    }
}
