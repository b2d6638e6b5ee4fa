//! Calendar days and times of day, without a date library.
//!
//! The runner's own calendar is what matters ("did I do my exercises today?"), so the shell
//! reads the local date and time from the browser and hands the core a [`Day`] and a
//! minute of the day. Days are counted from 1970-01-01 with the proleptic Gregorian
//! calendar (the civil-from-days algorithm), so any two dates subtract correctly.

use super::json::push_int;

/// A calendar day: the number of days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

/// Earliest and latest years Backtrack accepts in a date.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2200;

impl Day {
    /// The day for a year, month (1–12) and day of month, or `None` if there is no such date
    /// (or the year is outside [`YEARS`]).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !YEARS.contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe - 719_468))
    }

    /// The year, month (1–12) and day of month.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i32::from(m <= 2);
        (y, m, d)
    }

    /// Parses `YYYY-MM-DD` (the form of `<input type="date">` and of the saved data).
    pub fn parse(text: &str) -> Option<Day> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = digits(&b[0..4])?;
        let month = digits(&b[5..7])?;
        let day = digits(&b[8..10])?;
        Day::from_ymd(year as i32, month, day)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (y, m, d) = self.ymd();
        let mut out = String::with_capacity(10);
        push_int(&mut out, i64::from(y));
        out.push('-');
        push_two(&mut out, m);
        out.push('-');
        push_two(&mut out, d);
        out
    }

    /// A short form for people, e.g. "Tue 25 Nov 2026".
    pub fn label(self) -> String {
        let (y, m, d) = self.ymd();
        let mut out = String::new();
        out.push_str(WEEKDAYS[self.weekday() as usize]);
        out.push(' ');
        push_int(&mut out, i64::from(d));
        out.push(' ');
        out.push_str(MONTHS[(m - 1) as usize]);
        out.push(' ');
        push_int(&mut out, i64::from(y));
        out
    }

    /// A very short form for chart labels, e.g. "25 Nov".
    pub fn short_label(self) -> String {
        let (_, m, d) = self.ymd();
        let mut out = String::new();
        push_int(&mut out, i64::from(d));
        out.push(' ');
        out.push_str(MONTHS[(m - 1) as usize]);
        out
    }

    /// Day of the week, Monday = 0.
    pub fn weekday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// The day `n` days later (earlier if negative).
    pub fn plus(self, n: i32) -> Day {
        Day(self.0.saturating_add(n))
    }
}

const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

fn push_two(out: &mut String, n: u32) {
    out.push((b'0' + (n / 10 % 10) as u8) as char);
    out.push((b'0' + (n % 10) as u8) as char);
}

/// Minutes since midnight, 0–1439.
pub type Minute = u16;

/// Parses `HH:MM` (24-hour, as `<input type="time">` gives it; seconds are ignored).
pub fn parse_time(text: &str) -> Option<Minute> {
    let b = text.as_bytes();
    if b.len() < 5 || b[2] != b':' {
        return None;
    }
    let h = digits(&b[0..2])?;
    let m = digits(&b[3..5])?;
    (h < 24 && m < 60).then_some((h * 60 + m) as Minute)
}

/// `HH:MM`.
pub fn format_time(minute: Minute) -> String {
    let mut out = String::with_capacity(5);
    push_two(&mut out, u32::from(minute / 60));
    out.push(':');
    push_two(&mut out, u32::from(minute % 60));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(Day::from_ymd(2000, 1, 1), Some(Day(10_957)));
        assert_eq!(
            Day::parse("2026-11-25").map(|d| d.iso()),
            Some("2026-11-25".into())
        );
        assert_eq!(
            Day::parse("2024-02-29").map(|d| d.ymd()),
            Some((2024, 2, 29))
        );
        assert_eq!(
            Day::parse("2026-11-25").map(|d| d.label()),
            Some("Wed 25 Nov 2026".into())
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "1999-12-31",
            "2026-1-01",
            "2026/01/01",
            "２０２６-01-01",
            "",
            "2026-01-01x",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_day_round_trips_across_two_centuries() {
        let first = Day::from_ymd(2000, 1, 1).unwrap();
        let last = Day::from_ymd(2200, 12, 31).unwrap();
        let mut previous: Option<(i32, u32, u32)> = None;
        for n in first.0..=last.0 {
            let (y, m, d) = Day(n).ymd();
            assert_eq!(Day::from_ymd(y, m, d), Some(Day(n)));
            assert_eq!(Day::parse(&Day(n).iso()), Some(Day(n)));
            if let Some(p) = previous {
                assert!((y, m, d) > p);
            }
            previous = Some((y, m, d));
        }
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("07:05"), Some(425));
        assert_eq!(parse_time("23:59:30"), Some(1439));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("7:05"), None);
        assert_eq!(format_time(425), "07:05");
        assert_eq!(Day(0).weekday(), 3);
        assert_eq!(Day(0).short_label(), "1 Jan");
    }
}
