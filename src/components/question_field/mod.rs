//! One questionnaire question as a fieldset of radio buttons, written as markup.
//!
//! The check page writes a step's questions once, when the step is shown ([`write`]); from
//! then on the browser owns the radio buttons (so keyboard focus and arrow-key movement are
//! never disturbed), and [`sync`] brings each fieldset in line with the answers: checked
//! button, shown or hidden by branching, marked as missing after a failed "Next".

use backtrack_core::questionnaire::{Answer, Question, QuestionKind};

use crate::components::markup::{self, Html};

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

/// The id of the radio button for one answer of a question.
pub fn input_id(question: &Question, answer: Answer) -> String {
    format!("q-{}-{}", question.id, answer.to_code().replace(':', "-"))
}

/// Writes a question: its legend, hint, a (hidden) "please answer" message and the radio
/// buttons, each named by the question id with the answer's code as its value. `answer`
/// is checked; `shown` is false for a question branching hides.
pub fn write(h: &mut Html, question: &Question, answer: Option<Answer>, shown: bool) {
    let id = question.id.id();
    h.raw("<fieldset class=\"question\"")
        .attr("id", &format!("question-{id}"));
    if !question.hint.is_empty() {
        h.attr("aria-describedby", &format!("hint-{id}"));
    }
    if !shown {
        h.raw(" hidden");
    }
    h.raw(">").el("legend", "", question.text);
    if !question.hint.is_empty() {
        h.open_with("p", &[("class", "hint"), ("id", &format!("hint-{id}"))])
            .text(question.hint)
            .close("p");
    }
    h.raw("<p class=\"field-error\"")
        .attr("id", &format!("error-{id}"))
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
            .attr("name", id)
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
    let id = question.id.id();
    for (option, _) in options(question) {
        markup::set_checked(&input_id(question, option), answer == Some(option));
    }
    let Some(fieldset) = leptos::prelude::document().get_element_by_id(&format!("question-{id}"))
    else {
        return;
    };
    let missing = missing && shown;
    let mut described_by = Vec::new();
    if !question.hint.is_empty() {
        described_by.push(format!("hint-{id}"));
    }
    if missing {
        described_by.push(format!("error-{id}"));
    }
    let _ = fieldset.toggle_attribute_with_force("hidden", !shown);
    let _ = fieldset.class_list().toggle_with_force("missing", missing);
    let _ = if described_by.is_empty() {
        fieldset.remove_attribute("aria-describedby")
    } else {
        fieldset.set_attribute("aria-describedby", &described_by.join(" "))
    };
    if let Some(error) = leptos::prelude::document().get_element_by_id(&format!("error-{id}")) {
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
}
