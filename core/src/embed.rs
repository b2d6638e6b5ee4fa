//! Options for embedding Backtrack in a running club's website, read from the frame's URL.
//!
//! A club embeds the app with an `<iframe>` whose address carries the options in its query
//! string: `…/backtrack/?embed=1&accent=%231d4ed8&club=Riverside%20Runners&start=causes/disc`.
//! Everything here is plain parsing and checking, tested natively; the web shell
//! (`src/embed.rs`) reads `location.search` once at start-up, hands it to
//! [`EmbedOptions::from_query`], prints the [`Warning`]s to the console and applies the result.
//!
//! Every option is untrusted text from someone else's page. The rule is the same for each:
//! a value we cannot use exactly as documented is dropped, the default is kept and a warning
//! says why. Nothing here ever fails. Only these values reach the page:
//!
//! - `accent`: six hex digits, re-formatted by us, so no CSS other than a colour can get in.
//!   It must also be dark enough to read as link text on the app's light background (see
//!   [`MIN_CONTRAST`]), and not so close to the app's alarm red ([`ALARM_RED`]) that its
//!   buttons would look like "Get help now" and a chosen answer like an error: a club cannot
//!   make the app unreadable or blur its warnings. The snippet builder
//!   (`public/embed-colour.js`) applies the same rules to explain a refusal on its page; a
//!   test holds the two to the same verdicts (`tests/embed-accents.txt`).
//! - `club`: a short plain-text name. It is always rendered as text (never as markup), and
//!   control, invisible and bidirectional-override characters are removed first, so the name
//!   cannot hide or reorder the words around it.
//! - `start`: one of our own routes, parsed by [`Route::from_hash`] and checked against the
//!   content.
//! - `embed`, `compact`: on or off.

use std::fmt;

use crate::content::en_gb::CONTENT;
use crate::route::Route;

/// The lowest contrast ratio we accept between the accent colour and the app's light
/// background (and the pale tint made from the accent). 4.5:1 is WCAG AA for body text;
/// the accent is used for links and button labels, so it must pass as text.
pub const MIN_CONTRAST: f64 = 4.5;

/// The app's alarm red, `--emergency` in the light scheme of `style/main.css`: "Get help
/// now", the emergency and warning notices, answers still missing. A club colour within
/// [`MIN_HUE_FROM_ALARM`] degrees of its hue, unless greyish or nearly black, is refused
/// ([`Rgb::looks_like_alarm`]).
pub const ALARM_RED: Rgb = Rgb(0xa4, 0x16, 0x1a);

/// How far round the colour wheel, in degrees of hue, a club colour must be from
/// [`ALARM_RED`]. Red, crimson, rose and red-orange (such as `#c2410c`) are nearer; orange,
/// amber, brown, pink and purple are further.
pub const MIN_HUE_FROM_ALARM: f64 = 20.0;

/// Below this saturation (HSL, 0 to 1) a colour reads as grey, whatever its hue, so it
/// cannot be mistaken for the alarm red.
pub const ALARM_MIN_SATURATION: f64 = 0.4;

/// Below this lightness (HSL, 0 to 1) a colour reads as black, whatever its hue.
pub const ALARM_MIN_LIGHTNESS: f64 = 0.15;

/// The longest club name we show, in characters, after cleaning.
pub const MAX_CLUB_CHARS: usize = 60;

/// The light scheme's page background (`--bg` in `style/main.css`): the darkest background
/// the accent is drawn on, so the one it must contrast with.
const LIGHT_BG: Rgb = Rgb(0xfb, 0xfa, 0xf7);
/// The dark scheme's card background (`--surface`), the lightest one the accent sits on there.
const DARK_SURFACE: Rgb = Rgb(0x1b, 0x22, 0x23);
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
/// The dark text colour the app uses on light accents (`--accent-text` in the dark scheme).
const INK: Rgb = Rgb(0x0b, 0x14, 0x15);

/// The options from the embed URL, validated. [`Default`] is the standalone app.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedOptions {
    /// `embed=1`: the page asks to be told the frame's height and section (see the shell's
    /// messages). Has an effect only inside a frame.
    pub embed: bool,
    /// `compact=1`: no main navigation and no install or update prompt, because the club's
    /// page has its own. "Get help now" always stays. Has an effect only inside a frame.
    pub compact: bool,
    /// `club=…`: the club's name, cleaned, shown as "Backtrack for {club}".
    pub club: Option<String>,
    /// `accent=…`: the club's colour, and the palette made from it.
    pub accent: Option<Accent>,
    /// `start=…`: the page to open first when the frame's URL has no `#/…` route.
    pub start: Option<Route>,
}

