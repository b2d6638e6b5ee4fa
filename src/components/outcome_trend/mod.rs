//! The outcomes over time, as markup (pure, tested natively): the baseline's facts, what
//! has changed since (judged against the smallest change that matters, by the core), a
//! small chart of pain and function, and the same scores as a table. Shown on the progress
//! page and on "Show my physio".

use backtrack_core::progress::outcomes::{
    signed_tenths, tenths, Baseline, Change, Outcomes, Verdict, WeeklyLoad,
};
use backtrack_core::CONTENT;

use crate::components::markup::Html;

/// Chart size in SVG units, and the plot's margins.
const WIDTH: i64 = 320;
const HEIGHT: i64 = 130;
const LEFT: i64 = 28;
const RIGHT: i64 = WIDTH - 8;
const TOP: i64 = 8;
const BOTTOM: i64 = HEIGHT - 22;

fn verdict_words(v: Verdict) -> &'static str {
    let t = &CONTENT.outcomes;
    match v {
        Verdict::Better => t.better,
        Verdict::Worse => t.worse,
        Verdict::Unclear => t.unclear,
    }
}

/// "6 on 1 Nov, 3 on 22 Nov (-3): a real improvement."
fn change_line(h: &mut Html, label: &str, c: &Change) {
    h.raw("<li><strong>")
        .text(label)
        .raw("</strong> ")
        .text(&tenths(c.first_tenths))
        .text(" on ")
        .text(&c.first_day.short_label())
        .text(", ")
        .text(&tenths(c.latest_tenths))
        .text(" on ")
        .text(&c.latest_day.short_label())
        .text(" (")
        .text(&signed_tenths(c.difference_tenths()))
        .text("): ")
        .text(verdict_words(c.verdict))
        .raw(".</li>");
}

/// A weekly running figure in words: "30 km a week", "not running".
pub fn load_words(load: Option<WeeklyLoad>) -> String {
    match load {
        None => "not given".to_owned(),
        Some(l) if l.amount == 0 => "not running".to_owned(),
        Some(l) => {
            let unit = l.unit.label(CONTENT.outcomes.unit_labels);
            format!("{} {unit} a week", l.amount)
        }
    }
}

/// The baseline's facts as a list of terms: when, pain, how long, where, running.
pub fn write_baseline(h: &mut Html, b: &Baseline) {
    let t = &CONTENT.outcomes;
    let row = |h: &mut Html, term: &str, value: &str| {
        h.el("dt", "", term).el("dd", "", value);
    };
    h.open("dl", "baseline-facts");
    row(h, "Recorded", &b.day.label());
    row(
        h,
        "Pain then (0 to 10)",
        &format!(
            "{} now, {} at its worst in the week before",
            b.pain_now, b.pain_worst
        ),
    );
    let lasted = b.duration.label(t.duration_labels);
    let started = b
        .onset
        .map_or(String::new(), |d| format!(", since {}", d.label()));
    row(h, "How long", &[lasted, &started].concat());
    row(h, "Where", b.side.label(t.side_labels));
    row(h, "Running before the pain", &load_words(b.running_before));
    row(h, "Running at the time", &load_words(b.running_now));
    h.close("dl");
}

/// What has changed since the first scores (nothing until there are two days of them).
pub fn write_changes(h: &mut Html, o: &Outcomes) {
    let pain = o.pain_change();
    let function = o.function_change();
    let each = o.activity_changes();
    if pain.is_none() && function.is_none() && each.is_empty() {
        return;
    }
    h.open("ul", "outcome-changes");
    if let Some(c) = &pain {
        change_line(h, "Pain now:", c);
    }
    if let Some(c) = &function {
        change_line(h, "Activities, on average:", c);
    }
    for (name, c) in &each {
        change_line(h, &[name.as_str(), ":"].concat(), c);
    }
    h.close("ul")
        .el("p", "hint", CONTENT.outcomes.real_change_note);
}

/// A point of a line: x by the rating's place in time, y by a 0–10 score in tenths.
fn point(h: &mut Html, first: i32, span: i32, day: i32, tenths: i32) {
    let x = LEFT + i64::from(day - first) * (RIGHT - LEFT) / i64::from(span.max(1));
    let y = BOTTOM - i64::from(tenths) * (BOTTOM - TOP) / 100;
    h.num(x).raw(",").num(y).raw(" ");
}

/// Pain now and the average activity score at each rating, as two lines on one 0–10
/// scale. Hidden from screen readers: the table says the same.
pub fn write_chart(h: &mut Html, o: &Outcomes) {
    let rated: Vec<_> = o.ratings.iter().collect();
    let (Some(first), Some(last)) = (rated.first(), rated.last()) else {
        return;
    };
    if rated.len() < 2 {
        return;
    }
    let (start, span) = (first.day.0, last.day.0 - first.day.0);
    h.open("figure", "outcome-chart")
        .raw("<svg viewBox=\"0 0 320 130\" aria-hidden=\"true\" focusable=\"false\">");
    for score in [0i64, 5, 10] {
        let y = BOTTOM - score * (BOTTOM - TOP) / 10;
        h.raw("<line class=\"grid\" x1=\"")
            .num(LEFT)
            .raw("\" x2=\"")
            .num(RIGHT)
            .raw("\" y1=\"")
            .num(y)
            .raw("\" y2=\"")
            .num(y)
            .raw("\"/><text class=\"axis\" x=\"2\" y=\"")
            .num(y + 4)
            .raw("\">")
            .num(score)
            .raw("</text>");
    }
    h.raw("<polyline class=\"function-line\" points=\"");
    for r in &rated {
        if let Some(avg) = r.average_tenths() {
            point(h, start, span, r.day.0, avg);
        }
    }
    h.raw("\"/><polyline class=\"pain-line\" points=\"");
    for r in &rated {
        if let Some(p) = r.pain_now {
            point(h, start, span, r.day.0, i32::from(p) * 10);
        }
    }
    h.raw("\"/><text class=\"axis\" x=\"")
        .num(LEFT)
        .raw("\" y=\"")
        .num(HEIGHT - 4)
        .raw("\">")
        .text(&first.day.short_label())
        .raw("</text><text class=\"axis end\" x=\"")
        .num(RIGHT)
        .raw("\" y=\"")
        .num(HEIGHT - 4)
        .raw("\">")
        .text(&last.day.short_label())
        .raw("</text></svg>")
        .raw("<figcaption><span class=\"key function-key\">Activities, on average (higher is better)</span> <span class=\"key pain-key\">Pain now (lower is better)</span></figcaption>")
        .close("figure");
}

