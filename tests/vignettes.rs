//! Clinical vignettes: short stories of runners, each with the answers the questionnaire
//! would produce and what the triage engine must conclude. One JSON file per vignette in
//! `tests/vignettes/`, so a clinician can read, add or argue with them without reading Rust,
//! and each can be fed to the command line as it is:
//! `cargo run --quiet --example triage -- tests/vignettes/muscular_classic.json`.
//!
//! Format:
//!
//! ```json
//! {
//!   "story": "who this is and why the expectation holds",
//!   "findings": { "worse_extension": true, "pain_below_knee": false },
//!   "expect": {
//!     "urgency": "self_care",
//!     "top_cause": ["facet_joint"],
//!     "confident": true,
//!     "fits": true,
//!     "red_flags": [],
//!     "unscreened": []
//!   }
//! }
//! ```
//!
//! `urgency`, `top_cause`, `confident` and `fits` are required. `top_cause` lists the acceptable
//! top causes (more than one for a mixed picture), or is `null` when the vignette has no
//! symptom picture to rank. `red_flags` and `unscreened` are optional and, when given, must
//! match exactly and in contract order.
//!
//! The test runs every file and reports all failures by file name at once.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use backtrack_core::triage::{evaluate, Assessment, Findings, UrgencyRule};
use backtrack_core::{CauseId, Finding, Urgency};
use serde_json::{Map, Value};

/// What a vignette file says, after validation.
struct Vignette {
    findings: Findings,
    urgency: Urgency,
    top_cause: Option<Vec<CauseId>>,
    confident: bool,
    fits: bool,
    red_flags: Option<Vec<Finding>>,
    unscreened: Option<Vec<Finding>>,
}

fn vignette_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes")
}

fn vignette_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(vignette_dir())
        .expect("tests/vignettes exists")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

fn object<'a>(v: &'a Value, what: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| format!("{what} must be an object"))
}

fn finding_list(v: &Value, what: &str) -> Result<Vec<Finding>, String> {
    v.as_array()
        .ok_or_else(|| format!("{what} must be an array"))?
        .iter()
        .map(|x| {
            x.as_str()
                .and_then(Finding::from_id)
                .ok_or_else(|| format!("{what}: {x} is not a finding id"))
        })
        .collect()
}

