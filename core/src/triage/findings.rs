//! The answer set: for each finding of the contract, present, absent or not known.

use core::fmt;

use crate::ids::Finding;

/// How many findings the contract has (53 in contract version 2). Sizes the answer array.
pub const FINDING_COUNT: usize = Finding::ALL.len();

/// Position of a finding in [`Finding::ALL`].
///
/// `Finding` is a fieldless enum declared in contract order, so its discriminant is exactly
/// its position in `Finding::ALL`; a unit test checks this stays true if `ids.rs` changes.
/// Kept private to this module: `ids.rs` belongs to the contract and need not grow for us.
const fn index(f: Finding) -> usize {
    f as usize
}

/// The answers a person gave: each finding is present (`Some(true)`), absent
/// (`Some(false)`) or not known (`None`, "missing" in the contract).
///
/// A fixed array rather than a map: it is 53 bytes, `Copy`, needs no allocation, iterates in
/// contract order for free (so everything derived from it is deterministic) and compares
/// and hashes cheaply, which the web shell can use to memoise an assessment.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Findings {
    answers: [Option<bool>; FINDING_COUNT],
}

impl Default for Findings {
    fn default() -> Self {
        Findings::new()
    }
}

impl Findings {
    /// An empty answer set: every finding missing.
    pub const fn new() -> Findings {
        Findings {
            answers: [None; FINDING_COUNT],
        }
    }

    /// Records an answer: `true` for present, `false` for absent. Overwrites any earlier one.
    pub fn set(&mut self, finding: Finding, present: bool) {
        self.answers[index(finding)] = Some(present);
    }

    /// Builder form of [`Findings::set`], handy in tests and vignettes.
    #[must_use]
    pub fn with(mut self, finding: Finding, present: bool) -> Findings {
        self.set(finding, present);
        self
    }

    /// Forgets the answer for `finding`, making it missing again (e.g. when the person goes
    /// back and a branch no longer applies).
    pub fn clear(&mut self, finding: Finding) {
        self.answers[index(finding)] = None;
    }

    /// The answer for `finding`: `Some(true)` present, `Some(false)` absent, `None` missing.
    pub fn get(&self, finding: Finding) -> Option<bool> {
        self.answers[index(finding)]
    }

    /// Whether `finding` was answered as present.
    pub fn is_present(&self, finding: Finding) -> bool {
        self.get(finding) == Some(true)
    }

    /// Whether `finding` was answered at all (present or absent).
    pub fn is_answered(&self, finding: Finding) -> bool {
        self.get(finding).is_some()
    }

    /// Every answered finding with its answer, in contract order.
    pub fn iter(&self) -> impl Iterator<Item = (Finding, bool)> + '_ {
        Finding::ALL
            .iter()
            .copied()
            .filter_map(|f| self.get(f).map(|answer| (f, answer)))
    }

    /// Every finding answered as present, in contract order.
    pub fn present(&self) -> impl Iterator<Item = Finding> + '_ {
        Finding::ALL.iter().copied().filter(|&f| self.is_present(f))
    }

    /// How many findings were answered (present or absent).
    pub fn len(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Whether nothing has been answered.
    pub fn is_empty(&self) -> bool {
        self.answers.iter().all(Option::is_none)
    }

    /// Builds an answer set from `(contract id, answer)` pairs, as read from JSON or from
    /// storage. The first id that names no finding is an error; later pairs for the same id
    /// overwrite earlier ones.
    pub fn try_from_ids<'a, I>(pairs: I) -> Result<Findings, UnknownFinding>
    where
        I: IntoIterator<Item = (&'a str, bool)>,
    {
        let mut findings = Findings::new();
        for (id, present) in pairs {
            let finding = Finding::from_id(id).ok_or_else(|| UnknownFinding(id.to_owned()))?;
            findings.set(finding, present);
        }
        Ok(findings)
    }
}

impl FromIterator<(Finding, bool)> for Findings {
    fn from_iter<I: IntoIterator<Item = (Finding, bool)>>(iter: I) -> Findings {
        let mut findings = Findings::new();
        findings.extend(iter);
        findings
    }
}

impl Extend<(Finding, bool)> for Findings {
    fn extend<I: IntoIterator<Item = (Finding, bool)>>(&mut self, iter: I) {
        for (finding, present) in iter {
            self.set(finding, present);
        }
    }
}

impl fmt::Debug for Findings {
    /// Shows only the answered findings, by id, so test failures are readable.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.iter().map(|(finding, answer)| (finding.id(), answer)))
            .finish()
    }
}

/// An id that names no finding of the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownFinding(pub String);

impl fmt::Display for UnknownFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown finding id {:?}", self.0)
    }
}

impl std::error::Error for UnknownFinding {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_is_the_position_in_all() {
        for (i, &f) in Finding::ALL.iter().enumerate() {
            assert_eq!(index(f), i, "{f} is out of contract order");
        }
        assert_eq!(FINDING_COUNT, 53);
    }

    #[test]
    fn set_get_clear_round_trip() {
        let mut findings = Findings::new();
        assert!(findings.is_empty());
        assert_eq!(findings.get(Finding::Spasm), None);

        findings.set(Finding::Spasm, true);
        findings.set(Finding::RfFever, false);
        assert_eq!(findings.get(Finding::Spasm), Some(true));
        assert_eq!(findings.get(Finding::RfFever), Some(false));
        assert!(findings.is_present(Finding::Spasm));
        assert!(!findings.is_present(Finding::RfFever));
        assert!(findings.is_answered(Finding::RfFever));
        assert_eq!(findings.len(), 2);
        // Contract order, not insertion order.
        assert_eq!(
            findings.iter().collect::<Vec<_>>(),
            [(Finding::RfFever, false), (Finding::Spasm, true)]
        );
        assert_eq!(findings.present().collect::<Vec<_>>(), [Finding::Spasm]);

        findings.clear(Finding::Spasm);
        assert_eq!(findings.get(Finding::Spasm), None);
        assert_eq!(findings.len(), 1);
        assert!(!findings.is_empty());
    }

    #[test]
    fn parses_ids_and_rejects_unknown_ones() {
        let findings = Findings::try_from_ids([("worse_extension", true), ("spasm", false)]);
        assert_eq!(
            findings,
            Ok(Findings::new()
                .with(Finding::WorseExtension, true)
                .with(Finding::Spasm, false))
        );
        let err = Findings::try_from_ids([("spasm", true), ("worse_extention", true)]);
        assert_eq!(err, Err(UnknownFinding("worse_extention".into())));
        assert_eq!(
            err.unwrap_err().to_string(),
            "unknown finding id \"worse_extention\""
        );
    }

    #[test]
    fn debug_lists_answers_by_id() {
        let findings = Findings::new().with(Finding::OneSided, true);
        assert_eq!(format!("{findings:?}"), "{\"one_sided\": true}");
    }
}
