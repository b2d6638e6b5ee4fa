//! One file per page. Each page renders content from the core and dispatches actions; none
//! holds clinical text of its own beyond headings and labels.

pub mod cause;
pub mod causes;
pub mod check;
pub mod data;
pub mod diary;
pub mod exercise;
pub mod exercises;
pub mod home;
pub mod not_found;
pub mod overview;
pub mod plan;
pub mod progress;
pub mod red_flags;
pub mod result;
pub mod running;
pub mod session;
pub mod sources;
