//! The fields of the outcomes ([`backtrack_core::progress::outcomes`]): the baseline asked at
//! the check after the warning signs, and the runner's own activities with their 0–10
//! scores, asked with the baseline and again each week.
//!
//! Markup writers (pure, tested natively) and, in the browser, readers that turn the fields
//! back into the core's form types, which do all the checking. The DOM ids are made here and
//! nowhere else.

use backtrack_core::progress::outcomes::{
    ActivityRow, BaselineForm, FormField, LoadUnit, PainDuration, Side, MAX_ACTIVITIES,
    MAX_ACTIVITY_CHARS,
};
use backtrack_core::CONTENT;

use crate::components::markup::{pain_scale, radio_answer, Html};

/// The pain scales' names (see [`pain_scale`]).
pub const PAIN_NOW: &str = "outcome-pain-now";
pub const PAIN_WORST: &str = "outcome-pain-worst";
/// The radio groups' names; each button's id is the name, a dash and the choice's id.
pub const DURATION: &str = "outcome-duration";
pub const SIDE: &str = "outcome-side";
pub const ONSET: &str = "outcome-onset";
pub const BEFORE: &str = "outcome-before";
pub const NOW: &str = "outcome-now";
const SUGGESTIONS: &str = "outcome-suggestions";

/// The id of the fieldset or input that holds `field`, to mark it and move focus to it.
pub fn field_id(field: FormField) -> String {
    match field {
        FormField::PainNow => [PAIN_NOW, "-group"].concat(),
        FormField::PainWorst => [PAIN_WORST, "-group"].concat(),
        FormField::Duration => [DURATION, "-group"].concat(),
        FormField::Side => [SIDE, "-group"].concat(),
        FormField::Onset => ONSET.to_owned(),
        FormField::RunningBefore => amount_id(BEFORE),
        FormField::RunningNow => amount_id(NOW),
        FormField::Activity(i) => activity_name_id(i),
    }
}

fn amount_id(which: &str) -> String {
    [which, "-amount"].concat()
}

fn unit_id(which: &str) -> String {
    [which, "-unit"].concat()
}

fn activity_name_id(row: usize) -> String {
    format!("outcome-activity-{row}")
}

fn activity_score_id(row: usize) -> String {
    format!("outcome-score-{row}")
}

fn choice_id(group: &str, choice: &str) -> String {
    [group, "-", choice].concat()
}

/// A pain scale in a group that can be marked and focused.
fn pain(h: &mut Html, name: &'static str, legend: &str) {
    h.open_with(
        "div",
        &[
            ("id", &[name, "-group"].concat()),
            ("tabindex", "-1"),
            ("class", "question"),
        ],
    );
    pain_scale(h, name, legend, false);
    h.close("div");
}

/// One question as radio buttons: `choices` are (id, words).
fn radios(
    h: &mut Html,
    name: &'static str,
    legend: &str,
    choices: &[(&'static str, &'static str)],
) {
    h.open_with(
        "fieldset",
        &[
            ("id", &[name, "-group"].concat()),
            ("tabindex", "-1"),
            ("class", "question choice"),
        ],
    )
    .el("legend", "", legend)
    .open("div", "answers");
    for (value, label) in choices {
        let id = choice_id(name, value);
        radio_answer(h, name, &id, value, label);
    }
    h.close("div").close("fieldset");
}

/// A weekly running figure: a whole number and its unit.
fn load(h: &mut Html, which: &'static str, label: &str) {
    let (amount, unit) = (amount_id(which), unit_id(which));
    let t = &CONTENT.outcomes;
    h.open("div", "field load")
        .open_with("label", &[("for", &amount)])
        .text(label)
        .close("label")
        .open("div", "field-row")
        .open_with(
            "input",
            &[
                ("id", &amount),
                ("type", "text"),
                ("inputmode", "numeric"),
                ("pattern", "[0-9]*"),
                ("size", "5"),
                ("autocomplete", "off"),
            ],
        )
        .open_with("label", &[("for", &unit), ("class", "visually-hidden")])
        .text("Unit")
        .close("label")
        .open_with("select", &[("id", &unit)]);
    for u in LoadUnit::ALL {
        h.open_with("option", &[("value", u.id())])
            .text(u.label(t.unit_labels))
            .close("option");
    }
    h.close("select").close("div").close("div");
}

