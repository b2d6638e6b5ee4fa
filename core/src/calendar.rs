//! Calendar reminders as an iCalendar file (RFC 5545), since the app can schedule no
//! notification of its own (it contacts no server, and there is no push without one).
//!
//! [`write_ics`] writes one recurring event: weekly on the runner's days (`RRULE`), at the
//! time they picked, as floating local time (no `TZID`: 07:30 stays 07:30 wherever the
//! runner is, which is what a daily habit wants), with an alarm (`VALARM`) at the start.
//! The file follows the RFC's rules for any calendar app to read it: lines end in CRLF,
//! lines longer than 75 octets are folded (never inside a UTF-8 character), and text
//! values escape `\`, `;`, `,` and line breaks. `UID` and `DTSTAMP` (UTC) are required.

use crate::content::{Content, Phase};
use crate::progress::json::push_int;
use crate::progress::{Day, Minute};

/// The name of the file the reminders are offered as.
pub const FILE_NAME: &str = "backtrack-reminders.ics";
/// The media type of an iCalendar file.
pub const MIME: &str = "text/calendar";
/// How long the reminder's event lasts, in minutes: about a session.
const SESSION_MINUTES: u16 = 20;

/// Days of the week as bits: bit 0 is Monday, bit 6 Sunday.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Weekdays(pub u8);

/// RFC 5545's two-letter names of the days, Monday first.
const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

impl Weekdays {
    /// Whether `weekday` (Monday = 0) is picked.
    pub fn has(self, weekday: u32) -> bool {
        weekday < 7 && self.0 & (1 << weekday) != 0
    }

    /// The same days with `weekday` (Monday = 0) picked too.
    pub fn with(self, weekday: u32) -> Weekdays {
        if weekday < 7 {
            Weekdays(self.0 | 1 << weekday)
        } else {
            self
        }
    }

    /// Whether no day is picked.
    pub fn is_empty(self) -> bool {
        self.0 & 0x7f == 0
    }

    /// The first picked day on or after `from`.
    pub fn first_from(self, from: Day) -> Option<Day> {
        (0..7).map(|n| from.plus(n)).find(|d| self.has(d.weekday()))
    }
}

/// One recurring reminder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder<'a> {
    /// The days it repeats on.
    pub days: Weekdays,
    /// Local time of day, in minutes after midnight.
    pub time: Minute,
    /// The day it starts from (the first event is the first picked day on or after it).
    pub from: Day,
    /// How long the event is, in minutes.
    pub minutes: u16,
    /// The event's title (`SUMMARY`), its text (`DESCRIPTION`), and what the alarm says.
    pub title: &'a str,
    pub description: &'a str,
    pub alarm: &'a str,
    /// When the file is written, in milliseconds since 1970 (UTC): `DTSTAMP`, and the
    /// unique part of `UID`.
    pub now_ms: i64,
}

/// The most octets on one line, not counting its CRLF (RFC 5545, 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The reminder as an `.ics` file, or `None` when no day is picked or the time is not a
/// time of day.
pub fn write_ics(r: &Reminder) -> Option<String> {
    if r.days.is_empty() || r.time >= 24 * 60 {
        return None;
    }
    let first = r.days.first_from(r.from)?;
    let stamp = utc_stamp(r.now_ms);
    let mut uid = String::new();
    push_int(&mut uid, r.now_ms);
    uid.push_str("-reminder@backtrack");
    let mut byday = String::from("FREQ=WEEKLY;BYDAY=");
    for (day, name) in (0..).zip(BYDAY) {
        if r.days.has(day) {
            byday.push_str(name);
            byday.push(',');
        }
    }
    byday.pop();
    let mut duration = String::from("PT");
    push_int(&mut duration, i64::from(r.minutes.max(1)));
    duration.push('M');

    let mut out = String::with_capacity(512);
    let start = local_stamp(first, r.time);
    for (name, value) in [
        ("BEGIN", "VCALENDAR"),
        ("VERSION", "2.0"),
        ("PRODID", "-//Backtrack//Reminders//EN"),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("BEGIN", "VEVENT"),
        ("UID", &uid),
        ("DTSTAMP", &stamp),
        ("DTSTART", &start),
        ("DURATION", &duration),
        ("RRULE", &byday),
    ] {
        line(&mut out, name, value, false);
    }
    line(&mut out, "SUMMARY", r.title, true);
    line(&mut out, "DESCRIPTION", r.description, true);
    for (name, value, text) in [
        ("BEGIN", "VALARM", false),
        ("ACTION", "DISPLAY", false),
        ("TRIGGER", "PT0S", false),
        ("DESCRIPTION", r.alarm, true),
        ("END", "VALARM", false),
        ("END", "VEVENT", false),
        ("END", "VCALENDAR", false),
    ] {
        line(&mut out, name, value, text);
    }
    Some(out)
}

