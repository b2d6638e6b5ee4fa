//! The plan page as markup: pure, tested natively (see `components::markup`).

use backtrack_core::content::Phase;
use backtrack_core::ids::Urgency;
use backtrack_core::progress::coach::{safety, Safety};
use backtrack_core::progress::plan::{suggestion, today as plan_today, LinkedStart, Suggestion};
use backtrack_core::progress::{date::format_time, Day, Plan, PlanSource, Progress};
use backtrack_core::{CauseId, Route, CONTENT};

use super::action::PlanAction;
use super::ids::{self, reminder_id};
use crate::components::markup::Html;
use crate::components::run_coach::view as run_view;
use crate::components::{actions, general_care};

/// What the runner did on the page that its markup shows back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageState {
    /// "Start this plan" was pressed without choosing a cause.
    pub choose_error: bool,
    /// "Move on" was pressed before every point of "Ready to move on?" was ticked: which
    /// points were ticked then, as bits (bit `i` for point `i`): they stay ticked, and the
    /// others are marked as missing. Bits, not a list: the page keeps them in a signal of a
    /// type the app has anyway (a new signal type costs wasm).
    pub move_on_ticks: Option<i64>,
}

/// The ticks as bits, for [`PageState::move_on_ticks`].
pub fn tick_bits(ticks: &[bool]) -> i64 {
    ticks
        .iter()
        .enumerate()
        .filter(|(_, t)| **t)
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// The whole page below the heading, for this data and day.
pub fn page_html(d: &Progress, today: Day, state: &PageState) -> String {
    let mut h = Html::new();
    // The morning after a run, its question comes first: it decides the next run.
    if safety(&CONTENT, d.check.as_ref()) == Safety::Clear {
        run_view::morning_markup(&mut h, d, today, PlanAction::SaveMorning);
    }
    match (suggestion(&CONTENT, d.check.as_ref()), d.plan) {
        (Suggestion::SeeClinicianFirst { urgency }, plan) => {
            see_clinician(&mut h, urgency, plan.is_some())
        }
        (advice, None) => start_plan(&mut h, d, advice, state.choose_error),
        (advice, Some(plan)) => current_plan(&mut h, d, plan, advice, today, state),
    }
    h.into_string()
}

/// What the page says about a "start my plan" link for `cause` that did not simply start it
/// (see [`LinkedStart`]): why not, or a question with the buttons to answer it.
pub fn start_notice_html(cause: CauseId, outcome: LinkedStart) -> String {
    let name = cause_name(cause);
    let mut h = Html::new();
    match outcome {
        LinkedStart::Start(_) => return String::new(),
        LinkedStart::AlreadyFollowing => {
            h.open("p", "notice start-notice")
                .text("You are already following the plan for ")
                .el("strong", "", name)
                .text(". Today's part is below.")
                .close("p");
        }
        LinkedStart::Blocked { .. } => {
            h.open("div", "notice start-notice blocked")
                .el("p", "", "No self-care plan has been started.")
                .el(
                    "p",
                    "",
                    "Your symptom check found signs that need a doctor or physiotherapist first. What to do is below.",
                )
                .close("div");
        }
        LinkedStart::Confirm { following, checked } => {
            h.open("div", "notice start-notice");
            if let Some(current) = following {
                h.open("p", "")
                    .text("You are following the plan for ")
                    .el("strong", "", cause_name(current))
                    .text(". The plan for ")
                    .el("strong", "", name)
                    .text(" would start again at phase 1. Your diary and sessions are kept.")
                    .close("p");
            }
            if !checked {
                h.el(
                    "p",
                    "",
                    "Before you start: the symptom check looks for warning signs that need a doctor first, then for the cause that fits best. It takes a few minutes.",
                );
            }
            h.open("p", "buttons");
            if !checked {
                h.open_with(
                    "a",
                    &[
                        ("class", "button primary"),
                        ("href", &Route::Check.to_hash()),
                    ],
                )
                .text("Check my symptoms first")
                .close("a");
            }
            let class = if checked { "primary" } else { "secondary" };
            actions::button(
                &mut h,
                class,
                &PlanAction::StartLinked(cause),
                &["Start the plan for ", name],
            );
            h.close("p").close("div");
        }
    }
    h.into_string()
}

pub(super) fn cause_name(cause: CauseId) -> &'static str {
    CONTENT.cause(cause).map_or("", |c| c.name)
}

