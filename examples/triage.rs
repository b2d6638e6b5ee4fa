//! The command-line form of the triage engine (`docs/triage-contract.md`), for tests and for
//! clinical review:
//!
//! ```text
//! cargo run --quiet --example triage -- FILE      # FILE may be - for standard input
//! ```
//!
//! Input is a JSON object with a `"findings"` object mapping contract finding ids to `true`
//! (present) or `false` (absent); a finding left out is missing (not asked / not known):
//!
//! ```json
//! { "findings": { "worse_extension": true, "worse_downhill": true, "pain_below_knee": false } }
//! ```
//!
//! Besides `"findings"`, the top level may carry the annotations `"story"` and `"expect"`,
//! which are ignored, so a vignette from `tests/vignettes/` can be fed in as it is. Any other
//! top-level key is an error: a misspelt key would otherwise be silently dropped.
//!
//! Output is the contract's JSON on standard output with exit status 0; scores are rounded
//! to two decimals (they stay within [0, 1]).
//!
//! Bad input (unreadable file, not JSON, top level not an object, unknown top-level key,
//! missing or non-object `"findings"`, an unknown finding id, a value that is not `true` or
//! `false` — `null` included) gives ONE line on standard error naming the problem, nothing on
//! standard output, and exit status 2. So does a wrong number of arguments. If an id appears
//! twice in the findings object, the last value wins (that is how the JSON parser reads it).
//!
//! JSON handling lives here rather than in the core so that the web build stays free of
//! serde; the core only sees a [`Findings`] value.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::process::ExitCode;

use backtrack_core::triage::{evaluate, Assessment, Findings};
use backtrack_core::Finding;
use serde_json::Value;

/// Top-level keys allowed next to `"findings"`: annotations that vignette files carry.
const ANNOTATION_KEYS: [&str; 2] = ["story", "expect"];

const USAGE: &str = "usage: triage FILE   (FILE may be - for standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if matches!(args.as_slice(), [a] if a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match run(&args) {
        Ok(json) => {
            let mut out = std::io::stdout().lock();
            if out
                .write_all(json.as_bytes())
                .and_then(|()| out.flush())
                .is_err()
            {
                // Nowhere left to report to; still signal failure.
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            // One line, whatever the underlying error text contains.
            let line: String = message.split_whitespace().collect::<Vec<_>>().join(" ");
            eprintln!("triage: {line}");
            ExitCode::from(2)
        }
    }
}

/// Reads, parses and evaluates; returns the output text or a message naming the problem.
fn run(args: &[String]) -> Result<String, String> {
    let path = match args {
        [path] => path.as_str(),
        _ => return Err(format!("expected exactly one argument; {USAGE}")),
    };
    let (name, text) = if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("<stdin>", text)
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        (path, text)
    };
    let findings = parse(&text).map_err(|e| format!("{name}: {e}"))?;
    Ok(render(&evaluate(&findings)))
}

/// Parses the input document into an answer set, strictly.
fn parse(text: &str) -> Result<Findings, String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let top = match &doc {
        Value::Object(map) => map,
        other => {
            return Err(format!(
                "the top level must be a JSON object, found {}",
                kind(other)
            ))
        }
    };
    if let Some(key) = top
        .keys()
        .find(|k| *k != "findings" && !ANNOTATION_KEYS.contains(&k.as_str()))
    {
        return Err(format!(
            "unknown top-level key {key:?} (expected \"findings\", and optionally \"story\" or \"expect\")"
        ));
    }
    let answers = match top.get("findings") {
        Some(Value::Object(map)) => map,
        Some(other) => {
            return Err(format!(
                "\"findings\" must be an object, found {}",
                kind(other)
            ))
        }
        None => return Err("missing \"findings\" object".to_owned()),
    };
    let mut findings = Findings::new();
    for (id, value) in answers {
        let finding = Finding::from_id(id).ok_or_else(|| format!("unknown finding id {id:?}"))?;
        let present = value.as_bool().ok_or_else(|| {
            format!(
                "finding {id:?} must be true or false, found {}",
                kind(value)
            )
        })?;
        findings.set(finding, present);
    }
    Ok(findings)
}

/// A JSON value's kind, for error messages.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Renders the contract's output: keys in contract order, one line per cause, so that a
/// reviewer can read it at a glance (`serde_json` would sort the keys alphabetically).
fn render(a: &Assessment) -> String {
    // Ids are fixed ASCII identifiers from the contract, so they need no escaping.
    fn list(ids: impl Iterator<Item = &'static str>) -> String {
        let quoted: Vec<String> = ids.map(|id| format!("\"{id}\"")).collect();
        format!("[{}]", quoted.join(", "))
    }
    let mut out = String::new();
    // Writing to a String cannot fail; `let _ =` keeps this free of unwraps.
    let _ = writeln!(out, "{{");
    let _ = writeln!(out, "  \"urgency\": \"{}\",", a.urgency.id());
    let _ = writeln!(
        out,
        "  \"red_flags\": {},",
        list(a.red_flags.iter().map(|f| f.id()))
    );
    let _ = writeln!(out, "  \"causes\": [");
    for (i, c) in a.causes.iter().enumerate() {
        let comma = if i + 1 < a.causes.len() { "," } else { "" };
        let _ = writeln!(
            out,
            "    {{ \"id\": \"{}\", \"score\": {:.2}, \"because\": {} }}{comma}",
            c.cause.id(),
            c.score.clamp(0.0, 1.0),
            list(c.because.iter().map(|f| f.id()))
        );
    }
    let _ = writeln!(out, "  ],");
    let _ = writeln!(out, "  \"confident\": {},", a.confident);
    let _ = writeln!(out, "  \"fits\": {},", a.fits);
    let _ = writeln!(
        out,
        "  \"unscreened\": {}",
        list(a.unscreened.iter().map(|f| f.id()))
    );
    let _ = writeln!(out, "}}");
    out
}
