//! The pain chart: diary scores over time as an inline SVG line, with exercise sessions and
//! runs marked in two rows along the bottom, and each week's running minutes as a bar. The drawing is hidden from screen readers,
//! which get the same facts as a sentence and a day-by-day table instead.

use backtrack_core::progress::stats::{
    chart_sized, day_rows, pain_summary, tenths, weekly_runs, CHART_BOTTOM, CHART_HEIGHT,
    CHART_LEFT, CHART_RIGHT, CHART_WIDTH,
};
use backtrack_core::progress::{format_km, Day, Progress};
use leptos::prelude::*;

use crate::components::markup::Html;

/// Pain over the last `days` days, with a summary and a table.
#[component]
pub fn PainChart(
    /// Everything the runner has logged.
    #[prop(into)]
    data: Signal<Progress>,
    /// The last day shown (today).
    today: Day,
    /// How many days to show, up to and including `today`.
    #[prop(into)]
    days: Signal<u32>,
) -> impl IntoView {
    let markup = move || data.with(|p| chart_html(p, today, days.get()));
    view! { <div class="chart-block" inner_html=markup></div> }
}

/// The chart, its summary and its table as markup (see `components::markup`).
pub fn chart_html(p: &Progress, today: Day, days: u32) -> String {
    chart_markup(p, today, days).into_string()
}

/// Where the rows below the plot sit: the tips of the session marks, the tops of the run
/// marks, and the baseline of the dates.
const SESSION_ROW: u32 = CHART_BOTTOM + 9;
const RUN_ROW: u32 = CHART_BOTTOM + 26;
const DATE_BASELINE: u32 = CHART_BOTTOM + 60;
/// Room a date label ("30 Nov") needs to the right of its day, in SVG units; a label with
/// less room is left out rather than cut off.
const DATE_LABEL_WIDTH: u32 = 46;

/// [`chart_html`] as [`Html`], to build into a larger page.
pub fn chart_markup(p: &Progress, today: Day, days: u32) -> Html {
    chart_markup_sized(p, today, days, CHART_WIDTH)
}

