//! THE weight table: how much each answer counts for or against each cause.
//!
//! This is the one place where clinical judgement enters cause scoring, kept as a single
//! literal table so that a clinician can review it line by line against
//! `docs/triage-table.md`, which gives the reasoning for every non-zero weight (a test checks
//! that the two agree). Red flags are deliberately absent: they decide urgency, never causes.
//!
//! # The scale
//!
//! Weights are whole points, read like rough log-likelihood ratios: each present finding
//! multiplies the odds of a cause by about the same factor however many others are present,
//! so points add up. The source article gives symptom lists, not measured ratios, so the
//! points are ordinal judgements from how the article words each symptom:
//!
//! | points | meaning | rough likelihood ratio |
//! |---|---|---|
//! | `+3` | a hallmark: the article calls it typical, or it singles the cause out | about 4 |
//! | `+2` | listed by the article for this cause | about 2 to 3 |
//! | `+1` | compatible, mentioned in passing, or shared with several causes | about 1.5 |
//! | `-1` | mildly against: absence of a usual feature, or a pattern the cause's mechanics make unlikely | about 0.7 |
//! | `-2` | against: the article says this "rarely" happens with the cause | about 0.5 |
//!
//! A `false` answer counts only where the *absence* of a feature is informative (it is a
//! usual feature of the cause, so not having it is evidence against; or the article says
//! the cause "rarely" has it, so not having it fits). Adding up log-ratios assumes findings
//! are independent; several are not (e.g. `pins_needles` and `tingling_after_sitting`), which
//! is why overlapping findings get modest weights rather than each getting a hallmark's.

use crate::ids::{CauseId, Finding};

/// Number of causes; the width of each weight row, in [`CauseId::ALL`] order.
pub const CAUSE_COUNT: usize = CauseId::ALL.len();

/// The points at which a cause scores exactly 0.5; see [`score_from_points`].
///
/// Six points is one hallmark plus a listed symptom plus a compatible one: the smallest
/// picture the article would call typical. Fewer points score below one half, more score
/// above it, approaching but never reaching 1.
pub const HALF_SCORE_POINTS: f64 = 6.0;

/// How many points the top cause must lead the second by for the result to be `confident`.
///
/// Four points is more than one hallmark finding ahead of the runner-up. One hallmark (3) was
/// not enough: a disc bulge pressing on a nerve root gives disc 13 and nerve 10 points,
/// because the nerve signs it causes count for both, and the two cannot honestly be told
/// apart from answers alone. The lead is measured in points, not in scores: scores saturate,
/// so a lead in score terms is easiest to clear with the fewest answers (3 points against 0
/// is a score lead of 0.33, while 15 against 11 is only 0.08). Points treat a thin picture
/// and a rich one alike.
pub const CONFIDENCE_MARGIN_POINTS: i32 = 4;

/// How many present findings must support the top cause for the result to be `confident`.
pub const MIN_SUPPORTING_FINDINGS: usize = 3;

/// How many different answers those findings must come from for `confident` (see
/// [`ONE_ANSWER`]): one answer is one piece of evidence, however many findings it sets, so
/// the onset answer alone can never make a result confident, whatever it sets.
pub const MIN_CONFIDENT_ANSWERS: usize = 2;

/// How many different answers must point to the best cause for it to be named at all
/// (`fits`): one answer alone is an anecdote, not a picture.
pub const MIN_FIT_ANSWERS: usize = 2;

/// The fewest points the best cause needs for the result to name it at all (`fits`).
///
/// Five points is a hallmark and a listed feature, or three listed or compatible features:
/// more than two generic answers (such as "mainly on one side" and "in the buttock", 3
/// points at most for any cause) can add up to. Below it the app says the answers do not
/// match any of the five causes well and offers general back care, never a cause's plan as
/// a guess.
pub const FIT_FLOOR_POINTS: i32 = 5;

