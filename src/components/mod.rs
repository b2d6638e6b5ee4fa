//! Reusable components, one folder each.

pub mod exercise_figure;
pub mod page_links;
pub mod question_field;
pub mod site_footer;
pub mod site_header;
pub mod update_prompt;

pub use exercise_figure::ExerciseFigure;
pub use page_links::PageLinks;
pub use question_field::QuestionField;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use update_prompt::UpdatePrompt;
