//! One questionnaire question as a fieldset of radio buttons, written as markup.
//!
//! The check page writes a step's questions once, when the step is shown ([`write`]); from
//! then on the browser owns the radio buttons (so keyboard focus and arrow-key movement are
//! never disturbed), and [`sync`] brings each fieldset in line with the answers: checked
//! button, shown or hidden by branching, marked as missing after a failed "Next".
//!
//! This module is the one writer and reader of the markup's names: the element ids below,
//! the radio buttons' `name` (the question's saved id) and `value` (the answer's code), read
//! back by [`changed_answer`], and the `missing` class, found by [`FIRST_MISSING_INPUT`].

use backtrack_core::questionnaire::{Answer, Question, QuestionId, QuestionKind};
use wasm_bindgen::JsCast;

use crate::components::markup::{self, Html};
use crate::components::movement_icon;

/// The first radio button of a question marked as missing (for moving focus to it).
pub const FIRST_MISSING_INPUT: &str = "fieldset.missing input";

/// The answers offered for a question, with their labels: yes / no / not sure, or the
/// options of a choice question plus "not sure".
pub fn options(question: &Question) -> Vec<(Answer, &'static str)> {
    question
        .answers()
        .into_iter()
        .map(|a| (a, label(question, a)))
        .collect()
}

/// The words on one answer's button.
fn label(question: &Question, answer: Answer) -> &'static str {
    match (answer, question.kind) {
        (Answer::Yes, _) => "Yes",
        (Answer::No, _) => "No",
        (Answer::NotSure, _) => "Not sure",
        (Answer::DoesNotApply, _) => "Doesn't apply to me",
        (Answer::Choice(i), QuestionKind::Choice { options, .. }) => {
            options.get(usize::from(i)).map_or("", |o| o.label)
        }
        (Answer::Choice(_), _) => "",
    }
}

/// The id of the radio button for one answer of a question: `q-<question>-<code>`.
pub fn input_id(question: &Question, answer: Answer) -> String {
    format!("q-{}-{}", question.id, answer.to_code().replace(':', "-"))
}

/// The id of a question's fieldset: `question-<question>`.
fn fieldset_id(question: QuestionId) -> String {
    format!("question-{question}")
}

/// The id of a question's hint: `hint-<question>`.
fn hint_id(question: QuestionId) -> String {
    format!("hint-{question}")
}

/// The id of a question's "please answer" message: `error-<question>`.
fn error_id(question: QuestionId) -> String {
    format!("error-{question}")
}

/// The question and answer a `change` event in written questions chose: read back from the
/// radio button's `name` and `value`. `None` for anything else (another control, or a name
/// or value this version does not know).
pub fn changed_answer(ev: &web_sys::Event) -> Option<(QuestionId, Answer)> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let answer = Answer::from_code(&input.value())?;
    let question = QuestionId::from_id(&input.name())?;
    Some((question, answer))
}

/// Writes a question: its legend, hint, a (hidden) "please answer" message and the radio
/// buttons, each named by the question id with the answer's code as its value. `answer`
/// is checked; `shown` is false for a question branching hides.
pub fn write(h: &mut Html, question: &Question, answer: Option<Answer>, shown: bool) {
    let id = question.id;
    h.raw("<fieldset class=\"question\"")
        .attr("id", &fieldset_id(id));
    if !question.hint.is_empty() {
        h.attr("aria-describedby", &hint_id(id));
    }
    if !shown {
        h.raw(" hidden");
    }
    h.raw("><legend>");
    if let Some(icon) = question.icon {
        movement_icon::write(h, icon);
    }
    h.text(question.text).close("legend");
    if !question.hint.is_empty() {
        h.open_with("p", &[("class", "hint"), ("id", &hint_id(id))])
            .text(question.hint)
            .close("p");
    }
    h.raw("<p class=\"field-error\"")
        .attr("id", &error_id(id))
        .raw(" hidden>Please answer this question.</p>");
    let class = if matches!(question.kind, QuestionKind::Choice { .. })
        || question.accepts(Answer::DoesNotApply)
    {
        "answers stacked"
    } else {
        "answers"
    };
    h.open("div", class);
    for (option, label) in options(question) {
        let input = input_id(question, option);
        h.raw("<div class=\"answer\"><input type=\"radio\"")
            .attr("id", &input)
            .attr("name", id.id())
            .attr("value", &option.to_code());
        if answer == Some(option) {
            h.raw(" checked");
        }
        h.raw(">")
            .open_with("label", &[("for", &input)])
            .text(label)
            .raw("</label></div>");
    }
    h.raw("</div></fieldset>");
}

