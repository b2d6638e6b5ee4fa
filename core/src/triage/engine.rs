//! [`evaluate`]: red flags first, then cause scoring, then the confidence check.

use crate::ids::{CauseId, Finding, Urgency};

use super::findings::Findings;
use super::weights::{
    score_from_points, CAUSE_COUNT, CONFIDENCE_MARGIN, MIN_SUPPORTING_FINDINGS, WEIGHTS,
};

/// The nerve signs that, with a history of cancer, suggest spinal cord compression.
pub const CANCER_NERVE_SIGNS: [Finding; 4] = [
    Finding::PinsNeedles,
    Finding::NumbnessLeg,
    Finding::LegWeakness,
    Finding::PainBelowKnee,
];

/// A contract rule beyond single red flags that applied to an answer set.
///
/// Reported so the app can explain an urgency that no single red flag accounts for (e.g. an
/// emergency when the only red flag listed is the urgent-level `rf_cancer_history`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UrgencyRule {
    /// `rf_cancer_history` with a nerve sign ([`CANCER_NERVE_SIGNS`]): emergency, as this
    /// can be spinal cord compression.
    CancerWithNerveSign,
    /// Stable `leg_weakness`: at least routine, as weakness should be checked by a clinician.
    StableLegWeakness,
}

impl UrgencyRule {
    /// The least urgency this rule imposes.
    pub const fn level(self) -> Urgency {
        match self {
            UrgencyRule::CancerWithNerveSign => Urgency::Emergency,
            UrgencyRule::StableLegWeakness => Urgency::Routine,
        }
    }
}

/// One cause in the ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct RankedCause {
    pub cause: CauseId,
    /// In `[0, 1)`: how strongly the answers point at this cause (see
    /// [`score_from_points`]). Comparable within one assessment; scores need not sum to 1.
    pub score: f64,
    /// The summed table points the score was mapped from (may be negative). For review and
    /// debugging; the app shows `score`.
    pub points: i32,
    /// The present findings with a positive weight for this cause, in contract order.
    pub because: Vec<Finding>,
}

/// The engine's answer for one set of findings.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// How urgently to seek care: the most serious of the present red flags and the rules.
    pub urgency: Urgency,
    /// Every red flag answered as present, in contract order.
    pub red_flags: Vec<Finding>,
    /// The contract rules beyond single red flags whose conditions hold, in the order of
    /// [`UrgencyRule`]'s variants.
    pub rules: Vec<UrgencyRule>,
    /// All five causes, highest score first; equal scores keep [`CauseId::ALL`] order.
    pub causes: Vec<RankedCause>,
    /// Whether the answers separate the causes well enough to name the top one (at least
    /// [`MIN_SUPPORTING_FINDINGS`] supporting findings and a lead of [`CONFIDENCE_MARGIN`]).
    pub confident: bool,
    /// Every emergency-level red flag the answers left missing, in contract order.
    pub unscreened: Vec<Finding>,
}

impl Assessment {
    /// The most likely cause, if any (there always is one: `causes` lists all five).
    pub fn top(&self) -> Option<&RankedCause> {
        self.causes.first()
    }

    /// The ranking entry for `cause`.
    pub fn cause(&self, cause: CauseId) -> Option<&RankedCause> {
        self.causes.iter().find(|r| r.cause == cause)
    }

    /// Whether every emergency-level red flag was answered.
    pub fn fully_screened(&self) -> bool {
        self.unscreened.is_empty()
    }

    /// Whether the app may offer its home self-care plan: only when the emergency screen is
    /// complete and nothing calls for a doctor today or sooner. A `routine` result still
    /// gets the plan, alongside the advice to book an appointment.
    pub fn offers_self_care_plan(&self) -> bool {
        self.urgency < Urgency::Urgent && self.fully_screened()
    }

    /// Whether the person should see a clinician at all (anything above `self_care`).
    pub fn needs_clinician(&self) -> bool {
        self.urgency > Urgency::SelfCare
    }
}