impl EmbedOptions {
    /// Reads the options from a URL query string (`location.search`, with or without its
    /// leading `?`). Unknown names and unusable values are reported as warnings and
    /// otherwise ignored; the result is always usable. If a name repeats, the last wins.
    pub fn from_query(query: &str) -> (EmbedOptions, Vec<Warning>) {
        let mut options = EmbedOptions::default();
        let mut warnings = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = percent_decode(name);
            let value = percent_decode(value);
            let result = match name.as_str() {
                "embed" => flag(&value).map(|on| options.embed = on),
                "compact" => flag(&value).map(|on| options.compact = on),
                "club" => clean_club_name(&value).map(|club| options.club = club),
                "accent" => Accent::parse(&value).map(|accent| options.accent = Some(accent)),
                "start" => parse_start(&value).map(|start| options.start = Some(start)),
                _ => Err(Problem::UnknownOption),
            };
            if let Err(problem) = result {
                warnings.push(Warning { name, problem });
            }
        }
        (options, warnings)
    }

    /// CSS custom properties to set on the root element for the club's accent, as
    /// `(name, value)` pairs; empty without an accent. The stylesheet maps them onto
    /// `--accent`, `--accent-text` and `--accent-soft` for the light and dark schemes when the
    /// root element has a `data-accent` attribute.
    pub fn accent_properties(&self) -> Vec<(&'static str, String)> {
        let Some(accent) = &self.accent else {
            return Vec::new();
        };
        vec![
            ("--club-accent", accent.light.accent.hex()),
            ("--club-accent-text", accent.light.text.hex()),
            ("--club-accent-soft", accent.light.soft.hex()),
            ("--club-accent-dark", accent.dark.accent.hex()),
            ("--club-accent-dark-text", accent.dark.text.hex()),
            ("--club-accent-dark-soft", accent.dark.soft.hex()),
        ]
    }
}

/// Why an option was ignored, for the console. The value itself is not repeated: it may
/// be very long, and the club can see it in its own snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// The option's name as given.
    pub name: String,
    /// What was wrong with it.
    pub problem: Problem,
}

/// What was wrong with an option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not one of our option names.
    UnknownOption,
    /// `embed` or `compact` was not `1`/`0` (or `true`/`false`, `yes`/`no`, `on`/`off`).
    NotAFlag,
    /// The accent is not `#rgb` or `#rrggbb`.
    NotAColour,
    /// The accent is a colour but too light to read on the app's background; the ratio
    /// found, in tenths (45 means 4.5:1).
    TooLittleContrast(u32),
    /// The accent is too close to the alarm red ([`ALARM_RED`]).
    LooksLikeAlarm,
    /// The club name is empty once cleaned.
    EmptyName,
    /// The club name is longer than [`MAX_CLUB_CHARS`].
    NameTooLong,
    /// The start page is not a page we can open first.
    NotAStartPage,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Unknown names are shown cut short: they may be very long.
        let name: String = self.name.chars().take(40).collect();
        write!(
            f,
            "Backtrack: embed option \"{name}\" ignored, default kept: "
        )?;
        let why = match &self.problem {
            Problem::UnknownOption => "it is not an option Backtrack knows",
            Problem::NotAFlag => "use 1 (on) or 0 (off)",
            Problem::NotAColour => "use a hex colour such as %231d4ed8 (#1d4ed8)",
            Problem::TooLittleContrast(tenths) => {
                return write!(
                    f,
                    "text in this colour would be hard to read ({}.{}:1 against the \
                     background, 4.5:1 needed); choose a darker shade.",
                    tenths / 10,
                    tenths % 10
                );
            }
            Problem::LooksLikeAlarm => {
                "this colour is close to the red Backtrack keeps for \"Get help now\" and \
                 warnings, so its buttons would look like alarms; choose another of the \
                 club's colours"
            }
            Problem::EmptyName => "the name is empty",
            Problem::NameTooLong => "names can be at most 60 characters",
            Problem::NotAStartPage => {
                "use home, about, check, causes, causes/<cause>, exercises, \
                 exercises/<exercise>, plan, running, red-flags or sources"
            }
        };
        write!(f, "{why}.")
    }
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rgb` or `#rrggbb` (the `#` may be left out, since an unencoded `#` in a URL
    /// would start the fragment). Nothing else: no names, no `rgb()`, no spaces.
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.strip_prefix('#').unwrap_or(s).as_bytes();
        let mut digits = [0u8; 6];
        for (i, &b) in hex.iter().enumerate() {
            let d = char::from(b).to_digit(16)?;
            *digits.get_mut(i)? = u8::try_from(d).ok()?;
        }
        let [a, b, c, d, e, f] = digits;
        match hex.len() {
            3 => Some(Rgb(a * 17, b * 17, c * 17)),
            6 => Some(Rgb(a * 16 + b, c * 16 + d, e * 16 + f)),
            _ => None,
        }
    }

    /// `#rrggbb`, lowercase.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2 defines it, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        fn linear(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        }
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// The WCAG contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// The hue in degrees, 0 up to 360 (red 0, green 120, blue 240); `None` for a grey.
    /// Computed with + − × ÷ only, so the snippet builder's copy in JavaScript gets the
    /// same number to the last bit.
    pub fn hue(self) -> Option<f64> {
        let (r, g, b) = (f64::from(self.0), f64::from(self.1), f64::from(self.2));
        let (max, min) = self.extremes();
        let d = max - min;
        if d == 0.0 {
            return None;
        }
        let sixths = if max == r {
            (g - b) / d
        } else if max == g {
            (b - r) / d + 2.0
        } else {
            (r - g) / d + 4.0
        };
        let degrees = 60.0 * sixths;
        Some(if degrees < 0.0 {
            degrees + 360.0
        } else {
            degrees
        })
    }

    /// The largest and the smallest of the three channels.
    fn extremes(self) -> (f64, f64) {
        let Rgb(r, g, b) = self;
        (f64::from(r.max(g).max(b)), f64::from(r.min(g).min(b)))
    }

    /// HSL lightness, 0 (black) to 1 (white).
    pub fn lightness(self) -> f64 {
        let (max, min) = self.extremes();
        (max + min) / 510.0
    }

    /// HSL saturation, 0 (grey) to 1.
    pub fn saturation(self) -> f64 {
        let (max, min) = self.extremes();
        let spread = 255.0 - (max + min - 255.0).abs();
        if spread == 0.0 {
            0.0
        } else {
            (max - min) / spread
        }
    }

    /// Whether this colour could be taken for the alarm red: close to its hue, and neither
    /// greyish nor nearly black.
    pub fn looks_like_alarm(self) -> bool {
        let (Some(hue), Some(alarm)) = (self.hue(), ALARM_RED.hue()) else {
            return false;
        };
        let apart = (hue - alarm).abs();
        let apart = apart.min(360.0 - apart);
        apart < MIN_HUE_FROM_ALARM
            && self.saturation() >= ALARM_MIN_SATURATION
            && self.lightness() >= ALARM_MIN_LIGHTNESS
    }

    /// `steps`/20 of the way from this colour to `other`.
    fn towards(self, other: Rgb, steps: u16) -> Rgb {
        let mix = |a: u8, b: u8| {
            let v = (u16::from(a) * (20 - steps) + u16::from(b) * steps + 10) / 20;
            u8::try_from(v).unwrap_or(u8::MAX)
        };
        Rgb(
            mix(self.0, other.0),
            mix(self.1, other.1),
            mix(self.2, other.2),
        )
    }

    /// Whichever of white and the app's dark ink reads better on this colour.
    fn text_on(self) -> Rgb {
        if WHITE.contrast(self) >= INK.contrast(self) {
            WHITE
        } else {
            INK
        }
    }
}