/// Findings that one answer of the questionnaire sets together, so that they count as one
/// piece of evidence (a test in `questionnaire` checks that every answer that sets several
/// supporting findings has them in one group here).
///
/// Within a group, each cause gets the largest positive weight among the group's answers,
/// plus the most negative one, never the sum: "suddenly, while bending and twisting" sets
/// `onset_moment` (+3 muscular) and `onset_bend_twist` (+2) but counts as one hallmark (+3).
pub const ONE_ANSWER: &[&[Finding]] = &[
    &[
        Finding::OnsetMoment,
        Finding::OnsetBendTwist,
        Finding::OnsetGradual,
    ],
    &[Finding::PinsNeedles, Finding::TinglingAfterSitting],
];

/// The piece of evidence a finding belongs to: its [`ONE_ANSWER`] group, or itself alone.
/// Two findings with the same key count as one answer.
pub fn evidence_key(finding: Finding) -> usize {
    ONE_ANSWER
        .iter()
        .position(|group| group.contains(&finding))
        .map_or(ONE_ANSWER.len() + finding as usize, |i| i)
}

/// One row of the table: the points a finding adds to each cause when it is present, and
/// when it is answered as absent. A missing answer adds nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeightRow {
    /// The finding this row weighs (never a red flag).
    pub finding: Finding,
    /// Points per cause, in [`CauseId::ALL`] order, when the finding is present.
    pub present: [i8; CAUSE_COUNT],
    /// Points per cause, in [`CauseId::ALL`] order, when the finding is answered as absent.
    pub absent: [i8; CAUSE_COUNT],
}

impl WeightRow {
    /// The points this row adds to `cause` for the given answer (`None` adds nothing).
    pub const fn points(&self, cause: CauseId, answer: Option<bool>) -> i8 {
        match answer {
            Some(true) => self.present[cause.index()],
            Some(false) => self.absent[cause.index()],
            None => 0,
        }
    }
}

/// A row whose `false` answer carries no evidence.
const fn p(finding: Finding, present: [i8; CAUSE_COUNT]) -> WeightRow {
    WeightRow {
        finding,
        present,
        absent: [0; CAUSE_COUNT],
    }
}

/// A row where a `false` answer is evidence too.
const fn pa(finding: Finding, present: [i8; CAUSE_COUNT], absent: [i8; CAUSE_COUNT]) -> WeightRow {
    WeightRow {
        finding,
        present,
        absent,
    }
}

use Finding::*;

/// THE table, one row per non-red-flag finding, in contract order.
///
/// Columns: `[muscular, facet_joint, sacroiliac_joint, disc, nerve]`.
/// The reasoning for each weight is in `docs/triage-table.md`.
#[rustfmt::skip]
pub const WEIGHTS: &[WeightRow] = &[
    //                            mus  fac  sij  dsc  nrv          absent: mus  fac  sij  dsc  nrv
    // Onset and character
    pa(OnsetMoment,             [  3,   0,  -2,   0,   0],               [ -1,   0,   1,   0,   0]),
    p (OnsetBendTwist,          [  2,   0,   0,   0,   0]),
    pa(OnsetGradual,            [ -1,   1,   2,   0,   0],               [  0,   0,  -1,   0,   0]),
    p (RecurrentRunning,        [  2,   1,   0,   0,   0]),
    p (Spasm,                   [  3,   1,   0,   0,   0]),
    p (SharpThenAche,           [  2,   0,  -1,   0,   0]),
    p (OneSided,                [  1,   0,   1,   0,   0]),
    p (TenderSpot,              [  2,   1,   0,   0,   0]),
    p (PainStretchAway,         [  2,   0,   0,   0,   0]),
    p (VagueTightness,          [  0,   0,   2,   0,   0]),
    // Where it is felt
    p (PainButtock,             [  1,   2,   2,   0,   0]),
    p (PainUpperHamstring,      [  0,   0,   3,   0,   0]),
    pa(PainBelowKnee,           [ -2,  -1,  -1,   1,   3],               [  0,   0,   0,   0,  -1]),
    p (PainWholeLeg,            [ -2,  -1,   0,   1,   2]),
    pa(LegDominant,             [ -2,  -1,   0,   1,   3],               [  0,   0,   0,   0,  -1]),
    // What makes it worse or better
    pa(WorseExtension,          [  0,   3,   0,  -1,   0],               [  0,  -1,   0,   0,   0]),
    p (WorseDownhill,           [  0,   2,   0,   0,   0]),
    p (WorseStanding,           [  0,   2,   0,   0,   0]),
    pa(WorseFlexion,            [  0,  -1,   0,   3,   0],               [  0,   0,   0,  -1,   0]),
    p (WorseSitting,            [  0,   0,   0,   2,   0]),
    p (WorseSitToStand,         [  0,   0,   0,   2,   0]),
    pa(WorseCoughSneeze,        [  0,   0,   0,   3,   1],               [  0,   0,   0,  -1,   0]),
    p (EasedFlexion,            [  0,   2,   0,  -2,   0]),
    // Nerve signs and running
    pa(PinsNeedles,             [ -2,  -1,   0,   2,   3],               [  0,   0,   0,   0,  -1]),
    pa(NumbnessLeg,             [ -2,  -1,   0,   2,   3],               [  0,   0,   0,   0,  -1]),
    p (BurningLeg,              [ -2,  -1,   0,   1,   3]),
    p (LegWeakness,             [ -1,   0,   0,   2,   2]),
    p (TinglingAfterSitting,    [ -1,   0,   0,   2,   3]),
    p (LegDragging,             [  0,   0,   3,   0,   0]),
    p (PowerLoss,               [  0,   0,   2,   0,   0]),
];

