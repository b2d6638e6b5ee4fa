//! Tests of the command-line form of the triage engine (`examples/triage.rs`), run as a real
//! process: good input from a file and from standard input, the contract's output shape, and
//! every kind of bad input (exit status 2, nothing on standard output, one line on standard
//! error).
//!
//! Cargo exposes `CARGO_BIN_EXE_*` only for binaries, not examples, so the test asks the same
//! cargo that runs it to build the example (a no-op when `cargo test` already built it) and
//! takes the executable's path from cargo's JSON messages. That works with any target
//! directory or profile, and runs the binary directly rather than through `cargo run`, so
//! cargo's own output cannot mix into what is checked.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// The path of the built `triage` example, building it once per test run.
fn triage_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let mut cargo = Command::new(env!("CARGO"));
        cargo.args([
            "build",
            "--quiet",
            "--example",
            "triage",
            "--message-format=json",
        ]);
        // Match the profile this test was built with, so `cargo test --release` does not
        // trigger a second, debug build of the whole dependency tree.
        if !cfg!(debug_assertions) {
            cargo.arg("--release");
        }
        let out = cargo
            .current_dir(MANIFEST_DIR)
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(out.status.success(), "cargo build --example triage failed");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|line| serde_json::from_str::<Value>(line).ok())
            .filter(|msg| msg["reason"] == "compiler-artifact" && msg["target"]["name"] == "triage")
            .find_map(|msg| msg["executable"].as_str().map(PathBuf::from))
            .expect("cargo reported the triage example's executable")
    })
}

/// Runs the example with `args`, feeding `stdin`.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(triage_bin())
        .args(args)
        .current_dir(MANIFEST_DIR)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example starts");
    // The example may exit before reading (e.g. a usage error); a broken pipe is fine then.
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("the example finishes")
}

/// Runs with input on stdin (`-`).
fn run_stdin(input: &str) -> Output {
    run(&["-"], input)
}

/// Asserts success and returns the parsed output.
fn ok_json(out: &Output) -> Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "unexpected stderr");
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// Asserts the bad-input contract and returns the error line.
fn bad_input(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "exit status");
    assert!(
        out.stdout.is_empty(),
        "stdout must be empty, got {:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "one line on stderr, got {err:?}");
    assert!(err.ends_with('\n'));
    err
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|x| x.as_str().expect("a string id"))
        .collect()
}

const EMERGENCY_FLAGS: [&str; 8] = [
    "rf_bladder_change",
    "rf_bowel_change",
    "rf_saddle_numbness",
    "rf_sexual_dysfunction",
    "rf_both_legs",
    "rf_progressive_weakness",
    "rf_major_trauma",
    "rf_chest_pain",
];

const CONTRACT_EXAMPLE: &str = r#"{ "findings": { "worse_extension": true, "worse_downhill": true, "pain_below_knee": false } }"#;

#[test]
fn contract_example_from_stdin() {
    let out = ok_json(&run_stdin(CONTRACT_EXAMPLE));
    let keys: Vec<&str> = out
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected_keys = vec![
        "urgency",
        "red_flags",
        "causes",
        "confident",
        "fits",
        "unscreened",
    ];
    expected_keys.sort_unstable();
    let mut keys_sorted = keys.clone();
    keys_sorted.sort_unstable();
    assert_eq!(keys_sorted, expected_keys);

    assert_eq!(out["urgency"], "self_care");
    assert_eq!(ids(&out["red_flags"]), Vec::<&str>::new());
    // Contract v2: two supporting findings fit facet joint pain, but three are needed to be
    // confident.
    assert_eq!(out["confident"], false);
    assert_eq!(out["fits"], true);
    assert_eq!(ids(&out["unscreened"]), EMERGENCY_FLAGS);

    let causes = out["causes"].as_array().expect("causes array");
    assert_eq!(causes.len(), 5);
    assert_eq!(causes[0]["id"], "facet_joint");
    assert_eq!(
        ids(&causes[0]["because"]),
        ["worse_extension", "worse_downhill"]
    );
    let mut seen: Vec<&str> = causes
        .iter()
        .map(|c| c["id"].as_str().expect("id"))
        .collect();
    seen.sort_unstable();
    assert_eq!(
        seen,
        [
            "disc",
            "facet_joint",
            "muscular",
            "nerve",
            "sacroiliac_joint"
        ]
    );
    let scores: Vec<f64> = causes
        .iter()
        .map(|c| c["score"].as_f64().expect("numeric score"))
        .collect();
    assert!(scores.iter().all(|s| (0.0..=1.0).contains(s)));
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "sorted: {scores:?}"
    );
}

#[test]
fn output_keys_follow_the_contract_order() {
    let out = run_stdin(CONTRACT_EXAMPLE);
    let text = String::from_utf8_lossy(&out.stdout);
    let pos = |key: &str| {
        text.find(&format!("\"{key}\""))
            .unwrap_or_else(|| panic!("{key} missing"))
    };
    assert!(pos("urgency") < pos("red_flags"));
    assert!(pos("red_flags") < pos("causes"));
    assert!(pos("causes") < pos("confident"));
    assert!(pos("confident") < pos("fits"));
    assert!(pos("fits") < pos("unscreened"));
}

