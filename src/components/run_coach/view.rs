//! The running coach as markup: pure, tested natively (see `components::markup`).

use backtrack_core::content::Phase;
use backtrack_core::progress::coach::{
    coach, limit, morning_due, reason_text, run_spike, safety, Advice, Decision, Safety,
};
use backtrack_core::progress::date::format_time;
use backtrack_core::progress::{format_km, Compared, Day, Minute, Progress, Run};
use backtrack_core::CONTENT;

use super::action::CoachAction;
use super::ids;
use crate::components::actions;
use crate::components::actions::Action;
use crate::components::markup::{pain_scale, radio_answer, Html};

/// Whether the plan page shows the coach: a plan in its running phase, or runs logged, and
/// no warning sign that needs a doctor first (the plan page says what to do instead).
pub fn shows_coach(d: &Progress) -> bool {
    let running = d.plan.is_some_and(|p| p.phase == Phase::ReturnToRunning) || !d.runs.is_empty();
    running && safety(&CONTENT, d.check.as_ref()) != Safety::RedFlag
}

/// The whole coach: its advice, the form to log a run (unless running is not safe) with
/// room for its errors, and the latest runs.
pub fn coach_html(d: &Progress, today: Day, minute: Minute) -> String {
    let (advice, _) = coach(&CONTENT, d, today);
    let mut h = Html::new();
    h.open_with(
        "section",
        &[("class", "run-coach"), ("aria-labelledby", ids::HEADING)],
    );
    h.open_with("h2", &[("id", ids::HEADING)])
        .text("Your running")
        .close("h2");
    h.append(advice_markup(d, today));
    if advice.decision != Decision::NoRunning {
        h.open_with("div", &[("id", ids::ERRORS), ("tabindex", "-1")])
            .close("div");
        form(&mut h, advice.decision.stage(), today, minute);
    }
    h.el("h3", "", "Your runs").append(runs_markup(&d.runs));
    h.close("section");
    h.into_string()
}

/// "Stage 3: Walk 2 min, run 3 min, × 6".
pub fn stage_name(stage: u8) -> String {
    let mut out = String::from("Stage ");
    backtrack_core::progress::json::push_int(&mut out, i64::from(stage));
    if let Some(s) = CONTENT.running.stages.iter().find(|s| s.number == stage) {
        out.push_str(": ");
        out.push_str(s.session);
    }
    out
}

/// The coach's advice for the next run on `today`, with its reasons, the rest day after a
/// step back, and the load guard for the planned run.
pub fn advice_html(p: &Progress, today: Day) -> String {
    advice_markup(p, today).into_string()
}

/// [`advice_html`] as [`Html`], to build into a larger page.
pub fn advice_markup(p: &Progress, today: Day) -> Html {
    let (advice, spike) = coach(&CONTENT, p, today);
    let text = &CONTENT.running.coach;
    let (class, heading) = match advice.decision {
        Decision::Progress { .. } => ("notice coach-advice progress", text.progress),
        Decision::Hold { .. } => ("notice coach-advice hold", text.hold),
        Decision::StepBack { .. } => ("notice no-running coach-advice step-back", text.step_back),
        Decision::NoRunning => ("notice no-running coach-advice", text.no_running),
    };
    let mut h = Html::new();
    h.open("div", class).el("h3", "", heading);
    reasons(&mut h, &advice);
    if let Decision::StepBack { rest_day, .. } = advice.decision {
        if today <= rest_day {
            h.el("p", "", text.rest_first);
        }
    }
    match advice.decision {
        Decision::NoRunning => {}
        Decision::Progress { stage: None, .. } => {
            h.el("p", "", text.add_a_little);
        }
        d => {
            h.open("p", "next-run").text("Next run: ");
            match (d.stage(), d) {
                (Some(s), _) => h.el("strong", "", &stage_name(s)),
                (None, Decision::StepBack { .. }) => {
                    h.text("a shorter, easier run than the last one")
                }
                (None, _) => h.text("a free run, no longer than the last one"),
            };
            h.text(".").close("p");
        }
    }
    if advice.decision != Decision::NoRunning {
        let most = limit(spike.longest);
        if most.minutes.is_some() || most.metres.is_some() {
            h.open("p", "hint")
                .text("Within a tenth of your longest run in the last 30 days: at most ");
            longest_words(&mut h, most.minutes, most.metres);
            h.text(".").close("p");
        }
        if spike.any() {
            h.el("p", "notice no-running guard", text.guard_planned);
        }
    }
    h.close("div");
    h
}

