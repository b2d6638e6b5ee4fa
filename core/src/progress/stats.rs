//! The numbers behind the progress page: totals, the session streak, a day-by-day table and
//! the pain chart's coordinates. Whole-number arithmetic only (an average is kept in
//! tenths), so the app carries no float formatting.

use super::{Day, Progress};

/// Totals over everything kept.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub sessions: usize,
    pub entries: usize,
    pub runs: usize,
    /// Total distance of runs with a distance, in metres.
    pub metres: u64,
    /// Days in a row, up to today, with at least one session in which an exercise was done
    /// (a session saved with every exercise skipped is no day of exercise). A streak that
    /// ended yesterday still counts until today is over.
    pub streak: u32,
    /// The longest such run of days ever.
    pub best_streak: u32,
}

/// Works out the totals as of `today`.
pub fn totals(p: &Progress, today: Day) -> Totals {
    let mut days: Vec<i32> = p
        .sessions
        .iter()
        .filter(|s| !s.done.is_empty())
        .map(|s| s.day.0)
        .collect();
    crate::sort::sort_by_key(&mut days, |d| *d);
    days.dedup();
    let mut best = 0;
    let mut run = 0;
    let mut previous: Option<i32> = None;
    for &d in &days {
        run = if previous == Some(d - 1) { run + 1 } else { 1 };
        best = best.max(run);
        previous = Some(d);
    }
    // The current streak is the run that ends on the last session day, if that day is
    // today or yesterday.
    let streak = match days.last() {
        Some(&last) if last == today.0 || last == today.0 - 1 => run,
        _ => 0,
    };
    Totals {
        sessions: p.sessions.len(),
        entries: p.diary.len(),
        runs: p.diary.iter().filter(|e| e.ran).count(),
        metres: p.diary.iter().filter_map(|e| e.metres).map(u64::from).sum(),
        streak,
        best_streak: best,
    }
}

/// One day in the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayRow {
    pub day: Day,
    /// Pain scores of that day's diary entries, in time order.
    pub pains: Vec<u8>,
    pub sessions: usize,
    /// Metres run that day (with a distance given).
    pub metres: u32,
    /// Whether the runner ran (with or without a distance).
    pub ran: bool,
}

/// Days from `from` to `to` (inclusive) with any entry or session, newest first.
pub fn day_rows(p: &Progress, from: Day, to: Day) -> Vec<DayRow> {
    let mut rows: Vec<DayRow> = Vec::new();
    let in_range = |d: Day| d >= from && d <= to;
    let row_for = |rows: &mut Vec<DayRow>, day: Day| -> usize {
        match rows.iter().position(|r| r.day == day) {
            Some(i) => i,
            None => {
                rows.push(DayRow {
                    day,
                    pains: Vec::new(),
                    sessions: 0,
                    metres: 0,
                    ran: false,
                });
                rows.len() - 1
            }
        }
    };
    for e in p.diary.iter().filter(|e| in_range(e.day)) {
        let i = row_for(&mut rows, e.day);
        rows[i].pains.push(e.pain);
        rows[i].ran |= e.ran;
        rows[i].metres = rows[i].metres.saturating_add(e.metres.unwrap_or(0));
    }
    for s in p.sessions.iter().filter(|s| in_range(s.day)) {
        let i = row_for(&mut rows, s.day);
        rows[i].sessions += 1;
    }
    crate::sort::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.day));
    rows
}

/// A summary of pain over a period, for the text beside the chart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PainSummary {
    pub entries: usize,
    /// The first and last scores in the period.
    pub first: Option<u8>,
    pub last: Option<u8>,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    /// The average, in tenths (42 means 4.2), rounded.
    pub average_tenths: Option<u32>,
    pub sessions: usize,
    /// Diary entries that say the runner ran, and the distance of those that say how far.
    pub runs: usize,
    pub metres: u32,
}

