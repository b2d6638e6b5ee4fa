//! The saved document: its versions, forward migrations, reading and writing, and the
//! checks every imported file must pass.
//!
//! # Versions
//!
//! Every document is a JSON object `{"app": "backtrack", "version": N, ...}`.
//!
//! - **Version 1** kept only the symptom check:
//!   `{"app":"backtrack","version":1,"check":{"answers":{"question_id":"yes"},"finished":true}}`
//!   (`check` may be `null`; answer codes are [`Answer::to_code`]'s).
//! - **Version 2** added the plan, sessions and diary:
//!   ```json
//!   {"app":"backtrack","version":2,
//!    "check":{"answers":{...},"finished":true},
//!    "plan":{"cause":"disc","from":"check","phase":"mobilise","started":"2026-11-01","since":"2026-11-08"},
//!    "sessions":[{"id":1764000000000,"date":"2026-11-08","time":"07:30","cause":"disc",
//!                 "phase":"mobilise","done":["cat-camel"],"skipped":[],"before":4,"after":3}],
//!    "diary":[{"id":1764000000001,"date":"2026-11-08","time":"21:00","pain":3,
//!              "note":"","ran":true,"metres":5200}]}
//!   ```
//!   `plan`, `before`, `after` and `metres` may be `null` or absent.
//! - **Version 3** added the runs of the return-to-run coach, each with its
//!   next-morning check:
//!   ```json
//!   "runs":[{"id":1764000000002,"date":"2026-11-09","time":"07:00","stage":3,
//!            "minutes":30,"metres":4200,"pain":2,
//!            "morning":{"pain":1,"vs":"same","leg":false}}]
//!   ```
//!   `stage` is 1–8, or `null` for a free run; `minutes`, `metres`, `pain` and `morning`
//!   may be `null` or absent; `vs` is `"better"`, `"same"` or `"worse"` (than before the
//!   run). Version 2's diary keeps its own "ran" and distance: a migrated document starts
//!   with no runs.
//! - **Version 4** (current) adds the outcomes ([`super::outcomes`]): the baseline recorded
//!   at the check, the activities of the functional scale, their weekly ratings, and the
//!   day the runner last put the weekly rating off:
//!   ```json
//!   "outcomes":{"baseline":{"date":"2026-11-09","now":6,"worst":8,"lasted":"1-6-weeks",
//!                           "onset":"2026-10-20","side":"left",
//!                           "before":{"amount":30,"unit":"km"},"current":null},
//!               "activities":["run 5 km"],
//!               "ratings":[{"date":"2026-11-09","now":6,"worst":8,
//!                           "scores":[{"activity":"run 5 km","score":2}]}],
//!               "snoozed":null}
//!   ```
//!   `outcomes` may be `null` or absent (nothing recorded), as may `baseline`, `onset`,
//!   `before`, `current`, `snoozed` and a rating's `now` and `worst`. A migrated document
//!   starts with none.
//!
//! A document of an earlier version is migrated forward one version at a time
//! ([`MIGRATIONS`]) and then read as the current one. A document of a later version is never
//! read or written over: an older copy of the app cannot know what it would lose.
//!
//! # Reading
//!
//! [`read_strict`] (imports) refuses the whole file at the first problem and names it.
//! [`read_lenient`] (the app's own saved data) skips items it cannot read and counts them,
//! so that one damaged entry does not hide the rest; the caller then keeps a backup of the
//! original text.

use super::json::{JsonError, JsonProblem, Value};
use super::*;
use crate::questionnaire::Answer;
use outcomes::{Baseline, LoadUnit, Outcomes, PainDuration, Rating, Side, WeeklyLoad};

/// The version this build writes.
pub const CURRENT_VERSION: i64 = 4;
/// Largest import file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
/// Most diary entries, and most sessions, a document may hold.
pub const MAX_ITEMS: usize = 10_000;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 1000;
/// Longest run, in metres (1000 km).
pub const MAX_METRES: u32 = 1_000_000;
/// Most answers a saved check may hold.
const MAX_ANSWERS: usize = 500;
/// Most exercises one session may list.
const MAX_SESSION_EXERCISES: usize = 100;

/// The migrations, in order: `MIGRATIONS[i]` turns version `i + 1` into version `i + 2`.
pub const MIGRATIONS: [fn(Value) -> Value; (CURRENT_VERSION - 1) as usize] =
    [v1_to_v2, v2_to_v3, v3_to_v4];

/// Version 1 → 2: the plan, sessions and diary arrive, empty.
fn v1_to_v2(doc: Value) -> Value {
    let check = doc.get("check").cloned().unwrap_or(Value::Null);
    Value::Object(vec![
        ("app".into(), Value::Str("backtrack".into())),
        ("version".into(), Value::Int(2)),
        ("check".into(), check),
        ("plan".into(), Value::Null),
        ("sessions".into(), Value::Array(vec![])),
        ("diary".into(), Value::Array(vec![])),
    ])
}

/// Version 2 → 3: the runs arrive, empty; everything else is kept as it is.
fn v2_to_v3(doc: Value) -> Value {
    let Value::Object(mut members) = doc else {
        return doc;
    };
    members.retain(|(k, _)| k != "runs");
    for (k, v) in members.iter_mut() {
        if k == "version" {
            *v = Value::Int(3);
        }
    }
    members.push(("runs".into(), Value::Array(vec![])));
    Value::Object(members)
}

/// Version 3 → 4: the outcomes arrive, empty; everything else is kept as it is.
fn v3_to_v4(doc: Value) -> Value {
    let Value::Object(mut members) = doc else {
        return doc;
    };
    members.retain(|(k, _)| k != "outcomes");
    for (k, v) in members.iter_mut() {
        if k == "version" {
            *v = Value::Int(4);
        }
    }
    members.push(("outcomes".into(), Value::Null));
    Value::Object(members)
}

/// Why a text is not a readable Backtrack document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Larger than [`MAX_FILE_BYTES`].
    TooBig { bytes: usize },
    /// Not UTF-8 text.
    NotText,
    /// Not JSON.
    NotJson(JsonError),
    /// An object in the file gives the same name twice (at any depth), so the file could
    /// be read two ways: Backtrack would once have kept the first value, `JSON.parse` keeps
    /// the last. `key` is the name as written in the file.
    DuplicateKey { key: String },
    /// JSON, but not a Backtrack document.
    NotBacktrack,
    /// A version this build does not know: later than [`CURRENT_VERSION`].
    Newer { version: i64 },
    /// A missing or impossible version number.
    BadVersion,
    /// More than [`MAX_ITEMS`] in a list ("diary entries" or "sessions").
    TooMany { list: &'static str },
    /// A field that is missing or holds the wrong kind of value.
    Field {
        /// Which item, e.g. "Diary entry 3" or "The plan".
        at: String,
        /// Which field, e.g. "pain".
        field: &'static str,
        /// What it must be, e.g. "a whole number from 0 to 10".
        expected: &'static str,
    },
}