fn reasons(h: &mut Html, advice: &Advice) {
    h.open("ul", "reasons");
    for r in &advice.reasons {
        h.el("li", "", reason_text(&CONTENT, *r));
    }
    h.close("ul");
}

/// "33 min or 5.5 km", or either alone.
fn longest_words(h: &mut Html, minutes: Option<u16>, metres: Option<u32>) {
    if let Some(m) = minutes {
        h.num(i64::from(m)).text(" min");
    }
    if let Some(m) = metres {
        if minutes.is_some() {
            h.text(" or ");
        }
        h.text(&format_km(m));
    }
}

/// The form to log a run: the stage (the one the coach suggests chosen), date and time,
/// minutes and distance, pain during, and a GPX or TCX file to fill it from.
pub fn form_html(stage: Option<u8>, today: Day, minute: Minute) -> String {
    let mut h = Html::new();
    form(&mut h, stage, today, minute);
    h.into_string()
}

fn form(h: &mut Html, stage: Option<u8>, today: Day, minute: Minute) {
    // The classes of the plan's checklist box and of the diary's and plan's fields: their
    // styles fit as they are, and the stylesheet is part of every first load.
    h.open_with(
        "fieldset",
        &[
            ("id", ids::FORM),
            ("class", "move-on-check run-log diary-form choose-cause"),
        ],
    )
    .el("legend", "", "Log a run");
    h.open("p", "field")
        .open_with("label", &[("for", ids::STAGE)])
        .text("What you did")
        .close("label")
        .open_with("select", &[("id", ids::STAGE)]);
    for s in CONTENT.running.stages {
        let mut value = String::new();
        backtrack_core::progress::json::push_int(&mut value, i64::from(s.number));
        let name = stage_name(s.number);
        if stage == Some(s.number) {
            h.open_with("option", &[("value", &value), ("selected", "")]);
        } else {
            h.open_with("option", &[("value", &value)]);
        }
        h.text(&name).close("option");
    }
    if stage.is_none() {
        h.open_with("option", &[("value", ""), ("selected", "")]);
    } else {
        h.open_with("option", &[("value", "")]);
    }
    h.text("A free run (not a stage)")
        .close("option")
        .close("select")
        .close("p");
    h.open("div", "field-row");
    input(h, ids::DATE, "Date", "date", &today.iso(), "");
    input(h, ids::TIME, "Time", "time", &format_time(minute), "");
    h.close("div").open("div", "field-row");
    input(h, ids::MINUTES, "Minutes (optional)", "text", "", "numeric");
    input(
        h,
        ids::KM,
        "Distance in km (optional)",
        "text",
        "",
        "decimal",
    );
    h.close("div");
    h.open_with(
        "p",
        &[
            ("id", ids::GUARD),
            ("class", "notice no-running guard"),
            ("hidden", ""),
        ],
    )
    .text(CONTENT.running.coach.guard_planned)
    .close("p");
    pain_scale(h, ids::PAIN, "Worst back pain during the run", false);
    h.open("p", "field file-field")
        .open_with("label", &[("for", ids::FILE)])
        .text("Or fill in the time and distance from a watch or phone file (GPX or TCX). It stays on this device.")
        .close("label")
        .open_with(
            "input",
            &[
                ("id", ids::FILE),
                ("type", "file"),
                ("accept", ".gpx,.tcx,application/gpx+xml,application/vnd.garmin.tcx+xml"),
            ],
        )
        .close("p");
    h.open_with(
        "p",
        &[("id", ids::DRAFT_NOTE), ("class", "hint"), ("hidden", "")],
    )
    .text("Your unsaved run is back, as you left it. Save it, or discard it.")
    .close("p");
    h.open("p", "step-buttons");
    actions::button(h, "primary", &CoachAction::LogRun, &["Save the run"]);
    h.raw("<button type=\"button\" class=\"secondary\"")
        .attr("id", ids::DISCARD)
        .attr("data-act", CoachAction::DiscardDraft.verb())
        .raw(" hidden>")
        .text("Discard this run")
        .close("button");
    h.close("p").close("fieldset");
}

