//! The outcomes: the baseline questions at the check, the runner's own activities scored
//! 0–10 (the Patient-Specific Functional Scale), the weekly check, and what a change means.

use crate::content::model::OutcomesText;

pub const OUTCOMES: OutcomesText = OutcomesText {
    baseline_heading: "About your pain",
    baseline_intro: "These answers do not change your result. \
                     They are a starting point, so that you and anyone who treats you \
                     can see later how much has changed. You can skip this step.",
    skip: "Skip this step",
    pain_now: "How bad is your back pain right now?",
    pain_worst: "How bad was it at its worst in the last 7 days?",
    duration: "How long have you had this pain?",
    duration_labels: &[
        "Less than a week",
        "1 to 6 weeks",
        "6 to 12 weeks",
        "More than 3 months",
    ],
    onset: "When did it start?",
    onset_hint: "Only if you know the day.",
    side: "Where is the pain?",
    side_labels: &["Left side", "Right side", "Both sides", "In the middle"],
    running_before: "How much did you run in a normal week before the pain?",
    running_now: "How much did you run in the last 7 days?",
    running_hint: "Give kilometres or minutes, whichever you know. Put 0 if you did not run. \
                   Leave it empty if you are not sure.",
    unit_labels: &["km", "minutes"],
    activities_heading: "What your back makes hard",
    activities_intro: "Name up to three things you find hard because of your back. \
                       Then score how well you can do each one today.",
    suggestions: &["Run 5 km", "Sit through a film", "Put on socks"],
    score_hint: "0 means you cannot do it at all. 10 means you can do it as well as before \
                 the pain.",
    missing: "Please answer the questions marked, or skip this step.",
    saved: "Saved. You will be asked to score your activities again in a week.",
    weekly_heading: "Your weekly check",
    weekly_intro: "It takes a minute. Scoring the same things each week shows you, and \
                   your physio, whether they are really getting easier.",
    rate_now: "Score my activities",
    not_now: "Not this week",
    rated: "Scores saved. The next weekly check is in 7 days.",
    missing_weekly: "Please give a score for each activity you name, and both pain scores \
                     or neither.",
    snoozed: "Fine. We will ask again in a week.",
    scores_columns: [
        "Date",
        "Pain now (0-10)",
        "Worst pain in the last 7 days (0-10)",
        "Activity",
        "Score (0 unable - 10 as before)",
    ],
    share_scores: "Share the scores (CSV)",
    download_scores: "Download the scores (CSV)",
    better: "a real improvement",
    worse: "a real change for the worse",
    unclear: "not a clear change yet",
    real_change_note: "A change counts as real only if it is at least 2 points for the \
                       average score, 3 points for one activity, or 2 points for pain. \
                       Smaller changes can come and go from day to day.",
};