impl Problem {
    /// The problem in plain words, naming what is wrong.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        match self {
            Problem::TooBig { bytes } => {
                out.push_str("The file is too big (");
                json::push_int(&mut out, (*bytes / 1024) as i64);
                out.push_str(" KB). A Backtrack file is never more than ");
                json::push_int(&mut out, (MAX_FILE_BYTES / 1024) as i64);
                out.push_str(" KB.");
            }
            Problem::NotText => out.push_str("The file is not a text file."),
            Problem::NotJson(e) => {
                out.push_str("The file is not a JSON file: on line ");
                json::push_int(&mut out, e.line as i64);
                out.push_str(", ");
                out.push_str(e.problem.describe());
                out.push('.');
            }
            Problem::DuplicateKey { key } => {
                out.push_str("The file has the key \"");
                push_shown_name(&mut out, key);
                out.push_str("\" twice, so it is not clear which to use.");
            }
            Problem::NotBacktrack => {
                out.push_str("The file is JSON, but it is not a Backtrack file.")
            }
            Problem::Newer { version } => {
                out.push_str("The file comes from a newer version of Backtrack (data version ");
                json::push_int(&mut out, *version);
                out.push_str("). This version reads up to version ");
                json::push_int(&mut out, CURRENT_VERSION);
                out.push_str(". Reload the app to update it, then try again.");
            }
            Problem::BadVersion => {
                out.push_str("The file has no valid version number, so it cannot be read.")
            }
            Problem::TooMany { list } => {
                out.push_str("The file has more ");
                out.push_str(list);
                out.push_str(" than Backtrack can keep (");
                json::push_int(&mut out, MAX_ITEMS as i64);
                out.push_str(").");
            }
            Problem::Field {
                at,
                field,
                expected,
            } => {
                out.push_str(at);
                out.push_str(": \"");
                out.push_str(field);
                out.push_str("\" must be ");
                out.push_str(expected);
                out.push('.');
            }
        }
        out
    }
}

/// Longest name from a file that [`Problem::describe`] repeats back.
const MAX_SHOWN_NAME_CHARS: usize = 40;

/// Appends a name taken from the file for the runner to read: no control or direction
/// characters (they could garble the message), and cut short if long.
fn push_shown_name(out: &mut String, name: &str) {
    let mut shown = name.chars().filter(|&c| is_safe_char(c) && !c.is_control());
    out.extend(shown.by_ref().take(MAX_SHOWN_NAME_CHARS));
    if shown.next().is_some() {
        out.push('…');
    }
}

/// A document read leniently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lenient {
    pub progress: Progress,
    /// The version the text was written as (before migration).
    pub version: i64,
    /// How many items could not be read and were left out.
    pub skipped: usize,
}

/// Reads an import file: any version up to the current one, every item valid, or an error
/// naming the first problem.
pub fn read_strict(bytes: &[u8]) -> Result<Progress, Problem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Problem::TooBig { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| Problem::NotText)?;
    let (doc, _) = migrated(text)?;
    let mut skipped = None;
    decode(&doc, &mut skipped)
}

/// Reads the app's own saved text: any version up to the current one; items that cannot be
/// read are left out and counted. Fails only when the text as a whole is unreadable (or
/// from a newer version).
pub fn read_lenient(text: &str) -> Result<Lenient, Problem> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Problem::TooBig { bytes: text.len() });
    }
    let (doc, version) = migrated(text)?;
    let mut skipped = Some(0);
    let progress = decode(&doc, &mut skipped)?;
    Ok(Lenient {
        progress,
        version,
        skipped: skipped.unwrap_or(0),
    })
}

/// Parses, checks the header, and migrates to the current version.
fn migrated(text: &str) -> Result<(Value, i64), Problem> {
    let doc = Value::parse(text).map_err(|e| match e.problem {
        JsonProblem::DuplicateKey(key) => Problem::DuplicateKey { key },
        _ => Problem::NotJson(e),
    })?;
    if doc.get("app") != Some(&Value::Str("backtrack".into())) {
        return Err(Problem::NotBacktrack);
    }
    let version = match doc.get("version") {
        Some(Value::Int(v)) => *v,
        _ => return Err(Problem::BadVersion),
    };
    if version > CURRENT_VERSION {
        return Err(Problem::Newer { version });
    }
    if version < 1 {
        return Err(Problem::BadVersion);
    }
    let mut doc = doc;
    for migrate in &MIGRATIONS[(version - 1) as usize..] {
        doc = migrate(doc);
    }
    Ok((doc, version))
}

/// Writes the current version.
pub fn write(p: &Progress) -> String {
    let mut members = vec![
        ("app".into(), Value::Str("backtrack".into())),
        ("version".into(), Value::Int(CURRENT_VERSION)),
    ];
    let check = match &p.check {
        Some(c) => Value::Object(vec![
            (
                "answers".into(),
                Value::Object(
                    c.answers
                        .saved()
                        .into_iter()
                        .map(|(id, a)| (id.to_owned(), Value::Str(a.to_code())))
                        .collect(),
                ),
            ),
            ("finished".into(), Value::Bool(c.finished)),
        ]),
        None => Value::Null,
    };
    members.push(("check".into(), check));
    let plan = match &p.plan {
        Some(plan) => Value::Object(vec![
            ("cause".into(), s(plan.cause.id())),
            (
                "from".into(),
                s(match plan.source {
                    PlanSource::Check => "check",
                    PlanSource::Chosen => "chosen",
                }),
            ),
            ("phase".into(), s(plan.phase.id())),
            ("started".into(), Value::Str(plan.started.iso())),
            ("since".into(), Value::Str(plan.phase_since.iso())),
        ]),
        None => Value::Null,
    };
    members.push(("plan".into(), plan));
    let sessions = p
        .sessions
        .iter()
        .map(|x| {
            Value::Object(vec![
                ("id".into(), Value::Int(x.id)),
                ("date".into(), Value::Str(x.day.iso())),
                ("time".into(), Value::Str(date::format_time(x.minute))),
                ("cause".into(), s(x.cause.id())),
                ("phase".into(), s(x.phase.id())),
                ("done".into(), strings(&x.done)),
                ("skipped".into(), strings(&x.skipped)),
                ("before".into(), opt(x.pain_before.map(i64::from))),
                ("after".into(), opt(x.pain_after.map(i64::from))),
            ])
        })
        .collect();
    members.push(("sessions".into(), Value::Array(sessions)));
    let diary = p
        .diary
        .iter()
        .map(|e| {
            Value::Object(vec![
                ("id".into(), Value::Int(e.id)),
                ("date".into(), Value::Str(e.day.iso())),
                ("time".into(), Value::Str(date::format_time(e.minute))),
                ("pain".into(), Value::Int(i64::from(e.pain))),
                ("note".into(), Value::Str(e.note.clone())),
                ("ran".into(), Value::Bool(e.ran)),
                ("metres".into(), opt(e.metres.map(i64::from))),
            ])
        })
        .collect();
    members.push(("diary".into(), Value::Array(diary)));
    let runs = p.runs.iter().map(run_value).collect();
    members.push(("runs".into(), Value::Array(runs)));
    members.push(("outcomes".into(), outcomes_value(&p.outcomes)));
    Value::Object(members).to_text()
}

