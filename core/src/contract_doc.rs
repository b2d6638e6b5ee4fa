//! `docs/triage-contract.md` is the contract in words; this test keeps it and the code in
//! step: every finding, cause and urgency id of the code has a row in the document's tables,
//! and every row names an id the code has.

use std::collections::BTreeSet;

use crate::ids::{CauseId, Finding, Urgency};

/// The ids in the first column of the document's tables (`| \`id\` | …`).
fn documented_ids(doc: &str) -> BTreeSet<String> {
    doc.lines()
        .filter_map(|line| line.strip_prefix("| `"))
        .filter_map(|rest| rest.split_once('`'))
        .map(|(id, _)| id.to_owned())
        .collect()
}

fn code_ids() -> BTreeSet<String> {
    Finding::ALL
        .iter()
        .map(|f| f.id())
        .chain(CauseId::ALL.iter().map(|c| c.id()))
        .chain(Urgency::ALL.iter().map(|u| u.id()))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_contract_document_and_the_code_name_the_same_ids() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/triage-contract.md");
    let doc = std::fs::read_to_string(path).expect("docs/triage-contract.md is readable");
    let documented = documented_ids(&doc);
    let code = code_ids();
    let undocumented: Vec<_> = code.difference(&documented).collect();
    let unknown: Vec<_> = documented.difference(&code).collect();
    assert!(
        undocumented.is_empty(),
        "ids in the code with no row in docs/triage-contract.md: {undocumented:?}"
    );
    assert!(
        unknown.is_empty(),
        "rows in docs/triage-contract.md naming no id in the code: {unknown:?}"
    );
}

#[test]
fn a_missing_row_or_an_extra_one_is_caught() {
    // The comparison itself must be able to fail, both ways.
    let doc = "| `spasm` | x |\n| `no_such_id` | y |\n";
    let documented = documented_ids(doc);
    assert!(documented.contains("spasm") && documented.contains("no_such_id"));
    let code = code_ids();
    assert!(code.difference(&documented).any(|id| id == "disc"));
    assert!(documented.difference(&code).any(|id| id == "no_such_id"));
}
