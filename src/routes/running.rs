//! The return-to-running guide: the walk–run stages and the pain rule.

use backtrack_core::CONTENT;
use leptos::prelude::*;

use crate::components::markup::Html;
use crate::state::use_app_state;

/// The return-to-running page, which follows the latest answers: a bone-stress sign means no
/// run stages until a doctor or physio has checked it.
#[component]
pub fn RunningPage() -> impl IntoView {
    let state = use_app_state();
    let markup = move || {
        let no_running = state
            .answers
            .with(|a| CONTENT.questionnaire.no_running_until_checked(a));
        html(no_running)
    };
    view! { <div class="page" inner_html=markup></div> }
}

/// The return-to-running page's markup; with `no_running`, the notice instead of the stages.
pub fn html(no_running: bool) -> String {
    let guide = &CONTENT.running;
    let rule = &guide.pain_rule;
    let mut h = Html::new();
    h.h1(guide.title);
    if no_running {
        h.raw("<p class=\"notice no-running\"><strong>")
            .text(CONTENT.results.no_running)
            .raw("</strong></p>")
            .el(
                "p",
                "",
                "Once a doctor or physio says you may run again, this guide will help you build back up.",
            );
        return h.into_string();
    }
    h.el("p", "lead", guide.intro)
        .labelled_section("pain-rule", "pain-rule-heading", "The pain rule")
        .el("p", "", rule.summary)
        .raw("<dl>")
        .el("dt", "", "Move on")
        .el("dd", "", rule.progress_if)
        .el("dt", "", "Stay at this stage")
        .el("dd", "", rule.hold_if)
        .el("dt", "", "Step back")
        .open("dd", "")
        .text(rule.step_back)
        .list("ul", "", rule.step_back_if)
        .close("dd")
        .raw("</dl>")
        .el("p", "source", rule.source)
        .raw("</section>")
        .el("h2", "", "The stages")
        .raw("<div class=\"table-scroll\"><table>")
        .el("caption", "", "Walk–run stages, one step at a time")
        .raw(
            "<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\">Each session</th>\
             <th scope=\"col\">Time</th><th scope=\"col\">Sessions a week</th></tr></thead><tbody>",
        );
    for s in guide.stages {
        h.raw("<tr><th scope=\"row\">")
            .num(i64::from(s.number))
            .raw("</th>")
            .el("td", "", s.session)
            .raw("<td>")
            .num(i64::from(s.total_minutes))
            .raw(" min</td><td>")
            .num(i64::from(s.sessions_per_week))
            .raw("</td></tr>");
    }
    h.raw("</tbody></table></div>")
        .el("h2", "", "Tips")
        .list("ul", "", guide.tips);
    h.into_string()
}