/// Summarises `from..=to`.
pub fn pain_summary(p: &Progress, from: Day, to: Day) -> PainSummary {
    let pains: Vec<u8> = p
        .diary
        .iter()
        .filter(|e| e.day >= from && e.day <= to)
        .map(|e| e.pain)
        .collect();
    let runs = p
        .diary
        .iter()
        .filter(|e| e.ran && e.day >= from && e.day <= to);
    let n = pains.len() as u32;
    let sum: u32 = pains.iter().map(|&x| u32::from(x)).sum();
    PainSummary {
        entries: pains.len(),
        first: pains.first().copied(),
        last: pains.last().copied(),
        lowest: pains.iter().min().copied(),
        highest: pains.iter().max().copied(),
        average_tenths: mean_tenths(sum, n),
        sessions: p
            .sessions
            .iter()
            .filter(|s| s.day >= from && s.day <= to)
            .count(),
        runs: runs.clone().count(),
        metres: runs.filter_map(|e| e.metres).fold(0, u32::saturating_add),
    }
}

/// One week of running, for the chart's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekRow {
    /// The first day of the week.
    pub start: Day,
    pub runs: usize,
    /// Minutes run (a stage without a logged time counts its set time).
    pub minutes: u32,
    pub metres: u32,
    /// The highest pain during a run, and the highest pain the next morning.
    pub top_pain: Option<u8>,
    pub top_morning: Option<u8>,
}

/// The logged runs of `days` days up to `to`, in weeks of seven days ending on `to`, oldest
/// first (a period that is not whole weeks starts with a short one).
pub fn weekly_runs(p: &Progress, to: Day, days: u32) -> Vec<WeekRow> {
    let days = days.clamp(1, 3660) as i32;
    let from = to.plus(1 - days);
    let weeks = (days + 6) / 7;
    let mut rows: Vec<WeekRow> = (0..weeks)
        .map(|i| WeekRow {
            start: to.plus(-7 * (weeks - i) + 1).max(from),
            runs: 0,
            minutes: 0,
            metres: 0,
            top_pain: None,
            top_morning: None,
        })
        .collect();
    for r in p.runs.iter().filter(|r| r.day >= from && r.day <= to) {
        let i = (weeks - 1 - (to.0 - r.day.0) / 7) as usize;
        let row = &mut rows[i];
        row.runs += 1;
        row.minutes += u32::from(super::coach::run_minutes(r).unwrap_or(0));
        row.metres = row.metres.saturating_add(r.metres.unwrap_or(0));
        row.top_pain = row.top_pain.max(r.pain);
        row.top_morning = row.top_morning.max(r.morning.map(|m| m.pain));
    }
    rows
}

/// The mean of `n` scores adding up to `sum`, in tenths of a point, rounded half up (`None`
/// for no scores): whole numbers only, so nothing formats or rounds a float.
pub fn mean_tenths(sum: u32, n: u32) -> Option<u32> {
    (n > 0).then(|| (sum * 20 + n) / (2 * n))
}

/// Writes tenths as a decimal: 42 → "4.2", 40 → "4".
pub fn tenths(n: u32) -> String {
    let mut out = String::new();
    super::json::push_int(&mut out, i64::from(n / 10));
    if !n.is_multiple_of(10) {
        out.push('.');
        out.push((b'0' + (n % 10) as u8) as char);
    }
    out
}

/// The chart's drawing area, in SVG units. About a phone's width, so that on a phone one
/// unit is about one CSS pixel and the axis labels are drawn at the size of text (on a wider
/// screen the stylesheet caps how far the chart grows).
pub const CHART_WIDTH: u32 = 360;
pub const CHART_HEIGHT: u32 = 256;
/// Room on the left for the 0–10 labels, and at the bottom for the rows of session and run
/// marks and the dates.
pub const CHART_LEFT: u32 = 30;
pub const CHART_TOP: u32 = 12;
pub const CHART_BOTTOM: u32 = 190;
pub const CHART_RIGHT: u32 = CHART_WIDTH - 12;