fn outcomes_value(o: &Outcomes) -> Value {
    if *o == Outcomes::default() {
        return Value::Null;
    }
    let load = |l: Option<WeeklyLoad>| match l {
        Some(l) => Value::Object(vec![
            ("amount".into(), Value::Int(i64::from(l.amount))),
            ("unit".into(), s(l.unit.id())),
        ]),
        None => Value::Null,
    };
    let day = |d: Option<Day>| d.map_or(Value::Null, |d| Value::Str(d.iso()));
    let baseline = match &o.baseline {
        Some(b) => Value::Object(vec![
            ("date".into(), Value::Str(b.day.iso())),
            ("now".into(), Value::Int(i64::from(b.pain_now))),
            ("worst".into(), Value::Int(i64::from(b.pain_worst))),
            ("lasted".into(), s(b.duration.id())),
            ("onset".into(), day(b.onset)),
            ("side".into(), s(b.side.id())),
            ("before".into(), load(b.running_before)),
            ("current".into(), load(b.running_now)),
        ]),
        None => Value::Null,
    };
    let ratings = o
        .ratings
        .iter()
        .map(|r| {
            let scores = r
                .scores
                .iter()
                .map(|(a, n)| {
                    Value::Object(vec![
                        ("activity".into(), Value::Str(a.clone())),
                        ("score".into(), Value::Int(i64::from(*n))),
                    ])
                })
                .collect();
            Value::Object(vec![
                ("date".into(), Value::Str(r.day.iso())),
                ("now".into(), opt(r.pain_now.map(i64::from))),
                ("worst".into(), opt(r.pain_worst.map(i64::from))),
                ("scores".into(), Value::Array(scores)),
            ])
        })
        .collect();
    Value::Object(vec![
        ("baseline".into(), baseline),
        ("activities".into(), strings(&o.activities)),
        ("ratings".into(), Value::Array(ratings)),
        ("snoozed".into(), day(o.snoozed)),
    ])
}

fn run_value(r: &Run) -> Value {
    let morning = match r.morning {
        Some(m) => Value::Object(vec![
            ("pain".into(), Value::Int(i64::from(m.pain))),
            ("vs".into(), s(m.compared.code())),
            ("leg".into(), Value::Bool(m.leg_symptoms)),
        ]),
        None => Value::Null,
    };
    Value::Object(vec![
        ("id".into(), Value::Int(r.id)),
        ("date".into(), Value::Str(r.day.iso())),
        ("time".into(), Value::Str(date::format_time(r.minute))),
        ("stage".into(), opt(r.stage.map(i64::from))),
        ("minutes".into(), opt(r.minutes.map(i64::from))),
        ("metres".into(), opt(r.metres.map(i64::from))),
        ("pain".into(), opt(r.pain.map(i64::from))),
        ("morning".into(), morning),
    ])
}

fn s(text: &'static str) -> Value {
    Value::Str(text.into())
}

fn strings(list: &[String]) -> Value {
    Value::Array(list.iter().map(|x| Value::Str(x.clone())).collect())
}

fn opt(n: Option<i64>) -> Value {
    n.map_or(Value::Null, Value::Int)
}

/// Reads a current-version document. `skipped` is `None` for strict reading (first problem
/// fails) or `Some(count)` for lenient reading (problem items are left out and counted).
fn decode(doc: &Value, skipped: &mut Option<usize>) -> Result<Progress, Problem> {
    // A bad check or plan is one item: lenient reading drops it.
    let check = lenient(skipped, || match doc.get("check") {
        None | Some(Value::Null) => Ok(None),
        Some(v) => check(v).map(Some),
    })?
    .flatten();
    let plan = lenient(skipped, || match doc.get("plan") {
        None | Some(Value::Null) => Ok(None),
        Some(v) => plan(v).map(Some),
    })?
    .flatten();
    let mut p = Progress {
        check,
        plan,
        sessions: list(doc, "sessions", "Session", skipped, session)?,
        diary: list(doc, "diary", "Diary entry", skipped, diary_entry)?,
        runs: list(doc, "runs", "Run", skipped, run)?,
        // Bad outcomes are one item too.
        outcomes: lenient(skipped, || match doc.get("outcomes") {
            None | Some(Value::Null) => Ok(Outcomes::default()),
            Some(v) => outcomes(v),
        })?
        .unwrap_or_default(),
    };
    p.sort();
    Ok(p)
}

/// Runs one item's reader: in strict mode its error is the result; in lenient mode the
/// error is counted and the item is `None`.
fn lenient<T>(
    skipped: &mut Option<usize>,
    f: impl FnOnce() -> Result<T, Problem>,
) -> Result<Option<T>, Problem> {
    match (f(), skipped) {
        (Ok(v), _) => Ok(Some(v)),
        (Err(e), None) => Err(e),
        (Err(_), Some(n)) => {
            *n += 1;
            Ok(None)
        }
    }
}