#[test]
fn file_input_with_red_flags_and_vignette_annotations() {
    // A vignette file, annotations and all, is valid input.
    let out = ok_json(&run(
        &["tests/vignettes/rule_cancer_with_nerve_sign.json"],
        "",
    ));
    assert_eq!(out["urgency"], "emergency");
    assert_eq!(ids(&out["red_flags"]), ["rf_cancer_history"]);
    assert_eq!(ids(&out["unscreened"]), Vec::<&str>::new());
}

#[test]
fn every_vignette_runs_through_the_command_line() {
    let dir = Path::new(MANIFEST_DIR).join("tests/vignettes");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).expect("vignette dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("JSON");
        let out = ok_json(&run(&[path.to_str().expect("utf-8 path")], ""));
        assert_eq!(
            out["urgency"],
            doc["expect"]["urgency"],
            "{}",
            path.display()
        );
        assert_eq!(
            out["confident"],
            doc["expect"]["confident"],
            "{}",
            path.display()
        );
        count += 1;
    }
    assert!(count >= 25);
}

#[test]
fn empty_findings_are_valid_and_fully_unscreened() {
    let out = ok_json(&run_stdin(r#"{"findings": {}}"#));
    assert_eq!(out["urgency"], "self_care");
    assert_eq!(out["confident"], false);
    // Nothing answered never names a cause (v1 named "muscular" by table order).
    assert_eq!(out["fits"], false);
    assert_eq!(ids(&out["unscreened"]), EMERGENCY_FLAGS);
}

#[test]
fn unreadable_file() {
    let err = bad_input(&run(&["tests/vignettes/no_such_file.json"], ""));
    assert!(err.contains("cannot read"), "{err}");
    assert!(err.contains("no_such_file.json"), "{err}");
}

#[test]
fn a_directory_is_not_a_file() {
    let err = bad_input(&run(&["tests/vignettes"], ""));
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn wrong_number_of_arguments() {
    let err = bad_input(&run(&[], ""));
    assert!(err.contains("usage"), "{err}");
    let err = bad_input(&run(&["-", "-"], ""));
    assert!(err.contains("usage"), "{err}");
}

#[test]
fn not_json() {
    for input in [
        "",
        "not json",
        "{\"findings\": {",
        "{\"findings\": {}} trailing",
    ] {
        let err = bad_input(&run_stdin(input));
        assert!(err.contains("not valid JSON"), "{input:?}: {err}");
    }
}

#[test]
fn not_utf8() {
    let out = {
        let mut child = Command::new(triage_bin())
            .arg("-")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starts");
        if let Some(mut input) = child.stdin.take() {
            let _ = input.write_all(b"{\"findings\": {\"\xff\": true}}");
        }
        child.wait_with_output().expect("finishes")
    };
    let err = bad_input(&out);
    assert!(err.contains("standard input"), "{err}");
}

#[test]
fn top_level_not_an_object() {
    for (input, kind) in [
        ("[]", "an array"),
        ("true", "a boolean"),
        ("null", "null"),
        ("\"findings\"", "a string"),
        ("3", "a number"),
    ] {
        let err = bad_input(&run_stdin(input));
        assert!(err.contains("top level must be a JSON object"), "{err}");
        assert!(err.contains(kind), "{input}: {err}");
    }
}

#[test]
fn missing_findings() {
    let err = bad_input(&run_stdin("{}"));
    assert!(err.contains("missing \"findings\""), "{err}");
    let err = bad_input(&run_stdin(r#"{"story": "only a story"}"#));
    assert!(err.contains("missing \"findings\""), "{err}");
}

#[test]
fn findings_not_an_object() {
    for input in [
        r#"{"findings": ["worse_extension"]}"#,
        r#"{"findings": null}"#,
        r#"{"findings": "worse_extension"}"#,
    ] {
        let err = bad_input(&run_stdin(input));
        assert!(err.contains("\"findings\" must be an object"), "{err}");
    }
}

#[test]
fn unknown_finding_id() {
    let err = bad_input(&run_stdin(
        r#"{"findings": {"worse_extension": true, "worse_extention": true}}"#,
    ));
    assert!(
        err.contains("unknown finding id \"worse_extention\""),
        "{err}"
    );
}

#[test]
fn non_boolean_value() {
    for (value, kind) in [
        ("1", "a number"),
        ("\"yes\"", "a string"),
        ("null", "null"),
        ("[true]", "an array"),
        ("{}", "an object"),
    ] {
        let input = format!(r#"{{"findings": {{"spasm": {value}}}}}"#);
        let err = bad_input(&run_stdin(&input));
        assert!(
            err.contains("\"spasm\" must be true or false"),
            "{input}: {err}"
        );
        assert!(err.contains(kind), "{input}: {err}");
    }
}

#[test]
fn unknown_top_level_key() {
    let err = bad_input(&run_stdin(
        r#"{"findings": {"spasm": true}, "finding": {"one_sided": true}}"#,
    ));
    assert!(err.contains("unknown top-level key \"finding\""), "{err}");
}

#[test]
fn error_names_the_file() {
    let dir = std::env::temp_dir().join(format!("backtrack-triage-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("bad.json");
    std::fs::write(&path, r#"{"findings": {"spasm": "yes"}}"#).expect("write");
    let err = bad_input(&run(&[path.to_str().expect("utf-8 path")], ""));
    assert!(err.contains("bad.json"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn help_goes_to_stdout() {
    let out = run(&["--help"], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("usage"));
}