/// The reminders for a plan's phase: titled by the phase (the content's wording), on
/// `days` at `time` from `today`, or `None` when no day is picked.
pub fn plan_reminders(
    content: &Content,
    phase: Phase,
    days: Weekdays,
    time: Minute,
    today: Day,
    now_ms: i64,
) -> Option<String> {
    let text = &content.hands_free;
    let title = [
        text.reminder_title,
        content.phase(phase).map_or("", |g| g.title),
    ]
    .concat();
    write_ics(&Reminder {
        days,
        time,
        from: today,
        minutes: SESSION_MINUTES,
        title: &title,
        description: text.reminder_description,
        alarm: text.reminder_alarm,
        now_ms,
    })
}

/// Writes one content line, `NAME:value`, folded, with its CRLF; `text` values are escaped.
fn line(out: &mut String, name: &str, value: &str, text: bool) {
    let mut whole = String::with_capacity(name.len() + value.len() + 1);
    whole.push_str(name);
    whole.push(':');
    if text {
        escape_into(&mut whole, value);
    } else {
        whole.push_str(value);
    }
    fold_into(out, &whole);
}

/// Escapes a TEXT value (RFC 5545, 3.3.11): `\` `;` `,` get a backslash, a line break
/// (CRLF, CR or LF) becomes `\n`, and other control characters are dropped (they are not
/// allowed in a value).
pub fn escape_into(out: &mut String, value: &str) {
    let mut after_cr = false;
    for c in value.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            // CRLF is one line break: its LF was written with the CR.
            '\n' if after_cr => {}
            '\r' | '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
        after_cr = c == '\r';
    }
}

