//! Page actions as types: the buttons a page writes into its markup and the one delegated
//! listener that reads them back.
//!
//! Each page declares its actions once with [`page_actions!`]: an enum whose variants carry
//! their verb (the `data-act` value) and, where needed, an argument (the `data-id` value).
//! The same declaration writes the button ([`button`]) and reads the click ([`clicked`]), so
//! a verb exists in one place only and a typo cannot compile. A click on a verb the page does
//! not know is logged as a warning, never dropped silently.

use backtrack_core::CauseId;

use crate::components::markup::Html;

/// A value carried by an action in `data-id`.
pub trait ActionArg: Sized {
    fn encode(&self) -> String;
    fn decode(text: &str) -> Option<Self>;
}

impl ActionArg for CauseId {
    fn encode(&self) -> String {
        self.id().to_owned()
    }
    fn decode(text: &str) -> Option<Self> {
        CauseId::from_id(text)
    }
}

// Numbers are written with the core's `push_int` rather than `to_string`, which would
// bring in the formatting machinery's copy for the type (measured: about 350 bytes of wasm).
impl ActionArg for i64 {
    fn encode(&self) -> String {
        let mut s = String::new();
        backtrack_core::progress::json::push_int(&mut s, *self);
        s
    }
    fn decode(text: &str) -> Option<Self> {
        text.parse().ok()
    }
}

impl ActionArg for u32 {
    fn encode(&self) -> String {
        i64::from(*self).encode()
    }
    fn decode(text: &str) -> Option<Self> {
        text.parse().ok()
    }
}

impl ActionArg for String {
    fn encode(&self) -> String {
        self.clone()
    }
    fn decode(text: &str) -> Option<Self> {
        Some(text.to_owned())
    }
}

/// One page's actions (see [`page_actions!`]).
pub trait Action: Sized {
    /// The `data-act` value.
    fn verb(&self) -> &'static str;
    /// The `data-id` value ("" when the action carries nothing).
    fn arg(&self) -> String;
    /// The action for a verb and its argument, or `None` when this page has no such verb or
    /// the argument does not read.
    fn decode(verb: &str, arg: &str) -> Option<Self>;
}

/// Declares a page's actions, each with its verb written once:
///
/// ```text
/// page_actions! {
///     /// What the plan page's buttons do.
///     pub enum PlanAction {
///         Start(CauseId) = "start-check",
///         Stop = "stop",
///     }
/// }
/// ```
#[macro_export]
macro_rules! page_actions {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $( ( $arg:ty ) )? = $verb:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum $name {
            $( $(#[$vmeta])* $variant $( ( $arg ) )?, )*
        }

        impl $crate::components::actions::Action for $name {
            fn verb(&self) -> &'static str {
                match self {
                    $( $crate::page_actions!(@pattern $name $variant $($arg)?) => $verb, )*
                }
            }

            fn arg(&self) -> String {
                match self {
                    $( $crate::page_actions!(@bind $name $variant value $($arg)?) =>
                        $crate::page_actions!(@encode value $($arg)?), )*
                }
            }

            fn decode(verb: &str, arg: &str) -> Option<Self> {
                let _ = arg;
                $(
                    if verb == $verb {
                        return $crate::page_actions!(@decode $name $variant arg $($arg)?);
                    }
                )*
                None
            }
        }
    };
    (@pattern $name:ident $variant:ident) => { $name::$variant };
    (@pattern $name:ident $variant:ident $arg:ty) => { $name::$variant(_) };
    (@bind $name:ident $variant:ident $value:ident) => { $name::$variant };
    (@bind $name:ident $variant:ident $value:ident $arg:ty) => { $name::$variant($value) };
    (@encode $value:ident) => { String::new() };
    (@encode $value:ident $arg:ty) => {
        <$arg as $crate::components::actions::ActionArg>::encode($value)
    };
    (@decode $name:ident $variant:ident $text:ident) => { Some($name::$variant) };
    (@decode $name:ident $variant:ident $text:ident $arg:ty) => {
        <$arg as $crate::components::actions::ActionArg>::decode($text).map($name::$variant)
    };
}

/// Writes a `<button type="button">` that performs `action` when clicked.
pub fn button<A: Action>(h: &mut Html, class: &'static str, action: &A, label: &[&str]) {
    write_button(h, class, action.verb(), &action.arg(), label);
}

