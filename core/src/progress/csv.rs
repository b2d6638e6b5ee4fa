//! The diary, the sessions and the runs as CSV files, for clinicians who use spreadsheets.
//!
//! One file each, RFC 4180: a header row (the column names are content,
//! [`crate::content::SummaryText`]), one row per item, oldest first, CRLF line ends, and a
//! field in double quotes when it holds a comma, a double quote, CR or LF (a quote inside
//! is doubled). Dates are ISO (`YYYY-MM-DD`), times `HH:MM`, distances in kilometres with a
//! dot (`5.2`). The JSON export stays the full backup; these files are for reading.
//!
//! **Encoding.** UTF-8, starting with a byte order mark: without it, Excel opens a CSV file
//! in the computer's legacy code page and garbles any accent, "£" or "–" in a note. Other
//! spreadsheets and CSV readers skip the mark.
//!
//! **Formula injection.** A spreadsheet treats a cell that starts with `=`, `+`, `-` or `@`
//! (and, in some, a tab or CR) as a formula, and a formula can fetch from the internet or
//! run commands on the clinician's computer. A diary note is free text, and a file may have
//! been imported from anywhere, so a text field that starts with one of those characters
//! gets a leading `'`, which spreadsheets show as text. The cost is a visible `'` before a
//! note such as "-2 today": fine for reading, and the JSON backup keeps the note exactly.
//! Numbers and dates are written by this module and never start with those characters.

use super::{date, json::push_int, km_number, Progress};
use crate::content::exercise_name;
use crate::content::Content;

/// The byte order mark that tells Excel the file is UTF-8.
pub const BOM: char = '\u{feff}';

/// The pain diary: date, time, pain, ran, distance (km), note.
pub fn diary_csv(content: &Content, p: &Progress) -> String {
    let text = &content.summary;
    let mut out = String::new();
    out.push(BOM);
    header(&mut out, &text.diary_columns);
    for e in &p.diary {
        field(&mut out, &e.day.iso());
        field(&mut out, &date::format_time(e.minute));
        number(&mut out, i64::from(e.pain));
        field(&mut out, if e.ran { text.yes } else { text.no });
        match e.metres {
            Some(m) => field(&mut out, &km_number(m)),
            None => field(&mut out, ""),
        }
        text_field(&mut out, &e.note);
        end_row(&mut out);
    }
    out
}

/// The logged sessions: date, time, cause, phase, exercises done, exercises skipped, pain
/// before and after. Exercises are named, separated by "; ".
pub fn sessions_csv(content: &Content, p: &Progress) -> String {
    let mut out = String::new();
    out.push(BOM);
    header(&mut out, &content.summary.session_columns);
    for s in &p.sessions {
        field(&mut out, &s.day.iso());
        field(&mut out, &date::format_time(s.minute));
        text_field(
            &mut out,
            content.cause(s.cause).map_or(s.cause.id(), |c| c.name),
        );
        text_field(
            &mut out,
            content.phase(s.phase).map_or(s.phase.id(), |g| g.title),
        );
        for list in [&s.done, &s.skipped] {
            let names: Vec<&str> = list.iter().map(|x| exercise_name(content, x)).collect();
            text_field(&mut out, &names.join("; "));
        }
        for pain in [s.pain_before, s.pain_after] {
            match pain {
                Some(v) => number(&mut out, i64::from(v)),
                None => field(&mut out, ""),
            }
        }
        end_row(&mut out);
    }
    out
}

/// The outcomes' scores, one row per activity scored (a rating with pain only has one row
/// with no activity): date, pain now, pain at its worst in the last 7 days, activity, score
/// (0 = unable, 10 = as before). Long rather than wide, so that an activity renamed or
/// replaced later keeps its own rows.
pub fn scores_csv(content: &Content, p: &Progress) -> String {
    let mut out = String::new();
    out.push(BOM);
    header(&mut out, &content.outcomes.scores_columns);
    let optional = |out: &mut String, n: Option<u8>| match n {
        Some(v) => number(out, i64::from(v)),
        None => field(out, ""),
    };
    for r in &p.outcomes.ratings {
        let rows: Vec<(&str, Option<u8>)> = if r.scores.is_empty() {
            vec![("", None)]
        } else {
            r.scores
                .iter()
                .map(|(a, s)| (a.as_str(), Some(*s)))
                .collect()
        };
        for (activity, score) in rows {
            field(&mut out, &r.day.iso());
            optional(&mut out, r.pain_now);
            optional(&mut out, r.pain_worst);
            text_field(&mut out, activity);
            optional(&mut out, score);
            end_row(&mut out);
        }
    }
    out
}