/// [`chart_markup`] drawn `width` SVG units wide at the same height (see `chart_sized`):
/// the printed summary's chart, which spans the page.
pub fn chart_markup_sized(p: &Progress, today: Day, days: u32, width: u32) -> Html {
    let c = chart_sized(p, today, days, width);
    let right = c.width - (CHART_WIDTH - CHART_RIGHT);
    let mut h = Html::new();
    h.open(
        "figure",
        if c.width > CHART_WIDTH {
            "pain-chart wide"
        } else {
            "pain-chart"
        },
    );
    h.raw("<svg viewBox=\"0 0 ")
        .num(i64::from(c.width))
        .raw(" ")
        .num(i64::from(CHART_HEIGHT))
        .raw("\" aria-hidden=\"true\" focusable=\"false\"><g>");
    for &(x, width, height, minutes) in &c.week_bars {
        // The run marks' colour, faded: no rule of its own in the stylesheet.
        h.raw("<rect class=\"run-mark run-bar\" opacity=\"0.35\" x=\"")
            .num(i64::from(x))
            .raw("\" y=\"")
            .num(i64::from(CHART_BOTTOM - height))
            .raw("\" width=\"")
            .num(i64::from(width))
            .raw("\" height=\"")
            .num(i64::from(height))
            .raw("\"></rect>");
        // Each week's minutes over its bar, where the bar is wide enough to hold them.
        if width >= 40 {
            h.raw("<text class=\"axis\" x=\"")
                .num(i64::from(x + 2))
                .raw("\" y=\"")
                .num(i64::from(CHART_BOTTOM - height - 4))
                .raw("\">")
                .num(i64::from(minutes))
                .raw(" min</text>");
        }
    }
    for &(y, pain) in &c.grid {
        h.raw("<line class=\"grid\" x1=\"")
            .num(i64::from(CHART_LEFT))
            .raw("\" x2=\"")
            .num(i64::from(right))
            .raw("\" y1=\"")
            .num(i64::from(y))
            .raw("\" y2=\"")
            .num(i64::from(y))
            .raw("\"></line><text class=\"axis\" text-anchor=\"end\" x=\"")
            .num(i64::from(CHART_LEFT - 6))
            .raw("\" y=\"")
            .num(i64::from(y + 5))
            .raw("\">")
            .num(i64::from(pain))
            .raw("</text>");
    }
    for &(x, d) in c
        .ticks
        .iter()
        .filter(|(x, _)| x + DATE_LABEL_WIDTH <= c.width)
    {
        h.raw("<text class=\"axis\" x=\"")
            .num(i64::from(x))
            .raw("\" y=\"")
            .num(i64::from(DATE_BASELINE))
            .raw("\">")
            .text(&d.short_label())
            .raw("</text>");
    }
    for &x in &c.sessions {
        h.raw("<path class=\"session-mark\" d=\"M")
            .num(i64::from(x))
            .raw(",")
            .num(i64::from(SESSION_ROW))
            .raw(" l6,11 h-12 z\"></path>");
    }
    for &x in &c.runs {
        h.raw("<path class=\"run-mark\" d=\"M")
            .num(i64::from(x))
            .raw(",")
            .num(i64::from(RUN_ROW))
            .raw(" l6,7 l-6,7 l-6,-7 z\"></path>");
    }
    h.raw("</g><polyline class=\"pain-line\" points=\"")
        .text(&c.line)
        .raw("\"></polyline><g>");
    for &(x, y, _) in &c.points {
        h.raw("<circle class=\"pain-point\" r=\"5\" cx=\"")
            .num(i64::from(x))
            .raw("\" cy=\"")
            .num(i64::from(y))
            .raw("\"></circle>");
    }
    h.raw("</g></svg><figcaption><span class=\"chart-key\" aria-hidden=\"true\"><span class=\"key-pain\">● pain score</span><span class=\"key-session\">▲ exercise session</span><span class=\"key-run\">◆ run</span>");
    if !c.week_bars.is_empty() {
        h.raw("<span class=\"key-run-bar\">▮ running minutes a week</span>");
    }
    h.raw("</span>");
    h.el("span", "chart-summary", &summary_text(p, today, days));
    h.raw("</figcaption></figure>");

    h.raw("<details class=\"chart-table\"><summary>Show the chart as a table</summary><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"The chart as a table\"><table><caption>Pain scores and sessions, day by day, newest first</caption><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Pain scores</th><th scope=\"col\">Sessions</th><th scope=\"col\">Ran</th></tr></thead><tbody>");
    let from = today.plus(1 - days as i32);
    for r in day_rows(p, from, today) {
        h.raw("<tr><th scope=\"row\">")
            .text(&r.day.label())
            .raw("</th><td>");
        if r.pains.is_empty() {
            h.text("none");
        }
        for (i, pain) in r.pains.iter().enumerate() {
            if i > 0 {
                h.text(", ");
            }
            h.num(i64::from(*pain));
        }
        h.raw("</td><td>").num(r.sessions as i64).raw("</td><td>");
        match (r.ran, r.metres) {
            (false, _) => h.text("no"),
            (true, 0) => h.text("yes"),
            (true, m) => h.text(&format_km(m)),
        };
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table></div></details>");
    weeks_table(&mut h, p, today, days);
    h
}

/// The logged runs week by week, beside the pain during them and the next morning: the
/// facts of the chart's bars as a table (only when there are runs in the period).
fn weeks_table(h: &mut Html, p: &Progress, today: Day, days: u32) {
    let weeks = weekly_runs(p, today, days);
    if weeks.iter().all(|w| w.runs == 0) {
        return;
    }
    h.raw("<details class=\"chart-table\"><summary>Show running week by week</summary><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Running week by week\"><table><caption>Running week by week, newest first</caption><thead><tr><th scope=\"col\">Week from</th><th scope=\"col\">Runs</th><th scope=\"col\">Minutes</th><th scope=\"col\">Distance</th><th scope=\"col\">Highest pain during</th><th scope=\"col\">Highest pain next morning</th></tr></thead><tbody>");
    let score = |h: &mut Html, x: Option<u8>| {
        match x {
            Some(v) => h.num(i64::from(v)),
            None => h.text("–"),
        };
    };
    for w in weeks.iter().rev() {
        h.raw("<tr><th scope=\"row\">")
            .text(&w.start.label())
            .raw("</th><td>")
            .num(w.runs as i64)
            .raw("</td><td>")
            .num(i64::from(w.minutes))
            .raw("</td><td>");
        match w.metres {
            0 => h.text("–"),
            m => h.text(&format_km(m)),
        };
        h.raw("</td><td>");
        score(h, w.top_pain);
        h.raw("</td><td>");
        score(h, w.top_morning);
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table></div></details>");
}

/// One or two sentences that say what the chart shows.
pub fn summary_text(p: &Progress, today: Day, days: u32) -> String {
    let from = today.plus(1 - days as i32);
    let s = pain_summary(p, from, today);
    let mut out = String::from("In the last ");
    out.push_str(&days.to_string());
    out.push_str(" days: ");
    out.push_str(&count(s.entries, "pain score", "pain scores"));
    out.push_str(" and ");
    out.push_str(&count(s.sessions, "session", "sessions"));
    out.push('.');
    if s.runs > 0 {
        out.push_str(" You logged ");
        out.push_str(&count(s.runs, "run", "runs"));
        if s.metres > 0 {
            out.push_str(" (");
            out.push_str(&format_km(s.metres));
            out.push(')');
        }
        out.push('.');
    }
    if let (Some(first), Some(last), Some(avg), Some(low), Some(high)) =
        (s.first, s.last, s.average_tenths, s.lowest, s.highest)
    {
        if s.entries > 1 {
            out.push_str(" Pain went from ");
            out.push_str(&first.to_string());
            out.push_str(" to ");
            out.push_str(&last.to_string());
            out.push_str(" out of 10, averaging ");
            out.push_str(&tenths(avg));
            out.push_str(" (lowest ");
            out.push_str(&low.to_string());
            out.push_str(", highest ");
            out.push_str(&high.to_string());
            out.push_str(").");
        } else {
            out.push_str(" Pain was ");
            out.push_str(&first.to_string());
            out.push_str(" out of 10.");
        }
    }
    out
}

/// "1 session", "3 sessions", "no sessions".
pub fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => {
            let mut s = String::from("no ");
            s.push_str(many);
            s
        }
        1 => {
            let mut s = String::from("1 ");
            s.push_str(one);
            s
        }
        n => {
            let mut s = n.to_string();
            s.push(' ');
            s.push_str(many);
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use backtrack_core::progress::DiaryEntry;

    fn entry(day: i32, pain: u8) -> DiaryEntry {
        DiaryEntry {
            id: 0,
            day: Day(day),
            minute: 60,
            pain,
            note: String::new(),
            ran: false,
            metres: None,
        }
    }

    #[test]
    fn the_chart_marks_points_and_sessions() {
        let mut p = Progress::default();
        p.add_entry(entry(99, 6), 1);
        let html = chart_html(&p, Day(100), 30);
        assert_eq!(html.matches("<circle").count(), 1);
        assert_eq!(html.matches("session-mark").count(), 0);
        assert!(html.contains("<td>6</td><td>0</td><td>no</td>"));
        assert!(html.contains("1 pain score and no sessions"));
    }

    #[test]
    fn the_chart_marks_runs_and_says_so() {
        let mut p = Progress::default();
        let mut run = entry(99, 3);
        run.ran = true;
        run.metres = Some(5200);
        p.add_entry(run.clone(), 1);
        run.day = Day(100);
        run.metres = None;
        p.add_entry(run, 2);
        let html = chart_html(&p, Day(100), 30);
        assert_eq!(html.matches("class=\"run-mark\"").count(), 2);
        assert!(html.contains("◆ run"));
        assert!(html.contains("<td>3</td><td>0</td><td>5.2 km</td>"));
        assert_eq!(
            summary_text(&p, Day(100), 30),
            "In the last 30 days: 2 pain scores and no sessions. You logged 2 runs (5.2 km). Pain went from 3 to 3 out of 10, averaging 3 (lowest 3, highest 3)."
        );
        // Every date label fits inside the drawing, whatever the period.
        for days in [14, 30, 90, 365] {
            let html = chart_html(&p, Day(100), days);
            for label in html.split("<text class=\"axis\" x=\"").skip(1) {
                let x: u32 = label
                    .split('"')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                assert!(
                    x + DATE_LABEL_WIDTH <= CHART_WIDTH,
                    "{days} days: a label at {x}"
                );
            }
        }
    }

    #[test]
    fn weekly_running_is_drawn_and_tabled_beside_pain() {
        use backtrack_core::progress::Run;
        let mut p = Progress::default();
        let html = chart_html(&p, Day(100), 14);
        assert!(!html.contains("run-bar") && !html.contains("Running week by week"));
        p.add_run(
            Run {
                id: 0,
                day: Day(99),
                minute: 420,
                stage: Some(2),
                minutes: None,
                metres: Some(4000),
                pain: Some(3),
                morning: None,
            },
            1,
        );
        let html = chart_html(&p, Day(100), 14);
        assert_eq!(html.matches("class=\"run-mark run-bar\"").count(), 1);
        assert!(html.contains(">30 min</text>"));
        // A year's narrow weekly bars carry no labels.
        assert!(!chart_html(&p, Day(100), 365).contains(" min</text>"));
        assert!(html.contains("▮ running minutes a week"));
        assert!(html.contains("<td>1</td><td>30</td><td>4 km</td><td>3</td><td>–</td>"));
        assert_eq!(crate::components::markup::check_balanced(&html), Ok(()));
    }

    #[test]
    fn the_summary_says_what_the_chart_shows() {
        let mut p = Progress::default();
        assert_eq!(
            summary_text(&p, Day(100), 30),
            "In the last 30 days: no pain scores and no sessions."
        );
        p.add_entry(entry(99, 6), 1);
        assert_eq!(
            summary_text(&p, Day(100), 30),
            "In the last 30 days: 1 pain score and no sessions. Pain was 6 out of 10."
        );
        p.add_entry(entry(100, 3), 2);
        assert_eq!(
            summary_text(&p, Day(100), 30),
            "In the last 30 days: 2 pain scores and no sessions. Pain went from 6 to 3 out of 10, averaging 4.5 (lowest 3, highest 6)."
        );
    }
}