// The generic functions here only turn the action into its verb and argument and leave the
// work to one plain function, so each page's action type adds no copy of it to the wasm.
fn write_button(h: &mut Html, class: &'static str, verb: &'static str, arg: &str, label: &[&str]) {
    h.raw("<button type=\"button\"");
    if !class.is_empty() {
        h.attr("class", class);
    }
    h.attr("data-act", verb);
    if !arg.is_empty() {
        h.attr("data-id", arg);
    }
    h.raw(">");
    for part in label {
        h.text(part);
    }
    h.close("button");
}

/// Writes the action's attributes (` data-act="…" data-id="…"`) for an element that is not a
/// button (a link that also does something before it goes).
pub fn attributes<A: Action>(h: &mut Html, action: &A) {
    h.attr("data-act", action.verb());
    let arg = action.arg();
    if !arg.is_empty() {
        h.attr("data-id", &arg);
    }
}

/// The action of the marked element a click came from (for one delegated listener on a
/// container of markup). A verb this page does not know is a warning in the console.
pub fn clicked<A: Action>(ev: &leptos::ev::MouseEvent) -> Option<A> {
    let (verb, arg) = marked(ev)?;
    let action = A::decode(&verb, &arg);
    if action.is_none() {
        warn_unknown(&verb, &arg);
    }
    action
}

/// The `data-act` and `data-id` of the marked element a click came from, if it came from
/// one.
fn marked(ev: &leptos::ev::MouseEvent) -> Option<(String, String)> {
    use wasm_bindgen::JsCast;
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let el = target.closest("[data-act]").ok()??;
    let verb = el.get_attribute("data-act")?;
    let arg = el.get_attribute("data-id").unwrap_or_default();
    Some((verb, arg))
}

/// A CSS selector for the element that performs `action`, to move focus to it once the
/// markup that writes it has rendered.
pub fn selector<A: Action>(action: &A) -> String {
    selector_for(action.verb(), &action.arg())
}

fn selector_for(verb: &str, arg: &str) -> String {
    let mut s = String::from("[data-act=\"");
    s.push_str(verb);
    s.push_str("\"]");
    if !arg.is_empty() {
        s.push_str("[data-id=\"");
        // Inside a CSS string only the quote and the backslash need escaping.
        for c in arg.chars() {
            if c == '"' || c == '\\' {
                s.push('\\');
            }
            s.push(c);
        }
        s.push_str("\"]");
    }
    s
}

#[cfg(target_arch = "wasm32")]
fn warn_unknown(verb: &str, arg: &str) {
    let message = [
        "Backtrack: no action \"",
        verb,
        "\" (",
        arg,
        ") on this page",
    ]
    .concat();
    web_sys::console::warn_1(&message.into());
}

#[cfg(not(target_arch = "wasm32"))]
fn warn_unknown(_verb: &str, _arg: &str) {}

#[cfg(test)]
mod tests {
    use super::*;

    crate::page_actions! {
        /// Test actions.
        pub enum Sample {
            Plain = "plain",
            Cause(CauseId) = "cause",
            Entry(i64) = "entry",
        }
    }

    #[test]
    fn every_action_reads_back_as_written() {
        for a in [
            Sample::Plain,
            Sample::Cause(CauseId::Disc),
            Sample::Entry(-3),
        ] {
            assert_eq!(Sample::decode(a.verb(), &a.arg()), Some(a));
        }
        assert_eq!(Sample::decode("nope", ""), None);
        assert_eq!(
            Sample::decode("cause", "knee"),
            None,
            "a bad argument is no action"
        );
    }

    #[test]
    fn a_selector_finds_the_button_of_an_action() {
        assert_eq!(selector(&Sample::Plain), "[data-act=\"plain\"]");
        assert_eq!(
            selector(&Sample::Entry(12)),
            "[data-act=\"entry\"][data-id=\"12\"]"
        );
        assert_eq!(
            selector_for("x", "a\"b\\c"),
            "[data-act=\"x\"][data-id=\"a\\\"b\\\\c\"]"
        );
    }

    #[test]
    fn a_button_carries_its_verb_and_argument() {
        let mut h = Html::new();
        button(
            &mut h,
            "primary",
            &Sample::Cause(CauseId::FacetJoint),
            &["Start ", "<x>"],
        );
        assert_eq!(
            h.into_string(),
            "<button type=\"button\" class=\"primary\" data-act=\"cause\" data-id=\"facet_joint\">Start &lt;x&gt;</button>"
        );
        let mut h = Html::new();
        button(&mut h, "", &Sample::Plain, &["Go"]);
        assert_eq!(
            h.into_string(),
            "<button type=\"button\" data-act=\"plain\">Go</button>"
        );
    }
}
