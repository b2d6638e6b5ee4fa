use crate::content::model::*;

pub const RETURN_TO_RUNNING: ReturnToRunning = ReturnToRunning {
    title: "Getting back to running",
    intro: "",
    pain_rule: PainRule {
        summary: "",
        progress_if: "",
        hold_if: "",
        step_back_if: "",
        source: "",
    },
    stages: &[],
    tips: &[],
};