/// The runs: date, time, stage (or "Free run"), minutes, distance (km), pain during, the
/// next morning's pain, how it compared with before the run, whether leg symptoms came back,
/// and whether the run went past the load guard ([`super::coach`]).
pub fn runs_csv(content: &Content, p: &Progress) -> String {
    let text = &content.summary;
    let mut out = String::new();
    out.push(BOM);
    header(&mut out, &text.run_columns);
    let optional = |out: &mut String, n: Option<i64>| match n {
        Some(v) => number(out, v),
        None => field(out, ""),
    };
    for r in &p.runs {
        field(&mut out, &r.day.iso());
        field(&mut out, &date::format_time(r.minute));
        match r.stage {
            Some(s) => number(&mut out, i64::from(s)),
            None => text_field(&mut out, text.free_run),
        }
        optional(&mut out, r.minutes.map(i64::from));
        field(&mut out, &r.metres.map(km_number).unwrap_or_default());
        optional(&mut out, r.pain.map(i64::from));
        optional(&mut out, r.morning.map(|m| i64::from(m.pain)));
        match r.morning {
            Some(m) => {
                text_field(
                    &mut out,
                    content.running.coach.morning_compared[m.compared as usize],
                );
                field(&mut out, if m.leg_symptoms { text.yes } else { text.no });
            }
            None => {
                field(&mut out, "");
                field(&mut out, "");
            }
        }
        let over = super::coach::run_spike(&p.runs, r).any();
        text_field(&mut out, if over { text.over_guard } else { "" });
        end_row(&mut out);
    }
    out
}

fn header(out: &mut String, columns: &[&str]) {
    for c in columns {
        text_field(out, c);
    }
    end_row(out);
}

/// Starts a field: a comma unless it is the first of its row.
fn separate(out: &mut String) {
    if !(out.is_empty() || out.ends_with('\n') || out.ends_with(BOM)) {
        out.push(',');
    }
}

/// A field, quoted when it must be.
fn field(out: &mut String, value: &str) {
    separate(out);
    push_quoted(out, value);
}

fn number(out: &mut String, n: i64) {
    separate(out);
    push_int(out, n);
}

/// Free text: a field that cannot become a formula (see the module docs).
fn text_field(out: &mut String, value: &str) {
    separate(out);
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        let mut guarded = String::with_capacity(value.len() + 1);
        guarded.push('\'');
        guarded.push_str(value);
        push_quoted(out, &guarded);
    } else {
        push_quoted(out, value);
    }
}

fn push_quoted(out: &mut String, value: &str) {
    if value.contains([',', '"', '\r', '\n']) {
        out.push('"');
        for c in value.chars() {
            if c == '"' {
                out.push('"');
            }
            out.push(c);
        }
        out.push('"');
    } else {
        out.push_str(value);
    }
}

