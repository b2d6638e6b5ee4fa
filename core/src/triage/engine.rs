//! [`evaluate`]: red flags first, then cause scoring, then the confidence check.

use crate::ids::{CauseId, Finding, Urgency};

use super::findings::Findings;
use super::weights::{
    evidence_key, score_from_points, CAUSE_COUNT, CONFIDENCE_MARGIN_POINTS, FIT_FLOOR_POINTS,
    MIN_CONFIDENT_ANSWERS, MIN_FIT_ANSWERS, MIN_SUPPORTING_FINDINGS, ONE_ANSWER, WEIGHTS,
};

/// The nerve signs that, with a history of cancer, suggest spinal cord compression.
pub const CANCER_NERVE_SIGNS: [Finding; 9] = [
    Finding::PinsNeedles,
    Finding::NumbnessLeg,
    Finding::LegWeakness,
    Finding::PainBelowKnee,
    Finding::BurningLeg,
    Finding::PainWholeLeg,
    Finding::LegDominant,
    Finding::LegDragging,
    Finding::PowerLoss,
];

/// The sensory nerve signs that, with a dragging leg or a loss of power, suggest a nerve
/// that may be losing power.
pub const SENSORY_NERVE_SIGNS: [Finding; 4] = [
    Finding::PinsNeedles,
    Finding::NumbnessLeg,
    Finding::PainBelowKnee,
    Finding::BurningLeg,
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
    /// `rf_hop_pain` with `rf_low_energy`: urgent, as this can be a stress fracture of the
    /// sacrum, pelvis or hip.
    HopPainWithLowEnergy,
    /// Stable `leg_weakness`: at least routine, as weakness should be checked by a clinician.
    StableLegWeakness,
    /// `leg_dragging` or `power_loss` with a sensory nerve sign ([`SENSORY_NERVE_SIGNS`]):
    /// at least routine, as a nerve may be losing power.
    WeakLegWithNerveSign,
}

impl UrgencyRule {
    /// Every rule, in the order they are reported.
    pub const ALL: [UrgencyRule; 4] = [
        UrgencyRule::CancerWithNerveSign,
        UrgencyRule::HopPainWithLowEnergy,
        UrgencyRule::StableLegWeakness,
        UrgencyRule::WeakLegWithNerveSign,
    ];

    /// The least urgency this rule imposes.
    pub const fn level(self) -> Urgency {
        match self {
            UrgencyRule::CancerWithNerveSign => Urgency::Emergency,
            UrgencyRule::HopPainWithLowEnergy => Urgency::Urgent,
            UrgencyRule::StableLegWeakness | UrgencyRule::WeakLegWithNerveSign => Urgency::Routine,
        }
    }

