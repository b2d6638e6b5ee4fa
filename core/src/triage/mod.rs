//! The triage engine: findings in, urgency, red flags and ranked causes out.
//!
//! This implements the triage contract, version 2 (`docs/triage-contract.md`). The questionnaire (in the web shell) may change
//! freely; all it hands the engine is a [`Findings`] answer set, and [`evaluate`] turns that
//! into an [`Assessment`]. The engine is pure: no I/O, no clock, no randomness, no globals,
//! so it runs the same in the browser, in tests and behind the `triage` example (the
//! command-line form of the contract).
//!
//! # Design
//!
//! Two questions are kept strictly apart:
//!
//! * **How urgent is it?** Decided first, from red flags only. Each present red flag sets a
//!   floor at its contract level and the highest floor wins; two contract rules
//!   ([`UrgencyRule`]) can raise it further. Nothing can lower it, in particular no amount of
//!   reassuring symptom answers: urgency never looks at cause scores.
//! * **What is most likely going on?** Each non-red-flag answer adds points to each of the
//!   five causes from one reviewable table, [`WEIGHTS`] (reasoned weight by weight in
//!   `docs/triage-table.md`). A `false` answer may count too, where absence is informative.
//!
//! # Scores
//!
//! A cause's points `p` map to `score = max(p, 0) / (max(p, 0) + HALF_SCORE_POINTS)`
//! ([`score_from_points`], with [`HALF_SCORE_POINTS`] = 6). Each cause is normalised on its
//! own, never against the others, so adding a finding that supports a cause can only raise
//! that cause's score (a property test checks this). Scores are comparable within one
//! result and do not sum to 1.
//!
//! One answer is one piece of evidence: findings that one answer sets together
//! ([`ONE_ANSWER`], e.g. the onset choice) add the largest of their weights for a cause,
//! not the sum.
//!
//! The best cause `fits` when it has at least [`FIT_FLOOR_POINTS`] (5) points from at least
//! [`MIN_FIT_ANSWERS`] (2) answers; otherwise the app says the answers match none of
//! the five well and offers general back care. The result is `confident` only when it fits,
//! at least [`MIN_SUPPORTING_FINDINGS`] (3) present findings from at least
//! [`MIN_CONFIDENT_ANSWERS`] (2) answers support it, and it leads the second by at least
//! [`CONFIDENCE_MARGIN_POINTS`] (4) points.
//! Otherwise the app says the answers do not separate the causes and suggests a
//! physiotherapist.
//!
//! # Screening
//!
//! [`Assessment::unscreened`] lists the emergency-level red flags the answers left missing.
//! While it is non-empty the app never offers the self-care plan
//! ([`Assessment::offers_self_care_plan`]); a "not sure" to a red-flag question is passed
//! in as `true`, so only unasked questions end up here.
//!
//! # Example
//!
//! ```
//! use backtrack_core::triage::{evaluate, Findings};
//! use backtrack_core::{CauseId, Finding, Urgency};
//!
//! let mut answers: Findings = Finding::red_flags().map(|f| (f, false)).collect();
//! answers.set(Finding::WorseExtension, true);
//! answers.set(Finding::WorseDownhill, true);
//!
//! let result = evaluate(&answers);
//! assert_eq!(result.urgency, Urgency::SelfCare);
//! assert_eq!(result.top().map(|c| c.cause), Some(CauseId::FacetJoint));
//! assert!(result.fits);
//! assert!(!result.confident); // two findings: too few to be sure
//! assert!(result.offers_self_care_plan());
//! ```
//!
//! # Performance
//!
//! [`evaluate`] walks 53 answers and 30 table rows and allocates a handful of small
//! vectors; it is cheap enough to re-run on every answer. To time it natively:
//! `cargo run --release -p backtrack-core --example triage_bench` (part of `scripts/bench`).

mod engine;
mod findings;
pub mod weights;

#[cfg(test)]
mod proptests;

pub use engine::{
    evaluate, urgency_of, Assessment, RankedCause, UrgencyRule, CANCER_NERVE_SIGNS,
    SENSORY_NERVE_SIGNS,
};
pub use findings::{Findings, UnknownFinding, FINDING_COUNT};
pub use weights::{
    evidence_key, score_from_points, WeightRow, CONFIDENCE_MARGIN_POINTS, FIT_FLOOR_POINTS,
    HALF_SCORE_POINTS, MIN_CONFIDENT_ANSWERS, MIN_FIT_ANSWERS, MIN_SUPPORTING_FINDINGS, ONE_ANSWER,
    WEIGHTS,
};