fn phase_title(phase: Phase) -> &'static str {
    CONTENT.phase(phase).map_or("", |g| g.title)
}

fn see_clinician(h: &mut Html, urgency: Urgency, paused: bool) {
    let action = CONTENT
        .red_flags
        .groups
        .iter()
        .find(|g| g.urgency == urgency)
        .map(|g| g.action);
    h.open_with(
        "section",
        &[("class", "stop"), ("aria-labelledby", ids::STOP_HEADING)],
    );
    h.open_with("h2", &[("id", ids::STOP_HEADING)])
        .text("See a doctor before starting a plan")
        .close("h2");
    h.open("p", "");
    match action {
        Some(action) => h
            .text("Your latest symptom check found signs that need a doctor first. ")
            .text(action),
        None => h.text(
            "Your latest symptom check did not answer every warning-sign question, so a home plan is not offered yet. Please finish the check first.",
        ),
    };
    h.close("p");
    if let Some(group) = CONTENT
        .red_flags
        .groups
        .iter()
        .find(|g| g.urgency == urgency)
    {
        crate::components::call_links::write(h, group.calls);
        if urgency >= Urgency::Urgent {
            crate::components::call_links::other_countries(h, &CONTENT.red_flags);
        }
    }
    if paused {
        h.el(
            "p",
            "",
            "Your plan is paused until a new check says a home plan is safe.",
        );
    }
    h.open("p", "")
        .link(&Route::Result.to_hash(), "See your result")
        .text(" · ")
        .link(&Route::RedFlags.to_hash(), "When to get help now")
        .text(" · ")
        .link(&Route::Check.to_hash(), "Check my symptoms again")
        .close("p")
        .close("section");
}

/// Whether the saved check shows a bone-stress sign: no running until checked, whatever
/// else the plan says.
fn no_running(d: &Progress) -> bool {
    d.check
        .as_ref()
        .is_some_and(|c| CONTENT.questionnaire.no_running_until_checked(&c.answers))
}

fn no_running_notice(h: &mut Html) {
    h.raw("<p class=\"notice no-running\"><strong>")
        .text(CONTENT.results.no_running)
        .raw("</strong></p>");
}