/// `x` to the power 2.4 for `x` in (0, 1], as `x² · ⁵√(x²)`, the fifth root by Newton's
/// method. Exact to double precision (tested against `powf`), and it spares the wasm the
/// general `pow` routine.
fn pow_2_4(x: f64) -> f64 {
    let a = x * x;
    // From 1 the iteration falls monotonically to the root; 60 steps are plenty for the
    // smallest `a` used here (about 0.0016).
    let mut y = 1.0_f64;
    for _ in 0..60 {
        let y4 = y * y * y * y;
        y -= (y4 * y - a) / (5.0 * y4);
    }
    a * y
}

/// A colour scheme's three accent colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Links, buttons, the current page's marker.
    pub accent: Rgb,
    /// Text on an accent-coloured button.
    pub text: Rgb,
    /// The pale (or, in the dark scheme, deep) tint behind key points and chosen answers.
    pub soft: Rgb,
}

/// The club's accent, with what the app derives from it for each colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    /// The light scheme: the club's colour exactly.
    pub light: Palette,
    /// The dark scheme: the club's colour lightened until it reads on the dark background.
    pub dark: Palette,
}

impl Accent {
    /// Parses and checks an accent colour: `#rgb`/`#rrggbb`, with at least [`MIN_CONTRAST`]
    /// against the light background and against its own pale tint, and not like the alarm
    /// red ([`Rgb::looks_like_alarm`]).
    pub fn parse(value: &str) -> Result<Accent, Problem> {
        let colour = Rgb::parse(value.trim()).ok_or(Problem::NotAColour)?;
        let soft = colour.towards(WHITE, 19);
        let ratio = colour.contrast(LIGHT_BG).min(colour.contrast(soft));
        if ratio < MIN_CONTRAST {
            // Round down so that the message never claims a pass.
            return Err(Problem::TooLittleContrast((ratio * 10.0) as u32));
        }
        if colour.looks_like_alarm() {
            return Err(Problem::LooksLikeAlarm);
        }
        let light = Palette {
            accent: colour,
            text: colour.text_on(),
            soft,
        };
        // The same hue for dark mode: step towards white until it reads on the dark
        // background and on its own deep tint (white itself always does).
        let dark = (0..=20)
            .map(|steps| {
                let accent = colour.towards(WHITE, steps);
                let soft = DARK_SURFACE.towards(accent, 4);
                Palette {
                    accent,
                    text: accent.text_on(),
                    soft,
                }
            })
            .find(|p| {
                p.accent
                    .contrast(DARK_SURFACE)
                    .min(p.accent.contrast(p.soft))
                    >= MIN_CONTRAST
            })
            .unwrap_or(Palette {
                accent: WHITE,
                text: INK,
                soft: DARK_SURFACE,
            });
        Ok(Accent { light, dark })
    }
}