/// Every rating as a table: date, pain now and at its worst, each activity and the average.
pub fn write_table(h: &mut Html, o: &Outcomes) {
    if o.ratings.is_empty() {
        return;
    }
    // Every activity ever scored, in the order first seen.
    let mut names: Vec<&str> = Vec::new();
    for r in &o.ratings {
        for (a, _) in &r.scores {
            if !names.contains(&a.as_str()) {
                names.push(a);
            }
        }
    }
    let cell = |h: &mut Html, v: Option<String>| {
        h.el("td", "", v.as_deref().unwrap_or("–"));
    };
    h.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Scores over time\"><table class=\"outcome-table\"><caption>Scores over time (0 to 10)</caption><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Pain now</th><th scope=\"col\">Worst in 7 days</th>");
    for n in &names {
        h.open_with("th", &[("scope", "col")]).text(n).close("th");
    }
    h.raw("<th scope=\"col\">Average</th></tr></thead><tbody>");
    for r in o.ratings.iter().rev() {
        h.raw("<tr>")
            .open_with("th", &[("scope", "row")])
            .text(&r.day.short_label())
            .close("th");
        cell(h, r.pain_now.map(|p| p.to_string()));
        cell(h, r.pain_worst.map(|p| p.to_string()));
        for n in &names {
            cell(h, r.score(n).map(|s| s.to_string()));
        }
        cell(h, r.average_tenths().map(tenths));
        h.raw("</tr>");
    }
    h.raw("</tbody></table></div>");
}

/// Everything for the progress page: changes, chart and table, or a word on how to start.
pub fn progress_html(o: &Outcomes) -> String {
    let mut h = Html::new();
    if o.ratings.is_empty() {
        h.el(
            "p",
            "",
            "No scores yet. Name the activities your back makes hard and score them below, or at the end of the warning-sign questions of the symptom check.",
        );
        return h.into_string();
    }
    write_changes(&mut h, o);
    write_chart(&mut h, o);
    write_table(&mut h, o);
    h.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::markup::check_balanced;
    use backtrack_core::progress::outcomes::{LoadUnit, PainDuration, Side};
    use backtrack_core::progress::Day;

    fn example() -> Outcomes {
        let mut o = Outcomes {
            activities: vec!["Run 5 km".into(), "Put on <socks>".into()],
            ..Outcomes::default()
        };
        o.record_baseline(
            Baseline {
                day: Day(20_454),
                pain_now: 6,
                pain_worst: 8,
                duration: PainDuration::OneToSixWeeks,
                onset: None,
                side: Side::Left,
                running_before: Some(WeeklyLoad {
                    amount: 30,
                    unit: LoadUnit::Km,
                }),
                running_now: Some(WeeklyLoad {
                    amount: 0,
                    unit: LoadUnit::Km,
                }),
            },
            vec![("Run 5 km".into(), 2), ("Put on <socks>".into(), 5)],
        );
        o.rate(
            Day(20_468),
            Some((3, 5)),
            &[("Run 5 km".into(), 6), ("Put on <socks>".into(), 8)],
        );
        o
    }

    #[test]
    fn the_trend_says_what_changed_and_whether_it_is_real() {
        let page = progress_html(&example());
        assert_eq!(check_balanced(&page), Ok(()));
        // Pain 6 -> 3 and the average 3.5 -> 7: both real improvements; each activity too.
        assert!(page.contains("Pain now:</strong> 6 on"), "{page}");
        assert!(page.contains("(-3): a real improvement."));
        assert!(page.contains("Activities, on average:</strong> 3.5 on"));
        assert!(page.contains("(+3.5): a real improvement."));
        assert!(page.contains("Put on &lt;socks&gt;:"), "names are escaped");
        assert!(page.contains(CONTENT.outcomes.real_change_note));
        // The table: newest first, every score, and the average.
        assert!(page.contains("<caption>Scores over time (0 to 10)</caption>"));
        assert_eq!(page.matches("<tr>").count(), 3);
        assert!(page.contains("<td>7</td></tr>"));
        assert!(
            page.contains("aria-hidden=\"true\""),
            "the chart is hidden from screen readers"
        );
    }

    #[test]
    fn nothing_recorded_says_how_to_start() {
        let page = progress_html(&Outcomes::default());
        assert!(page.contains("No scores yet"));
        assert!(!page.contains("<table"));
    }

    #[test]
    fn the_baseline_reads_as_facts() {
        let o = example();
        let mut h = Html::new();
        write_baseline(&mut h, o.baseline.as_ref().expect("recorded"));
        let page = h.into_string();
        assert_eq!(check_balanced(&page), Ok(()));
        assert!(page.contains("6 now, 8 at its worst"));
        assert!(page.contains("<dd>1 to 6 weeks</dd>"));
        assert!(page.contains("<dd>Left side</dd>"));
        assert!(page.contains("<dd>30 km a week</dd>") && page.contains("<dd>not running</dd>"));
    }
}