fn start_plan(h: &mut Html, d: &Progress, advice: Suggestion, choose_error: bool) {
    h.el(
        "p",
        "lead",
        "Your plan takes you through four phases, from settling the pain down to running again, with exercises for each day.",
    );
    if no_running(d) {
        no_running_notice(h);
    }
    match advice {
        Suggestion::NoClearCause { urgency } => {
            let text = &CONTENT.results;
            h.open_with("section", &[("aria-labelledby", ids::GENERAL_CARE_HEADING)]);
            h.open_with("h2", &[("id", ids::GENERAL_CARE_HEADING)])
                .text(text.general_care_heading)
                .close("h2");
            h.el("p", "", text.no_fit);
            if urgency == Urgency::Routine {
                h.el(
                    "p",
                    "notice",
                    "Your check also says to book an appointment with a GP or physiotherapist.",
                );
            }
            general_care::advice(h);
            h.close("section");
        }
        Suggestion::Cause {
            cause,
            urgency,
            confident,
        } => {
            let name = cause_name(cause);
            h.open_with("section", &[("aria-labelledby", ids::FROM_CHECK_HEADING)]);
            h.open_with("h2", &[("id", ids::FROM_CHECK_HEADING)])
                .text("Start from your symptom check")
                .close("h2");
            h.open("p", "")
                .text("Your latest check points most to: ")
                .el("strong", "", name)
                .text(".")
                .close("p");
            if !confident {
                h.el("p", "hint", "Your answers did not separate the causes clearly, so this is a best guess. You can choose another cause below.");
            }
            if urgency == Urgency::Routine {
                h.el("p", "notice", "Your check also says to book an appointment with a GP or physiotherapist. You can start the plan while you wait.");
            }
            actions::button(
                h,
                "primary",
                &PlanAction::StartFromCheck(cause),
                &["Start the plan for ", name],
            );
            h.close("section");
        }
        _ => {
            h.open("p", "")
                .text("A plan works best from your ")
                .link(&Route::Check.to_hash(), "symptom check")
                .text(": it looks for warning signs first and then suggests a cause.")
                .close("p");
        }
    }
    h.open_with(
        "section",
        &[
            ("class", "choose-cause"),
            ("aria-labelledby", ids::CHOOSE_HEADING),
        ],
    );
    h.open_with("h2", &[("id", ids::CHOOSE_HEADING)])
        .text("Or choose a cause yourself")
        .close("h2");
    h.open("p", "")
        .text("If you know the cause, for example from a physiotherapist, pick it here. If you have not checked for warning signs, read ")
        .link(&Route::RedFlags.to_hash(), "when to get help now")
        .text(" first.")
        .close("p");
    h.open_with("label", &[("for", ids::CAUSE_SELECT)])
        .text("Cause")
        .close("label");
    if choose_error {
        h.open_with(
            "select",
            &[
                ("id", ids::CAUSE_SELECT),
                ("aria-invalid", "true"),
                ("aria-describedby", ids::CAUSE_ERROR),
            ],
        );
    } else {
        h.open_with("select", &[("id", ids::CAUSE_SELECT)]);
    }
    h.open_with("option", &[("value", "")])
        .text("Choose a cause")
        .close("option");
    for c in CauseId::ALL {
        h.open_with("option", &[("value", c.id())])
            .text(cause_name(c))
            .close("option");
    }
    h.close("select");
    if choose_error {
        h.open_with("p", &[("id", ids::CAUSE_ERROR), ("class", "field-error")])
            .text("Choose a cause first.")
            .close("p");
    }
    h.open("p", "");
    actions::button(
        h,
        "secondary",
        &PlanAction::StartChosen,
        &["Start this plan"],
    );
    h.close("p").close("section");
}