    /// Whether the rule's conditions hold for these answers (present findings only, so a
    /// rule can only start to hold as findings are added).
    pub fn holds(self, findings: &Findings) -> bool {
        let any = |fs: &[Finding]| fs.iter().any(|&f| findings.is_present(f));
        match self {
            UrgencyRule::CancerWithNerveSign => {
                findings.is_present(Finding::RfCancerHistory) && any(&CANCER_NERVE_SIGNS)
            }
            UrgencyRule::HopPainWithLowEnergy => {
                findings.is_present(Finding::RfHopPain) && findings.is_present(Finding::RfLowEnergy)
            }
            UrgencyRule::StableLegWeakness => findings.is_present(Finding::LegWeakness),
            UrgencyRule::WeakLegWithNerveSign => {
                any(&[Finding::LegDragging, Finding::PowerLoss]) && any(&SENSORY_NERVE_SIGNS)
            }
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
    /// The summed table points the score was mapped from (may be negative), one answer
    /// counted once (see [`ONE_ANSWER`]).
    pub points: i32,
    /// The present findings with a positive weight for this cause, in contract order.
    pub because: Vec<Finding>,
}

impl RankedCause {
    /// How many different answers the supporting findings come from: findings that one
    /// answer sets together ([`ONE_ANSWER`]) count once.
    pub fn supporting_answers(&self) -> usize {
        // Counted without sorting (a handful of findings): the standard library's sort would
        // add about 1 KB to the wasm for this one use.
        let keys: Vec<usize> = self.because.iter().map(|&f| evidence_key(f)).collect();
        keys.iter()
            .enumerate()
            .filter(|(i, k)| !keys[..*i].contains(k))
            .count()
    }
}

/// The engine's answer for one set of findings.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    /// How urgently to seek care: the most serious of the present red flags and the rules.
    pub urgency: Urgency,
    /// Every red flag answered as present, in contract order.
    pub red_flags: Vec<Finding>,
    /// The contract rules beyond single red flags whose conditions hold, in the order of
    /// [`UrgencyRule::ALL`].
    pub rules: Vec<UrgencyRule>,
    /// All five causes, highest score first; equal scores keep [`CauseId::ALL`] order.
    pub causes: Vec<RankedCause>,
    /// Whether the answers separate the causes well enough to name the top one: it fits,
    /// at least [`MIN_SUPPORTING_FINDINGS`] present findings from at least
    /// [`MIN_CONFIDENT_ANSWERS`] answers support it, and it leads the second by at least
    /// [`CONFIDENCE_MARGIN_POINTS`].
    pub confident: bool,
    /// Whether the best cause has enough support to be named at all (at least
    /// [`FIT_FLOOR_POINTS`] from at least [`MIN_FIT_ANSWERS`] answers). When false
    /// the app offers general back care, not a cause's plan.
    pub fits: bool,
    /// Every emergency-level red flag the answers left missing, in contract order.
    pub unscreened: Vec<Finding>,
}

impl Assessment {
    /// The most likely cause, if any (there always is one: `causes` lists all five).
    pub fn top(&self) -> Option<&RankedCause> {
        self.causes.first()
    }