/// Assesses one answer set. Pure and deterministic: the same findings always give the same
/// assessment.
///
/// Steps, in this order so that nothing in scoring can touch urgency:
/// 1. urgency from the present red flags (the most serious level wins) and the contract's
///    two rules, each of which can only raise it;
/// 2. the unscreened emergency flags;
/// 3. points per cause from [`WEIGHTS`], mapped to scores, ranked with a stable sort;
/// 4. the confidence check on the top two.
///
/// Cost: one pass over the 49 findings and the 30 table rows, and a few small vectors; about
/// a microsecond natively in release with every finding present (the worst case), so the app
/// can re-run it on every answer.
pub fn evaluate(findings: &Findings) -> Assessment {
    let (urgency, red_flags, rules) = assess_urgency(findings);
    let unscreened = Finding::red_flags()
        .filter(|f| f.red_flag_level() == Some(Urgency::Emergency) && !findings.is_answered(*f))
        .collect();
    let causes = rank_causes(findings);
    let confident = is_confident(&causes);
    Assessment {
        urgency,
        red_flags,
        rules,
        causes,
        confident,
        unscreened,
    }
}

/// Urgency, the present red flags and the rules that applied. Independent of cause scoring.
fn assess_urgency(findings: &Findings) -> (Urgency, Vec<Finding>, Vec<UrgencyRule>) {
    let red_flags: Vec<Finding> = Finding::red_flags()
        .filter(|&f| findings.is_present(f))
        .collect();

    let mut rules = Vec::new();
    if findings.is_present(Finding::RfCancerHistory)
        && CANCER_NERVE_SIGNS.iter().any(|&f| findings.is_present(f))
    {
        rules.push(UrgencyRule::CancerWithNerveSign);
    }
    if findings.is_present(Finding::LegWeakness) {
        rules.push(UrgencyRule::StableLegWeakness);
    }

    // `max` only ever raises: each flag and rule is a floor, never a ceiling.
    let urgency = red_flags
        .iter()
        .filter_map(|f| f.red_flag_level())
        .chain(rules.iter().map(|r| r.level()))
        .fold(Urgency::SelfCare, Urgency::max);
    (urgency, red_flags, rules)
}

/// All five causes, scored from the table and sorted by score, highest first.
fn rank_causes(findings: &Findings) -> Vec<RankedCause> {
    let mut points = [0i32; CAUSE_COUNT];
    let mut because: [Vec<Finding>; CAUSE_COUNT] = Default::default();
    // WEIGHTS is in contract order, so each `because` list comes out in contract order.
    for row in WEIGHTS {
        let answer = findings.get(row.finding);
        for cause in CauseId::ALL {
            let w = row.points(cause, answer);
            points[cause.index()] += i32::from(w);
            if answer == Some(true) && w > 0 {
                because[cause.index()].push(row.finding);
            }
        }
    }

    let mut causes: Vec<RankedCause> = CauseId::ALL
        .into_iter()
        .zip(because)
        .map(|(cause, because)| RankedCause {
            cause,
            score: score_from_points(points[cause.index()]),
            points: points[cause.index()],
            because,
        })
        .collect();
    // `sort_by` is stable, so equal scores keep CauseId::ALL order as the contract requires.
    // Scores are never NaN; total_cmp just avoids an unwrap.
    crate::sort::sort_by(&mut causes, |a, b| b.score.total_cmp(&a.score));
    causes
}