fn current_plan(
    h: &mut Html,
    d: &Progress,
    plan: Plan,
    advice: Suggestion,
    today: Day,
    state: &PageState,
) {
    let guide = CONTENT.phase(plan.phase);
    let todays = plan_today(&CONTENT, plan.cause, plan.phase);

    h.open_with(
        "section",
        &[
            ("class", "plan-summary"),
            ("aria-labelledby", ids::CAUSE_HEADING),
        ],
    );
    h.open_with("h2", &[("id", ids::CAUSE_HEADING)])
        .text(cause_name(plan.cause))
        .close("h2");
    h.open_with("ol", &[("class", "phase-track"), ("aria-label", "Phases")]);
    for p in Phase::ALL {
        let class = if p == plan.phase {
            "current"
        } else if p < plan.phase {
            "done"
        } else {
            ""
        };
        if p == plan.phase {
            h.open_with("li", &[("class", class), ("aria-current", "step")]);
        } else {
            h.open_with("li", &[("class", class)]);
        }
        h.text(phase_title(p)).close("li");
    }
    h.close("ol");
    h.open("p", "lead")
        .el("strong", "", phase_title(plan.phase))
        .text(". ")
        .text(guide.map_or("", |g| g.aim))
        .close("p");
    h.open("p", "hint")
        .text("Started ")
        .text(&plan.started.label())
        .text(match plan.source {
            PlanSource::Check => ", from your symptom check. Day ",
            PlanSource::Chosen => ", chosen by you. Day ",
        })
        .num(i64::from(plan.days_in_phase(today) + 1))
        .text(" of this phase.")
        .close("p");
    // A bone-stress sign: no running until checked, in every phase of a running plan, not
    // only the last (walking and the gentle exercises stay).
    if no_running(d) {
        no_running_notice(h);
    }
    if let Suggestion::Cause { cause, .. } = advice {
        if cause != plan.cause {
            let name = cause_name(cause);
            h.open("p", "notice")
                .text("Your latest symptom check points to ")
                .text(name)
                .text(". ");
            actions::button(
                h,
                "link-button",
                &PlanAction::Switch(cause),
                &["Switch the plan to ", name],
            );
            h.close("p");
        }
    }
    h.close("section");

    h.open_with("section", &[("aria-labelledby", ids::TODAY_HEADING)]);
    h.open_with("h2", &[("id", ids::TODAY_HEADING)])
        .text("Today")
        .close("h2");
    if let Some(s) = d.sessions.iter().rev().find(|s| s.day == today) {
        h.open("p", "done-today")
            .text("✓ You did a session today at ")
            .text(&format_time(s.minute))
            .text(".")
            .close("p");
    }
    if todays.exercises.is_empty() {
        h.el(
            "p",
            "",
            "There are no set exercises in this phase. Follow the advice below.",
        );
    } else {
        h.open("ul", "today-exercises");
        for e in &todays.exercises {
            h.open("li", "")
                .link(&Route::Exercise(e.slug).to_hash(), e.name)
                .open("span", "dose")
                .text(" — ")
                .text(&e.dose.describe())
                .close("span")
                .close("li");
        }
        h.close("ul");
        h.open("p", "")
            .open_with(
                "a",
                &[
                    ("class", "button primary"),
                    ("href", &Route::Session.to_hash()),
                ],
            )
            .text("Start today's session")
            .close("a")
            .close("p");
    }
    h.el("h3", "", "What to do in this phase");
    h.open("ul", "plain-list phase-steps");
    for s in &todays.steps {
        h.open("li", "").el("h4", "", s.title);
        for t in s.text {
            h.el("p", "", t);
        }
        h.close("li");
    }
    h.close("ul");
    if plan.phase == Phase::ReturnToRunning && !no_running(d) {
        h.open("p", "")
            .text("Follow the ")
            .link(&Route::Running.to_hash(), "walk–run guide")
            .text(" one stage at a time.")
            .close("p");
    }
    h.close("section");

    if !todays.exercises.is_empty() {
        reminders(h);
    }

    h.open_with("section", &[("aria-labelledby", ids::MOVE_ON_HEADING)]);
    h.open_with("h2", &[("id", ids::MOVE_ON_HEADING)])
        .text("Ready to move on?")
        .close("h2");
    let points = guide.map_or(&[][..], |g| g.ready_to_move_on);
    match plan.phase.next() {
        Some(next) => move_on_checklist(h, points, next, state.move_on_ticks),
        None => {
            h.el(
                "p",
                "",
                "This is the last phase. You are back to full running when:",
            );
            h.list("ul", "checklist", points);
        }
    }
    h.close("section");

    h.open_with("section", &[("aria-labelledby", ids::STEP_BACK_HEADING)]);
    h.open_with("h2", &[("id", ids::STEP_BACK_HEADING)])
        .text("When to step back")
        .close("h2");
    h.list("ul", "", guide.map_or(&[][..], |g| g.step_back_if));
    if let Some(p) = plan.phase.previous() {
        actions::button(
            h,
            "secondary",
            &PlanAction::StepBack,
            &["Step back to ", phase_title(p)],
        );
    }
    h.close("section");

    h.open("details", "plan-change")
        .el("summary", "", "Change or stop the plan")
        .el(
            "p",
            "",
            "Stopping the plan keeps your diary and sessions. You can then start a plan for another cause.",
        );
    actions::button(h, "secondary", &PlanAction::Stop, &["Stop this plan"]);
    h.close("details");
}

/// The time the reminder form starts with.
pub const REMINDER_TIME: &str = "18:00";

/// One day's box of the reminder form (the day's number, Monday = 0, and its name).
macro_rules! day_box {
    ($n:literal, $name:literal) => {
        concat!(
            "<p class=\"field checkbox\"><input type=\"checkbox\" id=\"",
            reminder_id!(day),
            $n,
            "\" checked=\"\"><label for=\"",
            reminder_id!(day),
            $n,
            "\">",
            $name,
            "</label></p>"
        )
    };
}

