//! Progress: the streak and totals, and a chart of pain over time with sessions marked
//! (readable as a sentence and a table too).

use backtrack_core::progress::stats::totals;
use backtrack_core::progress::{format_km, Day, Progress};
use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

use crate::components::markup::Html;
use crate::components::pain_chart::count;
use crate::components::{PainChart, ProgressNav};
use crate::storage::{clock, use_saved};

/// The choices of period for the chart, in days.
const PERIODS: [(u32, &str); 4] = [
    (14, "2 weeks"),
    (30, "30 days"),
    (90, "90 days"),
    (365, "1 year"),
];

/// The progress page.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let saved = use_saved();
    let today = clock::today();
    let days = RwSignal::new(30u32);
    let period_buttons = PERIODS
        .iter()
        .map(|&(n, label)| {
            view! {
                <button
                    type="button"
                    class="secondary"
                    aria-pressed=move || if days.get() == n { "true" } else { "false" }
                    on:click=move |_| days.set(n)
                >
                    {label}
                </button>
            }
        })
        .collect_view();
    view! {
        <ProgressNav current=Route::Progress />
        <h1 tabindex="-1">"Progress"</h1>
        <div inner_html=move || saved.data.with(|d| totals_html(d, today))></div>
        <h2 id="chart-heading">"Pain over time"</h2>
        <div class="period-buttons" role="group" aria-labelledby="chart-heading">{period_buttons}</div>
        <PainChart data=saved.data today=today days=days />
        <p><a href=Route::Diary.to_hash()>"Add a pain score in your diary"</a></p>
        <h2>"Recent sessions"</h2>
        <div inner_html=move || saved.data.with(sessions_html)></div>
    }
}

/// The streak and totals as a description list.
pub fn totals_html(d: &Progress, today: Day) -> String {
    let t = totals(d, today);
    let mut streak = count(t.streak as usize, "day", "days");
    streak.push_str(" in a row");
    if t.best_streak > t.streak {
        streak.push_str(" (best: ");
        streak.push_str(&count(t.best_streak as usize, "day", "days"));
        streak.push(')');
    }
    let mut runs = count(t.runs, "run", "runs");
    if t.metres > 0 {
        runs.push_str(", ");
        runs.push_str(&format_km(t.metres.min(u64::from(u32::MAX)) as u32));
    }
    let mut h = Html::new();
    h.open("dl", "totals");
    for (name, value) in [
        ("Streak", streak),
        ("Sessions", t.sessions.to_string()),
        ("Diary entries", t.entries.to_string()),
        ("Runs", runs),
    ] {
        h.open("div", "")
            .el("dt", "", name)
            .el("dd", "", &value)
            .close("div");
    }
    h.close("dl");
    h.into_string()
}

/// The last ten sessions as a table.
pub fn sessions_html(d: &Progress) -> String {
    let mut h = Html::new();
    if d.sessions.is_empty() {
        h.open("p", "")
            .text("No sessions yet. ")
            .link(&Route::Plan.to_hash(), "Start from My plan")
            .close("p");
        return h.into_string();
    }
    h.raw("<div class=\"table-scroll\"><table><caption>Your last sessions, newest first</caption><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Phase</th><th scope=\"col\">Exercises</th><th scope=\"col\">Pain before → after</th></tr></thead><tbody>");
    for s in d.sessions.iter().rev().take(10) {
        h.raw("<tr><th scope=\"row\">")
            .text(&s.day.label())
            .raw("</th><td>")
            .text(CONTENT.phase(s.phase).map_or("", |g| g.title))
            .raw("</td><td>")
            .num(s.done.len() as i64)
            .text(" done, ")
            .num(s.skipped.len() as i64)
            .text(" skipped")
            .raw("</td><td>");
        let score = |h: &mut Html, x: Option<u8>| {
            match x {
                Some(v) => h.num(i64::from(v)),
                None => h.text("–"),
            };
        };
        score(&mut h, s.pain_before);
        h.text(" → ");
        score(&mut h, s.pain_after);
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table></div>");
    h.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_read_naturally() {
        let html = totals_html(&Progress::default(), Day(10));
        assert!(html.contains("<dt>Streak</dt><dd>no days in a row</dd>"));
        assert!(html.contains("<dt>Runs</dt><dd>no runs</dd>"));
        assert!(sessions_html(&Progress::default()).contains("No sessions yet."));
    }
}