fn list<T: HasId>(
    doc: &Value,
    name: &'static str,
    item_name: &'static str,
    skipped: &mut Option<usize>,
    read: fn(&Value, &str) -> Result<T, Problem>,
) -> Result<Vec<T>, Problem> {
    let items = match doc.get(name) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return lenient(skipped, || {
                Err(Problem::Field {
                    at: "The file".into(),
                    field: name,
                    expected: "a list",
                })
            })
            .map(|_: Option<()>| Vec::new())
        }
    };
    if items.len() > MAX_ITEMS {
        let list = match name {
            "diary" => "diary entries",
            "runs" => "runs",
            _ => "sessions",
        };
        return Err(Problem::TooMany { list });
    }
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    let mut ids = std::collections::BTreeSet::new();
    for (i, item) in items.iter().enumerate() {
        let at = item_label(item_name, i);
        let read_one = || {
            let v = read(item, &at)?;
            if ids.contains(&v.id()) {
                return Err(Problem::Field {
                    at: at.clone(),
                    field: "id",
                    expected: "different from every other id",
                });
            }
            Ok(v)
        };
        if let Some(v) = lenient(skipped, read_one)? {
            ids.insert(v.id());
            out.push(v);
        }
    }
    Ok(out)
}

fn item_label(name: &str, index: usize) -> String {
    let mut at = String::from(name);
    at.push(' ');
    json::push_int(&mut at, index as i64 + 1);
    at
}

const A_DATE: &str = "a date written YYYY-MM-DD";
const A_TIME: &str = "a time written HH:MM";
const A_PAIN: &str = "a whole number from 0 to 10";

fn field(at: &str, field: &'static str, expected: &'static str) -> Problem {
    Problem::Field {
        at: at.into(),
        field,
        expected,
    }
}

fn get_int(
    v: &Value,
    at: &str,
    name: &'static str,
    expected: &'static str,
) -> Result<i64, Problem> {
    match v.get(name) {
        Some(Value::Int(n)) => Ok(*n),
        _ => Err(field(at, name, expected)),
    }
}

fn get_str<'a>(
    v: &'a Value,
    at: &str,
    name: &'static str,
    expected: &'static str,
) -> Result<&'a str, Problem> {
    match v.get(name) {
        Some(Value::Str(s)) => Ok(s),
        _ => Err(field(at, name, expected)),
    }
}

fn get_day(v: &Value, at: &str, name: &'static str) -> Result<Day, Problem> {
    Day::parse(get_str(v, at, name, A_DATE)?).ok_or_else(|| field(at, name, A_DATE))
}

fn get_time(v: &Value, at: &str) -> Result<Minute, Problem> {
    date::parse_time(get_str(v, at, "time", A_TIME)?).ok_or_else(|| field(at, "time", A_TIME))
}

fn get_id(v: &Value, at: &str) -> Result<i64, Problem> {
    const EXPECTED: &str = "a positive whole number";
    let id = get_int(v, at, "id", EXPECTED)?;
    if id > 0 {
        Ok(id)
    } else {
        Err(field(at, "id", EXPECTED))
    }
}

fn get_pain(v: &Value, at: &str, name: &'static str) -> Result<u8, Problem> {
    match get_int(v, at, name, A_PAIN)? {
        n @ 0..=10 => Ok(n as u8),
        _ => Err(field(at, name, A_PAIN)),
    }
}

fn get_optional_pain(v: &Value, at: &str, name: &'static str) -> Result<Option<u8>, Problem> {
    match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(_) => get_pain(v, at, name).map(Some),
    }
}

fn get_cause(v: &Value, at: &str) -> Result<CauseId, Problem> {
    const EXPECTED: &str = "one of the five cause ids";
    CauseId::from_id(get_str(v, at, "cause", EXPECTED)?).ok_or_else(|| field(at, "cause", EXPECTED))
}

fn get_phase(v: &Value, at: &str) -> Result<Phase, Problem> {
    const EXPECTED: &str = "one of settle, mobilise, strengthen or return_to_running";
    Phase::from_id(get_str(v, at, "phase", EXPECTED)?).ok_or_else(|| field(at, "phase", EXPECTED))
}

/// Ids (question ids, exercise slugs) are short lowercase words: nothing that could hide
/// markup or odd characters.
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Free text may hold any letters and symbols, new lines and tabs, but not invisible
/// control characters or the direction overrides that can make text display as something
/// it is not.
pub fn is_safe_text(s: &str) -> bool {
    s.chars().all(is_safe_char)
}

/// The text with every character [`is_safe_text`] refuses taken out. The diary form uses it,
/// so that a note pasted from elsewhere with an invisible character in it still saves, and
/// the form and the importer keep one rule: what is stored always passes the importer.
pub fn without_hidden_controls(s: &str) -> String {
    s.chars().filter(|&c| is_safe_char(c)).collect()
}

fn is_safe_char(c: char) -> bool {
    !(c.is_control() && c != '\n' && c != '\t'
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c))
}

fn check(v: &Value) -> Result<SavedCheck, Problem> {
    const AT: &str = "The saved check";
    const EXPECTED: &str = "a list of answers by question id";
    let Some(Value::Object(members)) = v.get("answers") else {
        return Err(field(AT, "answers", EXPECTED));
    };
    if members.len() > MAX_ANSWERS {
        return Err(field(AT, "answers", EXPECTED));
    }
    let mut answers = Answers::new();
    for (k, a) in members {
        let answer = match a {
            Value::Str(code) if is_id(k) => Answer::from_code(code),
            _ => None,
        };
        match answer {
            Some(a) => answers.insert_saved(k, a),
            None => return Err(field(AT, "answers", EXPECTED)),
        };
    }
    let finished = match v.get("finished") {
        Some(Value::Bool(b)) => *b,
        _ => return Err(field(AT, "finished", "true or false")),
    };
    Ok(SavedCheck { answers, finished })
}

fn plan(v: &Value) -> Result<Plan, Problem> {
    const AT: &str = "The plan";
    const FROM: &str = "\"check\" or \"chosen\"";
    let source = match get_str(v, AT, "from", FROM)? {
        "check" => PlanSource::Check,
        "chosen" => PlanSource::Chosen,
        _ => return Err(field(AT, "from", FROM)),
    };
    Ok(Plan {
        cause: get_cause(v, AT)?,
        source,
        phase: get_phase(v, AT)?,
        started: get_day(v, AT, "started")?,
        phase_since: get_day(v, AT, "since")?,
    })
}

fn slugs(v: &Value, at: &str, name: &'static str) -> Result<Vec<String>, Problem> {
    const EXPECTED: &str = "a list of exercise ids";
    match v.get(name) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) if items.len() <= MAX_SESSION_EXERCISES => items
            .iter()
            .map(|x| match x {
                Value::Str(s) if is_id(s) => Ok(s.clone()),
                _ => Err(field(at, name, EXPECTED)),
            })
            .collect(),
        Some(_) => Err(field(at, name, EXPECTED)),
    }
}