fn input(h: &mut Html, id: &'static str, label: &str, kind: &str, value: &str, inputmode: &str) {
    let mut attrs = vec![("id", id), ("type", kind), ("value", value)];
    if !inputmode.is_empty() {
        attrs.push(("inputmode", inputmode));
        attrs.push(("autocomplete", "off"));
        attrs.push(("size", "6"));
    }
    h.open("p", "field")
        .open_with("label", &[("for", id)])
        .text(label)
        .close("label")
        .open_with("input", &attrs)
        .close("p");
}

/// The latest runs as a table, newest first, each flagged when it went past the load guard.
pub fn runs_html(runs: &[Run]) -> String {
    runs_markup(runs).into_string()
}

/// [`runs_html`] as [`Html`], to build into a larger page.
pub fn runs_markup(runs: &[Run]) -> Html {
    let mut h = Html::new();
    if runs.is_empty() {
        h.el("p", "", CONTENT.summary.no_runs);
        return h;
    }
    h.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Your runs\"><table class=\"compact runs-table\"><caption>")
        .text(CONTENT.summary.runs_caption)
        .raw("</caption><thead><tr><th scope=\"col\">Day</th><th scope=\"col\">Run</th><th scope=\"col\">Pain during</th><th scope=\"col\">Next morning</th><th scope=\"col\">Load guard</th></tr></thead><tbody>");
    for r in runs.iter().rev().take(10) {
        h.raw("<tr><th scope=\"row\">")
            .text(&r.day.label())
            .raw("</th><td>");
        match r.stage {
            Some(s) => h.text("Stage ").num(i64::from(s)),
            None => h.text(CONTENT.summary.free_run),
        };
        if r.minutes.is_some() || r.metres.is_some() {
            h.text(", ");
            let minutes = r.minutes;
            if let Some(m) = minutes {
                h.num(i64::from(m)).text(" min");
            }
            if let Some(m) = r.metres {
                if minutes.is_some() {
                    h.text(", ");
                }
                h.text(&format_km(m));
            }
        }
        h.raw("</td><td>");
        match r.pain {
            Some(p) => h.num(i64::from(p)).text(" out of 10"),
            None => h.text("not given"),
        };
        h.raw("</td><td>");
        match r.morning {
            Some(m) => {
                h.num(i64::from(m.pain))
                    .text(" out of 10. ")
                    .text(CONTENT.running.coach.morning_compared[m.compared as usize]);
                if m.leg_symptoms {
                    h.text(". Leg symptoms back");
                }
            }
            None => {
                h.text("not answered");
            }
        }
        h.raw("</td><td>");
        if run_spike(runs, r).any() {
            h.el("strong", "guard-flag", "⚠ Over a tenth longer");
        } else {
            h.text("Within");
        }
        h.raw("</td></tr>");
    }
    h.raw("</tbody></table></div>");
    h
}

/// The next-morning question for the run waiting for it on `today`, if any, with the page's
/// button to save it (`save` for the run's id).
pub fn morning_markup<A: actions::Action>(
    h: &mut Html,
    p: &Progress,
    today: Day,
    save: impl Fn(i64) -> A,
) {
    let Some(run) = morning_due(&p.runs, today) else {
        return;
    };
    let save = save(run.id);
    let text = &CONTENT.running.coach;
    h.open_with(
        "section",
        &[
            ("class", "notice morning-check"),
            ("aria-labelledby", ids::MORNING_HEADING),
        ],
    );
    h.open_with("h2", &[("id", ids::MORNING_HEADING), ("tabindex", "-1")])
        .text("The morning after your run")
        .close("h2");
    h.open("p", "").text("Your run on ").text(&run.day.label());
    if let Some(s) = run.stage {
        h.text(" (stage ").num(i64::from(s)).text(")");
    }
    h.text(". How your back is now decides your next run.")
        .close("p");
    pain_scale(h, ids::MORNING_PAIN, "Back pain this morning", false);
    let labels = text.morning_compared;
    radios(
        h,
        ids::MORNING_VS,
        text.morning_question,
        &Compared::ALL.map(|c| (c.code(), labels[c as usize])),
    );
    radios(
        h,
        ids::MORNING_LEG,
        text.leg_question,
        &[("yes", "Yes"), ("no", "No")],
    );
    h.open_with("div", &[("id", ids::MORNING_ERRORS), ("tabindex", "-1")])
        .close("div");
    h.open("p", "");
    actions::button(h, "primary", &save, &["Save and see the advice"]);
    h.close("p").close("section");
}