/// The contract's confidence test on a ranking sorted highest first.
fn is_confident(causes: &[RankedCause]) -> bool {
    match causes {
        [top, second, ..] => {
            top.because.len() >= MIN_SUPPORTING_FINDINGS
                && top.score - second.score >= CONFIDENCE_MARGIN
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screened() -> Findings {
        Finding::red_flags().map(|f| (f, false)).collect()
    }

    fn ids(fs: &[Finding]) -> Vec<&'static str> {
        fs.iter().map(|f| f.id()).collect()
    }

    #[test]
    fn empty_input_is_self_care_unconfident_and_unscreened() {
        let a = evaluate(&Findings::new());
        assert_eq!(a.urgency, Urgency::SelfCare);
        assert!(a.red_flags.is_empty());
        assert!(!a.confident);
        assert_eq!(
            ids(&a.unscreened),
            [
                "rf_bladder_change",
                "rf_bowel_change",
                "rf_saddle_numbness",
                "rf_sexual_dysfunction",
                "rf_both_legs",
                "rf_progressive_weakness",
                "rf_major_trauma",
                "rf_chest_pain"
            ]
        );
        let order: Vec<CauseId> = a.causes.iter().map(|r| r.cause).collect();
        assert_eq!(order, CauseId::ALL, "ties keep contract order");
        assert!(a
            .causes
            .iter()
            .all(|r| r.score == 0.0 && r.because.is_empty()));
        assert!(!a.offers_self_care_plan());
    }

    #[test]
    fn contract_example_ranks_facet_joint_first() {
        let f = screened()
            .with(Finding::WorseExtension, true)
            .with(Finding::WorseDownhill, true)
            .with(Finding::PainBelowKnee, false);
        let a = evaluate(&f);
        assert_eq!(a.urgency, Urgency::SelfCare);
        let top = a.top().expect("five causes");
        assert_eq!(top.cause, CauseId::FacetJoint);
        assert_eq!(
            top.because,
            [Finding::WorseExtension, Finding::WorseDownhill]
        );
        assert!(a.confident);
        assert!(a.unscreened.is_empty());
        assert!(a.offers_self_care_plan());
    }

    #[test]
    fn highest_red_flag_decides() {
        let f = screened()
            .with(Finding::RfNotImproving, true)
            .with(Finding::RfFever, true);
        let a = evaluate(&f);
        assert_eq!(a.urgency, Urgency::Urgent);
        assert_eq!(a.red_flags, [Finding::RfFever, Finding::RfNotImproving]);
        assert!(!a.offers_self_care_plan());
        assert!(a.needs_clinician());
    }

    #[test]
    fn cancer_with_a_nerve_sign_is_an_emergency() {
        for sign in CANCER_NERVE_SIGNS {
            let f = screened()
                .with(Finding::RfCancerHistory, true)
                .with(sign, true);
            let a = evaluate(&f);
            assert_eq!(a.urgency, Urgency::Emergency, "{sign}");
            assert!(a.rules.contains(&UrgencyRule::CancerWithNerveSign));
            assert_eq!(a.red_flags, [Finding::RfCancerHistory]);
        }
        // Without a nerve sign it stays urgent.
        let f = screened()
            .with(Finding::RfCancerHistory, true)
            .with(Finding::BurningLeg, true);
        assert_eq!(evaluate(&f).urgency, Urgency::Urgent);
    }

    #[test]
    fn stable_leg_weakness_raises_self_care_to_routine_only() {
        let f = screened().with(Finding::LegWeakness, true);
        let a = evaluate(&f);
        assert_eq!(a.urgency, Urgency::Routine);
        assert!(a.red_flags.is_empty(), "leg weakness is not a red flag");
        assert_eq!(a.rules, [UrgencyRule::StableLegWeakness]);
        assert!(a.offers_self_care_plan());

        let f = f.with(Finding::RfFever, true);
        assert_eq!(evaluate(&f).urgency, Urgency::Urgent, "never lowers");
    }

    #[test]
    fn a_no_to_cough_weighs_against_disc() {
        let base = screened().with(Finding::WorseFlexion, true);
        let disc = |f: &Findings| evaluate(f).cause(CauseId::Disc).map(|r| r.score);
        assert!(disc(&base.with(Finding::WorseCoughSneeze, false)) < disc(&base));
    }

    #[test]
    fn because_lists_only_supporting_present_findings() {
        let f = screened()
            .with(Finding::Spasm, true)
            .with(Finding::PinsNeedles, true)
            .with(Finding::OnsetMoment, false);
        let a = evaluate(&f);
        let muscular = a.cause(CauseId::Muscular).expect("listed");
        assert_eq!(muscular.because, [Finding::Spasm]);
        assert_eq!(muscular.points, 3 - 2 - 1);
    }

    #[test]
    fn one_finding_is_never_confident() {
        let a = evaluate(&screened().with(Finding::PainUpperHamstring, true));
        assert_eq!(a.top().map(|r| r.cause), Some(CauseId::SacroiliacJoint));
        assert!(!a.confident);
    }
}