fn session(v: &Value, at: &str) -> Result<Session, Problem> {
    Ok(Session {
        id: get_id(v, at)?,
        day: get_day(v, at, "date")?,
        minute: get_time(v, at)?,
        cause: get_cause(v, at)?,
        phase: get_phase(v, at)?,
        done: slugs(v, at, "done")?,
        skipped: slugs(v, at, "skipped")?,
        pain_before: get_optional_pain(v, at, "before")?,
        pain_after: get_optional_pain(v, at, "after")?,
    })
}

fn diary_entry(v: &Value, at: &str) -> Result<DiaryEntry, Problem> {
    const NOTE: &str = "text of at most 1000 characters, without hidden control characters";
    const WHOLE: &str = "text without broken characters (such as half of an emoji)";
    let note = match v.get("note") {
        None | Some(Value::Null) => String::new(),
        Some(Value::Str(s)) if s.chars().count() <= MAX_NOTE_CHARS && is_safe_text(s) => s.clone(),
        // Read, it would differ from the text stored; refusing it keeps the original.
        Some(Value::BrokenText) => return Err(field(at, "note", WHOLE)),
        Some(_) => return Err(field(at, "note", NOTE)),
    };
    let ran = match v.get("ran") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(field(at, "ran", "true or false")),
    };
    const METRES: &str = "a whole number of metres from 1 to 1000000";
    let metres = match v.get("metres") {
        None | Some(Value::Null) => None,
        Some(Value::Int(n)) if (1..=i64::from(MAX_METRES)).contains(n) => Some(*n as u32),
        Some(_) => return Err(field(at, "metres", METRES)),
    };
    Ok(DiaryEntry {
        id: get_id(v, at)?,
        day: get_day(v, at, "date")?,
        minute: get_time(v, at)?,
        pain: get_pain(v, at, "pain")?,
        note,
        ran,
        metres,
    })
}

/// An optional whole number from 1 to `max`.
fn get_optional_count(
    v: &Value,
    at: &str,
    name: &'static str,
    max: u32,
    expected: &'static str,
) -> Result<Option<u32>, Problem> {
    match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Int(n)) if (1..=i64::from(max)).contains(n) => Ok(Some(*n as u32)),
        Some(_) => Err(field(at, name, expected)),
    }
}

fn run(v: &Value, at: &str) -> Result<Run, Problem> {
    const STAGE: &str = "a stage from 1 to 8, or null for a free run";
    const MINUTES: &str = "a whole number of minutes from 1 to 1440";
    const METRES: &str = "a whole number of metres from 1 to 1000000";
    const MORNING: &str = "the next morning's pain, \"better\", \"same\" or \"worse\", and whether leg symptoms came back";
    let stage = get_optional_count(v, at, "stage", u32::from(coach::LAST_STAGE), STAGE)?;
    let minutes = get_optional_count(v, at, "minutes", u32::from(MAX_RUN_MINUTES), MINUTES)?;
    let morning = match v.get("morning") {
        None | Some(Value::Null) => None,
        Some(m) => {
            let pain = get_pain(m, at, "pain").map_err(|_| field(at, "morning", MORNING))?;
            let compared = match m.get("vs") {
                Some(Value::Str(code)) => Compared::from_code(code),
                _ => None,
            };
            let leg = match m.get("leg") {
                Some(Value::Bool(b)) => Some(*b),
                _ => None,
            };
            match (compared, leg) {
                (Some(compared), Some(leg_symptoms)) => Some(Morning {
                    pain,
                    compared,
                    leg_symptoms,
                }),
                _ => return Err(field(at, "morning", MORNING)),
            }
        }
    };
    Ok(Run {
        id: get_id(v, at)?,
        day: get_day(v, at, "date")?,
        minute: get_time(v, at)?,
        stage: stage.map(|s| s as u8),
        minutes: minutes.map(|m| m as u16),
        metres: get_optional_count(v, at, "metres", MAX_METRES, METRES)?,
        pain: get_optional_pain(v, at, "pain")?,
        morning,
    })
}

fn outcomes(v: &Value) -> Result<Outcomes, Problem> {
    const AT: &str = "The outcomes";
    const ACTIVITY: &str = "an activity's name: text of 1 to 60 characters";
    const ACTIVITIES: &str = "a list of at most 3 activities' names";
    const RATINGS: &str = "a list of ratings, oldest first, one a day";
    let optional_day = |v: &Value, name: &'static str| match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(_) => get_day(v, AT, name).map(Some),
    };
    let activity = |x: &Value| match x {
        Value::Str(a) if outcomes::clean_activity(a).as_deref() == Some(a.as_str()) => {
            Ok(a.clone())
        }
        _ => Err(field(AT, "activities", ACTIVITY)),
    };
    let baseline = match v.get("baseline") {
        None | Some(Value::Null) => None,
        Some(b) => Some(baseline(b)?),
    };
    let activities = match v.get("activities") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) if list.len() <= outcomes::MAX_ACTIVITIES => {
            list.iter().map(activity).collect::<Result<Vec<_>, _>>()?
        }
        Some(_) => return Err(field(AT, "activities", ACTIVITIES)),
    };
    let ratings = match v.get("ratings") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) if list.len() <= outcomes::MAX_RATINGS => list
            .iter()
            .map(|r| {
                let scores = match r.get("scores") {
                    None | Some(Value::Null) => Vec::new(),
                    Some(Value::Array(items)) if items.len() <= outcomes::MAX_ACTIVITIES => items
                        .iter()
                        .map(|x| {
                            Ok((
                                activity(x.get("activity").unwrap_or(&Value::Null))?,
                                get_pain(x, AT, "score")?,
                            ))
                        })
                        .collect::<Result<Vec<_>, Problem>>()?,
                    Some(_) => return Err(field(AT, "scores", "a list of at most 3 scores")),
                };
                Ok(Rating {
                    day: get_day(r, AT, "date")?,
                    pain_now: get_optional_pain(r, AT, "now")?,
                    pain_worst: get_optional_pain(r, AT, "worst")?,
                    scores,
                })
            })
            .collect::<Result<Vec<_>, Problem>>()?,
        Some(_) => return Err(field(AT, "ratings", RATINGS)),
    };
    if ratings.windows(2).any(|w| w[0].day >= w[1].day) {
        return Err(field(AT, "ratings", RATINGS));
    }
    Ok(Outcomes {
        baseline,
        activities,
        ratings,
        snoozed: optional_day(v, "snoozed")?,
    })
}