/// Brings a written question in line with the answers: the checked button, whether it is
/// shown, and whether it is marked as missing (class, message, and the message named in
/// `aria-describedby` so screen readers read it with the question).
pub fn sync(question: &Question, answer: Option<Answer>, shown: bool, missing: bool) {
    let id = question.id;
    for (option, _) in options(question) {
        markup::set_checked(&input_id(question, option), answer == Some(option));
    }
    let Some(fieldset) = leptos::prelude::document().get_element_by_id(&fieldset_id(id)) else {
        return;
    };
    let missing = missing && shown;
    let mut described_by = Vec::new();
    if !question.hint.is_empty() {
        described_by.push(hint_id(id));
    }
    if missing {
        described_by.push(error_id(id));
    }
    let _ = fieldset.toggle_attribute_with_force("hidden", !shown);
    let _ = fieldset.class_list().toggle_with_force("missing", missing);
    let _ = if described_by.is_empty() {
        fieldset.remove_attribute("aria-describedby")
    } else {
        fieldset.set_attribute("aria-describedby", &described_by.join(" "))
    };
    if let Some(error) = leptos::prelude::document().get_element_by_id(&error_id(id)) {
        let _ = error.toggle_attribute_with_force("hidden", !missing);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use backtrack_core::CONTENT;

    #[test]
    fn a_question_is_a_fieldset_of_labelled_radios_with_the_answer_checked() {
        let step = &CONTENT.questionnaire.steps[0];
        let q = &step.questions[1];
        let mut h = Html::new();
        write(&mut h, q, Some(Answer::No), true);
        let markup = h.into_string();
        assert!(markup.starts_with(&format!(
            "<fieldset class=\"question\" id=\"question-{}\">",
            q.id
        )));
        assert_eq!(markup.matches("type=\"radio\"").count(), 3);
        let no = input_id(q, Answer::No);
        assert!(markup.contains(&format!(
            "id=\"{no}\" name=\"{}\" value=\"no\" checked>",
            q.id
        )));
        assert!(markup.contains(&format!("<label for=\"{no}\">No</label>")));
        assert_eq!(markup.matches(" checked").count(), 1);
        assert!(markup.contains("class=\"field-error\" id=\"error-"));
        assert!(markup.contains(" hidden>Please answer this question.</p>"));
    }

    #[test]
    fn a_question_about_a_movement_shows_its_picture_in_the_legend() {
        let q = CONTENT
            .questionnaire
            .question(QuestionId::WorseExtension)
            .expect("asked");
        let mut h = Html::new();
        write(&mut h, q, None, true);
        let markup = h.into_string();
        assert!(markup.contains(
            "<legend><svg class=\"question-icon\" viewBox=\"0 0 32 32\" aria-hidden=\"true\">"
        ));
        assert!(markup.contains(&format!("</svg>{}</legend>", q.text)));
        assert_eq!(markup::check_balanced(&markup), Ok(()));

        let plain = CONTENT
            .questionnaire
            .question(QuestionId::Spasm)
            .expect("asked");
        let mut h = Html::new();
        write(&mut h, plain, None, true);
        assert!(h
            .as_str()
            .contains(&format!("<legend>{}</legend>", plain.text)));
    }

    #[test]
    fn a_hidden_question_is_written_hidden() {
        let step = &CONTENT.questionnaire.steps[0];
        let q = &step.questions[1];
        let mut h = Html::new();
        write(&mut h, q, None, false);
        assert!(h.as_str().starts_with(&format!(
            "<fieldset class=\"question\" id=\"question-{}\" hidden>",
            q.id
        )));
        assert!(!h.as_str().contains(" checked"));
    }

    #[test]
    fn the_names_in_the_markup_are_the_saved_ids_the_browser_tests_use() {
        let q = CONTENT
            .questionnaire
            .question(QuestionId::LegWeakness)
            .expect("asked");
        let mut h = Html::new();
        write(&mut h, q, None, true);
        let markup = h.into_string();
        assert!(markup.starts_with("<fieldset class=\"question\" id=\"question-leg_weakness\">"));
        assert!(markup
            .contains("id=\"q-leg_weakness-choice-1\" name=\"leg_weakness\" value=\"choice:1\">"));
        assert!(markup.contains("id=\"error-leg_weakness\""));
        assert_eq!(markup::check_balanced(&markup), Ok(()));

        let hinted = CONTENT
            .questionnaire
            .question(QuestionId::RfBladderChange)
            .expect("asked");
        let mut h = Html::new();
        write(&mut h, hinted, None, true);
        assert!(h.as_str().contains(
            "id=\"question-rf_bladder_change\" aria-describedby=\"hint-rf_bladder_change\">"
        ));
        assert!(h
            .as_str()
            .contains("<p class=\"hint\" id=\"hint-rf_bladder_change\">"));
        assert_eq!(markup::check_balanced(h.as_str()), Ok(()));
    }
}
