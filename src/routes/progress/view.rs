//! The progress page's read-only parts as markup: pure, tested natively (see
//! `components::markup`).

use backtrack_core::progress::stats::totals;
use backtrack_core::progress::{format_km, Day, Progress};
use backtrack_core::{Route, CONTENT};

use crate::components::markup::Html;
use crate::components::pain_chart::count;

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
    // Focusable, as it may scroll sideways on a narrow phone: keyboard users can scroll it.
    h.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Your last sessions\"><table><caption>Your last sessions, newest first</caption><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Phase</th><th scope=\"col\">Exercises</th><th scope=\"col\">Pain before → after</th></tr></thead><tbody>");
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

    use crate::components::markup::check_balanced;
    use backtrack_core::content::Phase;
    use backtrack_core::progress::Session;
    use backtrack_core::CauseId;

    #[test]
    fn totals_read_naturally() {
        let html = totals_html(&Progress::default(), Day(10));
        assert!(html.contains("<dt>Streak</dt><dd>no days in a row</dd>"));
        assert!(html.contains("<dt>Runs</dt><dd>no runs</dd>"));
        assert_eq!(check_balanced(&html), Ok(()));
        let none = sessions_html(&Progress::default());
        assert!(none.contains("No sessions yet."));
        assert_eq!(check_balanced(&none), Ok(()));
    }

    #[test]
    fn sessions_are_a_table_with_the_pain_before_and_after() {
        let mut p = Progress::default();
        p.add_session(
            Session {
                id: 0,
                day: Day(20_000),
                minute: 600,
                cause: CauseId::Disc,
                phase: Phase::Settle,
                done: vec!["walking".into()],
                skipped: vec![],
                pain_before: Some(6),
                pain_after: None,
            },
            1,
        );
        let html = sessions_html(&p);
        assert!(html.contains("<td>1 done, 0 skipped</td><td>6 → –</td>"));
        assert_eq!(check_balanced(&html), Ok(()));
    }
}
