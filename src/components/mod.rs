//! Reusable components, one folder each.

pub mod actions;
pub mod back_diagram;
pub mod call_links;
pub mod exercise_figure;
pub mod general_care;
pub mod markup;
pub mod movement_icon;
pub mod outcome_fields;
pub mod outcome_trend;
pub mod page_links;
pub mod pain_chart;
pub mod progress_nav;
pub mod question_field;
pub mod run_coach;
pub mod site_footer;
pub mod site_header;
pub mod storage_notice;
pub mod update_prompt;
pub mod urgency;
pub mod weekly_check;

pub use pain_chart::PainChart;
pub use progress_nav::ProgressNav;
pub use run_coach::RunCoach;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use storage_notice::StorageNotice;
pub use update_prompt::UpdatePrompt;
pub use weekly_check::WeeklyCheck;
