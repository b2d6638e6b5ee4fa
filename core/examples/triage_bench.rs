//! Times one questionnaire evaluation natively: answers → findings → assessment, the work
//! the app does each time the runner answers. A figure for the benchmark, not a test.
//!
//!     cargo run --release -p backtrack-core --example triage_bench
//!
//! Prints one JSON object: {"triage_evaluate_ns": median, "runs": N, ...}.

use std::hint::black_box;
use std::time::Instant;

use backtrack_core::questionnaire::{Answer, Answers, QuestionId as Q};
use backtrack_core::triage::evaluate;
use backtrack_core::CONTENT;

fn typical_answers() -> Answers {
    let mut answers: Answers = CONTENT.questionnaire.reassuring_safety_answers();
    for (id, answer) in [
        (Q::Onset, Answer::Choice(2)),
        (Q::RecurrentRunning, Answer::Yes),
        (Q::OneSided, Answer::Yes),
        (Q::PainStretchAway, Answer::No),
        (Q::PainButtock, Answer::Yes),
        (Q::Leg, Answer::Yes),
        (Q::PainBelowKnee, Answer::No),
        (Q::PinsNeedles, Answer::Yes),
        (Q::TinglingAfterSitting, Answer::Yes),
        (Q::WorseExtension, Answer::Yes),
        (Q::WorseFlexion, Answer::No),
        (Q::WorseStanding, Answer::Yes),
        (Q::WorseDownhill, Answer::Yes),
    ] {
        answers.insert(id, answer);
    }
    answers
}

fn main() {
    let answers = typical_answers();
    let questionnaire = &CONTENT.questionnaire;
    let batch = 2_000u32;
    let mut per_call_ns: Vec<f64> = (0..25)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                let findings = questionnaire.findings(black_box(&answers));
                black_box(evaluate(&findings));
            }
            start.elapsed().as_nanos() as f64 / f64::from(batch)
        })
        .collect();
    per_call_ns.sort_by(f64::total_cmp);
    let median = per_call_ns[per_call_ns.len() / 2];
    let findings = questionnaire.findings(&answers);
    let start = Instant::now();
    for _ in 0..batch {
        black_box(evaluate(black_box(&findings)));
    }
    let engine_only = start.elapsed().as_nanos() as f64 / f64::from(batch);
    println!(
        "{{\"triage_evaluate_ns\": {median:.0}, \"engine_only_ns\": {engine_only:.0}, \"batches\": {}, \"batch_size\": {batch}}}",
        per_call_ns.len()
    );
}
