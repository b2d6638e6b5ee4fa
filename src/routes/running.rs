//! The return-to-running guide: the walk–run stages and the pain rule.

use backtrack_core::CONTENT;
use leptos::prelude::*;

use crate::components::ListItems;

/// The return-to-running page.
#[component]
pub fn RunningPage() -> impl IntoView {
    let guide = &CONTENT.running;
    let rule = &guide.pain_rule;
    let stages = guide
        .stages
        .iter()
        .map(|s| {
            view! {
                <tr>
                    <th scope="row">{s.number}</th>
                    <td>{s.session}</td>
                    <td>{s.total_minutes}" min"</td>
                    <td>{s.sessions_per_week}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1">{guide.title}</h1>
        <p class="lead">{guide.intro}</p>
        <section class="pain-rule" aria-labelledby="pain-rule-heading">
            <h2 id="pain-rule-heading">"The pain rule"</h2>
            <p>{rule.summary}</p>
            <dl>
                <dt>"Move on"</dt><dd>{rule.progress_if}</dd>
                <dt>"Stay at this stage"</dt><dd>{rule.hold_if}</dd>
                <dt>"Step back"</dt><dd>{rule.step_back_if}</dd>
            </dl>
            <p class="source">{rule.source}</p>
        </section>
        <h2>"The stages"</h2>
        <div class="table-scroll">
            <table>
                <caption>"Walk–run stages, one step at a time"</caption>
                <thead>
                    <tr><th scope="col">"Stage"</th><th scope="col">"Each session"</th><th scope="col">"Time"</th><th scope="col">"Sessions a week"</th></tr>
                </thead>
                <tbody>{stages}</tbody>
            </table>
        </div>
        <h2>"Tips"</h2>
        <ul><ListItems texts=guide.tips /></ul>
    }
}