    /// The best cause, only when the answers point to it well enough to name it (`fits`).
    pub fn fitting_cause(&self) -> Option<&RankedCause> {
        self.top().filter(|_| self.fits)
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

    /// Whether a bone-stress sign is present (`rf_hop_pain`): whatever the urgency, the app
    /// says no running until checked and offers no run stages.
    pub fn no_running_until_checked(&self) -> bool {
        self.red_flags.contains(&Finding::RfHopPain)
    }
}

/// Assesses one answer set. Pure and deterministic: the same findings always give the same
/// assessment.
///
/// Steps, in this order so that nothing in scoring can touch urgency:
/// 1. urgency from the present red flags (the most serious level wins) and the contract's
///    rules, each of which can only raise it;
/// 2. the unscreened emergency flags;
/// 3. points per cause from [`WEIGHTS`], one answer counted once, mapped to scores, ranked
///    with a stable sort;
/// 4. `fits` and `confident` from the top two.
///
/// Cost: one pass over the 53 findings and the table rows, and a few small vectors; about
/// a microsecond natively in release with every finding present (the worst case), so the app
/// can re-run it on every answer.
pub fn evaluate(findings: &Findings) -> Assessment {
    let (urgency, red_flags, rules) = assess_urgency(findings);
    let unscreened = Finding::red_flags()
        .filter(|f| f.red_flag_level() == Some(Urgency::Emergency) && !findings.is_answered(*f))
        .collect();
    let causes = rank_causes(findings);
    let fits = fits(&causes);
    let confident = fits && is_confident(&causes);
    Assessment {
        urgency,
        red_flags,
        rules,
        causes,
        confident,
        fits,
        unscreened,
    }
}

/// The urgency of an answer set alone (what [`evaluate`] reports as `urgency`), without
/// scoring the causes. Used where only urgency matters, such as deciding whether the
/// questionnaire may stop.
pub fn urgency_of(findings: &Findings) -> Urgency {
    assess_urgency(findings).0
}

/// Urgency, the present red flags and the rules that applied. Independent of cause scoring.
fn assess_urgency(findings: &Findings) -> (Urgency, Vec<Finding>, Vec<UrgencyRule>) {
    let red_flags: Vec<Finding> = Finding::red_flags()
        .filter(|&f| findings.is_present(f))
        .collect();
    let rules: Vec<UrgencyRule> = UrgencyRule::ALL
        .into_iter()
        .filter(|r| r.holds(findings))
        .collect();

    // `max` only ever raises: each flag and rule is a floor, never a ceiling.
    let urgency = red_flags
        .iter()
        .filter_map(|f| f.red_flag_level())
        .chain(rules.iter().map(|r| r.level()))
        .fold(Urgency::SelfCare, Urgency::max);
    (urgency, red_flags, rules)
}

/// The points each cause gets from one group of findings that one answer sets together:
/// the largest positive weight plus the most negative one.
fn group_points(findings: &Findings, group: &[Finding], cause: CauseId) -> i32 {
    let weights = WEIGHTS
        .iter()
        .filter(|row| group.contains(&row.finding))
        .map(|row| i32::from(row.points(cause, findings.get(row.finding))));
    let (best, worst) = weights.fold((0, 0), |(best, worst), w| (best.max(w), worst.min(w)));
    best + worst
}

/// All five causes, scored from the table and sorted by score, highest first.
fn rank_causes(findings: &Findings) -> Vec<RankedCause> {
    let mut points = [0i32; CAUSE_COUNT];
    let mut because: [Vec<Finding>; CAUSE_COUNT] = Default::default();
    // WEIGHTS is in contract order, so each `because` list comes out in contract order.
    for row in WEIGHTS {
        let answer = findings.get(row.finding);
        let grouped = ONE_ANSWER.iter().any(|g| g.contains(&row.finding));
        for cause in CauseId::ALL {
            let w = row.points(cause, answer);
            if !grouped {
                points[cause.index()] += i32::from(w);
            }
            if answer == Some(true) && w > 0 {
                because[cause.index()].push(row.finding);
            }
        }
    }
    for group in ONE_ANSWER {
        for cause in CauseId::ALL {
            points[cause.index()] += group_points(findings, group, cause);
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
    // The sort is stable, so equal scores keep CauseId::ALL order as the contract requires.
    // Scores are never NaN; total_cmp just avoids an unwrap.
    crate::sort::sort_by(&mut causes, |a, b| b.score.total_cmp(&a.score));
    causes
}

/// The contract's `fits`: the best cause has enough support to be named at all.
fn fits(causes: &[RankedCause]) -> bool {
    causes.first().is_some_and(|top| {
        top.points >= FIT_FLOOR_POINTS && top.supporting_answers() >= MIN_FIT_ANSWERS
    })
}

/// The contract's confidence test on a ranking sorted highest first.
fn is_confident(causes: &[RankedCause]) -> bool {
    match causes {
        [top, second, ..] => {
            top.because.len() >= MIN_SUPPORTING_FINDINGS
                && top.supporting_answers() >= MIN_CONFIDENT_ANSWERS
                && top.points - second.points >= CONFIDENCE_MARGIN_POINTS
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
        assert!(!a.fits, "nothing answered never fits a cause");
        assert!(a.fitting_cause().is_none());
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
        // Two answers fit facet joint pain, but two findings are too few to be confident.
        assert!(a.fits);
        assert!(!a.confident);
        assert!(a.unscreened.is_empty());
        assert!(a.offers_self_care_plan());
        // A third supporting answer makes it confident.
        let a = evaluate(&f.with(Finding::WorseStanding, true));
        assert!(a.fits && a.confident);
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
            .with(Finding::WorseSitting, true);
        assert_eq!(evaluate(&f).urgency, Urgency::Urgent);
    }

    #[test]
    fn hop_pain_with_low_energy_is_urgent_and_says_no_running() {
        let hop = screened().with(Finding::RfHopPain, true);
        let a = evaluate(&hop);
        assert_eq!(a.urgency, Urgency::Routine);
        assert!(a.no_running_until_checked());
        let a = evaluate(&hop.with(Finding::RfLowEnergy, true));
        assert_eq!(a.urgency, Urgency::Urgent);
        assert_eq!(a.rules, [UrgencyRule::HopPainWithLowEnergy]);
        assert!(a.no_running_until_checked());
        assert!(!evaluate(&screened().with(Finding::RfLowEnergy, true)).no_running_until_checked());
    }

    #[test]
    fn a_dragging_leg_with_a_nerve_sign_is_at_least_routine() {
        for weak in [Finding::LegDragging, Finding::PowerLoss] {
            assert_eq!(
                evaluate(&screened().with(weak, true)).urgency,
                Urgency::SelfCare
            );
            for sign in SENSORY_NERVE_SIGNS {
                let a = evaluate(&screened().with(weak, true).with(sign, true));
                assert_eq!(a.urgency, Urgency::Routine, "{weak} + {sign}");
                assert_eq!(a.rules, [UrgencyRule::WeakLegWithNerveSign]);
                assert!(a.red_flags.is_empty());
            }
        }
    }

    #[test]
    fn one_answer_that_sets_two_findings_counts_once() {
        // "Suddenly, while bending and twisting": onset_moment (+3) and onset_bend_twist
        // (+2) for muscular count as one hallmark.
        let onset = screened()
            .with(Finding::OnsetMoment, true)
            .with(Finding::OnsetBendTwist, true)
            .with(Finding::OnsetGradual, false);
        let a = evaluate(&onset);
        let muscular = a.cause(CauseId::Muscular).expect("listed");
        assert_eq!(muscular.points, 3);
        assert_eq!(muscular.because.len(), 2);
        assert_eq!(muscular.supporting_answers(), 1);
        assert!(!a.fits && !a.confident);
        // A second muscular answer that adds little: two answers, 4 points, below the floor.
        let a = evaluate(&onset.with(Finding::OneSided, true));
        assert!(!a.fits && !a.confident);
        // In version 1 the onset counted 5, and one listed feature made it look strong:
        // onset + sharp-then-ache is 5 points now (it fits) but only a lead of 5 over
        // nothing from two answers and three findings: the hallmark spasm is what makes it
        // confident, not the double count.
        let with_spasm = onset.with(Finding::Spasm, true);
        let a = evaluate(&with_spasm);
        assert_eq!(a.top().map(|r| r.cause), Some(CauseId::Muscular));
        assert_eq!(a.top().map(|r| r.points), Some(6));
        assert!(
            a.fits && a.confident,
            "three findings from two answers, 5 points ahead"
        );
    }

    #[test]
    fn a_disc_pressing_on_a_nerve_root_is_not_confident() {
        // The nerve signs a disc bulge causes count for both: 13 points against 10.
        let f = screened()
            .with(Finding::WorseFlexion, true)
            .with(Finding::WorseSitting, true)
            .with(Finding::WorseCoughSneeze, true)
            .with(Finding::PinsNeedles, true)
            .with(Finding::NumbnessLeg, true)
            .with(Finding::PainBelowKnee, true);
        let a = evaluate(&f);
        assert_eq!(a.causes[0].points - a.causes[1].points, 3);
        assert!(a.fits && !a.confident);
    }

    #[test]
    fn two_generic_answers_neither_fit_nor_are_confident() {
        let a = evaluate(
            &screened()
                .with(Finding::OneSided, true)
                .with(Finding::PainButtock, true),
        );
        assert!(!a.fits && !a.confident);
    }

    #[test]
    fn stable_leg_weakness_raises_self_care_to_routine_only() {
        // (A leg weakness that is getting worse is rf_progressive_weakness, an emergency.)
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
