//! What the session page's buttons do, each verb written once.
//!
//! Two enums, because the screens around the player and the player itself are separate
//! pieces of markup, each with its own delegated listener: neither ever sees the other's
//! buttons.

crate::page_actions! {
    /// A button on the screens before and after the player.
    pub enum SessionAction {
        /// Keep the pain score from before and start the player.
        Start = "start",
        /// Log the session with the pain score from after.
        Save = "save",
        /// The link back to the plan: the session's draft is discarded as it goes.
        Leave = "leave",
    }
}

crate::page_actions! {
    /// A button of the player.
    pub enum PlayerAction {
        /// Start, pause or resume the clock of a timed step; "set done" for a counted one.
        Primary = "primary",
        /// "Next" on a timed step; "+1 repetition" on a counted one.
        Secondary = "secondary",
        /// Skip the rest of this exercise.
        Skip = "skip",
        /// "I did this one": the runner did the exercise (perhaps without the clock), so it
        /// counts as done, and the player goes on to the next.
        Confirm = "confirm",
        /// End the session now (what is left counts as skipped).
        End = "end",
    }
}