/// Appends `line` folded at [`MAX_LINE_OCTETS`] octets (a CRLF and one space before each
/// continuation), never splitting a UTF-8 character, and ends it with CRLF.
pub fn fold_into(out: &mut String, line: &str) {
    let mut room = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > room {
            out.push_str("\r\n ");
            // The leading space counts towards the continuation line's 75 octets.
            room = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

/// `YYYYMMDDTHHMMSSZ` for a moment in milliseconds since 1970, in UTC.
fn utc_stamp(ms: i64) -> String {
    let seconds = ms.div_euclid(1000);
    let day = Day(i32::try_from(seconds.div_euclid(86_400)).unwrap_or(0));
    let in_day = seconds.rem_euclid(86_400);
    let mut out = date_part(day);
    out.push('T');
    push_two(&mut out, in_day / 3600);
    push_two(&mut out, in_day / 60 % 60);
    push_two(&mut out, in_day % 60);
    out.push('Z');
    out
}

/// `YYYYMMDDTHHMM00`: a floating local date and time (no `Z`, no time zone).
fn local_stamp(day: Day, time: Minute) -> String {
    let mut out = date_part(day);
    out.push('T');
    push_two(&mut out, i64::from(time / 60));
    push_two(&mut out, i64::from(time % 60));
    out.push_str("00");
    out
}

fn date_part(day: Day) -> String {
    let (y, m, d) = day.ymd();
    let mut out = String::with_capacity(16);
    push_int(&mut out, i64::from(y));
    push_two(&mut out, i64::from(m));
    push_two(&mut out, i64::from(d));
    out
}

fn push_two(out: &mut String, n: i64) {
    if n < 10 {
        out.push('0');
    }
    push_int(out, n);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Monday, Wednesday and Friday.
    const MWF: Weekdays = Weekdays(0b10101);

    fn reminder<'a>(title: &'a str) -> Reminder<'a> {
        Reminder {
            days: MWF,
            time: 7 * 60 + 30,
            // Thursday 1 January 2026.
            from: Day::from_ymd(2026, 1, 1).expect("a date"),
            minutes: 20,
            title,
            description: "Time for today's exercises.",
            alarm: "Back exercises",
            // 2026-01-01 12:00:00 UTC.
            now_ms: 1_767_268_800_000,
        }
    }

    fn unfolded(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    #[test]
    fn one_weekly_event_at_floating_local_time_with_an_alarm() {
        let ics = write_ics(&reminder("Back exercises: Phase 2")).expect("days picked");
        let lines: Vec<&str> = ics.split("\r\n").collect();
        assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
        assert_eq!(lines.last(), Some(&""), "the file ends with CRLF");
        for expected in [
            "VERSION:2.0",
            "UID:1767268800000-reminder@backtrack",
            "DTSTAMP:20260101T120000Z",
            // The first picked day on or after Thursday 1 January: Friday 2 January.
            "DTSTART:20260102T073000",
            "DURATION:PT20M",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR",
            "SUMMARY:Back exercises: Phase 2",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:PT0S",
            "DESCRIPTION:Back exercises",
            "END:VALARM",
            "END:VCALENDAR",
        ] {
            assert!(lines.contains(&expected), "{expected} in\n{ics}");
        }
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
        assert!(!ics.contains("TZID"), "floating time: no time zone");
        // Every line ends in CRLF: no bare LF or CR anywhere.
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
        assert_eq!(ics.matches('\r').count(), ics.matches("\r\n").count());
    }

    #[test]
    fn no_day_or_no_time_is_no_file() {
        let mut r = reminder("x");
        r.days = Weekdays::default();
        assert_eq!(write_ics(&r), None);
        let mut r = reminder("x");
        r.time = 24 * 60;
        assert_eq!(write_ics(&r), None);
        // Midnight and one minute before it are times of day.
        r.time = 0;
        assert!(write_ics(&r).is_some_and(|ics| ics.contains("DTSTART:20260102T000000")));
        r.time = 24 * 60 - 1;
        assert!(write_ics(&r).is_some_and(|ics| ics.contains("DTSTART:20260102T235900")));
    }

    #[test]
    fn the_first_event_is_on_a_picked_day() {
        let thursday = Day::from_ymd(2026, 1, 1).expect("a date");
        assert_eq!(Weekdays(0).with(3).first_from(thursday), Some(thursday));
        let sunday = Weekdays(0).with(6).first_from(thursday).expect("a day");
        assert_eq!(sunday.ymd(), (2026, 1, 4));
        assert_eq!(Weekdays(0).first_from(thursday), None);
        assert!(!Weekdays(0).with(9).has(9));
        let mut r = reminder("x");
        r.days = Weekdays(0x7f);
        let ics = write_ics(&r).expect("every day");
        assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU\r\n"));
        assert!(ics.contains("DTSTART:20260101T073000\r\n"));
    }

    #[test]
    fn text_values_are_escaped() {
        let mut out = String::new();
        escape_into(&mut out, "a,b;c\\d\ne\r\nf\rg\u{7}h");
        assert_eq!(out, "a\\,b\\;c\\\\d\\ne\\nf\\ngh");
        let ics = write_ics(&reminder("Rest; then stretch, gently\\slowly\nok")).expect("a file");
        assert!(
            unfolded(&ics).contains("SUMMARY:Rest\\; then stretch\\, gently\\\\slowly\\nok\r\n")
        );
        // The names and fixed values are not escaped.
        assert!(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR\r\n"));
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_a_character() {
        let title = "Étirements du dos — phase 2 : mobiliser, doucement, avec des pauses ✓ \u{1F3C3} encore et encore, jusqu'à la fin";
        let ics = write_ics(&reminder(title)).expect("a file");
        for l in ics.split("\r\n") {
            assert!(l.len() <= MAX_LINE_OCTETS, "{} octets: {l}", l.len());
        }
        let summary: Vec<&str> = ics
            .split("\r\n")
            .skip_while(|l| !l.starts_with("SUMMARY:"))
            .take_while(|l| l.starts_with("SUMMARY:") || l.starts_with(' '))
            .collect();
        assert!(summary.len() >= 2, "folded: {summary:?}");
        // Unfolding (dropping each CRLF and the one space after it) gives the line back.
        let mut expected = String::from("SUMMARY:");
        escape_into(&mut expected, title);
        assert!(unfolded(&ics).contains(&[expected.as_str(), "\r\n"].concat()));
        // A line of exactly 75 octets is not folded; 76 is.
        let mut out = String::new();
        fold_into(&mut out, &"x".repeat(75));
        assert_eq!(out, ["x".repeat(75), "\r\n".into()].concat());
        out.clear();
        fold_into(&mut out, &"x".repeat(76));
        assert_eq!(out, ["x".repeat(75), "\r\n x\r\n".into()].concat());
        // A continuation holds 74 octets after its space.
        out.clear();
        fold_into(&mut out, &"x".repeat(75 + 74 + 1));
        let parts: Vec<usize> = out.split("\r\n").map(str::len).collect();
        assert_eq!(parts, [75, 75, 2, 0]);
        // A three-octet character that would cross the limit moves whole to the next line.
        out.clear();
        fold_into(&mut out, &["x".repeat(73), "€".into()].concat());
        assert_eq!(out, ["x".repeat(73), "\r\n €\r\n".into()].concat());
    }

    #[test]
    fn a_plan_reminder_is_titled_by_its_phase() {
        let ics = plan_reminders(
            &crate::CONTENT,
            Phase::Mobilise,
            MWF,
            18 * 60,
            Day::from_ymd(2026, 1, 5).expect("a Monday"),
            1_767_268_800_000,
        )
        .expect("days picked");
        let ics = unfolded(&ics);
        assert!(
            ics.contains("SUMMARY:Back exercises: Phase 2: Mobilise\r\n"),
            "{ics}"
        );
        assert!(ics.contains("DTSTART:20260105T180000\r\n"));
        assert!(ics.contains("DESCRIPTION:Time for your back exercises.\r\n"));
        assert_eq!(
            plan_reminders(&crate::CONTENT, Phase::Mobilise, Weekdays(0), 0, Day(0), 0),
            None
        );
    }

    #[test]
    fn the_stamp_is_utc() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(1_767_268_800_000 + 3_723_000), "20260101T130203Z");
    }
}
