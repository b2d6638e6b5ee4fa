use crate::content::model::*;

pub const RED_FLAGS: RedFlagsPage = RedFlagsPage {
    title: "When to get help now",
    intro: "",
    groups: &[],
    other_countries: "",
    facts: &[],
};
