use crate::content::model::*;

pub const CAUSES: &[Cause] = &[];