/// The reminder form up to its button: fixed, so one literal (see `ids`).
const REMINDERS_FORM: &str = concat!(
    "<section class=\"reminders\" aria-labelledby=\"",
    reminder_id!(heading),
    "\"><h2 id=\"",
    reminder_id!(heading),
    "\">Reminders</h2><p>Backtrack sends no notifications. Add a repeating reminder to your calendar instead.</p><fieldset class=\"reminder-days\" aria-describedby=\"",
    reminder_id!(days_error),
    "\"><legend>Days</legend>",
    day_box!("0", "Monday"),
    day_box!("1", "Tuesday"),
    day_box!("2", "Wednesday"),
    day_box!("3", "Thursday"),
    day_box!("4", "Friday"),
    day_box!("5", "Saturday"),
    day_box!("6", "Sunday"),
    "</fieldset><p id=\"",
    reminder_id!(days_error),
    "\" class=\"field-error\" hidden=\"\">Choose at least one day.</p><p class=\"field\"><label for=\"",
    reminder_id!(time),
    "\">Time</label><input type=\"time\" id=\"",
    reminder_id!(time),
    "\" value=\"18:00\" required=\"\"></p><p>"
);

/// "Add reminders to my calendar": the days (all ticked to begin with) and a time, and the
/// button that writes the calendar file. The app sends no notifications (it contacts no
/// server), so a recurring event in the runner's own calendar does the reminding.
fn reminders(h: &mut Html) {
    h.raw(REMINDERS_FORM);
    actions::button(
        h,
        "secondary",
        &PlanAction::Reminders,
        &["Add reminders to my calendar"],
    );
    h.raw("</p><p class=\"hint\">Open the file with your calendar app. Nothing is sent anywhere.</p></section>");
}

