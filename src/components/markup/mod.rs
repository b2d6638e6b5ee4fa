//! Display-only markup built as an HTML string and set with `inner_html`.
//!
//! Why: every element a `view!` builds with dynamic content is its own generic type, and
//! lists of them instantiate Leptos's rendering code once per item type. Measured on the
//! plan, diary, progress and data pages, that came to tens of kilobytes (brotli) of wasm for
//! text that never changes by itself. Read-only parts of those pages (lists, tables, the
//! chart) are therefore written here as plain strings, which costs a few string pushes.
//!
//! Safety: every piece of text and every attribute value goes through [`Html::text`] or
//! [`Html::attr`], which escape `& < > " '`. Tag and class names come only from string
//! literals in this crate. A runner's note can therefore never become markup.
//! Interactive controls (buttons, fields) stay ordinary Leptos views, or are buttons in
//! the markup that carry `data-act`/`data-id` and are handled by one delegated listener.

use leptos::prelude::*;

/// An HTML string under construction. The field is private: markup is only ever built
/// through the escaping methods below (text and attribute values escaped, tags and class
/// names `&'static str` from this crate), or by appending another [`Html`].
#[derive(Default)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::new())
    }

    /// `<tag class="class">`; an empty class is left out.
    pub fn open(&mut self, tag: &'static str, class: &'static str) -> &mut Html {
        self.0.push('<');
        self.0.push_str(tag);
        if !class.is_empty() {
            self.0.push_str(" class=\"");
            self.0.push_str(class);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// `<tag attr="value" ...>` with escaped values.
    pub fn open_with(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Html {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.attr(name, value);
        }
        self.0.push('>');
        self
    }

    /// ` name="value"` (escaped), for use between [`Html::raw`] `<tag` and `>`.
    pub fn attr(&mut self, name: &'static str, value: &str) -> &mut Html {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        escape_into(&mut self.0, value);
        self.0.push('"');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &'static str) -> &mut Html {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Html {
        escape_into(&mut self.0, text);
        self
    }

    /// A whole number.
    pub fn num(&mut self, n: i64) -> &mut Html {
        backtrack_core::progress::json::push_int(&mut self.0, n);
        self
    }

    /// Markup written in this crate (a string literal).
    pub fn raw(&mut self, markup: &'static str) -> &mut Html {
        self.0.push_str(markup);
        self
    }

    /// `<tag class>text</tag>`.
    pub fn el(&mut self, tag: &'static str, class: &'static str, text: &str) -> &mut Html {
        self.open(tag, class).text(text).close(tag)
    }

    /// A list of text items.
    pub fn list(&mut self, tag: &'static str, class: &'static str, items: &[&str]) -> &mut Html {
        self.open(tag, class);
        for item in items {
            self.el("li", "", item);
        }
        self.close(tag)
    }

    /// Each text as a `<p>`.
    pub fn paragraphs(&mut self, texts: &[&str]) -> &mut Html {
        for t in texts {
            self.el("p", "", t);
        }
        self
    }

    /// `<h2>heading</h2>` and its paragraphs.
    pub fn section(&mut self, heading: &str, paragraphs: &[&str]) -> &mut Html {
        self.el("h2", "", heading).paragraphs(paragraphs)
    }

    /// `<section class aria-labelledby="id"><h2 id="id">heading</h2>`: a section named by its
    /// heading, the id written once. Close it with `close("section")`.
    pub fn labelled_section(
        &mut self,
        class: &'static str,
        id: &'static str,
        heading: &str,
    ) -> &mut Html {
        self.0.push_str("<section");
        if !class.is_empty() {
            self.attr("class", class);
        }
        self.attr("aria-labelledby", id)
            .raw(">")
            .open_with("h2", &[("id", id)])
            .text(heading)
            .close("h2")
    }

    /// A page's main heading, focusable so that a route change can move focus to it.
    pub fn h1(&mut self, text: &str) -> &mut Html {
        self.raw("<h1 tabindex=\"-1\">").text(text).close("h1")
    }

    /// `<a href>text</a>`.
    pub fn link(&mut self, href: &str, text: &str) -> &mut Html {
        self.open_with("a", &[("href", href)]).text(text).close("a")
    }

    /// Appends markup built by another [`Html`].
    pub fn append(&mut self, other: Html) -> &mut Html {
        self.0.push_str(&other.0);
        self
    }

    /// The markup so far.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// Elements that have no closing tag. SVG shapes are not among them: this crate closes
/// them (`<rect …></rect>`, as the exercise figures do) or writes them self-closing.
const VOID: [&str; 6] = ["input", "br", "img", "hr", "meta", "link"];

/// Checks that the tags of `markup` open and close in order (void elements and
/// self-closing SVG elements aside). For the native tests of every page: a page built with
/// [`Html`] must pass it. Returns the first problem found.
pub fn check_balanced(markup: &str) -> Result<(), String> {
    let mut open: Vec<&str> = Vec::new();
    let mut rest = markup;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let end = rest.find('>').ok_or("a tag is not closed with >")?;
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') || tag.ends_with('/') {
            continue;
        }
        let closing = tag.starts_with('/');
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        if closing {
            match open.pop() {
                Some(o) if o == name => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else if !VOID.contains(&name) {
            open.push(name);
        }
    }
    if open.is_empty() {
        Ok(())
    } else {
        Err(format!("left open: {open:?}"))
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The value of the input, select or textarea with this id ("" if there is none).
pub fn field_value(id: &str) -> String {
    use wasm_bindgen::JsCast;
    let Some(el) = document().get_element_by_id(id) else {
        return String::new();
    };
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        return i.value();
    }
    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return t.value();
    }
    if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        return s.value();
    }
    String::new()
}

/// Sets the value of the input, select or textarea with this id.
pub fn set_field_value(id: &str, value: &str) {
    use wasm_bindgen::JsCast;
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        i.set_value(value);
    } else if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        t.set_value(value);
    } else if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        s.set_value(value);
    }
}

