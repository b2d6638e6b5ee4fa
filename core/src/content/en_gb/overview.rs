use crate::content::model::*;

pub const OVERVIEW: Overview = Overview {
    title: "Why your lower back matters when you run",
    intro: "",
    sections: &[],
    facts: &[],
};