/// Pain now and at its worst in the last 7 days, 0–10.
pub fn write_pain(h: &mut Html) {
    let t = &CONTENT.outcomes;
    pain(h, PAIN_NOW, t.pain_now);
    pain(h, PAIN_WORST, t.pain_worst);
}

/// The baseline's questions (the activities follow, from [`write_activities`]).
pub fn write_baseline(h: &mut Html) {
    let t = &CONTENT.outcomes;
    write_pain(h);
    let durations: Vec<(&str, &str)> = PainDuration::ALL
        .iter()
        .map(|d| (d.id(), d.label(t.duration_labels)))
        .collect();
    radios(h, DURATION, t.duration, &durations);
    h.open("div", "question")
        .open("p", "field")
        .open_with("label", &[("for", ONSET)])
        .text(t.onset)
        .text(" (optional)")
        .close("label")
        .open_with(
            "span",
            &[("class", "hint"), ("id", &[ONSET, "-hint"].concat())],
        )
        .text(t.onset_hint)
        .close("span")
        .open_with(
            "input",
            &[
                ("id", ONSET),
                ("type", "date"),
                ("aria-describedby", &[ONSET, "-hint"].concat()),
            ],
        )
        .close("p")
        .close("div");
    let sides: Vec<(&str, &str)> = Side::ALL
        .iter()
        .map(|s| (s.id(), s.label(t.side_labels)))
        .collect();
    radios(h, SIDE, t.side, &sides);
    h.open("fieldset", "question running-load")
        .el("legend", "", "Running")
        .el("p", "hint", t.running_hint);
    load(h, BEFORE, t.running_before);
    load(h, NOW, t.running_now);
    h.close("fieldset");
}

/// The activities: three rows of a name (suggestions offered) and a 0–10 score, filled with
/// `rows` (name, score) where given.
pub fn write_activities(h: &mut Html, rows: &[(String, Option<u8>)]) {
    let t = &CONTENT.outcomes;
    h.open("fieldset", "question activities")
        .el("legend", "", t.activities_heading)
        .el("p", "hint", t.activities_intro)
        .el("p", "hint", t.score_hint)
        .open_with("datalist", &[("id", SUGGESTIONS)]);
    for s in t.suggestions {
        h.open_with("option", &[("value", s)]).close("option");
    }
    h.close("datalist");
    let max = MAX_ACTIVITY_CHARS.to_string();
    for row in 0..MAX_ACTIVITIES {
        let (name, score) = rows.get(row).map_or(("", None), |(n, s)| (n.as_str(), *s));
        let (name_id, score_id) = (activity_name_id(row), activity_score_id(row));
        let number = (row + 1).to_string();
        h.open("div", "field-row activity")
            .open("p", "field")
            .open_with("label", &[("for", &name_id)])
            .text("Activity ")
            .text(&number)
            .close("label")
            .open_with(
                "input",
                &[
                    ("id", &name_id),
                    ("type", "text"),
                    ("list", SUGGESTIONS),
                    ("maxlength", &max),
                    ("value", name),
                    ("autocomplete", "off"),
                ],
            )
            .close("p")
            .open("p", "field")
            .open_with("label", &[("for", &score_id)])
            .text("Score")
            .close("label")
            .open_with("select", &[("id", &score_id)])
            .open_with("option", &[("value", "")])
            .text("–")
            .close("option");
        for n in 0..=10u8 {
            let v = n.to_string();
            let mut attrs = vec![("value", v.as_str())];
            if score == Some(n) {
                attrs.push(("selected", ""));
            }
            h.open_with("option", &attrs).text(&v).close("option");
        }
        h.close("select").close("p").close("div");
    }
    h.close("fieldset");
}

/// The activity rows as the runner left them.
pub fn read_activities() -> Vec<ActivityRow> {
    use crate::components::markup::field_value;
    (0..MAX_ACTIVITIES)
        .map(|row| ActivityRow {
            name: field_value(&activity_name_id(row)),
            score: field_value(&activity_score_id(row)).parse().ok(),
        })
        .collect()
}