/// "Ready to move on?" as a checklist: a box for each point, and "Move on", which moves
/// only once every box is ticked (see `PlanPage`). `ticks` are the boxes ticked when "Move
/// on" was last pressed too early (see [`PageState::move_on_ticks`]): kept ticked, the others
/// marked as missing and described by the message that says so.
fn move_on_checklist(h: &mut Html, points: &[&str], next: Phase, ticks: Option<i64>) {
    let ticked = |i: usize| ticks.is_some_and(|t| i < 63 && t & (1 << i) != 0);
    let missing = ticks.map_or(0, |_| (0..points.len()).filter(|&i| !ticked(i)).count());
    h.open("fieldset", "move-on-check").el(
        "legend",
        "",
        "Move on when all of these are true. Tick each one that is true for you now:",
    );
    for (i, point) in points.iter().enumerate() {
        let id = ids::ready_id(i);
        let mut attrs = vec![("type", "checkbox"), ("id", id.as_str())];
        if ticked(i) {
            attrs.push(("checked", ""));
        } else if missing > 0 {
            attrs.push(("aria-invalid", "true"));
            attrs.push(("aria-describedby", ids::MOVE_ON_ERROR));
        }
        h.open(
            "p",
            if missing > 0 && !ticked(i) {
                "field checkbox missing"
            } else {
                "field checkbox"
            },
        )
        .open_with("input", &attrs)
        .open_with("label", &[("for", &id)])
        .text(point)
        .close("label")
        .close("p");
    }
    h.close("fieldset");
    if missing > 0 {
        h.open_with("p", &[("id", ids::MOVE_ON_ERROR), ("class", "field-error")])
            .text("Not yet: ")
            .num(missing as i64)
            .text(" of ")
            .num(points.len() as i64)
            .text(if missing == 1 {
                " is not ticked. "
            } else {
                " are not ticked. "
            })
            .text("Stay with this phase until every one is true for you.")
            .close("p");
    }
    actions::button(
        h,
        "primary",
        &PlanAction::MoveOn,
        &["Move on to ", phase_title(next)],
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::components::markup::check_balanced;

    #[test]
    fn after_a_bone_stress_sign_every_phase_of_the_plan_says_no_running() {
        use backtrack_core::progress::SavedCheck;
        use backtrack_core::questionnaire::{Answer, QuestionId};
        let mut answers = CONTENT.questionnaire.reassuring_safety_answers();
        let hop = QuestionId::from_id("rf_hop_pain").expect("the hop question");
        answers.insert(hop, Answer::Yes);
        let mut plan = Plan::start(CauseId::FacetJoint, PlanSource::Check, Day(20_000));
        let mut p = Progress {
            check: Some(SavedCheck {
                answers,
                finished: true,
            }),
            plan: Some(plan),
            ..Progress::default()
        };
        loop {
            let html = page_html(&p, Day(20_001), &PageState::default());
            assert_eq!(
                html.matches("notice no-running").count(),
                1,
                "{:?}",
                plan.phase
            );
            assert!(html.contains("Walking and the gentle exercises are fine"));
            // No link into the run stages (the phase's own words still name the guide).
            assert!(!html.contains(">walk–run guide</a>"), "{:?}", plan.phase);
            if !plan.move_on(Day(20_001)) {
                break;
            }
            p.plan = Some(plan);
        }
        // Without the sign, the last phase points to the walk–run guide.
        p.check = None;
        let html = page_html(&p, Day(20_001), &PageState::default());
        assert!(!html.contains("no-running") && html.contains(">walk–run guide</a>"));
    }

    #[test]
    fn a_plan_with_exercises_offers_calendar_reminders() {
        let mut p = Progress {
            plan: Some(Plan::start(CauseId::Disc, PlanSource::Chosen, Day(20_000))),
            ..Progress::default()
        };
        let html = page_html(&p, Day(20_000), &PageState::default());
        assert_eq!(check_balanced(&html), Ok(()));
        assert!(html.contains("data-act=\"reminders\""));
        for day in 0..7 {
            let id = ids::reminder_day_id(day);
            assert!(html.contains(&["id=\"", id.as_str(), "\" checked=\"\">"].concat()));
        }
        assert!(html.contains(
            &[
                "id=\"",
                ids::REMINDER_TIME,
                "\" value=\"",
                REMINDER_TIME,
                "\""
            ]
            .concat()
        ));
        assert!(html.contains(
            &[
                "id=\"",
                ids::REMINDER_DAYS_ERROR,
                "\" class=\"field-error\" hidden"
            ]
            .concat()
        ));
        // A phase without set exercises has nothing to be reminded of.
        let empty = CauseId::ALL.into_iter().flat_map(|c| {
            Phase::ALL
                .into_iter()
                .filter(move |ph| plan_today(&CONTENT, c, *ph).exercises.is_empty())
                .map(move |ph| (c, ph))
        });
        for (cause, phase) in empty {
            let mut plan = Plan::start(cause, PlanSource::Chosen, Day(20_000));
            plan.phase = phase;
            p.plan = Some(plan);
            let html = page_html(&p, Day(20_000), &PageState::default());
            assert!(
                !html.contains("data-act=\"reminders\""),
                "{cause:?} {phase:?}"
            );
        }
    }

    #[test]
    fn without_a_check_the_runner_can_choose_a_cause() {
        let html = page_html(&Progress::default(), Day(20_000), &PageState::default());
        assert!(html.contains("Or choose a cause yourself"));
        assert!(
            html.contains("<option value=\"disc\">Disc</option>")
                || html.contains("value=\"disc\"")
        );
        assert!(!html.contains(ids::CAUSE_ERROR));
        assert!(page_html(
            &Progress::default(),
            Day(20_000),
            &PageState {
                choose_error: true,
                move_on_ticks: None
            }
        )
        .contains("aria-invalid=\"true\""));
    }

    #[test]
    fn a_plan_shows_its_phase_with_buttons_to_move() {
        let mut p = Progress::default();
        let mut plan = Plan::start(CauseId::Disc, PlanSource::Chosen, Day(20_000));
        plan.move_on(Day(20_001));
        p.plan = Some(plan);
        let html = page_html(&p, Day(20_003), &PageState::default());
        assert!(html.contains("aria-current=\"step\">Phase 2: Mobilise</li>"));
        assert!(html.contains("data-act=\"move-on\""));
        assert!(html.contains("data-act=\"step-back\""));
        assert!(html.contains("Day 3 of this phase."));
        assert!(html.contains("Start today&#39;s session"));
        assert_eq!(check_balanced(&html), Ok(()));
    }

    #[test]
    fn a_start_link_that_cannot_start_says_why_or_asks() {
        use backtrack_core::progress::PlanSource;
        assert_eq!(
            start_notice_html(CauseId::Disc, LinkedStart::Start(PlanSource::Check)),
            ""
        );
        let blocked = start_notice_html(
            CauseId::Disc,
            LinkedStart::Blocked {
                urgency: Urgency::Emergency,
            },
        );
        assert!(blocked.contains("No self-care plan has been started."));
        assert!(!blocked.contains("<button"));
        let unchecked = start_notice_html(
            CauseId::Disc,
            LinkedStart::Confirm {
                following: None,
                checked: false,
            },
        );
        assert!(unchecked.contains("href=\"#/check\""));
        assert!(unchecked.contains("data-act=\"start-linked\" data-id=\"disc\""));
        let switching = start_notice_html(
            CauseId::Nerve,
            LinkedStart::Confirm {
                following: Some(CauseId::Disc),
                checked: true,
            },
        );
        assert!(switching.contains("Your diary and sessions are kept."));
        assert!(!switching.contains("#/check"));
        assert!(switching.contains("class=\"primary\""));
    }

    #[test]
    fn moving_on_is_a_checklist_that_says_what_is_missing() {
        let mut p = Progress {
            plan: Some(Plan::start(CauseId::Disc, PlanSource::Chosen, Day(20_000))),
            ..Progress::default()
        };
        let points = CONTENT
            .phase(Phase::Settle)
            .map_or(&[][..], |g| g.ready_to_move_on);
        assert!(points.len() >= 2);
        let fresh = page_html(&p, Day(20_000), &PageState::default());
        for i in 0..points.len() {
            let id = ids::ready_id(i);
            let input = ["<input type=\"checkbox\" id=\"", id.as_str(), "\">"].concat();
            assert!(fresh.contains(&input), "{input} unticked, not invalid");
        }
        assert!(fresh.contains("data-act=\"move-on\""));
        assert!(!fresh.contains(ids::MOVE_ON_ERROR));
        assert_eq!(check_balanced(&fresh), Ok(()));

        // Pressed with only the first point ticked: it stays ticked, the rest are missing.
        let mut ticks = vec![false; points.len()];
        ticks[0] = true;
        let html = page_html(
            &p,
            Day(20_000),
            &PageState {
                choose_error: false,
                move_on_ticks: Some(tick_bits(&ticks)),
            },
        );
        let first = ids::ready_id(0);
        assert!(html.contains(&["id=\"", first.as_str(), "\" checked=\"\">"].concat()));
        let second = ids::ready_id(1);
        assert!(html.contains(
            &[
                "id=\"",
                second.as_str(),
                "\" aria-invalid=\"true\" aria-describedby=\"",
                ids::MOVE_ON_ERROR,
                "\">"
            ]
            .concat()
        ));
        let missing = points.len() - 1;
        assert!(html.contains(
            &[
                "Not yet: ",
                &missing.to_string(),
                " of ",
                &points.len().to_string(),
                " are not ticked."
            ]
            .concat()
        ));
        assert_eq!(check_balanced(&html), Ok(()));

        // The last phase has nowhere to move on to: a plain list, no boxes.
        let mut last = Plan::start(CauseId::Disc, PlanSource::Chosen, Day(20_000));
        while last.move_on(Day(20_001)) {}
        p.plan = Some(last);
        let html = page_html(&p, Day(20_002), &PageState::default());
        assert!(!html.contains("move-on-check") && !html.contains("data-act=\"move-on\""));
    }
}
