//! The hands-free settings of the session player: spoken cues on or off, sounds on or off,
//! and the length of the get-ready countdown. Kept on the device under their own small key
//! ([`HANDS_FREE_KEY`]), apart from the runner's data like the drafts, so the saved
//! document and its version do not change for them.
//!
//! The format is versioned JSON of its own
//! (`{"app":"backtrack-hands-free","version":1,"voice":true,"sounds":true,"countdown":5}`),
//! read leniently: settings are a convenience, so each value that does not read falls back
//! to its default on its own, and anything unreadable is the defaults. A later version's
//! values are read where they mean the same.

use super::json::{push_int, Value};

/// The key the settings are kept under.
pub const HANDS_FREE_KEY: &str = "backtrack.hands-free";
/// The settings format's version.
pub const HANDS_FREE_VERSION: i64 = 1;
/// The countdown lengths offered, in seconds (0: none).
pub const COUNTDOWNS: [u8; 4] = [0, 3, 5, 10];
/// The longest text read as settings: anything longer is not ours.
const MAX_TEXT: usize = 1024;

/// The runner's choices for hands-free sessions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandsFree {
    /// Say the cues aloud.
    pub voice: bool,
    /// Play tones at the start and end of holds and rests.
    pub sounds: bool,
    /// Seconds of get-ready countdown before a hold or a walk (one of [`COUNTDOWNS`]).
    pub countdown: u8,
}

impl Default for HandsFree {
    fn default() -> HandsFree {
        HandsFree {
            voice: true,
            sounds: true,
            countdown: 5,
        }
    }
}

impl HandsFree {
    /// The settings as JSON text.
    pub fn write(&self) -> String {
        // Written directly (every value is a flag or a small number): no JSON tree needed.
        let flag = |on: bool| if on { "true" } else { "false" };
        let mut out = String::from(r#"{"app":"backtrack-hands-free","version":"#);
        push_int(&mut out, HANDS_FREE_VERSION);
        out.push_str(r#","voice":"#);
        out.push_str(flag(self.voice));
        out.push_str(r#","sounds":"#);
        out.push_str(flag(self.sounds));
        out.push_str(r#","countdown":"#);
        push_int(&mut out, i64::from(self.countdown));
        out.push('}');
        out
    }

    /// Reads settings leniently: each value that does not read is its default, and text that
    /// is not Backtrack's settings at all is the defaults.
    pub fn read(text: &str) -> HandsFree {
        let defaults = HandsFree::default();
        if text.len() > MAX_TEXT {
            return defaults;
        }
        let Ok(doc) = Value::parse(text) else {
            return defaults;
        };
        let ours = doc.get("app") == Some(&Value::Str("backtrack-hands-free".into()))
            && matches!(doc.get("version"), Some(Value::Int(v)) if *v >= 1);
        if !ours {
            return defaults;
        }
        let flag = |name: &str, default: bool| match doc.get(name) {
            Some(Value::Bool(b)) => *b,
            _ => default,
        };
        let countdown = match doc.get("countdown") {
            Some(Value::Int(n)) => COUNTDOWNS
                .into_iter()
                .find(|c| i64::from(*c) == *n)
                .unwrap_or(defaults.countdown),
            _ => defaults.countdown,
        };
        HandsFree {
            voice: flag("voice", defaults.voice),
            sounds: flag("sounds", defaults.sounds),
            countdown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_read_back_as_written() {
        for voice in [true, false] {
            for sounds in [true, false] {
                for countdown in COUNTDOWNS {
                    let s = HandsFree {
                        voice,
                        sounds,
                        countdown,
                    };
                    assert_eq!(HandsFree::read(&s.write()), s);
                }
            }
        }
        assert_eq!(
            HandsFree::default().write(),
            r#"{"app":"backtrack-hands-free","version":1,"voice":true,"sounds":true,"countdown":5}"#
        );
    }

    #[test]
    fn bad_values_fall_back_one_by_one_and_bad_text_to_the_defaults() {
        let d = HandsFree::default();
        for bad in [
            "",
            "{",
            "null",
            "[]",
            r#"{"app":"backtrack","version":1,"voice":false}"#,
            r#"{"app":"backtrack-hands-free","version":0,"voice":false}"#,
            r#"{"app":"backtrack-hands-free","voice":false}"#,
        ] {
            assert_eq!(HandsFree::read(bad), d, "{bad}");
        }
        assert_eq!(HandsFree::read(&"x".repeat(MAX_TEXT + 1)), d);
        let odd = r#"{"app":"backtrack-hands-free","version":1,"voice":"no","sounds":false,"countdown":7}"#;
        assert_eq!(HandsFree::read(odd), HandsFree { sounds: false, ..d });
        // A later version with a new member: what is known still reads.
        let later = r#"{"app":"backtrack-hands-free","version":2,"voice":false,"sounds":true,"countdown":10,"pitch":3}"#;
        assert_eq!(
            HandsFree::read(later),
            HandsFree {
                voice: false,
                sounds: true,
                countdown: 10
            }
        );
    }
}
