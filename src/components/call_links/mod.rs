//! Tap-to-call links: plain `tel:` links, so nothing is dialled without the runner's tap and
//! they work without script and inside a club's frame.

use backtrack_core::content::{Call, RedFlagsPage};

use crate::components::markup::Html;

/// Writes the links for `calls` as one paragraph of buttons (nothing when there are none).
pub fn write(h: &mut Html, calls: &[Call]) {
    if calls.is_empty() {
        return;
    }
    h.open("p", "call-links");
    for call in calls {
        h.open_with(
            "a",
            &[("class", "button call"), ("href", call.number.href())],
        )
        .text(call.label)
        .close("a");
    }
    h.close("p");
}

/// The line for runners outside the UK, with its emergency numbers as links.
pub fn other_countries(h: &mut Html, page: &RedFlagsPage) {
    h.open("div", "other-countries")
        .el("p", "", page.other_countries);
    write(h, page.other_country_calls);
    h.close("div");
}

#[cfg(test)]
mod tests {
    use super::*;
    use backtrack_core::CONTENT;

    #[test]
    fn emergency_and_abroad_numbers_are_tel_links() {
        let mut h = Html::new();
        let emergency = &CONTENT.red_flags.groups[0];
        write(&mut h, emergency.calls);
        other_countries(&mut h, &CONTENT.red_flags);
        let markup = h.into_string();
        for number in ["999", "112", "911"] {
            assert!(
                markup.contains(&format!("href=\"tel:{number}\">Call {number}</a>")),
                "{number}: {markup}"
            );
        }
        assert!(markup.contains("emergency department (A&amp;E)"));
    }

    #[test]
    fn no_calls_write_nothing() {
        let mut h = Html::new();
        write(&mut h, &[]);
        assert!(h.into_string().is_empty());
    }
}
