//! What the plan page's buttons do, each verb written once.

use backtrack_core::CauseId;

crate::page_actions! {
    /// A button on the plan page.
    pub enum PlanAction {
        /// Start the plan for the cause the latest check points to.
        StartFromCheck(CauseId) = "start-check",
        /// Start the plan for the cause chosen in the list.
        StartChosen = "start-chosen",
        /// Follow the cause the latest check points to instead.
        Switch(CauseId) = "switch",
        /// Start (or switch to) the plan a "start my plan" link asked for, once the runner
        /// has confirmed it.
        StartLinked(CauseId) = "start-linked",
        MoveOn = "move-on",
        /// Write the calendar reminders for the days and time picked, and share or
        /// download them.
        Reminders = "reminders",
        StepBack = "step-back",
        Stop = "stop",
        /// Save the next-morning check of the run with this id (the question the page
        /// shows first after a run).
        SaveMorning(i64) = "save-morning",
    }
}