/// Coordinates for the pain chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// The drawing's width in SVG units ([`CHART_WIDTH`], or wider for paper).
    pub width: u32,
    pub from: Day,
    pub to: Day,
    /// The diary entries as (x, y, pain), in time order.
    pub points: Vec<(u32, u32, u8)>,
    /// `points` as an SVG polyline `points` attribute.
    pub line: String,
    /// The x of every session (at its time of day).
    pub sessions: Vec<u32>,
    /// The x of every diary entry that says the runner ran, and of every logged run (at its
    /// time of day).
    pub runs: Vec<u32>,
    /// Weekly running minutes as bars behind the line: (x, width, height, minutes), the
    /// tallest two fifths of the plot.
    pub week_bars: Vec<(u32, u32, u32, u32)>,
    /// Gridlines: (y, pain) for pain 0, 2, 4, 6, 8, 10.
    pub grid: Vec<(u32, u8)>,
    /// Date labels along the bottom: (x, day).
    pub ticks: Vec<(u32, Day)>,
}

/// The chart of the `days` days up to and including `today`.
pub fn chart(p: &Progress, today: Day, days: u32) -> Chart {
    chart_sized(p, today, days, CHART_WIDTH)
}

/// [`chart`] drawn `width` units wide (at least [`CHART_WIDTH`]) at the same height: on
/// paper it spans the page without growing taller.
pub fn chart_sized(p: &Progress, today: Day, days: u32, width: u32) -> Chart {
    let width = width.max(CHART_WIDTH);
    let days = days.clamp(1, 3660);
    let from = today.plus(1 - days as i32);
    let plot_w = u64::from(width - (CHART_WIDTH - CHART_RIGHT) - CHART_LEFT);
    let span = u64::from(days) * 1440;
    let x = |day: Day, minute: u16| -> u32 {
        let offset = (i64::from(day.0 - from.0) * 1440 + i64::from(minute)).max(0) as u64;
        CHART_LEFT + (offset.min(span) * plot_w / span) as u32
    };
    let y = |pain: u8| -> u32 {
        let plot_h = CHART_BOTTOM - CHART_TOP;
        CHART_TOP + (10 - u32::from(pain.min(10))) * plot_h / 10
    };
    let in_range = |d: Day| d >= from && d <= today;
    let points: Vec<(u32, u32, u8)> = p
        .diary
        .iter()
        .filter(|e| in_range(e.day))
        .map(|e| (x(e.day, e.minute), y(e.pain), e.pain))
        .collect();
    let mut line = String::new();
    for (i, (px, py, _)) in points.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        super::json::push_int(&mut line, i64::from(*px));
        line.push(',');
        super::json::push_int(&mut line, i64::from(*py));
    }
    let sessions = p
        .sessions
        .iter()
        .filter(|s| in_range(s.day))
        .map(|s| x(s.day, s.minute))
        .collect();
    let runs = p
        .diary
        .iter()
        .filter(|e| e.ran && in_range(e.day))
        .map(|e| x(e.day, e.minute))
        .chain(
            p.runs
                .iter()
                .filter(|r| in_range(r.day))
                .map(|r| x(r.day, r.minute)),
        )
        .collect();
    let weeks = weekly_runs(p, today, days);
    let most = weeks.iter().map(|w| w.minutes).max().unwrap_or(0).max(1);
    let tallest = (CHART_BOTTOM - CHART_TOP) * 2 / 5;
    let week_bars = weeks
        .iter()
        .filter(|w| w.minutes > 0)
        .map(|w| {
            let left = x(w.start, 0);
            let right = x(w.start.plus(7).min(today.plus(1)), 0);
            let height = (u64::from(w.minutes) * u64::from(tallest) / u64::from(most)) as u32;
            (
                left + 1,
                right.saturating_sub(left + 2).max(1),
                height.max(1),
                w.minutes,
            )
        })
        .collect();
    let grid = (0..=10).step_by(2).map(|pain| (y(pain), pain)).collect();
    // About four date labels, at midnight of evenly spaced days.
    let step = (days / 4).max(1);
    let ticks = (0..days)
        .step_by(step as usize)
        .map(|i| {
            let d = from.plus(i as i32);
            (x(d, 0), d)
        })
        .collect();
    Chart {
        width,
        from,
        to: today,
        points,
        line,
        sessions,
        runs,
        week_bars,
        grid,
        ticks,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::entry;
    use super::super::{CauseId, Session};
    use super::*;
    use crate::content::Phase;

    fn session(day: i32) -> Session {
        Session {
            id: 0,
            day: Day(day),
            minute: 600,
            cause: CauseId::Disc,
            phase: Phase::Settle,
            done: vec!["walking".into()],
            skipped: vec![],
            pain_before: None,
            pain_after: None,
        }
    }

    fn with_sessions(days: &[i32]) -> Progress {
        let mut p = Progress::default();
        for (i, &d) in days.iter().enumerate() {
            p.add_session(session(d), i as i64 + 1);
        }
        p
    }

    #[test]
    fn streaks_count_days_in_a_row_with_a_session() {
        let today = Day(100);
        assert_eq!(totals(&Progress::default(), today).streak, 0);
        let p = with_sessions(&[90, 91, 92, 98, 99, 99, 100]);
        let t = totals(&p, today);
        assert_eq!((t.streak, t.best_streak, t.sessions), (3, 3, 7));
        // Yesterday's streak still stands today; a gap of a day ends it.
        assert_eq!(totals(&p, Day(101)).streak, 3);
        assert_eq!(totals(&p, Day(102)).streak, 0);
        let p = with_sessions(&[1, 2, 3, 4, 50]);
        assert_eq!(totals(&p, Day(50)).streak, 1);
        assert_eq!(totals(&p, Day(50)).best_streak, 4);
    }

    #[test]
    fn a_session_with_nothing_done_is_no_day_of_the_streak() {
        let mut p = with_sessions(&[98, 99]);
        let mut skipped = session(100);
        skipped.done.clear();
        skipped.skipped = vec!["walking".into()];
        p.add_session(skipped, 9);
        let t = totals(&p, Day(100));
        // Still counted as a saved session, but the streak is the two days with exercise.
        assert_eq!((t.sessions, t.streak, t.best_streak), (3, 2, 2));
        assert_eq!(totals(&p, Day(101)).streak, 0);
    }

    #[test]
    fn totals_count_runs_and_distance() {
        let mut p = Progress::default();
        let mut run = entry(10, 60, 3);
        run.ran = true;
        run.metres = Some(5200);
        p.add_entry(run.clone(), 1);
        run.metres = None;
        p.add_entry(run, 2);
        p.add_entry(entry(11, 60, 5), 3);
        let t = totals(&p, Day(11));
        assert_eq!((t.entries, t.runs, t.metres), (3, 2, 5200));
    }

    #[test]
    fn the_summary_and_table_describe_the_period() {
        let mut p = with_sessions(&[10, 12]);
        for (day, pain) in [(9, 9), (10, 6), (10, 4), (12, 3)] {
            p.add_entry(entry(day, 60, pain), 100);
        }
        let s = pain_summary(&p, Day(10), Day(12));
        assert_eq!(s.entries, 3);
        assert_eq!(
            (s.first, s.last, s.lowest, s.highest),
            (Some(6), Some(3), Some(3), Some(6))
        );
        assert_eq!(s.average_tenths, Some(43));
        assert_eq!(s.sessions, 2);
        assert_eq!(tenths(43), "4.3");
        assert_eq!(tenths(40), "4");
        let rows = day_rows(&p, Day(10), Day(12));
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].day, Day(12));
        assert_eq!(rows[1].pains, vec![6, 4]);
        assert_eq!(rows[1].sessions, 1);
        assert_eq!(pain_summary(&p, Day(0), Day(1)), PainSummary::default());
    }

    #[test]
    fn running_is_summed_week_by_week() {
        use super::super::{Compared, Morning, Run};
        let run = |day: i32, stage: Option<u8>, minutes: Option<u16>, pain: u8| Run {
            id: i64::from(day),
            day: Day(day),
            minute: 420,
            stage,
            minutes,
            metres: Some(3000),
            pain: Some(pain),
            morning: Some(Morning {
                pain: pain / 2,
                compared: Compared::Same,
                leg_symptoms: false,
            }),
        };
        let p = Progress {
            runs: vec![
                run(80, None, Some(40), 9), // before the period
                run(87, Some(2), None, 2),  // first day of the period
                run(95, None, Some(20), 4),
                run(100, None, Some(25), 3),
            ],
            ..Progress::default()
        };
        let weeks = weekly_runs(&p, Day(100), 14);
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].start, Day(87));
        assert_eq!(weeks[1].start, Day(94));
        assert_eq!(
            (weeks[0].runs, weeks[0].minutes, weeks[0].metres),
            (1, 30, 3000)
        );
        assert_eq!(
            (weeks[1].runs, weeks[1].minutes, weeks[1].metres),
            (2, 45, 6000)
        );
        assert_eq!(
            (weeks[1].top_pain, weeks[1].top_morning),
            (Some(4), Some(2))
        );
        // 30 days: five weeks, the first of two days.
        let weeks = weekly_runs(&p, Day(100), 30);
        assert_eq!(weeks.len(), 5);
        assert_eq!(weeks[0].start, Day(71));
        assert_eq!(weeks[1].start, Day(73));
        assert_eq!(weeks.iter().map(|w| w.runs).sum::<usize>(), 4);
        // The logged runs are marked on the chart too, with a bar for each week's minutes.
        let c = chart(&p, Day(100), 14);
        assert_eq!(c.runs.len(), 3);
        assert_eq!(c.week_bars.len(), 2);
        let tallest = (CHART_BOTTOM - CHART_TOP) * 2 / 5;
        assert_eq!(c.week_bars[1].2, tallest);
        assert_eq!(c.week_bars[0].2, tallest * 30 / 45);
        assert_eq!(c.week_bars[1].3, 45);
        for &(x, w, _, _) in &c.week_bars {
            assert!(x >= CHART_LEFT && x + w <= CHART_RIGHT);
        }
    }

    #[test]
    fn chart_coordinates_stay_inside_the_drawing() {
        let mut p = with_sessions(&[70, 99]);
        for (day, pain) in [(50, 10), (71, 0), (100, 5)] {
            p.add_entry(entry(day, 1439, pain), 100);
        }
        let mut run = entry(99, 420, 2);
        run.ran = true;
        p.add_entry(run, 200);
        let mut long_ago = entry(20, 420, 2);
        long_ago.ran = true;
        p.add_entry(long_ago, 300);
        let c = chart(&p, Day(100), 30);
        assert_eq!(c.from, Day(71));
        assert_eq!(c.points.len(), 3);
        assert_eq!(c.sessions.len(), 1);
        // The run in the period is marked where its entry is; the one before is not.
        assert_eq!(c.runs, [c.points[1].0]);
        for &(x, y, _) in &c.points {
            assert!((CHART_LEFT..=CHART_RIGHT).contains(&x));
            assert!((CHART_TOP..=CHART_BOTTOM).contains(&y));
        }
        assert_eq!(c.points[0].1, CHART_BOTTOM);
        assert!(c.line.contains(' ') && c.line.contains(','));
        assert_eq!(c.grid.len(), 6);
        assert_eq!(c.grid[5], (CHART_TOP, 10));
        assert!(c.ticks.len() >= 4);
        assert_eq!(chart(&Progress::default(), Day(5), 0).from, Day(5));
    }
}