fn load(path: &Path) -> Result<Vignette, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let doc: Value = serde_json::from_str(&text).map_err(|e| format!("bad JSON: {e}"))?;
    let top = object(&doc, "the file")?;
    for key in top.keys() {
        if !["story", "findings", "expect"].contains(&key.as_str()) {
            return Err(format!("unknown key {key:?}"));
        }
    }
    match top.get("story").and_then(Value::as_str) {
        Some(s) if !s.trim().is_empty() => {}
        _ => return Err("a non-empty \"story\" is required".into()),
    }

    let answers = object(top.get("findings").unwrap_or(&Value::Null), "\"findings\"")?;
    let pairs = answers
        .iter()
        .map(|(id, v)| {
            v.as_bool()
                .map(|b| (id.as_str(), b))
                .ok_or_else(|| format!("finding {id:?} is not a boolean"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let findings = Findings::try_from_ids(pairs).map_err(|e| e.to_string())?;

    let expect = object(top.get("expect").unwrap_or(&Value::Null), "\"expect\"")?;
    for key in expect.keys() {
        if ![
            "urgency",
            "top_cause",
            "confident",
            "fits",
            "red_flags",
            "unscreened",
        ]
        .contains(&key.as_str())
        {
            return Err(format!("unknown expect key {key:?}"));
        }
    }
    let urgency = expect
        .get("urgency")
        .and_then(Value::as_str)
        .and_then(Urgency::from_id)
        .ok_or("expect.urgency must be an urgency id")?;
    let top_cause = match expect.get("top_cause") {
        Some(Value::Null) => None,
        Some(Value::Array(ids)) if !ids.is_empty() => Some(
            ids.iter()
                .map(|x| {
                    x.as_str()
                        .and_then(CauseId::from_id)
                        .ok_or_else(|| format!("expect.top_cause: {x} is not a cause id"))
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        _ => return Err("expect.top_cause must be a non-empty array of cause ids, or null".into()),
    };
    let confident = expect
        .get("confident")
        .and_then(Value::as_bool)
        .ok_or("expect.confident must be a boolean")?;
    let fits = expect
        .get("fits")
        .and_then(Value::as_bool)
        .ok_or("expect.fits must be a boolean")?;
    let red_flags = expect
        .get("red_flags")
        .map(|v| finding_list(v, "expect.red_flags"))
        .transpose()?;
    let unscreened = expect
        .get("unscreened")
        .map(|v| finding_list(v, "expect.unscreened"))
        .transpose()?;
    Ok(Vignette {
        findings,
        urgency,
        top_cause,
        confident,
        fits,
        red_flags,
        unscreened,
    })
}

/// Every way `a` falls short of `v`, as readable messages.
fn mismatches(v: &Vignette, a: &Assessment) -> Vec<String> {
    let ids = |fs: &[Finding]| fs.iter().map(|f| f.id()).collect::<Vec<_>>();
    let mut out = Vec::new();
    if a.urgency != v.urgency {
        out.push(format!("urgency {} (expected {})", a.urgency, v.urgency));
    }
    let top = a.top().map(|r| r.cause);
    if let (Some(ok), Some(top)) = (&v.top_cause, top) {
        if !ok.contains(&top) {
            out.push(format!("top cause {top} (expected one of {ok:?})"));
        }
    }
    if a.confident != v.confident {
        out.push(format!(
            "confident {} (expected {})",
            a.confident, v.confident
        ));
    }
    if a.fits != v.fits {
        out.push(format!("fits {} (expected {})", a.fits, v.fits));
    }
    if let Some(rf) = &v.red_flags {
        if &a.red_flags != rf {
            out.push(format!(
                "red_flags {:?} (expected {:?})",
                ids(&a.red_flags),
                ids(rf)
            ));
        }
    }
    if let Some(un) = &v.unscreened {
        if &a.unscreened != un {
            out.push(format!(
                "unscreened {:?} (expected {:?})",
                ids(&a.unscreened),
                ids(un)
            ));
        }
    }
    if !out.is_empty() {
        let scores: Vec<String> = a
            .causes
            .iter()
            .map(|r| format!("{}={:.2}", r.cause, r.score))
            .collect();
        out.push(format!("scores: {}", scores.join(" ")));
    }
    out
}

#[test]
fn every_vignette_gets_its_expected_result() {
    let files = vignette_files();
    let mut failures = Vec::new();
    let mut passed = 0;
    for path in &files {
        let name = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        match load(path) {
            Err(e) => failures.push(format!("{name}: invalid vignette: {e}")),
            Ok(v) => {
                let problems = mismatches(&v, &evaluate(&v.findings));
                if problems.is_empty() {
                    passed += 1;
                } else {
                    failures.push(format!("{name}: {}", problems.join("; ")));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} vignettes failed:\n  {}",
        failures.len(),
        files.len(),
        failures.join("\n  ")
    );
    println!("{passed} vignettes passed");
}

#[test]
fn vignettes_cover_the_contract() {
    let files = vignette_files();
    assert!(files.len() >= 25, "only {} vignettes", files.len());
    let vignettes: Vec<(String, Vignette)> = files
        .iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            load(p).ok().map(|v| (name, v))
        })
        .collect();
    assert_eq!(vignettes.len(), files.len(), "some vignettes do not load");

    // Every red flag is present in at least one vignette.
    let flagged: BTreeSet<Finding> = vignettes
        .iter()
        .flat_map(|(_, v)| v.findings.present().filter(|f| f.is_red_flag()))
        .collect();
    let missing: Vec<&str> = Finding::red_flags()
        .filter(|f| !flagged.contains(f))
        .map(Finding::id)
        .collect();
    assert!(
        missing.is_empty(),
        "red flags with no vignette: {missing:?}"
    );

    // Every cause is the single expected, confident top cause of some vignette.
    for cause in CauseId::ALL {
        assert!(
            vignettes
                .iter()
                .any(|(_, v)| v.confident && v.top_cause.as_deref() == Some(&[cause])),
            "no confident vignette for {cause}"
        );
    }

    // Both rules beyond single flags, every urgency, a sparse and a mixed picture, and the
    // empty input are exercised.
    let assessments: Vec<(&str, Assessment)> = vignettes
        .iter()
        .map(|(n, v)| (n.as_str(), evaluate(&v.findings)))
        .collect();
    for rule in UrgencyRule::ALL {
        assert!(
            assessments.iter().any(|(_, a)| a.rules.contains(&rule)),
            "no vignette applies {rule:?}"
        );
    }
    for u in Urgency::ALL {
        assert!(
            vignettes.iter().any(|(_, v)| v.urgency == u),
            "no vignette expects {u}"
        );
    }
    assert!(
        vignettes
            .iter()
            .any(|(_, v)| v.top_cause.as_ref().is_some_and(|c| c.len() > 1) && !v.confident),
        "no mixed picture"
    );
    assert!(
        vignettes.iter().any(|(_, v)| v.findings.is_empty()),
        "no empty-input vignette"
    );
    // Both sides of each threshold: a screened self-care picture that fits no cause, one
    // that fits without confidence, and one that is confident.
    let screened_self_care =
        |v: &Vignette| v.urgency == Urgency::SelfCare && evaluate(&v.findings).fully_screened();
    assert!(
        vignettes.iter().any(|(_, v)| screened_self_care(v)
            && !v.fits
            && v.findings.present().next().is_some()),
        "no screened self-care vignette below the fit floor"
    );
    assert!(
        vignettes
            .iter()
            .any(|(_, v)| screened_self_care(v) && v.fits && !v.confident),
        "no vignette that fits without confidence"
    );
    assert!(
        vignettes.iter().all(|(_, v)| !v.confident || v.fits),
        "confident implies fits"
    );
}