/// Cleans a club name: control characters, invisible characters and bidirectional
/// controls are removed (they could hide or reorder the text around the name), runs of
/// whitespace become one space, and the ends are trimmed. `Ok(None)` for an empty value
/// (no club); an error if nothing is left or the result is longer than [`MAX_CLUB_CHARS`].
pub fn clean_club_name(value: &str) -> Result<Option<String>, Problem> {
    if value.is_empty() {
        return Ok(None);
    }
    let mut name = String::new();
    let mut count = 0;
    for c in value.chars() {
        if c.is_whitespace() {
            if !name.is_empty() && !name.ends_with(' ') {
                name.push(' ');
            }
            continue;
        }
        if is_hidden(c) {
            continue;
        }
        count += 1;
        if count > MAX_CLUB_CHARS {
            return Err(Problem::NameTooLong);
        }
        name.push(c);
    }
    name.truncate(name.trim_end().len());
    if name.is_empty() {
        Err(Problem::EmptyName)
    } else {
        Ok(Some(name))
    }
}

/// Characters that are invisible or change the order of text around them. Zero-width
/// joiners stay: emoji sequences and some scripts need them.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2060}' | '\u{FEFF}'
            | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
            | '\u{FFF9}'..='\u{FFFB}')
}

/// Parses a start page: `home`, or a route as in the fragment (`check`, `causes/disc`,
/// `#/exercises/dead-bug`). Only pages that make sense with nothing stored yet are
/// accepted: the content pages, the check and the plan; not the result (it needs a finished
/// check), the runner's own records, or pages we do not have.
pub fn parse_start(value: &str) -> Result<Route, Problem> {
    let value = value.trim();
    let route = if value == "home" {
        Route::Home
    } else {
        Route::from_hash(value)
    };
    let allowed = match &route {
        Route::Exercise(id) => CONTENT.exercise(*id).is_some(),
        r => START_PAGES.contains(r) || matches!(r, Route::Cause(_)),
    };
    if allowed {
        Ok(route)
    } else {
        Err(Problem::NotAStartPage)
    }
}

static START_PAGES: [Route; 9] = [
    Route::Home,
    Route::Overview,
    Route::Check,
    Route::Causes,
    Route::Exercises,
    Route::Plan,
    Route::Running,
    Route::RedFlags,
    Route::Sources,
];

/// The section a route belongs to, as a fragment such as `#/causes`: all that the club's
/// page is told about where the runner is. Which cause or exercise is open, whether a check
/// was finished (the result counts as the check), the runner's own records (within the
/// plan) and any unknown path the runner followed stay inside the frame; a page in no
/// section is reported as the home page.
pub fn route_section(route: &Route) -> String {
    START_PAGES[1..]
        .iter()
        .find(|section| route.is_within(section))
        .unwrap_or(&Route::Home)
        .to_hash()
}

fn flag(value: &str) -> Result<bool, Problem> {
    let is = |words: &[&str]| words.iter().any(|w| value.trim().eq_ignore_ascii_case(w));
    if is(&["", "1", "true", "yes", "on"]) {
        Ok(true)
    } else if is(&["0", "false", "no", "off"]) {
        Ok(false)
    } else {
        Err(Problem::NotAFlag)
    }
}

