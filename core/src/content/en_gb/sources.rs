use crate::content::model::*;

pub const SOURCES: SourcesPage = SourcesPage {
    title: "Sources",
    disclaimer: &[],
    sources: &[],
};