fn baseline(v: &Value) -> Result<Baseline, Problem> {
    const AT: &str = "The baseline";
    const LASTED: &str = "one of days, 1-6-weeks, 6-12-weeks or over-3-months";
    const SIDE: &str = "one of left, right, both or middle";
    const LOAD: &str = "a weekly amount from 0 to 2000 and its unit, km or minutes";
    let load = |name: &'static str| match v.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(l) => {
            let amount = match l.get("amount") {
                Some(Value::Int(n)) if (0..=i64::from(outcomes::MAX_WEEKLY_LOAD)).contains(n) => {
                    *n as u16
                }
                _ => return Err(field(AT, name, LOAD)),
            };
            let unit = match l.get("unit") {
                Some(Value::Str(u)) => LoadUnit::from_id(u).ok_or_else(|| field(AT, name, LOAD))?,
                _ => return Err(field(AT, name, LOAD)),
            };
            Ok(Some(WeeklyLoad { amount, unit }))
        }
    };
    let onset = match v.get("onset") {
        None | Some(Value::Null) => None,
        Some(_) => Some(get_day(v, AT, "onset")?),
    };
    Ok(Baseline {
        day: get_day(v, AT, "date")?,
        pain_now: get_pain(v, AT, "now")?,
        pain_worst: get_pain(v, AT, "worst")?,
        duration: PainDuration::from_id(get_str(v, AT, "lasted", LASTED)?)
            .ok_or_else(|| field(AT, "lasted", LASTED))?,
        onset,
        side: Side::from_id(get_str(v, AT, "side", SIDE)?)
            .ok_or_else(|| field(AT, "side", SIDE))?,
        running_before: load("before")?,
        running_now: load("current")?,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A version 1 document, as the first storage release wrote it.
    pub(crate) const V1: &str = r#"{"app":"backtrack","version":1,"check":{"answers":{"rf_saddle_numbness":"no","onset":"choice:1"},"finished":true}}"#;

    /// A version 2 document with one of everything.
    pub(crate) const V2: &str = r#"{"app":"backtrack","version":2,"check":{"answers":{"rf_saddle_numbness":"no"},"finished":false},"plan":{"cause":"disc","from":"check","phase":"mobilise","started":"2026-11-01","since":"2026-11-08"},"sessions":[{"id":1764000000000,"date":"2026-11-08","time":"07:30","cause":"disc","phase":"mobilise","done":["cat-camel"],"skipped":["cobra-forearms"],"before":4,"after":null}],"diary":[{"id":1764000000001,"date":"2026-11-08","time":"21:00","pain":3,"note":"Felt <b>ok</b> \"really\"\nafter","ran":true,"metres":5200}]}"#;

    /// A version 3 document: version 2's contents and runs (a stage run with its morning,
    /// a free run without).
    pub(crate) const V3: &str = r#"{"app":"backtrack","version":3,"check":{"answers":{"rf_saddle_numbness":"no"},"finished":false},"plan":{"cause":"disc","from":"check","phase":"mobilise","started":"2026-11-01","since":"2026-11-08"},"sessions":[{"id":1764000000000,"date":"2026-11-08","time":"07:30","cause":"disc","phase":"mobilise","done":["cat-camel"],"skipped":["cobra-forearms"],"before":4,"after":null}],"diary":[{"id":1764000000001,"date":"2026-11-08","time":"21:00","pain":3,"note":"Felt <b>ok</b> \"really\"\nafter","ran":true,"metres":5200}],"runs":[{"id":1764000000002,"date":"2026-11-09","time":"07:00","stage":3,"minutes":30,"metres":4200,"pain":2,"morning":{"pain":1,"vs":"same","leg":false}},{"id":1764000000003,"date":"2026-11-11","time":"18:15","stage":null,"minutes":null,"metres":5000,"pain":null,"morning":null}]}"#;

    /// A version 4 document: version 3's contents and the outcomes (a baseline, two
    /// activities, two weekly ratings).
    pub(crate) const V4: &str = r#"{"app":"backtrack","version":4,"check":{"answers":{"rf_saddle_numbness":"no"},"finished":false},"plan":{"cause":"disc","from":"check","phase":"mobilise","started":"2026-11-01","since":"2026-11-08"},"sessions":[{"id":1764000000000,"date":"2026-11-08","time":"07:30","cause":"disc","phase":"mobilise","done":["cat-camel"],"skipped":["cobra-forearms"],"before":4,"after":null}],"diary":[{"id":1764000000001,"date":"2026-11-08","time":"21:00","pain":3,"note":"Felt <b>ok</b> \"really\"\nafter","ran":true,"metres":5200}],"runs":[{"id":1764000000002,"date":"2026-11-09","time":"07:00","stage":3,"minutes":30,"metres":4200,"pain":2,"morning":{"pain":1,"vs":"same","leg":false}},{"id":1764000000003,"date":"2026-11-11","time":"18:15","stage":null,"minutes":null,"metres":5000,"pain":null,"morning":null}],"outcomes":{"baseline":{"date":"2026-11-01","now":6,"worst":8,"lasted":"1-6-weeks","onset":"2026-10-20","side":"left","before":{"amount":30,"unit":"km"},"current":null},"activities":["run 5 km","put on socks"],"ratings":[{"date":"2026-11-01","now":6,"worst":8,"scores":[{"activity":"run 5 km","score":2},{"activity":"put on socks","score":5}]},{"date":"2026-11-08","now":null,"worst":null,"scores":[{"activity":"run 5 km","score":4}]}],"snoozed":null}}"#;

    #[test]
    fn version_2_migrates_to_version_3_with_everything_kept_and_no_runs() {
        let read = read_lenient(V2).unwrap();
        assert_eq!((read.version, read.skipped), (2, 0));
        assert!(read.progress.runs.is_empty());
        let v3 = read_strict(V3.as_bytes()).unwrap();
        assert_eq!(
            read.progress,
            Progress {
                runs: vec![],
                ..v3.clone()
            }
        );
        // A stray "runs" in a version 2 file is not read: version 2 had none.
        let stray = V2.replace("\"diary\":[", "\"runs\":[{\"id\":1}],\"diary\":[");
        assert_eq!(read_strict(stray.as_bytes()), Ok(read.progress));
        assert_eq!(v3.runs.len(), 2);
        assert_eq!(v3.runs[0].morning.map(|m| m.compared), Some(Compared::Same));
        assert_eq!((v3.runs[1].stage, v3.runs[1].metres), (None, Some(5000)));
    }

    #[test]
    fn a_bad_run_is_refused_with_the_field_named() {
        let cases = [
            ("\"stage\":3", "\"stage\":9", "\"stage\""),
            ("\"minutes\":30", "\"minutes\":0", "\"minutes\""),
            ("\"metres\":4200", "\"metres\":-1", "\"metres\""),
            ("\"pain\":2", "\"pain\":11", "\"pain\""),
            ("\"vs\":\"same\"", "\"vs\":\"meh\"", "\"morning\""),
            ("\"leg\":false", "\"leg\":0", "\"morning\""),
            (
                "\"morning\":{\"pain\":1",
                "\"morning\":{\"pain\":99",
                "\"morning\"",
            ),
        ];
        for (from, to, named) in cases {
            let bad = V3.replace(from, to);
            assert_ne!(bad, V3, "{from}");
            let problem = problem(&bad);
            assert!(problem.starts_with("Run 1: "), "{problem}");
            assert!(problem.contains(named), "{problem}");
            // Stored, the one run is left out and the rest kept.
            let read = read_lenient(&bad).unwrap();
            assert_eq!((read.skipped, read.progress.runs.len()), (1, 1));
        }
    }

    #[test]
    fn version_1_migrates_to_the_current_version() {
        let read = read_lenient(V1).unwrap();
        assert_eq!(read.version, 1);
        assert_eq!(read.skipped, 0);
        let check = read.progress.check.clone().unwrap();
        assert!(check.finished);
        assert_eq!(
            check.answers.get(crate::questionnaire::QuestionId::Onset),
            Some(Answer::Choice(1))
        );
        assert_eq!(read.progress.plan, None);
        assert!(read.progress.sessions.is_empty() && read.progress.diary.is_empty());
        assert_eq!(read_strict(V1.as_bytes()), Ok(read.progress.clone()));
        // Written back, it is a current-version document that reads the same.
        let text = write(&read.progress);
        assert!(text.contains("\"version\":4"));
        assert_eq!(read_strict(text.as_bytes()), Ok(read.progress));
    }

    #[test]
    fn version_1_without_a_check_migrates_to_an_empty_document() {
        let p = read_strict(br#"{"app":"backtrack","version":1,"check":null}"#).unwrap();
        assert!(p.is_empty());
    }

    #[test]
    fn every_earlier_version_has_a_migration() {
        assert_eq!(MIGRATIONS.len() as i64, CURRENT_VERSION - 1);
        let fixtures = [V1, V2, V3];
        assert_eq!(fixtures.len() as i64, CURRENT_VERSION - 1);
        for (i, text) in fixtures.iter().enumerate() {
            let read = read_lenient(text).unwrap();
            assert_eq!(read.version, i as i64 + 1);
            assert_eq!(read.skipped, 0);
        }
    }

    #[test]
    fn the_current_version_round_trips() {
        let p = read_strict(V4.as_bytes()).unwrap();
        assert_eq!(p.sessions[0].skipped, vec!["cobra-forearms".to_string()]);
        assert_eq!(p.diary[0].metres, Some(5200));
        assert!(p.diary[0].note.contains("<b>ok</b>"));
        let base = p.outcomes.baseline.as_ref().expect("a baseline");
        assert_eq!(
            (base.pain_now, base.side, base.running_now),
            (6, Side::Left, None)
        );
        assert_eq!(p.outcomes.ratings[1].score("run 5 km"), Some(4));
        assert_eq!(write(&p), V4);
    }

    #[test]
    fn version_3_migrates_to_version_4_with_everything_kept_and_no_outcomes() {
        let read = read_lenient(V3).unwrap();
        assert_eq!((read.version, read.skipped), (3, 0));
        assert_eq!(read.progress.outcomes, Outcomes::default());
        assert_eq!(read.progress.runs.len(), 2);
        // Saved, it is version 4 with no outcomes written out.
        let text = write(&read.progress);
        assert!(text.contains("\"version\":4") && text.ends_with(",\"outcomes\":null}"));
    }

    #[test]
    fn bad_outcomes_are_refused_whole_or_left_out_when_reading_leniently() {
        let bad = [
            V4.replace(
                "\"now\":6,\"worst\":8,\"lasted\"",
                "\"now\":11,\"worst\":8,\"lasted\"",
            ),
            V4.replace("\"lasted\":\"1-6-weeks\"", "\"lasted\":\"ages\""),
            V4.replace("\"side\":\"left\"", "\"side\":\"Left\""),
            V4.replace("\"amount\":30", "\"amount\":2001"),
            V4.replace("\"run 5 km\",\"put on socks\"]", "\"a\",\"b\",\"c\",\"d\"]"),
            V4.replace(
                "\"activities\":[\"run 5 km\"",
                "\"activities\":[\" run 5 km\"",
            ),
            V4.replace(
                "\"date\":\"2026-11-08\",\"now\":null",
                "\"date\":\"2026-11-01\",\"now\":null",
            ),
            V4.replace("\"score\":4", "\"score\":-1"),
        ];
        for text in bad {
            assert_ne!(text, V4);
            assert!(read_strict(text.as_bytes()).is_err(), "{text}");
            let read = read_lenient(&text).unwrap();
            assert_eq!(read.skipped, 1);
            assert_eq!(read.progress.outcomes, Outcomes::default());
            assert_eq!(read.progress.runs.len(), 2, "the rest is kept");
        }
    }

    fn problem(text: &str) -> String {
        read_strict(text.as_bytes()).unwrap_err().describe()
    }

    #[test]
    fn bad_files_are_refused_with_the_problem_named() {
        assert!(problem("hello").starts_with("The file is not a JSON file: on line 1"));
        assert_eq!(
            problem("[1,2]"),
            "The file is JSON, but it is not a Backtrack file."
        );
        assert_eq!(
            problem(r#"{"app":"backtrack"}"#),
            "The file has no valid version number, so it cannot be read."
        );
        assert!(problem(r#"{"app":"backtrack","version":5}"#).contains("newer version"));
        assert!(problem(r#"{"app":"backtrack","version":0}"#).contains("no valid version"));
        let bad_pain = V2.replace("\"pain\":3", "\"pain\":11");
        assert_eq!(
            problem(&bad_pain),
            "Diary entry 1: \"pain\" must be a whole number from 0 to 10."
        );
        let bad_date = V2.replace(
            "\"date\":\"2026-11-08\",\"time\":\"21:00\"",
            "\"date\":\"08/11/2026\",\"time\":\"21:00\"",
        );
        assert_eq!(
            problem(&bad_date),
            "Diary entry 1: \"date\" must be a date written YYYY-MM-DD."
        );
        let hostile = V2.replace("Felt", "Felt\u{202e}");
        assert!(problem(&hostile).starts_with("Diary entry 1: \"note\""));
        let long = V2.replace("Felt", &"x".repeat(2000));
        assert!(problem(&long).starts_with("Diary entry 1: \"note\""));
        let bad_slug = V2.replace("cat-camel", "<script>");
        assert!(problem(&bad_slug).starts_with("Session 1: \"done\""));
        let bad_answer = V2.replace("\"no\"", "\"maybe\"");
        assert!(problem(&bad_answer).starts_with("The saved check"));
        let bad_list = V2
            .replace("\"diary\":[", "\"diary\":{\"x\":[")
            .replace("]}", "]}}");
        assert!(
            problem(&bad_list).contains("\"diary\" must be a list"),
            "{}",
            problem(&bad_list)
        );
        let dup = V2.replace("1764000000001", "1764000000000");
        // Ids need only be unique within each list.
        assert!(read_strict(dup.as_bytes()).is_ok());
        assert_eq!(read_strict(&[0xff, 0xfe, 0x00]), Err(Problem::NotText));
        let huge = vec![b' '; MAX_FILE_BYTES + 1];
        assert!(read_strict(&huge)
            .unwrap_err()
            .describe()
            .starts_with("The file is too big"));
    }

    #[test]
    fn a_key_given_twice_is_refused_with_the_key_named() {
        // The attack: an empty diary first, the real one after. JSON.parse would keep the
        // real one; reading the empty one would import nothing.
        let empty_first = V2.replace("\"diary\":[", "\"diary\":[],\"diary\":[");
        assert_eq!(
            problem(&empty_first),
            "The file has the key \"diary\" twice, so it is not clear which to use."
        );
        // Refused as a whole when stored too, so the store keeps a backup of the text.
        assert_eq!(
            read_lenient(&empty_first).map(|l| l.progress),
            Err(Problem::DuplicateKey {
                key: "diary".into()
            })
        );
        let inside_an_entry = V2.replace("\"pain\":3", "\"pain\":3,\"pain\":0");
        assert_eq!(
            problem(&inside_an_entry),
            "The file has the key \"pain\" twice, so it is not clear which to use."
        );
        // A normal file, where every entry has its own "pain", still reads.
        let entry = |id: i64| {
            format!(r#"{{"id":{id},"date":"2026-11-08","time":"21:00","pain":3,"note":""}}"#)
        };
        let two = format!(
            r#"{{"app":"backtrack","version":2,"diary":[{},{}]}}"#,
            entry(1),
            entry(2)
        );
        assert_eq!(read_strict(two.as_bytes()).map(|p| p.diary.len()), Ok(2));
        assert!(read_strict(V2.as_bytes()).is_ok());
    }

    #[test]
    fn a_key_from_the_file_is_shown_without_hidden_characters_and_cut_short() {
        let hidden = r#"{"app":"backtrack","x\u202e\u0007y":1,"x\u202e\u0007y":2}"#;
        assert_eq!(
            problem(hidden),
            "The file has the key \"xy\" twice, so it is not clear which to use."
        );
        let long = "k".repeat(500);
        let doc = format!(r#"{{"{long}":1,"{long}":2}}"#);
        let shown = format!("\"{}…\" twice", "k".repeat(MAX_SHOWN_NAME_CHARS));
        assert!(problem(&doc).contains(&shown), "{}", problem(&doc));
    }

    #[test]
    fn duplicate_ids_in_a_list_are_refused() {
        let entry = r#"{"id":5,"date":"2026-11-08","time":"21:00","pain":3}"#;
        let doc = format!(r#"{{"app":"backtrack","version":2,"diary":[{entry},{entry}]}}"#);
        assert!(problem(&doc).starts_with("Diary entry 2: \"id\""));
        let read = read_lenient(&doc).unwrap();
        assert_eq!((read.progress.diary.len(), read.skipped), (1, 1));
    }

    #[test]
    fn lenient_reading_keeps_what_it_can() {
        let damaged = V2.replace("\"pain\":3", "\"pain\":\"three\"");
        let read = read_lenient(&damaged).unwrap();
        assert_eq!(read.skipped, 1);
        assert!(read.progress.diary.is_empty());
        assert_eq!(read.progress.sessions.len(), 1);
        assert!(read.progress.plan.is_some());
        let damaged_plan = V2.replace("\"from\":\"check\"", "\"from\":7");
        let read = read_lenient(&damaged_plan).unwrap();
        assert_eq!((read.skipped, read.progress.plan), (1, None));
        assert!(read_lenient("{").is_err());
        assert!(matches!(
            read_lenient(r#"{"app":"backtrack","version":9}"#),
            Err(Problem::Newer { version: 9 })
        ));
    }

    #[test]
    fn a_note_with_half_an_emoji_is_refused_not_changed() {
        // "\ud83d" is the first half of 😀 without the second.
        let half = V2.replace("Felt", r"Felt \ud83d");
        assert_eq!(
            problem(&half),
            "Diary entry 1: \"note\" must be text without broken characters (such as half of an emoji)."
        );
        // Stored, the entry counts as unreadable, so the store keeps the text as it is.
        let read = read_lenient(&half).unwrap();
        assert_eq!(read.skipped, 1);
        assert!(read.progress.diary.is_empty());
        assert_eq!(read.progress.sessions.len(), 1);
        // Both halves together are a character like any other.
        let whole = V2.replace("Felt", r"Felt \ud83d\ude00");
        let read = read_lenient(&whole).unwrap();
        assert_eq!(read.skipped, 0);
        assert!(read.progress.diary[0].note.starts_with("Felt 😀"));
    }

    #[test]
    fn stored_text_with_half_an_emoji_is_backed_up_before_the_next_save() {
        use super::super::store::{MemoryKv, Store, DATA_KEY};
        let half = V2.replace("Felt", r"Felt \ud83d");
        let mut kv = MemoryKv::default();
        kv.map.insert(DATA_KEY.into(), half.clone());
        let mut store = Store::open(Some(kv), 7);
        assert!(matches!(
            store.notices(),
            [super::super::store::Notice::PartlyUnreadable {
                skipped: 1,
                backup: Some(_)
            }]
        ));
        assert!(store.update(8, |p| p.plan = None));
        assert_eq!(store.backups().len(), 1);
        assert_eq!(store.backups()[0].text, half);
    }

    #[test]
    fn too_many_items_are_refused() {
        let entry = r#"{"id":1,"date":"2026-11-08","time":"21:00","pain":3}"#;
        let many = vec![entry; MAX_ITEMS + 1].join(",");
        let doc = format!(r#"{{"app":"backtrack","version":2,"diary":[{many}]}}"#);
        assert_eq!(
            read_strict(doc.as_bytes()),
            Err(Problem::TooMany {
                list: "diary entries"
            })
        );
    }
}
