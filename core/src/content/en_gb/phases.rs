use crate::content::model::*;

pub const PHASES: &[PhaseGuide] = &[];