/// The table row for `finding`, or `None` for a red flag (red flags are not scored).
pub fn row(finding: Finding) -> Option<&'static WeightRow> {
    WEIGHTS.iter().find(|r| r.finding == finding)
}

/// Maps a cause's summed points to a score in `[0, 1)`.
///
/// `score = p / (p + HALF_SCORE_POINTS)` for `p = max(points, 0)`. Zero or net-negative
/// evidence scores 0 ("nothing points here"); the score rises steeply for the first findings
/// and then saturates, so a long list of weak findings cannot run away. It depends on this
/// cause's points alone and never decreases as they grow, which is what makes "adding a
/// supporting finding never lowers the score" hold (normalising across causes would not).
pub fn score_from_points(points: i32) -> f64 {
    let p = f64::from(points.max(0));
    p / (p + HALF_SCORE_POINTS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_non_red_flag_finding_has_exactly_one_row_in_contract_order() {
        let scored: Vec<Finding> = Finding::ALL
            .iter()
            .copied()
            .filter(|f| !f.is_red_flag())
            .collect();
        let rows: Vec<Finding> = WEIGHTS.iter().map(|r| r.finding).collect();
        assert_eq!(rows, scored);
        for &f in Finding::ALL {
            assert_eq!(row(f).is_some(), !f.is_red_flag(), "{f}");
        }
    }

    #[test]
    fn weights_stay_on_the_documented_scale() {
        for r in WEIGHTS {
            for w in r.present.iter().chain(&r.absent) {
                assert!(
                    (-2..=3).contains(w),
                    "{}: weight {w} off the scale",
                    r.finding
                );
            }
        }
    }

    #[test]
    fn answering_yes_instead_of_no_never_lowers_a_supported_cause() {
        // If a finding supports a cause when present, its absence must count less: otherwise
        // flipping an answer from "no" to "yes" could lower the very cause it supports.
        for r in WEIGHTS {
            for c in CauseId::ALL {
                let (yes, no) = (r.present[c.index()], r.absent[c.index()]);
                if yes > 0 {
                    assert!(
                        no < yes,
                        "{} / {c}: absent {no} >= present {yes}",
                        r.finding
                    );
                }
            }
        }
    }

    #[test]
    fn every_cause_has_a_hallmark_and_enough_support() {
        for c in CauseId::ALL {
            let positive: Vec<i8> = WEIGHTS
                .iter()
                .map(|r| r.present[c.index()])
                .filter(|&w| w > 0)
                .collect();
            assert!(positive.contains(&3), "{c} has no hallmark");
            assert!(
                positive.len() >= 5,
                "{c} has only {} supports",
                positive.len()
            );
        }
    }

    /// Parses the markdown table between `<!-- weights:NAME -->` and its closing marker into
    /// `(finding, points per cause)` rows.
    fn documented_table(doc: &str, name: &str) -> Vec<(Finding, [i8; CAUSE_COUNT])> {
        let open = format!("<!-- weights:{name} -->");
        let close = format!("<!-- /weights:{name} -->");
        let start = doc.find(&open).expect("opening marker") + open.len();
        let end = doc[start..].find(&close).expect("closing marker") + start;
        doc[start..end]
            .lines()
            .filter(|l| l.starts_with("| `"))
            .map(|line| {
                let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
                assert_eq!(cells.len(), 1 + CAUSE_COUNT, "row {line:?}");
                let id = cells[0].trim_matches('`');
                let finding = Finding::from_id(id).unwrap_or_else(|| panic!("unknown id {id}"));
                let mut points = [0i8; CAUSE_COUNT];
                for (p, cell) in points.iter_mut().zip(&cells[1..]) {
                    *p = match *cell {
                        "·" => 0,
                        other => other
                            .replace('−', "-")
                            .parse()
                            .unwrap_or_else(|_| panic!("bad cell {other:?} in {line:?}")),
                    };
                }
                (finding, points)
            })
            .collect()
    }

    /// Compares documented and coded rows, naming the first row that differs.
    fn assert_same_rows(
        doc: &[(Finding, [i8; CAUSE_COUNT])],
        code: &[(Finding, [i8; CAUSE_COUNT])],
        table: &str,
    ) {
        for (d, c) in doc.iter().zip(code) {
            assert_eq!(d, c, "docs/triage-table.md ({table}) differs from WEIGHTS");
        }
        let ids = |rows: &[(Finding, [i8; CAUSE_COUNT])]| -> Vec<&str> {
            rows.iter().map(|(f, _)| f.id()).collect()
        };
        assert_eq!(ids(doc), ids(code), "rows of the {table} table differ");
    }

    #[test]
    fn the_documented_table_matches_the_code() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/triage-table.md");
        let doc = std::fs::read_to_string(path).expect("docs/triage-table.md is readable");

        let present: Vec<_> = WEIGHTS.iter().map(|r| (r.finding, r.present)).collect();
        assert_same_rows(&documented_table(&doc, "present"), &present, "present");

        let absent: Vec<_> = WEIGHTS
            .iter()
            .filter(|r| r.absent != [0; CAUSE_COUNT])
            .map(|r| (r.finding, r.absent))
            .collect();
        assert_same_rows(&documented_table(&doc, "absent"), &absent, "absent");

        // The documented constants, too.
        assert!(doc.contains(&format!("max(p, 0) + {HALF_SCORE_POINTS}")));
        assert!(doc.contains(&format!(
            "lead of at least **{CONFIDENCE_MARGIN_POINTS} points**"
        )));
        assert!(doc.contains(&format!(
            "at least {MIN_SUPPORTING_FINDINGS} present findings"
        )));
        assert!(doc.contains(&format!(
            "from at least {MIN_CONFIDENT_ANSWERS} different answers"
        )));
        assert!(doc.contains(&format!(
            "floor of **{FIT_FLOOR_POINTS} points** from at least {MIN_FIT_ANSWERS} answers"
        )));
    }

    #[test]
    fn evidence_groups_are_disjoint_and_hold_only_scored_findings() {
        let mut seen = Vec::new();
        for group in ONE_ANSWER {
            assert!(group.len() >= 2, "a group of one is the default");
            for &f in *group {
                assert!(row(f).is_some(), "{f} is not scored");
                assert!(!seen.contains(&f), "{f} is in two groups");
                seen.push(f);
                assert_eq!(evidence_key(f), evidence_key(group[0]));
            }
        }
        assert_ne!(
            evidence_key(Finding::Spasm),
            evidence_key(Finding::OnsetMoment)
        );
        assert_ne!(
            evidence_key(Finding::Spasm),
            evidence_key(Finding::TenderSpot)
        );
    }

    #[test]
    fn score_mapping_is_monotone_and_bounded() {
        assert_eq!(score_from_points(-5), 0.0);
        assert_eq!(score_from_points(0), 0.0);
        assert_eq!(score_from_points(6), 0.5);
        let mut last = 0.0;
        for p in 1..200 {
            let s = score_from_points(p);
            assert!(s > last && s < 1.0);
            last = s;
        }
    }
}
