//! "Show my physio": one page that sums up what Backtrack knows, for a physiotherapist or
//! GP. A print button (the print stylesheet in `style/main.css` makes it a clean A4
//! document, or a PDF through the browser's "Save as PDF"), and the diary and sessions as
//! CSV files to share or download. Nothing leaves the device unless the runner sends it.
//!
//! The page is read-only markup (see `components::markup`) built from the core's
//! [`backtrack_core::summary`], with one delegated listener for the three buttons.

use backtrack_core::progress::csv::{diary_csv, sessions_csv};
use backtrack_core::progress::stats::pain_summary;
use backtrack_core::progress::{format_km, Day, Progress};
use backtrack_core::summary::{
    answer_sections, exercise_counts, plan_summary, recent_entries, result_summary, short_note,
    CHART_DAYS, NOTE_CHARS,
};
use backtrack_core::{Route, CONTENT};
use leptos::prelude::*;

use crate::components::urgency;

use crate::components::markup::{action_of, Html};
use crate::components::pain_chart::chart_markup;
use crate::components::ProgressNav;
use crate::storage::download::{can_share_file, share_or_download, CSV};
use crate::storage::{clock, use_saved};

/// The summary page.
#[component]
pub fn SummaryPage() -> impl IntoView {
    let saved = use_saved();
    let today = clock::today();
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let (name, text) = match action_of(&ev).map(|a| a.0).as_deref() {
            Some("print") => {
                let _ = window().print();
                return;
            }
            Some("diary") => (
                "diary",
                saved.data.with_untracked(|p| diary_csv(&CONTENT, p)),
            ),
            Some("sessions") => (
                "sessions",
                saved.data.with_untracked(|p| sessions_csv(&CONTENT, p)),
            ),
            _ => return,
        };
        let mut file = String::from("backtrack-");
        file.push_str(name);
        file.push('-');
        file.push_str(&today.iso());
        file.push_str(".csv");
        share_or_download(file, CSV, text);
    };
    // One element for the whole page (heading, buttons and summary), so Leptos's rendering
    // code is compiled once for it. The buttons are redrawn only when the data changes
    // (another tab), which is rare on this page.
    let share = can_share_file(CSV);
    let markup = move || {
        let mut h = Html::new();
        h.raw("<h1 tabindex=\"-1\">")
            .text(CONTENT.summary.title)
            .raw("</h1>");
        h.append(actions_markup(share));
        saved.data.with(|p| h.append(summary_markup(p, today)));
        h.into_string()
    };
    view! {
        <ProgressNav current=Route::Summary />
        <div class="page" on:click=on_click inner_html=markup></div>
    }
}

/// The introduction and the buttons (left out of the printed page). `share` names the
/// buttons for the share sheet rather than a download.
pub fn actions_html(share: bool) -> String {
    actions_markup(share).into_string()
}

/// [`actions_html`] as [`Html`].
pub fn actions_markup(share: bool) -> Html {
    let t = &CONTENT.summary;
    let mut h = Html::new();
    h.raw("<div class=\"summary-actions\">")
        .el("p", "lead", t.intro)
        .raw("<section aria-labelledby=\"summary-actions\"><h2 id=\"summary-actions\">")
        .text(t.actions_heading)
        .raw("</h2><p class=\"buttons\"><button type=\"button\" class=\"primary\" data-act=\"print\">")
        .text(t.print_button)
        .raw("</button> <button type=\"button\" class=\"secondary\" data-act=\"diary\">")
        .text(if share { t.share_diary } else { t.download_diary })
        .raw("</button> <button type=\"button\" class=\"secondary\" data-act=\"sessions\">")
        .text(if share {
            t.share_sessions
        } else {
            t.download_sessions
        })
        .raw("</button></p>")
        .el("p", "hint", t.print_hint)
        .el("p", "hint", t.files_note)
        .open("p", "")
        .link(&Route::YourData.to_hash(), t.backup_link)
        .close("p")
        .raw("</section></div>");
    h
}

/// Starts a section with an `h2` whose id is `id`.
fn section(h: &mut Html, id: &'static str, heading: &str) {
    h.open_with("section", &[("aria-labelledby", id)])
        .open_with("h2", &[("id", id)])
        .text(heading)
        .close("h2");
}