fn end_row(out: &mut String) {
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_one_row_per_activity_with_names_guarded() {
        use crate::progress::outcomes::Outcomes;
        use crate::progress::Day;
        let mut o = Outcomes {
            activities: vec!["Run 5 km".into(), "=cmd|' /C calc'!A0".into()],
            ..Outcomes::default()
        };
        o.rate(
            Day(20_454),
            Some((6, 8)),
            &[("Run 5 km".into(), 2), ("=cmd|' /C calc'!A0".into(), 5)],
        );
        o.rate(Day(20_461), Some((5, 7)), &[]);
        let p = Progress {
            outcomes: o,
            ..Progress::default()
        };
        let csv = scores_csv(&crate::CONTENT, &p);
        let lines: Vec<&str> = csv.trim_start_matches(BOM).split("\r\n").collect();
        assert_eq!(
            lines,
            vec![
                "Date,Pain now (0-10),Worst pain in the last 7 days (0-10),Activity,Score (0 unable - 10 as before)",
                "2026-01-01,6,8,Run 5 km,2",
                "2026-01-01,6,8,'=cmd|' /C calc'!A0,5",
                "2026-01-08,5,7,,",
                "",
            ]
        );
    }
    use crate::content::Phase;
    use crate::ids::CauseId;
    use crate::progress::{Day, DiaryEntry, Session};
    use crate::CONTENT;

    /// A small RFC 4180 reader, for the round trip: rows of fields.
    fn read(text: &str) -> Vec<Vec<String>> {
        let text = text.strip_prefix(BOM).unwrap_or(text);
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut field = String::new();
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        field.push('"');
                        chars.next();
                    }
                    '"' => quoted = false,
                    c => field.push(c),
                }
                continue;
            }
            match c {
                '"' => quoted = true,
                ',' => row.push(std::mem::take(&mut field)),
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                c => field.push(c),
            }
        }
        assert!(!quoted, "unterminated quote");
        assert!(
            field.is_empty() && row.is_empty(),
            "no line end after the last row"
        );
        rows
    }

    #[test]
    fn the_runs_round_trip_through_a_csv_reader_with_the_guard_flagged() {
        use crate::progress::{Compared, Morning, Run};
        let mut p = Progress::default();
        let run = |day: i32, stage: Option<u8>, minutes: Option<u16>| Run {
            id: 0,
            day: Day(day),
            minute: 7 * 60,
            stage,
            minutes,
            metres: None,
            pain: None,
            morning: None,
        };
        p.add_run(
            Run {
                pain: Some(2),
                metres: Some(4200),
                morning: Some(Morning {
                    pain: 1,
                    compared: Compared::Worse,
                    leg_symptoms: false,
                }),
                ..run(20_000, Some(3), Some(30))
            },
            1,
        );
        p.add_run(run(20_002, None, Some(40)), 2);
        let text = runs_csv(&CONTENT, &p);
        assert!(text.starts_with('\u{feff}') && text.ends_with("\r\n"));
        let rows = read(&text);
        assert_eq!(rows[0], CONTENT.summary.run_columns.map(String::from));
        assert_eq!(
            rows[1],
            [
                "2024-10-04",
                "07:00",
                "3",
                "30",
                "4.2",
                "2",
                "1",
                "Stiffer or sorer than before",
                "No",
                ""
            ]
        );
        assert_eq!(
            rows[2],
            [
                "2024-10-06",
                "07:00",
                "Free run",
                "40",
                "",
                "",
                "",
                "",
                "",
                CONTENT.summary.over_guard
            ]
        );
    }

    fn note_entry(day: i32, pain: u8, note: &str, metres: Option<u32>) -> DiaryEntry {
        DiaryEntry {
            id: 0,
            day: Day(day),
            minute: 7 * 60 + 5,
            pain,
            note: note.to_owned(),
            ran: metres.is_some(),
            metres,
        }
    }

    const NOTES: [&str; 6] = [
        "plain",
        "sore, then better",
        "she said \"rest\", so I did",
        "line one\nline two\r\nline three",
        "Café – £5 physio? 😀",
        "",
    ];

    #[test]
    fn the_diary_round_trips_through_a_csv_reader() {
        let mut p = Progress::default();
        for (i, note) in NOTES.iter().enumerate() {
            let metres = (i % 2 == 0).then_some(5200 + i as u32);
            p.add_entry(note_entry(20_000 + i as i32, i as u8, note, metres), 1);
        }
        let text = diary_csv(&CONTENT, &p);
        assert!(text.starts_with('\u{feff}'));
        assert!(text.ends_with("\r\n"));
        let rows = read(&text);
        assert_eq!(rows.len(), NOTES.len() + 1);
        assert_eq!(rows[0], CONTENT.summary.diary_columns.map(String::from));
        for (row, e) in rows[1..].iter().zip(&p.diary) {
            let km = e.metres.map_or(String::new(), km_number);
            let expected = [
                e.day.iso(),
                "07:05".to_owned(),
                e.pain.to_string(),
                if e.ran { "Yes" } else { "No" }.to_owned(),
                km,
                e.note.clone(),
            ];
            assert_eq!(row, &expected);
        }
        assert_eq!(rows[1][0], "2024-10-04");
        assert_eq!(rows[1][4], "5.2");
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let mut p = Progress::default();
        p.add_entry(note_entry(0, 1, "a \"b\", c", None), 1);
        p.add_entry(note_entry(1, 2, "no quotes needed", Some(1)), 1);
        let text = diary_csv(&CONTENT, &p);
        assert!(text.contains("\r\n1970-01-01,07:05,1,No,,\"a \"\"b\"\", c\"\r\n"));
        assert!(text.contains("\r\n1970-01-02,07:05,2,Yes,0.001,no quotes needed\r\n"));
    }

    #[test]
    fn text_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() {
        let mut p = Progress::default();
        for note in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2 today",
            "@SUM(A1)",
            "fine = ok",
        ] {
            p.add_entry(note_entry(0, 1, note, None), 1);
        }
        let rows = read(&diary_csv(&CONTENT, &p));
        let notes: Vec<&str> = rows[1..].iter().map(|r| r[5].as_str()).collect();
        assert_eq!(
            notes,
            [
                "'=HYPERLINK(\"http://x\")",
                "'+1",
                "'-2 today",
                "'@SUM(A1)",
                "fine = ok"
            ]
        );
    }

    #[test]
    fn sessions_name_the_cause_phase_and_exercises() {
        let mut p = Progress::default();
        assert_eq!(
            read(&sessions_csv(&CONTENT, &p)),
            [CONTENT.summary.session_columns.map(String::from).to_vec()]
        );
        p.add_session(
            Session {
                id: 0,
                day: Day(20_000),
                minute: 18 * 60 + 30,
                cause: CauseId::Disc,
                phase: Phase::Mobilise,
                done: vec!["cat-camel".into(), "lumbar-rotation".into()],
                skipped: vec![],
                pain_before: Some(4),
                pain_after: None,
            },
            1,
        );
        let rows = read(&sessions_csv(&CONTENT, &p));
        assert_eq!(rows.len(), 2);
        let done = format!(
            "{}; {}",
            exercise_name(&CONTENT, "cat-camel"),
            exercise_name(&CONTENT, "lumbar-rotation")
        );
        assert_eq!(
            rows[1],
            [
                "2024-10-04",
                "18:30",
                CONTENT.cause(CauseId::Disc).map_or("", |c| c.name),
                "Phase 2: Mobilise",
                &done,
                "",
                "4",
                ""
            ]
        );
    }
}