/// A group of radio buttons named `name`, one for each `(value, label)`.
fn radios(h: &mut Html, name: &'static str, legend: &str, options: &[(&str, &str)]) {
    h.open("fieldset", "pain-scale choices")
        .el("legend", "", legend)
        .open("div", "answers");
    for (value, label) in options {
        let id = ids::option_id(name, value);
        radio_answer(h, name, &id, value, label);
    }
    h.close("div").close("fieldset");
}

/// The problems as a list (empty when there are none).
pub fn errors_html(problems: &[&str]) -> String {
    let mut h = Html::new();
    if !problems.is_empty() {
        h.open("div", "form-error")
            .el("p", "", "Please fix this:")
            .list("ul", "", problems)
            .close("div");
    }
    h.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::markup::check_balanced;
    use backtrack_core::progress::Morning;

    fn run(day: i32, stage: Option<u8>, pain: Option<u8>, morning: Option<Morning>) -> Run {
        Run {
            id: i64::from(day),
            day: Day(day),
            minute: 420,
            stage,
            minutes: None,
            metres: None,
            pain,
            morning,
        }
    }

    const SETTLED: Morning = Morning {
        pain: 1,
        compared: Compared::Same,
        leg_symptoms: false,
    };

    #[test]
    fn the_advice_says_the_decision_its_reasons_and_the_next_stage() {
        let none = advice_html(&Progress::default(), Day(100));
        assert!(none.contains("Repeat this stage next time"));
        assert!(none.contains("Start with stage 1."));
        assert!(none.contains("<strong>Stage 1: Walk 4 min, run 1 min, × 6</strong>"));
        assert_eq!(check_balanced(&none), Ok(()));

        let p = Progress {
            runs: vec![
                run(90, Some(2), Some(2), Some(SETTLED)),
                run(92, Some(2), Some(3), Some(SETTLED)),
            ],
            ..Progress::default()
        };
        let html = advice_html(&p, Day(93));
        assert!(html.contains("coach-advice progress"));
        assert!(html.contains("Stage 3: Walk 2 min, run 3 min"));
        // Stage runs count 30 minutes: the next stage is no longer.
        assert!(html.contains("at most 33 min."));
        assert!(!html.contains("no-running guard"));

        let mut p = p;
        p.runs.push(run(94, Some(3), Some(7), None));
        let html = advice_html(&p, Day(95));
        assert!(html.contains("Step back one stage"));
        assert!(html.contains("Rest for a day first."));
        assert!(html.contains("Stage 2: "));
        assert!(!advice_html(&p, Day(96)).contains("Rest for a day first."));
    }

    #[test]
    fn the_planned_run_is_warned_about_when_it_is_a_spike() {
        let mut short = run(90, None, Some(1), Some(SETTLED));
        short.minutes = Some(15);
        let p = Progress {
            runs: vec![short],
            ..Progress::default()
        };
        // After a 15-minute free run, the coach says "a free run", at most 16 minutes.
        let html = advice_html(&p, Day(92));
        assert!(html.contains("at most 16 min."));
        assert!(html.contains("no more than a tenth more than before"));
        let mut sore = p.clone();
        sore.runs[0].pain = Some(8);
        assert!(advice_html(&sore, Day(92)).contains("a shorter, easier run than the last one"));
        assert!(!html.contains("no-running guard"));
        // A stage (30 minutes) after it would be a spike.
        let mut staged = p.runs[0].clone();
        staged.stage = Some(1);
        staged.minutes = Some(15);
        let p = Progress {
            runs: vec![staged],
            ..Progress::default()
        };
        assert!(advice_html(&p, Day(92)).contains("no-running guard"));
    }

    /// A finished check with every safety answer calm but pain on hopping: a bone-stress
    /// sign, so no running.
    fn after_a_hop_sign() -> backtrack_core::progress::SavedCheck {
        use backtrack_core::questionnaire::{Answer, QuestionId};
        let mut answers = CONTENT.questionnaire.reassuring_safety_answers();
        let hop = QuestionId::from_id("rf_hop_pain").expect("the hop question");
        answers.insert(hop, Answer::Yes);
        backtrack_core::progress::SavedCheck {
            answers,
            finished: true,
        }
    }

    #[test]
    fn no_running_shows_the_reason_and_no_next_run() {
        let p = Progress {
            check: Some(after_a_hop_sign()),
            ..Progress::default()
        };
        let html = advice_html(&p, Day(10));
        assert!(html.contains("No running for now"));
        assert!(html.contains("stress fracture"));
        assert!(!html.contains("Next run"));
    }

    #[test]
    fn the_form_has_every_field_labelled_and_the_suggested_stage_chosen() {
        let html = form_html(Some(3), Day(20_000), 7 * 60);
        for id in [
            ids::STAGE,
            ids::DATE,
            ids::TIME,
            ids::MINUTES,
            ids::KM,
            ids::FILE,
        ] {
            assert!(
                html.contains(&["<label for=\"", id, "\">"].concat()),
                "{id}"
            );
        }
        assert!(html.contains("<option value=\"3\" selected=\"\">Stage 3:"));
        assert!(html.contains("value=\"2024-10-04\""));
        assert!(html.contains("value=\"07:00\""));
        assert!(html.contains("data-act=\"log-run\""));
        // Kept for a draft brought back: said and offered only then.
        assert!(html.contains("<p id=\"run-draft-note\" class=\"hint\" hidden=\"\">"));
        assert!(html.contains("id=\"run-draft-discard\" data-act=\"discard-run-draft\" hidden>"));
        assert_eq!(check_balanced(&html), Ok(()));
        assert!(form_html(None, Day(1), 0).contains("<option value=\"\" selected=\"\">A free run"));
    }

    #[test]
    fn the_coach_offers_no_form_when_running_is_not_safe() {
        let html = coach_html(&Progress::default(), Day(100), 600);
        assert!(html.contains("data-act=\"log-run\"") && html.contains("No runs logged yet."));
        assert_eq!(check_balanced(&html), Ok(()));
        let p = Progress {
            check: Some(after_a_hop_sign()),
            runs: vec![run(90, Some(2), Some(2), None)],
            ..Progress::default()
        };
        let html = coach_html(&p, Day(100), 600);
        assert!(!html.contains("data-act=\"log-run\"") && html.contains("No running for now"));
        // The plan page shows it once runs are logged (bone stress still lets it say why).
        assert!(shows_coach(&p));
        assert!(!shows_coach(&Progress::default()));
    }

    #[test]
    fn the_runs_table_flags_a_spike() {
        let mut a = run(90, None, Some(1), Some(SETTLED));
        a.minutes = Some(20);
        let mut b = run(92, None, None, None);
        b.minutes = Some(30);
        b.metres = Some(5200);
        let html = runs_html(&[a, b]);
        assert!(html.find("30 min, 5.2 km").unwrap() < html.find("20 min").unwrap());
        assert_eq!(html.matches("guard-flag").count(), 1);
        assert!(html.contains("1 out of 10. The same as before"));
        assert!(html.contains("not answered"));
        assert_eq!(check_balanced(&html), Ok(()));
        assert!(runs_html(&[]).contains("No runs logged yet."));
    }

    crate::page_actions! {
        /// A stand-in for the page's button.
        pub enum TestAction {
            Saved(i64) = "saved",
        }
    }

    #[test]
    fn the_morning_question_comes_the_day_after_a_run() {
        let p = Progress {
            runs: vec![run(90, Some(2), Some(2), None)],
            ..Progress::default()
        };
        let morning = |today: i32| {
            let mut h = Html::new();
            morning_markup(&mut h, &p, Day(today), TestAction::Saved);
            h.into_string()
        };
        assert_eq!(morning(90), "");
        let html = morning(91);
        assert!(html.contains("The morning after your run"));
        assert!(html.contains("(stage 2)"));
        for id in [
            "morning-vs-better",
            "morning-vs-same",
            "morning-vs-worse",
            "morning-leg-yes",
            "morning-leg-no",
            "morning-pain-0",
        ] {
            assert!(
                html.contains(&["<label for=\"", id, "\">"].concat()),
                "{id}"
            );
        }
        assert!(html.contains("data-act=\"saved\" data-id=\"90\""));
        assert_eq!(check_balanced(&html), Ok(()));
    }
}