/// One `dt`/`dd` pair.
fn pair(h: &mut Html, name: &str, value: &str) {
    h.open("div", "")
        .el("dt", "", name)
        .el("dd", "", value)
        .close("div");
}

/// The whole summary as markup: the self-reported note, the result, the answers, the plan,
/// the pain chart and the latest diary entries.
pub fn summary_html(p: &Progress, today: Day) -> String {
    summary_markup(p, today).into_string()
}

/// [`summary_html`] as [`Html`].
pub fn summary_markup(p: &Progress, today: Day) -> Html {
    let t = &CONTENT.summary;
    let mut h = Html::new();
    h.open("p", "self-reported")
        .el("strong", "", t.self_reported)
        .close("p");
    let mut made = String::from(t.made_on);
    made.push(' ');
    made.push_str(&today.label());
    made.push('.');
    h.el("p", "made-on", &made);

    result_html(&mut h, p);
    answers_html(&mut h, p);
    plan_html(&mut h, p, today);

    section(&mut h, "summary-chart", t.chart_heading);
    h.append(chart_markup(p, today, CHART_DAYS));
    h.close("section");

    diary_html(&mut h, p);
    h
}

fn result_html(h: &mut Html, p: &Progress) {
    let t = &CONTENT.summary;
    section(h, "summary-result", t.result_heading);
    let Some(r) = result_summary(&CONTENT, p.check.as_ref()) else {
        h.open("p", "notice")
            .text(t.no_check)
            .text(" ")
            .link(&Route::Check.to_hash(), t.check_link)
            .close("p")
            .close("section");
        return;
    };
    let mut class = String::from("summary-urgency flag-group ");
    class.push_str(urgency::class(r.urgency.urgency));
    h.open_with("div", &[("class", &class)])
        .el("h3", "", r.urgency.heading)
        .open("p", "action")
        .el("strong", "", r.urgency.action)
        .close("p");
    if !r.urgency.reasons.is_empty() {
        h.el("p", "", CONTENT.results.because)
            .list("ul", "", &r.urgency.reasons);
    }
    for note in &r.notes {
        h.el("p", "", note);
    }
    h.close("div");
    if !r.causes.is_empty() {
        h.el("h3", "", t.causes_heading)
            .open("ol", "summary-causes");
        for c in &r.causes {
            h.open("li", "")
                .el("strong", "", c.name)
                .text(" – ")
                .text(c.strength);
            if !c.because.is_empty() {
                h.text(". ")
                    .text(t.pointing_here)
                    .text(" ")
                    .text(&c.because.join("; "))
                    .text(".");
            }
            h.close("li");
        }
        h.close("ol");
    }
    h.el("p", "not-a-diagnosis", CONTENT.results.not_a_diagnosis)
        .close("section");
}

fn answers_html(h: &mut Html, p: &Progress) {
    let Some(check) = p.check.as_ref().filter(|c| !c.answers.is_empty()) else {
        return;
    };
    section(h, "summary-answers", CONTENT.summary.answers_heading);
    let not_answered = CONTENT.summary.not_answered;
    for s in answer_sections(&CONTENT, &check.answers) {
        let none = s.rows.iter().all(|r| r.answer == not_answered);
        h.open(
            "div",
            if none {
                "answer-group unanswered"
            } else {
                "answer-group"
            },
        )
        .el("h3", "", s.heading)
        .open("dl", "answers-list");
        for row in &s.rows {
            let class = if row.flagged {
                "flagged"
            } else if row.answer == not_answered {
                "unanswered"
            } else {
                ""
            };
            h.open("div", class)
                .el("dt", "", row.question)
                .el("dd", "", row.answer)
                .close("div");
        }
        h.close("dl").close("div");
    }
    h.close("section");
}

