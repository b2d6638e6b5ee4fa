//! The colour of an urgency level, shared by the red flags page, the result and the summary.

use backtrack_core::Urgency;

/// The CSS class for an urgency level's colour.
pub fn class(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Emergency => "urgency-emergency",
        Urgency::Urgent => "urgency-urgent",
        Urgency::Routine => "urgency-routine",
        Urgency::SelfCare => "urgency-self-care",
    }
}
