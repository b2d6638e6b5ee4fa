//! The summary page as markup: pure, tested natively (see `components::markup`).

use backtrack_core::progress::stats::pain_summary;
use backtrack_core::progress::{format_km, Day, Progress};
use backtrack_core::summary::{
    answer_sections, exercise_counts, plan_summary, recent_entries, result_summary, session_pain,
    warning_signs, warning_signs_line, CHART_DAYS,
};
use backtrack_core::{Route, CONTENT};

use super::action::SummaryAction;
use super::ids;
use crate::components::actions;
use crate::components::markup::Html;
use crate::components::outcome_trend;
use crate::components::pain_chart::{chart_markup, chart_markup_sized};
use crate::components::run_coach::view as run_view;
use crate::components::urgency;

/// The whole page: the heading, the buttons and the summary. `share` names the buttons for
/// the share sheet rather than a download.
pub fn page_html(p: &Progress, today: Day, share: bool) -> String {
    let mut h = Html::new();
    h.h1(CONTENT.summary.title);
    h.append(actions_markup(share));
    h.append(summary_markup(p, today));
    h.into_string()
}

/// The introduction and the buttons (left out of the printed page). `share` names the
/// buttons for the share sheet rather than a download.
fn actions_markup(share: bool) -> Html {
    let t = &CONTENT.summary;
    let mut h = Html::new();
    h.open("div", "summary-actions").el("p", "lead", t.intro);
    section(&mut h, ids::ACTIONS_HEADING, t.actions_heading);
    h.open("p", "buttons");
    actions::button(&mut h, "primary", &SummaryAction::Print, &[t.print_button]);
    h.text(" ");
    let diary = if share {
        t.share_diary
    } else {
        t.download_diary
    };
    actions::button(&mut h, "secondary", &SummaryAction::DiaryFile, &[diary]);
    h.text(" ");
    let sessions = if share {
        t.share_sessions
    } else {
        t.download_sessions
    };
    actions::button(
        &mut h,
        "secondary",
        &SummaryAction::SessionsFile,
        &[sessions],
    );
    h.text(" ");
    let runs = if share { t.share_runs } else { t.download_runs };
    actions::button(&mut h, "secondary", &SummaryAction::RunsFile, &[runs]);
    h.text(" ");
    let o = &CONTENT.outcomes;
    let scores = if share {
        o.share_scores
    } else {
        o.download_scores
    };
    actions::button(&mut h, "secondary", &SummaryAction::ScoresFile, &[scores]);
    h.close("p")
        .el("p", "hint", t.print_hint)
        .el("p", "hint", t.files_note)
        .open("p", "")
        .link(&Route::YourData.to_hash(), t.backup_link)
        .close("p")
        .close("section")
        .close("div");
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
fn summary_markup(p: &Progress, today: Day) -> Html {
    let t = &CONTENT.summary;
    let mut h = Html::new();
    // On paper the summary is a clinical document: its own title, and lines for the name and
    // date of birth, written by hand (nothing personal is stored). Not shown on screen.
    h.open("div", "print-only print-heading")
        .el("p", "print-title", t.print_title)
        .open("p", "write-in")
        .el("span", "", t.name_line)
        .el("span", "", t.birth_line)
        .close("p")
        .close("div");
    h.open("p", "self-reported")
        .el("strong", "", t.self_reported)
        .close("p");
    let mut made = String::from(t.made_on);
    made.push(' ');
    made.push_str(&today.label());
    made.push('.');
    h.el("p", "made-on", &made);

    result_html(&mut h, p);
    outcomes_html(&mut h, p);
    answers_html(&mut h, p);
    plan_html(&mut h, p, today);

    section(&mut h, ids::CHART_HEADING, t.chart_heading);
    h.append(chart_markup(p, today, CHART_DAYS));
    // On paper: the same chart drawn wide, so that it spans the page at its printed height.
    h.append(chart_markup_sized(p, today, CHART_DAYS, PRINT_CHART_WIDTH));
    h.close("section");

    runs_html(&mut h, p, today);
    diary_html(&mut h, p);
    h
}

/// The return to running: the coach's advice for the next run and the latest runs (only
/// once a run is logged).
fn runs_html(h: &mut Html, p: &Progress, today: Day) {
    if p.runs.is_empty() {
        return;
    }
    let t = &CONTENT.summary;
    section(h, ids::RUNS_HEADING, t.runs_heading);
    h.el("p", "", t.decision_label);
    h.append(run_view::advice_markup(p, today));
    h.append(run_view::runs_markup(&p.runs));
    h.close("section");
}

fn result_html(h: &mut Html, p: &Progress) {
    let t = &CONTENT.summary;
    section(h, ids::RESULT_HEADING, t.result_heading);
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
        .el("strong", "", r.advised)
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

/// Pain and function: the baseline, what has changed since, a small chart and the scores.
fn outcomes_html(h: &mut Html, p: &Progress) {
    let t = &CONTENT.summary;
    let o = &p.outcomes;
    section(h, ids::OUTCOMES_HEADING, t.outcomes_heading);
    match &o.baseline {
        Some(b) => outcome_trend::write_baseline(h, b),
        None if o.ratings.is_empty() => {
            h.el("p", "", t.no_outcomes);
        }
        None => {}
    }
    // The chart before the changes: on paper it sits beside them.
    outcome_trend::write_chart(h, o);
    outcome_trend::write_changes(h, o);
    outcome_trend::write_table(h, o);
    h.close("section");
}

fn answers_html(h: &mut Html, p: &Progress) {
    let Some(check) = p.check.as_ref().filter(|c| !c.answers.is_empty()) else {
        return;
    };
    let t = &CONTENT.summary;
    section(h, ids::ANSWERS_HEADING, t.answers_heading);
    // The warning-sign screen in one line (on paper it stands for the list below it).
    let signs = warning_signs(&CONTENT, &check.answers);
    h.open("p", "warning-line")
        .el("strong", "", &warning_signs_line(&CONTENT, &signs))
        .close("p");
    if !signs.flagged.is_empty() {
        h.open("div", "warning-flagged")
            .el("p", "", t.warning_signs_flagged)
            .open("ul", "");
        for (question, answer) in &signs.flagged {
            h.open("li", "")
                .text(question)
                .text(" ")
                .el("strong", "", answer)
                .close("li");
        }
        h.close("ul").close("div");
    }
    let not_answered = t.not_answered;
    for s in answer_sections(&CONTENT, &check.answers) {
        let none = s.rows.iter().all(|r| r.answer == not_answered);
        let class = match (none, s.safety) {
            (true, _) => "answer-group unanswered",
            (false, true) => "answer-group safety",
            (false, false) => "answer-group",
        };
        h.open("div", class)
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
    section(h, ids::PLAN_HEADING, t.plan_heading);
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
    if let Some((before, after, n)) = session_pain(p) {
        use backtrack_core::progress::stats::tenths;
        let words = format!(
            "{} before, {} after (average of {n})",
            tenths(before),
            tenths(after)
        );
        pair(h, t.session_pain, &words);
    }
    h.close("dl");
    let counts = exercise_counts(&CONTENT, p);
    if !counts.is_empty() {
        h.raw("<div class=\"table-scroll\"><table class=\"compact\"><caption>")
            .text(t.exercises_caption)
            .raw("</caption><thead><tr>");
        for c in [
            t.exercise_column,
            t.dose_column,
            t.done_column,
            t.skipped_column,
        ] {
            h.raw("<th scope=\"col\">").text(c).raw("</th>");
        }
        h.raw("</tr></thead><tbody>");
        for c in &counts {
            h.raw("<tr><th scope=\"row\">")
                .text(c.name)
                .raw("</th><td>")
                .text(&c.dose)
                .raw("</td><td>")
                .num(c.done as i64)
                .raw("</td><td>")
                .num(c.skipped as i64)
                .raw("</td></tr>");
        }
        h.raw("</tbody></table></div>");
    }
    h.close("section");
}

/// The printed chart's width in SVG units: at 30 mm tall on a 186 mm wide A4 text area.
const PRINT_CHART_WIDTH: u32 = 1400;

/// How many characters of notes the summary shows in all, past the newest entries (so that
/// a full record still prints on two pages), and how many entries it always shows.
const NOTE_BUDGET: usize = 900;
const MIN_ENTRIES: usize = 2;

fn diary_html(h: &mut Html, p: &Progress) {
    let t = &CONTENT.summary;
    section(h, ids::DIARY_HEADING, t.diary_heading);
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
    // Notes are shown whole. When the recent notes are long, fewer entries are shown (the
    // newest first), rather than cutting any: the diary file has them all.
    let mut budget = NOTE_BUDGET;
    let shown: Vec<_> = recent_entries(p)
        .enumerate()
        .take_while(|(i, e)| {
            let fits = *i < MIN_ENTRIES || e.note.chars().count() <= budget;
            budget = budget.saturating_sub(e.note.chars().count());
            fits
        })
        .map(|(_, e)| e)
        .collect();
    let cut = shown.len() < p.diary.len().min(backtrack_core::summary::RECENT_ENTRIES);
    for e in shown {
        let note = &e.note;
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
            .text(note)
            .raw("</td></tr>");
    }
    h.raw("</tbody></table></div>");
    if cut {
        h.el("p", "hint", t.older_entries);
    }
    h.close("section");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::actions::Action;
    use crate::components::markup::check_balanced;
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
        let html = summary_markup(&p, Day(20_001)).into_string();
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(!html.contains("<img"));
        assert_eq!(check_balanced(&html), Ok(()));
        assert!(html.contains(CONTENT.summary.self_reported));
        assert!(html.contains(
            "<th scope=\"row\">2024-10-04</th><td>01:00</td><td>4</td><td>Yes, 5.2 km</td>"
        ));
        assert!(html.contains(CONTENT.summary.no_check));
        assert!(actions_markup(true)
            .as_str()
            .contains(CONTENT.summary.share_diary));
        assert!(actions_markup(false)
            .as_str()
            .contains(CONTENT.summary.download_diary));
    }

    #[test]
    fn the_page_has_its_buttons_and_every_section_is_named_by_its_heading() {
        let html = page_html(&Progress::default(), Day(20_001), false);
        assert_eq!(check_balanced(&html), Ok(()));
        assert!(html.starts_with("<h1 tabindex=\"-1\">"));
        for action in [
            SummaryAction::Print,
            SummaryAction::DiaryFile,
            SummaryAction::SessionsFile,
        ] {
            let attribute = ["data-act=\"", action.verb(), "\""].concat();
            assert!(html.contains(&attribute), "{action:?} has its button");
        }
        for id in [
            ids::ACTIONS_HEADING,
            ids::RESULT_HEADING,
            ids::PLAN_HEADING,
            ids::CHART_HEADING,
            ids::DIARY_HEADING,
        ] {
            let named = ["<section aria-labelledby=\"", id, "\"><h2 id=\"", id, "\">"].concat();
            assert!(html.contains(&named), "{id} names its section");
        }
    }
}