fn plan_html(h: &mut Html, p: &Progress, today: Day) {
    let t = &CONTENT.summary;
    section(h, "summary-plan", t.plan_heading);
    h.open("dl", "totals");
    match (plan_summary(&CONTENT, p), p.plan) {
        (Some(s), Some(plan)) => {
            let mut cause = String::from(s.cause);
            cause.push_str(" (");
            cause.push_str(s.source);
            cause.push(')');
            pair(h, t.plan_cause, &cause);
            pair(h, t.plan_phase, s.phase);
            pair(h, t.plan_started, &plan.started.label());
            pair(h, t.plan_phase_since, &plan.phase_since.label());
        }
        _ => pair(h, t.plan_heading, t.no_plan),
    }
    pair(h, t.sessions_logged, &p.sessions.len().to_string());
    let recent = pain_summary(p, today.plus(1 - CHART_DAYS as i32), today).sessions;
    pair(h, t.sessions_recent, &recent.to_string());
    h.close("dl");
    let counts = exercise_counts(&CONTENT, p);
    if !counts.is_empty() {
        h.raw("<div class=\"table-scroll\"><table class=\"compact\"><caption>")
            .text(t.exercises_caption)
            .raw("</caption><thead><tr>");
        for c in [t.exercise_column, t.done_column, t.skipped_column] {
            h.raw("<th scope=\"col\">").text(c).raw("</th>");
        }
        h.raw("</tr></thead><tbody>");
        for c in &counts {
            h.raw("<tr><th scope=\"row\">")
                .text(c.name)
                .raw("</th><td>")
                .num(c.done as i64)
                .raw("</td><td>")
                .num(c.skipped as i64)
                .raw("</td></tr>");
        }
        h.raw("</tbody></table></div>");
    }
    h.close("section");
}

fn diary_html(h: &mut Html, p: &Progress) {
    let t = &CONTENT.summary;
    section(h, "summary-diary", t.diary_heading);
    if p.diary.is_empty() {
        h.el("p", "", t.no_diary).close("section");
        return;
    }
    h.raw("<div class=\"table-scroll\"><table class=\"compact diary-table\"><caption>")
        .text(t.diary_caption)
        .raw("</caption><thead><tr>");
    // The table puts the distance with "Ran" (the file has a column for each).
    let [date, time, pain, ran, _, note] = t.diary_columns;
    for c in [date, time, pain, ran, note] {
        h.raw("<th scope=\"col\">").text(c).raw("</th>");
    }
    h.raw("</tr></thead><tbody>");
    let mut cut = false;
    for e in recent_entries(p) {
        let (note, was_cut) = short_note(&e.note, NOTE_CHARS);
        cut |= was_cut;
        h.raw("<tr><th scope=\"row\">")
            .text(&e.day.iso())
            .raw("</th><td>")
            .text(&backtrack_core::progress::date::format_time(e.minute))
            .raw("</td><td>")
            .num(i64::from(e.pain))
            .raw("</td><td>")
            .text(if e.ran { t.yes } else { t.no });
        if let (true, Some(m)) = (e.ran, e.metres) {
            h.text(", ").text(&format_km(m));
        }
        h.raw("</td><td class=\"note\">")
            .text(&note)
            .raw("</td></tr>");
    }
    h.raw("</tbody></table></div>");
    if cut {
        h.el("p", "hint", t.notes_cut);
    }
    h.close("section");
}

#[cfg(test)]
mod tests {
    use super::*;
    use backtrack_core::progress::DiaryEntry;

    #[test]
    fn notes_are_escaped_and_the_note_is_always_there() {
        let mut p = Progress::default();
        p.add_entry(
            DiaryEntry {
                id: 0,
                day: Day(20_000),
                minute: 60,
                pain: 4,
                note: "<img src=x onerror=alert(1)>".into(),
                ran: true,
                metres: Some(5200),
            },
            1,
        );
        let html = summary_html(&p, Day(20_001));
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(!html.contains("<img"));
        assert!(html.contains(CONTENT.summary.self_reported));
        assert!(html.contains(
            "<th scope=\"row\">2024-10-04</th><td>01:00</td><td>4</td><td>Yes, 5.2 km</td>"
        ));
        assert!(html.contains(CONTENT.summary.no_check));
        assert!(actions_html(true).contains(CONTENT.summary.share_diary));
        assert!(actions_html(false).contains(CONTENT.summary.download_diary));
    }
}