/// Decodes `application/x-www-form-urlencoded` text as browsers do: `+` is a space, `%XX`
/// a byte, a `%` not followed by two hex digits stays as it is; bytes that are not UTF-8
/// become U+FFFD.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let hex = |j: usize| {
            bytes
                .get(j)
                .and_then(|&h| char::from(h).to_digit(16))
                .and_then(|d| u8::try_from(d).ok())
        };
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push(hi * 16 + lo);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::CauseId;

    fn parse(q: &str) -> EmbedOptions {
        EmbedOptions::from_query(q).0
    }

    fn warnings(q: &str) -> Vec<Problem> {
        EmbedOptions::from_query(q)
            .1
            .into_iter()
            .map(|w| w.problem)
            .collect()
    }

    #[test]
    fn no_query_is_the_standalone_app() {
        for q in ["", "?", "?&&", "&"] {
            assert_eq!(
                EmbedOptions::from_query(q),
                (EmbedOptions::default(), vec![])
            );
        }
    }

    #[test]
    fn the_readme_example_parses() {
        let (o, w) = EmbedOptions::from_query(
            "?embed=1&compact=1&accent=%231d4ed8&club=Riverside%20Runners&start=causes/disc",
        );
        assert!(w.is_empty(), "{w:?}");
        assert!(o.embed);
        assert!(o.compact);
        assert_eq!(o.club.as_deref(), Some("Riverside Runners"));
        assert_eq!(o.accent.unwrap().light.accent, Rgb(0x1d, 0x4e, 0xd8));
        assert_eq!(o.start, Some(Route::Cause(CauseId::Disc)));
    }

    #[test]
    fn flags_accept_the_usual_spellings() {
        assert!(parse("compact").compact);
        assert!(parse("compact=true").compact);
        assert!(parse("compact=ON").compact);
        assert!(!parse("compact=1&compact=0").compact, "the last one wins");
        assert_eq!(warnings("embed=maybe"), vec![Problem::NotAFlag]);
        assert!(!parse("embed=maybe").embed);
    }

    #[test]
    fn accents_are_hex_only() {
        for good in [
            "#1d4ed8",
            "%231D4ED8",
            "1d4ed8",
            "#00f",
            "00f",
            "+%23123456+",
        ] {
            assert!(parse(&format!("accent={good}")).accent.is_some(), "{good}");
        }
        for bad in [
            "red",
            "#12345",
            "#1234567",
            "#ggg",
            "rgb(1,2,3)",
            "#123;background:url(x)",
            "%23123456%3Bcolor:red",
            "url(https://evil.example/)",
            "var(--text)",
            "#",
            "",
            "#１２３",
        ] {
            let (o, w) = EmbedOptions::from_query(&format!("accent={bad}"));
            assert_eq!(o.accent, None, "{bad}");
            assert_eq!(
                w.iter().map(|w| &w.problem).collect::<Vec<_>>(),
                [&Problem::NotAColour],
                "{bad}"
            );
        }
    }

    #[test]
    fn short_hex_doubles_each_digit() {
        assert_eq!(Rgb::parse("#0af"), Some(Rgb(0x00, 0xaa, 0xff)));
        assert_eq!(Rgb(0x00, 0xaa, 0xff).hex(), "#00aaff");
    }

    #[test]
    fn the_power_function_is_exact() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= 1e-15, "{c}: {ours} vs {std}");
        }
    }

    #[test]
    fn contrast_matches_wcag() {
        assert!((WHITE.contrast(Rgb(0, 0, 0)) - 21.0).abs() < 1e-9);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 1e-9);
        // #767676 is the well-known lightest grey that passes 4.5:1 on white.
        assert!(Rgb(0x76, 0x76, 0x76).contrast(WHITE) >= 4.5);
        assert!(Rgb(0x77, 0x77, 0x77).contrast(WHITE) < 4.5);
    }

    #[test]
    fn light_accents_are_refused_as_unreadable() {
        for light in ["#ffff00", "#fff", "#5ec4bd", "#888888", "#f97316"] {
            let problems = warnings(&format!("accent={}", light.replace('#', "%23")));
            assert!(
                matches!(problems[..], [Problem::TooLittleContrast(r)] if r < 45),
                "{light}: {problems:?}"
            );
        }
        // The app's own accent, a club's blue and black pass.
        assert!(Accent::parse("#0b5d5a").is_ok());
        assert!(Accent::parse("#1d4ed8").is_ok());
        assert!(Accent::parse("#000").is_ok());
    }

    #[test]
    fn accents_like_the_alarm_red_are_refused() {
        // Red, crimson, rose, deep red and red-orange (the first README example, #c2410c,
        // made the main button look like "Get help now").
        for red in [
            "#a4161a", "#b91c1c", "#c2410c", "#9a3412", "#be123c", "#7f1d1d", "#c00", "#900",
        ] {
            assert_eq!(
                warnings(&format!("accent={}", red.replace('#', "%23"))),
                vec![Problem::LooksLikeAlarm],
                "{red}"
            );
            assert!(Rgb::parse(red).is_some_and(Rgb::looks_like_alarm), "{red}");
        }
        // Further round the wheel, greyish or nearly black: brown, amber, pink, purple, a
        // dusty red, a red so dark it reads as black.
        for fine in [
            "#78350f", "#92400e", "#be185d", "#7e22ce", "#6b3a3a", "#0b5d5a", "#300",
        ] {
            assert!(Accent::parse(fine).is_ok(), "{fine}");
        }
        // A light red is refused as unreadable first: that is the more useful advice.
        assert!(matches!(
            Accent::parse("#f87171"),
            Err(Problem::TooLittleContrast(_))
        ));
        let (_, w) = EmbedOptions::from_query("accent=b91c1c");
        assert!(w[0].to_string().contains("\"Get help now\""), "{}", w[0]);
    }

    #[test]
    fn the_alarm_red_is_the_stylesheets() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../style/main.css");
        let css = std::fs::read_to_string(path).expect("style/main.css is readable");
        let first = css
            .lines()
            .find_map(|l| l.trim().strip_prefix("--emergency:"))
            .map(|v| v.trim().trim_end_matches(';'));
        assert_eq!(first, Some(ALARM_RED.hex().as_str()));
    }

    /// The app's verdict on one colour, as `tests/embed-accents.txt` writes it.
    fn verdict(colour: Rgb) -> String {
        match Accent::parse(&colour.hex()) {
            Ok(_) => "o".to_owned(),
            Err(Problem::TooLittleContrast(tenths)) => format!("l{tenths}"),
            Err(Problem::LooksLikeAlarm) => "a".to_owned(),
            Err(other) => format!("?{other:?}"),
        }
    }

    /// The whole of `tests/embed-accents.txt`: chosen colours, pseudo-random ones and every
    /// `#rgb` colour, each with the app's verdict.
    fn accent_verdicts() -> String {
        let mut out = String::from(
            "# What Backtrack does with a club's accent colour (core/src/embed.rs, Accent::parse),\n\
             # for thousands of colours. The snippet builder's copy of the rules\n\
             # (public/embed-colour.js) must agree on every one: cargo test checks this file\n\
             # against the Rust, tests/e2e/embed.spec.mjs against the JavaScript.\n\
             # Written by: BLESS=1 cargo test -p backtrack-core accent_verdicts\n\
             # o: used; a: refused, too close to the alarm red; l29: refused, too light (2.9:1).\n\
             #\n\
             # Chosen colours, then pseudo-random ones, one a line:\n",
        );
        let chosen = [
            "0b5d5a", "1d4ed8", "c2410c", "b91c1c", "a4161a", "dc2626", "e11d48", "be123c",
            "9a3412", "7f1d1d", "78350f", "92400e", "b45309", "be185d", "7e22ce", "6b3a3a",
            "15803d", "047857", "0f2a5c", "767676", "777777", "888888", "5ec4bd", "f97316",
            "ffff00", "000000", "ffffff",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let random = (0..240).map(|_| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let [_, _, _, _, _, r, g, b] = seed.to_be_bytes();
            Rgb(r, g, b)
        });
        let chosen = chosen.iter().filter_map(|hex| Rgb::parse(hex));
        for colour in chosen.chain(random) {
            out.push_str(&format!("{} {}\n", &colour.hex()[1..], verdict(colour)));
        }
        out.push_str(
            "# Every #rgb colour: the red and green digits, then the verdicts for blue 0 to f:\n",
        );
        for r in 0..16u8 {
            for g in 0..16u8 {
                let row: Vec<String> = (0..16u8)
                    .map(|b| verdict(Rgb(r * 17, g * 17, b * 17)))
                    .collect();
                out.push_str(&format!("{r:x} {g:x}: {}\n", row.join(" ")));
            }
        }
        out
    }

    #[test]
    fn accent_verdicts_file_is_the_apps() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/embed-accents.txt");
        let want = accent_verdicts();
        assert!(!want.contains('?'), "every colour parses");
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(path, &want).expect("tests/embed-accents.txt is writable");
        }
        let have = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            have == want,
            "tests/embed-accents.txt differs from what the app decides; after changing the \
             colour rules (here and in public/embed-colour.js) rewrite it with \
             BLESS=1 cargo test -p backtrack-core accent_verdicts"
        );
    }

    #[test]
    fn hue_and_saturation_follow_hsl() {
        assert_eq!(Rgb(255, 0, 0).hue(), Some(0.0));
        assert_eq!(Rgb(0, 255, 0).hue(), Some(120.0));
        assert_eq!(Rgb(0, 0, 255).hue(), Some(240.0));
        assert_eq!(Rgb(255, 0, 128).hue().map(f64::round), Some(330.0));
        assert_eq!(Rgb(80, 80, 80).hue(), None);
        assert_eq!(Rgb(255, 0, 0).saturation(), 1.0);
        assert_eq!(Rgb(0, 0, 0).saturation(), 0.0);
        assert_eq!(Rgb(255, 255, 255).saturation(), 0.0);
        assert!((Rgb(0x6b, 0x3a, 0x3a).saturation() - 0.297).abs() < 0.001);
        assert_eq!(Rgb(0, 0, 0).lightness(), 0.0);
        assert_eq!(Rgb(255, 0, 0).lightness(), 0.5);
        assert_eq!(Rgb(255, 255, 255).lightness(), 1.0);
    }

    #[test]
    fn every_accepted_accent_gives_readable_palettes() {
        // A grid over the whole colour cube.
        for r in (0..=255).step_by(17) {
            for g in (0..=255).step_by(17) {
                for b in (0..=255).step_by(17) {
                    let Ok(a) = Accent::parse(&Rgb(r, g, b).hex()) else {
                        continue;
                    };
                    assert_readable(&a);
                }
            }
        }
    }

    fn assert_readable(a: &Accent) {
        let l = a.light;
        assert!(l.accent.contrast(LIGHT_BG) >= MIN_CONTRAST);
        assert!(l.accent.contrast(l.soft) >= MIN_CONTRAST);
        assert!(l.text.contrast(l.accent) >= MIN_CONTRAST, "{a:?}");
        let d = a.dark;
        assert!(d.accent.contrast(DARK_SURFACE) >= MIN_CONTRAST, "{a:?}");
        assert!(d.accent.contrast(d.soft) >= MIN_CONTRAST, "{a:?}");
        assert!(d.text.contrast(d.accent) >= MIN_CONTRAST, "{a:?}");
    }

    #[test]
    fn accent_properties_are_plain_hex_colours() {
        assert!(parse("").accent_properties().is_empty());
        let props = parse("accent=%231D4ED8").accent_properties();
        assert_eq!(props[0], ("--club-accent", "#1d4ed8".to_owned()));
        assert_eq!(props[1], ("--club-accent-text", "#ffffff".to_owned()));
        assert_eq!(props.len(), 6);
        for (name, value) in props {
            assert!(name.starts_with("--club-accent"));
            assert!(Rgb::parse(&value).is_some() && value.len() == 7, "{value}");
        }
    }

    #[test]
    fn club_names_are_cleaned_plain_text() {
        let club = |q: &str| parse(&format!("club={q}")).club;
        assert_eq!(
            club("Riverside+Runners").as_deref(),
            Some("Riverside Runners")
        );
        assert_eq!(
            club("%20%20Riverside%0A%09Runners%20").as_deref(),
            Some("Riverside Runners")
        );
        assert_eq!(club(""), None);
        // Markup is kept as the literal text it is; the shell renders it as text.
        assert_eq!(
            club("%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").as_deref(),
            Some("<img src=x onerror=alert(1)>")
        );
        assert_eq!(club("%3C%2Fscript%3E").as_deref(), Some("</script>"));
        // Right-to-left override and friends are removed; the words stay in order.
        assert_eq!(
            club("Riverside%E2%80%AEsrennuR%E2%80%AC").as_deref(),
            Some("RiversidesrennuR")
        );
        assert_eq!(
            club("A%E2%81%A6B%E2%81%A9%E2%80%8BC%EF%BB%BF").as_deref(),
            Some("ABC")
        );
        // Real right-to-left names and emoji sequences are fine.
        assert_eq!(club("%D7%A8%D7%A6%D7%99%D7%9D").as_deref(), Some("רצים"));
        assert_eq!(
            club("Run%F0%9F%8F%83%E2%80%8D%E2%99%80%EF%B8%8F").as_deref(),
            Some("Run🏃‍♀️")
        );
    }

    #[test]
    fn the_length_limit_in_messages_is_the_real_one() {
        assert_eq!(
            MAX_CLUB_CHARS, 60,
            "update the NameTooLong message, docs/embedding.md and the snippet builder (maxlength)"
        );
    }

    #[test]
    fn unusable_club_names_are_refused() {
        assert_eq!(warnings("club=%E2%80%AE%0A%20"), vec![Problem::EmptyName]);
        let long = "x".repeat(10_000);
        assert_eq!(
            warnings(&format!("club={long}")),
            vec![Problem::NameTooLong]
        );
        assert_eq!(parse(&format!("club={long}")).club, None);
        let exactly = "é".repeat(MAX_CLUB_CHARS);
        assert_eq!(parse(&format!("club={exactly}")).club, Some(exactly));
        // Invalid UTF-8 becomes a visible replacement character, not a crash.
        assert_eq!(parse("club=%FF").club.as_deref(), Some("\u{FFFD}"));
    }

    #[test]
    fn start_pages_are_our_routes_only() {
        let start = |q: &str| parse(&format!("start={q}")).start;
        assert_eq!(start("home"), Some(Route::Home));
        assert_eq!(start("check"), Some(Route::Check));
        assert_eq!(
            start("%23%2Fcauses%2Ffacet_joint"),
            Some(Route::Cause(CauseId::FacetJoint))
        );
        assert_eq!(start("/causes/nerve/"), Some(Route::Cause(CauseId::Nerve)));
        assert_eq!(start("running"), Some(Route::Running));
        let slug = CONTENT.exercises[0].slug;
        assert_eq!(
            start(&format!("exercises/{slug}")),
            Some(Route::Exercise(slug))
        );
        assert_eq!(start("plan"), Some(Route::Plan));
        for bad in [
            "result",
            "plan/session",
            "diary",
            "exercises/no-such-exercise",
            "causes/slipped",
            "https://evil.example/",
            "javascript:alert(1)",
            "%3Cimg%20src%3Dx%3E",
        ] {
            assert_eq!(start(bad), None, "{bad}");
            assert_eq!(
                warnings(&format!("start={bad}")),
                vec![Problem::NotAStartPage]
            );
        }
    }

    #[test]
    fn the_snippet_builder_offers_every_start_page() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../public/embed-demo.html");
        let html = std::fs::read_to_string(path).expect("public/embed-demo.html is readable");
        let list = html
            .split_once("<select id=\"start\"")
            .and_then(|(_, rest)| rest.split_once("</select>"))
            .map(|(list, _)| list)
            .expect("the builder has a list of start pages");
        let offered: std::collections::BTreeSet<String> = list
            .split("value=\"")
            .skip(1)
            .filter_map(|rest| rest.split_once('"'))
            .map(|(value, _)| value.to_owned())
            .collect();
        for value in &offered {
            assert!(parse_start(value).is_ok(), "the builder offers {value}");
        }
        let pages = START_PAGES
            .iter()
            .cloned()
            .chain(CauseId::ALL.iter().map(|&c| Route::Cause(c)));
        let wanted: std::collections::BTreeSet<String> = pages
            .map(|r| match r {
                Route::Home => "home".to_owned(),
                r => r.to_hash().trim_start_matches("#/").to_owned(),
            })
            .collect();
        assert_eq!(offered, wanted);
    }

    #[test]
    fn unknown_options_are_reported_and_ignored() {
        let (o, w) = EmbedOptions::from_query("?colour=red&utm_source=x&club=A");
        assert_eq!(o.club.as_deref(), Some("A"));
        assert_eq!(w.len(), 2);
        assert!(w.iter().all(|w| w.problem == Problem::UnknownOption));
    }

    #[test]
    fn warnings_are_short_and_name_the_option() {
        let long = format!("club=%3Cscript%3E{}", "y".repeat(10_000));
        let (_, w) = EmbedOptions::from_query(&long);
        let text = w[0].to_string();
        assert!(
            text.starts_with("Backtrack: embed option \"club\" ignored"),
            "{text}"
        );
        assert!(text.len() < 200, "{text}");
        let (_, w) = EmbedOptions::from_query(&format!("{}=1", "n".repeat(10_000)));
        assert!(w[0].to_string().len() < 200);
        let (_, w) = EmbedOptions::from_query("accent=%23ffff00");
        assert!(
            w[0].to_string().contains("1.0:1 against the background"),
            "{}",
            w[0]
        );
    }

    #[test]
    fn sections_hide_which_page_and_what_was_typed() {
        assert_eq!(route_section(&Route::Cause(CauseId::Disc)), "#/causes");
        assert_eq!(
            route_section(&Route::Exercise(crate::ExerciseId::DeadBug)),
            "#/exercises"
        );
        assert_eq!(route_section(&Route::Result), "#/check");
        assert_eq!(route_section(&Route::NotFound("my secret".into())), "#/");
        for r in Route::MAIN.iter().chain(&START_PAGES) {
            assert_eq!(route_section(r), r.to_hash());
        }
    }

    #[test]
    fn percent_decoding_is_forgiving() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%E2%82%AC"), "€");
        assert_eq!(percent_decode("%E2%82"), "\u{FFFD}");
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_query_parses_without_panicking(q in "\\PC{0,300}") {
                let (o, _) = EmbedOptions::from_query(&q);
                if let Some(club) = &o.club {
                    prop_assert!(club.chars().count() <= MAX_CLUB_CHARS);
                }
            }

            #[test]
            fn cleaned_names_are_tidy(raw in any::<String>()) {
                if let Ok(Some(name)) = clean_club_name(&raw) {
                    prop_assert!(!name.is_empty() && name.chars().count() <= MAX_CLUB_CHARS);
                    prop_assert!(!name.chars().any(|c| is_hidden(c) || (c.is_whitespace() && c != ' ')));
                    prop_assert_eq!(name.trim(), name.as_str());
                    prop_assert!(!name.contains("  "));
                }
            }

            #[test]
            fn accepted_accents_are_readable(r: u8, g: u8, b: u8) {
                if let Ok(a) = Accent::parse(&Rgb(r, g, b).hex()) {
                    assert_readable(&a);
                }
            }

            #[test]
            fn only_hex_colours_are_accepted(s in "\\PC{0,12}") {
                if Rgb::parse(&s).is_some() {
                    let hex = s.strip_prefix('#').unwrap_or(&s);
                    prop_assert!(matches!(hex.len(), 3 | 6));
                    prop_assert!(hex.bytes().all(|b| b.is_ascii_hexdigit()));
                }
            }
        }
    }
}