/// Whether the checkbox or radio button with this id is ticked.
pub fn is_checked(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// Ticks or clears the checkbox or radio button with this id.
pub fn set_checked(id: &str, checked: bool) {
    use wasm_bindgen::JsCast;
    if let Some(i) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        i.set_checked(checked);
    }
}

/// Marks a field as invalid (pointing at its error message) or valid again.
pub fn set_invalid(id: &str, error_id: Option<&str>) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = match error_id {
            Some(e) => el
                .set_attribute("aria-invalid", "true")
                .and_then(|_| el.set_attribute("aria-describedby", e)),
            None => el
                .remove_attribute("aria-invalid")
                .and_then(|_| el.remove_attribute("aria-describedby")),
        };
    }
}

/// A 0–10 pain score as radio buttons (ids `{name}-0` … `{name}-10`, and `{name}-none`
/// when the score is optional), with its group label.
pub fn pain_scale(h: &mut Html, name: &'static str, legend: &str, optional: bool) {
    h.open("fieldset", "pain-scale")
        .el("legend", "", legend)
        .el(
            "p",
            "hint",
            "0 is no pain at all; 10 is the worst pain you can imagine.",
        )
        .open("div", "answers");
    let option = |h: &mut Html, value: &str, label: &str| {
        let mut id = String::from(name);
        id.push('-');
        id.push_str(value);
        radio_answer(h, name, &id, value, label);
    };
    for n in 0..=backtrack_core::progress::MAX_PAIN {
        let v = n.to_string();
        option(h, &v, &v);
    }
    if optional {
        option(h, "none", "No score");
    }
    h.close("div").close("fieldset");
}

/// One answer of a group of radio buttons, styled as a button: the input and its label.
pub fn radio_answer(h: &mut Html, name: &str, id: &str, value: &str, label: &str) {
    h.open("span", "answer")
        .open_with(
            "input",
            &[
                ("type", "radio"),
                ("id", id),
                ("name", name),
                ("value", value),
            ],
        )
        .open_with("label", &[("for", id)])
        .text(label)
        .close("label")
        .close("span");
}

/// The score chosen in a [`pain_scale`] named `name`, if any.
pub fn pain_value(name: &str) -> Option<u8> {
    (0..=backtrack_core::progress::MAX_PAIN).find(|n| {
        let mut id = String::from(name);
        id.push('-');
        id.push_str(&n.to_string());
        is_checked(&id)
    })
}

/// Ticks the score `score` of the [`pain_scale`] named `name`, or none of them.
pub fn set_pain_value(name: &str, score: Option<u8>) {
    for n in 0..=backtrack_core::progress::MAX_PAIN {
        let mut id = String::from(name);
        id.push('-');
        id.push_str(&n.to_string());
        set_checked(&id, Some(n) == score);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_balance_check_finds_what_is_left_open() {
        assert_eq!(
            check_balanced("<p>a<br><input id=\"x\"></p><svg><rect/></svg>"),
            Ok(())
        );
        assert!(check_balanced("<p><strong>a</p></strong>").is_err());
        assert!(check_balanced("<section><p>a</p>").is_err());
        assert_eq!(
            check_balanced("<svg><g><rect x=\"1\"></rect><circle r=\"2\"></circle></g></svg>"),
            Ok(()),
            "closed SVG shapes"
        );
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut h = Html::new();
        h.open_with("a", &[("href", "#/x\"><script>")])
            .text("<img src=x onerror=alert(1)> & 'q'")
            .close("a");
        assert_eq!(
            h.into_string(),
            "<a href=\"#/x&quot;&gt;&lt;script&gt;\">&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;</a>"
        );
        let mut l = Html::new();
        l.list("ul", "plain", &["a<b", "c"]);
        assert_eq!(l.0, "<ul class=\"plain\"><li>a&lt;b</li><li>c</li></ul>");
    }

    #[test]
    fn a_pain_scale_has_eleven_labelled_scores() {
        let mut h = Html::new();
        pain_scale(&mut h, "p", "Pain now", true);
        assert_eq!(h.0.matches("type=\"radio\"").count(), 12);
        assert!(h.0.contains("<input type=\"radio\" id=\"p-10\" name=\"p\" value=\"10\"><label for=\"p-10\">10</label>"));
        assert!(h.0.contains("<legend>Pain now</legend>"));
    }
}