/// The baseline form as the runner left it.
pub fn read_baseline() -> BaselineForm {
    use crate::components::markup::{field_value, is_checked, pain_value};
    let picked = |group: &str, ids: Vec<&'static str>| {
        ids.into_iter()
            .find(|id| is_checked(&choice_id(group, id)))
            .unwrap_or("")
            .to_owned()
    };
    BaselineForm {
        pain_now: pain_value(PAIN_NOW),
        pain_worst: pain_value(PAIN_WORST),
        duration: picked(DURATION, PainDuration::ALL.iter().map(|d| d.id()).collect()),
        onset: field_value(ONSET),
        side: picked(SIDE, Side::ALL.iter().map(|s| s.id()).collect()),
        before: (
            field_value(&amount_id(BEFORE)),
            field_value(&unit_id(BEFORE)),
        ),
        now: (field_value(&amount_id(NOW)), field_value(&unit_id(NOW))),
        activities: read_activities(),
    }
}

/// Marks the fields with problems (and clears the rest); returns the first one's id.
pub fn mark(problems: &[FormField]) -> Option<String> {
    use crate::components::markup::set_invalid;
    let all = [
        FormField::PainNow,
        FormField::PainWorst,
        FormField::Duration,
        FormField::Onset,
        FormField::Side,
        FormField::RunningBefore,
        FormField::RunningNow,
    ]
    .into_iter()
    .chain((0..MAX_ACTIVITIES).map(FormField::Activity));
    for field in all {
        let bad = problems.contains(&field);
        set_invalid(&field_id(field), bad.then_some(ERROR));
    }
    problems.first().map(|f| field_id(*f))
}

/// The id of the message shown when fields are missing (the marked fields point to it).
pub const ERROR: &str = "outcome-error";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::markup::check_balanced;

    #[test]
    fn the_baseline_asks_every_question_with_a_label() {
        let mut h = Html::new();
        write_baseline(&mut h);
        let page = h.into_string();
        assert_eq!(check_balanced(&page), Ok(()));
        let t = &CONTENT.outcomes;
        for q in [
            t.pain_now,
            t.pain_worst,
            t.duration,
            t.side,
            t.running_before,
            t.running_now,
        ] {
            assert!(page.contains(q), "{q}");
        }
        for d in PainDuration::ALL {
            assert!(page.contains(&format!("id=\"{}\"", choice_id(DURATION, d.id()))));
        }
        // Every input has a label pointing at it.
        for id in [ONSET.to_owned(), amount_id(BEFORE), unit_id(NOW)] {
            assert!(page.contains(&format!("for=\"{id}\"")), "{id}");
        }
        for f in [
            FormField::PainNow,
            FormField::Side,
            FormField::Onset,
            FormField::RunningNow,
        ] {
            assert!(page.contains(&format!("id=\"{}\"", field_id(f))), "{f:?}");
        }
    }

    #[test]
    fn activities_are_three_rows_filled_with_what_was_saved() {
        let mut h = Html::new();
        write_activities(
            &mut h,
            &[("Run 5 km".into(), Some(4)), ("<b>".into(), None)],
        );
        let page = h.into_string();
        assert_eq!(check_balanced(&page), Ok(()));
        assert!(page.contains("value=\"Run 5 km\""));
        assert!(page.contains("value=\"&lt;b&gt;\""), "names are escaped");
        assert!(page.contains("<option value=\"4\" selected=\"\">4</option>"));
        assert_eq!(page.matches("selected").count(), 1);
        for row in 0..MAX_ACTIVITIES {
            assert!(page.contains(&format!("for=\"{}\"", activity_name_id(row))));
            assert!(page.contains(&format!("for=\"{}\"", activity_score_id(row))));
            assert!(page.contains(&format!("id=\"{}\"", field_id(FormField::Activity(row)))));
        }
        for s in CONTENT.outcomes.suggestions {
            assert!(page.contains(&format!("<option value=\"{s}\">")));
        }
    }
}
