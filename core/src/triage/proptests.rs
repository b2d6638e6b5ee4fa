//! Property tests: what must hold for every possible answer set, not just the vignettes.

use proptest::prelude::*;

use super::*;
use crate::ids::{CauseId, Finding, Urgency};

/// Any answer set: each finding independently present, absent or missing.
fn any_findings() -> impl Strategy<Value = Findings> {
    proptest::collection::vec(proptest::option::of(any::<bool>()), FINDING_COUNT).prop_map(
        |answers| {
            let mut findings = Findings::new();
            for (&f, answer) in Finding::ALL.iter().zip(answers) {
                if let Some(present) = answer {
                    findings.set(f, present);
                }
            }
            findings
        },
    )
}

fn any_finding() -> impl Strategy<Value = Finding> {
    proptest::sample::select(Finding::ALL)
}

fn any_red_flag() -> impl Strategy<Value = Finding> {
    proptest::sample::select(Finding::red_flags().collect::<Vec<_>>())
}

fn any_scored_finding() -> impl Strategy<Value = Finding> {
    proptest::sample::select(WEIGHTS.iter().map(|r| r.finding).collect::<Vec<_>>())
}

fn score(a: &Assessment, c: CauseId) -> f64 {
    a.cause(c).map_or(f64::NAN, |r| r.score)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn adding_a_red_flag_never_lowers_urgency(f in any_findings(), rf in any_red_flag()) {
        let before = evaluate(&f).urgency;
        let after = evaluate(&f.with(rf, true));
        prop_assert!(after.urgency >= before);
        prop_assert!(after.urgency >= rf.red_flag_level().unwrap_or(Urgency::SelfCare));
        prop_assert!(after.red_flags.contains(&rf));
    }

    #[test]
    fn answering_yes_to_anything_never_lowers_urgency(f in any_findings(), x in any_finding()) {
        // Urgency only ever looks at what is present, and only ever takes a maximum, so no
        // extra symptom (reassuring or not) can talk a red flag down.
        prop_assert!(evaluate(&f.with(x, true)).urgency >= evaluate(&f).urgency);
    }

    #[test]
    fn a_supporting_finding_never_lowers_its_cause(f in any_findings(), x in any_scored_finding()) {
        let row = weights::row(x).expect("scored findings have a row");
        let before = evaluate(&f);
        let after = evaluate(&f.with(x, true));
        for c in CauseId::ALL {
            if row.present[c.index()] > 0 {
                prop_assert!(
                    score(&after, c) >= score(&before, c),
                    "{x} lowered {c}: {} -> {}", score(&before, c), score(&after, c)
                );
                let because = &after.cause(c).expect("listed").because;
                prop_assert!(because.contains(&x));
            }
        }
    }

    #[test]
    fn red_flags_do_not_touch_cause_scoring(f in any_findings(), rf in any_red_flag(), v in any::<bool>()) {
        let before = evaluate(&f);
        let mut g = f;
        g.set(rf, v);
        let after = evaluate(&g);
        prop_assert_eq!(before.causes, after.causes);
        prop_assert_eq!(before.confident, after.confident);
    }

    #[test]
    fn invariants_hold_for_any_answers(f in any_findings()) {
        let a = evaluate(&f);

        // Five causes, each exactly once.
        let mut seen: Vec<CauseId> = a.causes.iter().map(|r| r.cause).collect();
        seen.sort();
        prop_assert_eq!(seen, CauseId::ALL.to_vec());

        // Scores in [0, 1], sorted descending; ties in contract order.
        for r in &a.causes {
            prop_assert!((0.0..=1.0).contains(&r.score), "{} scored {}", r.cause, r.score);
        }
        for w in a.causes.windows(2) {
            prop_assert!(w[0].score >= w[1].score);
            if w[0].score == w[1].score {
                prop_assert!(w[0].cause < w[1].cause, "tie out of contract order");
            }
        }

        // `because`: only present findings that the table weighs positively, contract order.
        for r in &a.causes {
            for &x in &r.because {
                prop_assert!(f.is_present(x), "{} cites absent {x}", r.cause);
                let w = weights::row(x).map_or(0, |row| row.present[r.cause.index()]);
                prop_assert!(w > 0, "{} cites {x} with weight {w}", r.cause);
            }
            prop_assert!(r.because.windows(2).all(|w| w[0] < w[1]));
        }

        // Red flags: exactly the present ones, in contract order.
        let expected: Vec<Finding> = Finding::red_flags().filter(|&x| f.is_present(x)).collect();
        prop_assert_eq!(&a.red_flags, &expected);
        let floor = expected.iter().filter_map(|x| x.red_flag_level()).max().unwrap_or(Urgency::SelfCare);
        prop_assert!(a.urgency >= floor);

        // Unscreened: exactly the missing emergency-level flags.
        let missing: Vec<Finding> = Finding::red_flags()
            .filter(|&x| x.red_flag_level() == Some(Urgency::Emergency) && f.get(x).is_none())
            .collect();
        prop_assert_eq!(&a.unscreened, &missing);

        // Confidence needs three supporting findings from two answers, the documented lead,
        // and a fit; a fit needs the floor from two answers.
        if a.confident {
            prop_assert!(a.fits);
            prop_assert!(a.causes[0].because.len() >= MIN_SUPPORTING_FINDINGS);
            prop_assert!(a.causes[0].supporting_answers() >= MIN_CONFIDENT_ANSWERS);
            prop_assert!(a.causes[0].points - a.causes[1].points >= CONFIDENCE_MARGIN_POINTS);
        }
        if a.fits {
            prop_assert!(a.causes[0].points >= FIT_FLOOR_POINTS);
            prop_assert!(a.causes[0].supporting_answers() >= MIN_FIT_ANSWERS);
        }
        // Nothing answered beyond the red flags never fits a cause.
        if f.iter().all(|(x, _)| x.is_red_flag()) {
            prop_assert!(!a.fits && !a.confident);
        }

        // The self-care plan is never offered while screening is incomplete or urgency is high.
        if a.offers_self_care_plan() {
            prop_assert!(a.unscreened.is_empty());
            prop_assert!(a.urgency <= Urgency::Routine);
        }

        // Deterministic.
        prop_assert_eq!(&a, &evaluate(&f));
    }
}
