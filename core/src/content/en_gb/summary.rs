//! The wording of "Show my physio": the summary page, its buttons and the CSV files.

use crate::content::model::{AnswerGroup, SummaryText};
use crate::questionnaire::StepId;

pub const SUMMARY: SummaryText = SummaryText {
    title: "Show my physio",
    intro: "This page sums up what you have told Backtrack, so you can take it to a \
            physiotherapist or GP. Print it, or share your diary as a spreadsheet file. \
            Nothing leaves this device unless you choose to send it.",
    self_reported: "Everything here was entered by the runner. It is self-reported. \
                    It is not a diagnosis, and it does not replace an examination.",
    made_on: "Made with Backtrack on",
    actions_heading: "Print or share",
    print_button: "Print or save as PDF",
    print_hint: "In the print window, choose \"Save as PDF\" to keep a file.",
    share_diary: "Share the pain diary (CSV)",
    share_sessions: "Share the sessions (CSV)",
    download_diary: "Download the pain diary (CSV)",
    download_sessions: "Download the sessions (CSV)",
    files_note: "CSV files open in any spreadsheet app. \
                 A full backup of everything is on the Your data page.",
    backup_link: "Your data",
    answers_heading: "Latest symptom check",
    no_check: "There is no finished symptom check yet.",
    check_link: "Check my symptoms",
    groups: &[
        AnswerGroup {
            heading: "Warning signs asked",
            steps: &[
                StepId::EmergencySigns,
                StepId::EmergencyLegs,
                StepId::Health,
                StepId::PainPattern,
                StepId::RunningBones,
            ],
        },
        AnswerGroup {
            heading: "How it started and how it feels",
            steps: &[StepId::Start, StepId::Feel, StepId::Where],
        },
        AnswerGroup {
            heading: "Leg symptoms",
            steps: &[StepId::LegDetail],
        },
        AnswerGroup {
            heading: "What makes it worse or better",
            steps: &[StepId::Movement],
        },
        AnswerGroup {
            heading: "When running",
            steps: &[StepId::Running],
        },
    ],
    yes: "Yes",
    no: "No",
    not_sure: "Not sure",
    not_answered: "Not answered",
    result_heading: "Result",
    causes_heading: "What may be behind it",
    pointing_here: "Pointing here:",
    plan_heading: "Plan and exercises",
    no_plan: "No plan started yet.",
    plan_cause: "Plan for",
    plan_phase: "Phase now",
    plan_started: "Plan started",
    plan_phase_since: "In this phase since",
    from_check: "from the symptom check",
    chosen: "chosen by the runner",
    sessions_logged: "Sessions logged",
    sessions_recent: "Sessions in the last 30 days",
    exercises_caption: "Exercises in logged sessions",
    exercise_column: "Exercise",
    done_column: "Times done",
    skipped_column: "Times skipped",
    chart_heading: "Pain over the last 30 days",
    diary_heading: "Recent diary entries",
    diary_caption: "The latest diary entries, newest first",
    no_diary: "No diary entries yet.",
    notes_cut: "Long notes are cut short here. The diary file has them in full.",
    diary_columns: [
        "Date",
        "Time",
        "Pain (0 to 10)",
        "Ran",
        "Distance (km)",
        "Note",
    ],
    session_columns: [
        "Date",
        "Time",
        "Cause",
        "Phase",
        "Exercises done",
        "Exercises skipped",
        "Pain before (0 to 10)",
        "Pain after (0 to 10)",
    ],
};
