//! The DOM ids of the session page, shared by the markup that writes them and the code that
//! reads them back.

/// The heading of each screen and of the player; focus moves to it when the screen changes.
pub const STAGE_HEADING: &str = "stage-heading";
/// The pain scales before and after the session (the names of their radio groups, see
/// `components::markup::pain_scale`), read when the session starts and when it is saved.
pub const PAIN_BEFORE: &str = "pain-before";
pub const PAIN_AFTER: &str = "pain-after";

/// The player's controls, written once by `view::player_html` and filled in by `paint`.
/// "Exercise 2 of 5".
pub const PROGRESS_TEXT: &str = "pl-progress";
/// The bar of steps done in the whole session.
pub const PROGRESS_BAR: &str = "pl-bar";
/// What the current step asks.
pub const STEP: &str = "pl-step";
/// The countdown of a timed step, its bar and the bar's fill.
pub const CLOCK: &str = "pl-clock";
pub const CLOCK_BAR: &str = "pl-clock-bar";
pub const CLOCK_FILL: &str = "pl-fill";
/// The repetition counter of a step that is counted.
pub const REPS: &str = "pl-reps";
/// The two main buttons, whose words change with the step.
pub const PRIMARY: &str = "pl-primary";
pub const SECONDARY: &str = "pl-secondary";
/// What the player says when the current exercise will not count (a timed step of it was
/// passed before its clock ran); hidden otherwise.
pub const NOT_RUN_NOTE: &str = "pl-not-run";

/// The hands-free settings, on the screen before the session and in the player: every
/// control's id starts with [`HF_PREFIX`], so the screens' click listeners can tell a
/// setting from a button. Spoken cues, sounds, and the get-ready countdown (one radio
/// button per length, see [`countdown_id`]).
pub const HF_PREFIX: &str = "hf-";
pub const HF_VOICE: &str = "hf-voice";
pub const HF_SOUNDS: &str = "hf-sounds";
const HF_COUNTDOWN_PREFIX: &str = "hf-countdown-";
/// The note that says when a cue cannot play (empty and hidden otherwise).
pub const CUE_NOTE: &str = "cue-note";

/// The id of the radio button for a countdown of `seconds`.
pub fn countdown_id(seconds: u8) -> String {
    let mut id = String::from(HF_COUNTDOWN_PREFIX);
    backtrack_core::progress::json::push_int(&mut id, i64::from(seconds));
    id
}

/// The start of the id of each "I did …" checkbox on the screen after the player, one per
/// exercise whose clock did not run: this prefix and the exercise's slug (see [`did_id`]).
const DID_PREFIX: &str = "did-";

/// The id of the "I did …" checkbox of the exercise with this slug.
pub fn did_id(slug: &str) -> String {
    [DID_PREFIX, slug].concat()
}
