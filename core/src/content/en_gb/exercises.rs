use crate::content::model::*;

pub const EXERCISES: &[Exercise] = &[];
