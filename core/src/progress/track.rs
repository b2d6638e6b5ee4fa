//! A run's start, time and distance from a watch or phone export (GPX or TCX), read offline.
//!
//! The browser's own XML parser reads the file (the web shell walks its tree, without
//! recursion, and hands over plain numbers); this module does everything that can be done
//! without a browser: the checks before parsing, and the time and distance from the points
//! or laps. No floats are formatted or parsed here (the shell turns text into numbers with
//! the browser's own functions), so the app carries no float formatting code.
//!
//! **Hostile files.** A file larger than [`MAX_TRACK_BYTES`] is refused before it is read;
//! one with a document type declaration (where entity tricks live: "billion laughs",
//! external entities), or that is not well-formed, deeper than [`MAX_DEPTH`] or with more
//! than [`MAX_ELEMENTS`] elements ([`check_shape`]), is refused before it is parsed; the
//! shell's walk of the parsed tree keeps the same limits. A file that
//! parses but is not a run (a bike ride, no points, no time) is named as such. Nothing is
//! saved from a file: it only fills in the form, which the runner then saves.

/// Largest GPX or TCX file read (a few hours of one-second points with heart rate).
pub const MAX_TRACK_BYTES: usize = 8 * 1024 * 1024;
/// Deepest nesting of elements walked (GPX and TCX need fewer than 10 levels).
pub const MAX_DEPTH: usize = 32;
/// Most elements walked.
pub const MAX_ELEMENTS: usize = 400_000;
/// Faster than this on average is no run (km/h): a bike ride or a car.
const MAX_RUN_KMH: f64 = 30.0;

/// Why a file gave no run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrackProblem {
    TooBig,
    NotText,
    /// A document type declaration: possible entity tricks, never needed by GPX or TCX.
    Declarations,
    /// Not well-formed XML.
    NotXml,
    /// Nested too deeply or too many elements.
    TooComplex,
    /// XML, but neither GPX nor TCX.
    NotTrack,
    /// The file says it is another sport.
    NotARun,
    /// No times, or no distance, to make a run of.
    NoRun,
    /// Too fast to be a run.
    TooFast,
}

impl TrackProblem {
    /// The problem in plain words.
    pub fn describe(self) -> &'static str {
        match self {
            TrackProblem::TooBig => "The file is too big for a run (more than 8 MB).",
            TrackProblem::NotText => "The file is not a text file, so it is not GPX or TCX.",
            TrackProblem::Declarations => {
                "The file has a document type declaration, which GPX and TCX files never need, so it was not read."
            }
            TrackProblem::NotXml => "The file is not a valid GPX or TCX file: it is damaged or cut short.",
            TrackProblem::TooComplex => "The file is nested too deeply or is too large to be a run.",
            TrackProblem::NotTrack => "The file is not a GPX or TCX file.",
            TrackProblem::NotARun => "The file is from another sport, not a run.",
            TrackProblem::NoRun => "The file has no times and distance to make a run from.",
            TrackProblem::TooFast => "The file is too fast to be a run (perhaps a bike ride).",
        }
    }
}

/// Where `needle` first starts in `hay`. A plain byte search: the standard library's
/// substring search would bring its two-way searcher into the app (about 2 KB of wasm) for
/// files that are read once.
fn find(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w == needle.as_bytes())
}

fn has(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// The checks on the text before it is parsed.
pub fn precheck(text: &str) -> Result<(), TrackProblem> {
    if text.len() > MAX_TRACK_BYTES {
        return Err(TrackProblem::TooBig);
    }
    // Any declaration, internal or external: the parser would expand entities.
    if has(text, "<!DOCTYPE") || has(text, "<!ENTITY") || has(text, "<!doctype") {
        return Err(TrackProblem::Declarations);
    }
    if !(has(text, "<gpx") || has(text, "TrainingCenterDatabase")) {
        return Err(TrackProblem::NotTrack);
    }
    check_shape(text)
}

/// A quick check that the text is well-formed XML, before the browser parses it: every tag
/// closed in order, comments, CDATA and processing instructions ended, only the five
/// predefined entities or character references, and no deeper than [`MAX_DEPTH`] nor more
/// than [`MAX_ELEMENTS`] elements. Iterative (no recursion), one pass. The browser would
/// refuse a damaged file too, but it reports that by building an error element with an
/// inline style, which the app's Content Security Policy blocks (a console error).
pub fn check_shape(text: &str) -> Result<(), TrackProblem> {
    let mut open: Vec<&str> = Vec::new();
    let mut elements = 0usize;
    let mut roots = 0usize;
    let mut rest = text;
    while let Some(lt) = rest.find('<') {
        check_entities(&rest[..lt])?;
        rest = &rest[lt..];
        let (end, skip) = if rest.starts_with("<?") {
            (find(rest, "?>"), 2)
        } else if rest.starts_with("<!--") {
            (find(rest, "-->"), 3)
        } else if rest.starts_with("<![CDATA[") {
            (find(rest, "]]>"), 3)
        } else if rest.starts_with("<!") {
            return Err(TrackProblem::Declarations);
        } else {
            (tag_end(rest), 1)
        };
        let end = end.ok_or(TrackProblem::NotXml)?;
        let tag = &rest[..end];
        rest = &rest[end + skip..];
        if tag.starts_with("<?") || tag.starts_with("<!") {
            continue;
        }
        if let Some(name) = tag.strip_prefix("</") {
            if open.pop() != Some(name.trim_end()) {
                return Err(TrackProblem::NotXml);
            }
            continue;
        }
        let body = &tag[1..];
        let name_end = body
            .find(|c: char| c.is_ascii_whitespace() || c == '/')
            .unwrap_or(body.len());
        let name = &body[..name_end];
        if name.is_empty() || (open.is_empty() && roots > 0) {
            return Err(TrackProblem::NotXml);
        }
        check_entities(&body[name_end..])?;
        elements += 1;
        if open.is_empty() {
            roots += 1;
        }
        if !body.ends_with('/') {
            open.push(name);
        }
        if open.len() > MAX_DEPTH || elements > MAX_ELEMENTS {
            return Err(TrackProblem::TooComplex);
        }
    }
    check_entities(rest)?;
    if open.is_empty() && roots == 1 {
        Ok(())
    } else {
        Err(TrackProblem::NotXml)
    }
}

/// Where the tag at the start of `text` ends (its `>`), skipping quoted attribute values.
fn tag_end(text: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            (None, '<') if i > 0 => return None,
            _ => {}
        }
    }
    None
}

/// Every `&` starts one of the five predefined entities or a character reference.
fn check_entities(text: &str) -> Result<(), TrackProblem> {
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        rest = &rest[amp + 1..];
        let semi = rest.find(';').ok_or(TrackProblem::NotXml)?;
        let name = &rest[..semi];
        let known = matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
            || name
                .strip_prefix("#x")
                .is_some_and(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit()))
            || name
                .strip_prefix('#')
                .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
        if !known {
            return Err(TrackProblem::NotXml);
        }
        rest = &rest[semi + 1..];
    }
    Ok(())
}

/// Whether a sport named by a file (GPX `type`, TCX `Sport`) is running: anything that
/// names another sport is not.
pub fn is_running_sport(sport: &str) -> bool {
    let s = sport.trim().as_bytes();
    let has = |word: &[u8]| s.windows(word.len()).any(|w| w.eq_ignore_ascii_case(word));
    !(has(b"bik") || has(b"cycl") || has(b"swim") || has(b"ride") || has(b"driv"))
}

/// A point of a track: its time (ms since 1970) if it has one, and where it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub ms: Option<f64>,
    pub lat: f64,
    pub lon: f64,
    /// The first point of a segment: no distance from the point before.
    pub new_segment: bool,
}

/// A lap of a TCX file: its start, time and distance as the watch summed them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lap {
    pub start_ms: Option<f64>,
    pub seconds: Option<f64>,
    pub metres: Option<f64>,
}

/// What the form is filled with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    /// The start, in ms since 1970 (the shell shows it in the runner's time zone).
    pub start_ms: f64,
    /// Whole minutes, at least 1.
    pub minutes: u16,
    /// Whole metres, at least 1.
    pub metres: u32,
}

/// The cosine, for latitudes (|x| ≤ π/2): a short even series, good to one part in a
/// million there, so that no maths library is linked for one function.
fn cos(x: f64) -> f64 {
    let x2 = x * x;
    // Taylor terms to x^12 (the error is below x^14/14!, under 1e-8 at π/2).
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 1..=6 {
        let k2 = f64::from(2 * k);
        term *= -x2 / ((k2 - 1.0) * k2);
        sum += term;
    }
    sum
}

/// Metres between two nearby points (equirectangular: exact enough for the few metres
/// between the points of a track).
fn metres_between(a: &Point, b: &Point) -> f64 {
    const EARTH_M: f64 = 6_371_000.0;
    const RAD: f64 = std::f64::consts::PI / 180.0;
    let mid = (a.lat + b.lat) / 2.0 * RAD;
    let x = (b.lon - a.lon) * RAD * cos(mid);
    let y = (b.lat - a.lat) * RAD;
    (x * x + y * y).sqrt() * EARTH_M
}

fn valid(p: &Point) -> bool {
    p.lat.is_finite()
        && p.lon.is_finite()
        && (-90.0..=90.0).contains(&p.lat)
        && (-180.0..=180.0).contains(&p.lon)
}

/// The run from GPX or TCX points.
pub fn from_points(points: &[Point]) -> Result<Summary, TrackProblem> {
    let mut metres = 0.0;
    let mut previous: Option<&Point> = None;
    for p in points.iter().filter(|p| valid(p)) {
        if let (Some(q), false) = (previous, p.new_segment) {
            metres += metres_between(q, p);
        }
        previous = Some(p);
    }
    let times: Vec<f64> = points
        .iter()
        .filter_map(|p| p.ms)
        .filter(|t| t.is_finite())
        .collect();
    let (Some(first), Some(last)) = (times.first(), times.last()) else {
        return Err(TrackProblem::NoRun);
    };
    summary(*first, last - first, metres)
}

/// The run from TCX laps (the watch's own sums), when they have a time and distance.
pub fn from_laps(laps: &[Lap]) -> Result<Summary, TrackProblem> {
    let start = laps
        .iter()
        .find_map(|l| l.start_ms.filter(|t| t.is_finite()));
    let sum = |f: fn(&Lap) -> Option<f64>| -> f64 {
        laps.iter()
            .filter_map(f)
            .filter(|x| x.is_finite() && *x > 0.0)
            .sum()
    };
    let Some(start) = start else {
        return Err(TrackProblem::NoRun);
    };
    summary(start, sum(|l| l.seconds) * 1000.0, sum(|l| l.metres))
}

fn summary(start_ms: f64, duration_ms: f64, metres: f64) -> Result<Summary, TrackProblem> {
    let seconds = duration_ms / 1000.0;
    // At least a minute and ten metres, at most a day and 1000 km.
    if !(60.0..=86_400.0).contains(&seconds) || !(10.0..=1_000_000.0).contains(&metres) {
        return Err(TrackProblem::NoRun);
    }
    if metres / seconds * 3.6 > MAX_RUN_KMH {
        return Err(TrackProblem::TooFast);
    }
    Ok(Summary {
        start_ms,
        minutes: ((seconds + 30.0) / 60.0) as u16,
        metres: (metres + 0.5) as u32,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(ms: f64, lat: f64, lon: f64) -> Point {
        Point {
            ms: Some(ms),
            lat,
            lon,
            new_segment: false,
        }
    }

    #[test]
    fn the_cosine_is_close_enough_for_any_latitude() {
        for i in -90..=90 {
            let x = f64::from(i) * std::f64::consts::PI / 180.0;
            assert!((cos(x) - x.cos()).abs() < 1e-6, "{i}");
        }
    }

    #[test]
    fn a_track_gives_its_start_time_and_distance() {
        // Due north along a meridian, 0.009 degrees a point (about 1 km), 6 minutes apart.
        let points: Vec<Point> = (0..6)
            .map(|i| {
                point(
                    1_000_000.0 + f64::from(i) * 360_000.0,
                    51.5 + f64::from(i) * 0.009,
                    -0.1,
                )
            })
            .collect();
        let s = from_points(&points).unwrap();
        assert_eq!(s.start_ms, 1_000_000.0);
        assert_eq!(s.minutes, 30);
        assert!((s.metres as i64 - 5004).abs() < 10, "{}", s.metres);
        // East–west at 60° north: a degree of longitude is half as long.
        let east = [point(0.0, 60.0, 0.0), point(600_000.0, 60.0, 0.02)];
        let s = from_points(&east).unwrap();
        assert!((s.metres as i64 - 1112).abs() < 5, "{}", s.metres);
        // A new segment is not joined to the last (a pause with the watch stopped).
        let mut split = points.clone();
        split[3].new_segment = true;
        assert!(from_points(&split).unwrap().metres < 4100);
    }

    #[test]
    fn laps_give_the_watch_sums() {
        let laps = [
            Lap {
                start_ms: Some(5000.0),
                seconds: Some(900.0),
                metres: Some(2500.0),
            },
            Lap {
                start_ms: Some(905_000.0),
                seconds: Some(930.0),
                metres: Some(2600.5),
            },
        ];
        let s = from_laps(&laps).unwrap();
        assert_eq!((s.start_ms, s.minutes, s.metres), (5000.0, 31, 5101));
    }

    #[test]
    fn what_is_not_a_run_says_so() {
        assert_eq!(from_points(&[]), Err(TrackProblem::NoRun));
        let one = [point(0.0, 51.0, 0.0)];
        assert_eq!(from_points(&one), Err(TrackProblem::NoRun));
        // 20 km in 20 minutes: 60 km/h.
        let fast = [point(0.0, 51.0, 0.0), point(1_200_000.0, 51.18, 0.0)];
        assert_eq!(from_points(&fast), Err(TrackProblem::TooFast));
        // Nonsense coordinates and times are left out, not trusted.
        let mut bad = vec![point(0.0, 51.0, 0.0), point(f64::NAN, 95.0, 0.0)];
        bad.push(point(600_000.0, 51.009, 0.0));
        assert_eq!(from_points(&bad).map(|s| s.minutes), Ok(10));
        assert_eq!(from_laps(&[]), Err(TrackProblem::NoRun));
        assert!(!is_running_sport("Biking") && !is_running_sport("cycling"));
        assert!(
            is_running_sport("Running")
                && is_running_sport("")
                && is_running_sport("trail_running")
        );
    }

    #[test]
    fn damaged_or_deep_xml_is_refused_before_parsing() {
        let ok = "<?xml version=\"1.0\"?>\n<!-- a <note> -->\n<gpx a=\"x > y\" b='&amp;&#65;&#x41;'><trk><name><![CDATA[a < b]]></name><trkseg/></trk></gpx>\n";
        assert_eq!(check_shape(ok), Ok(()));
        for bad in [
            "<gpx><trk></gpx>",
            "<gpx><trk>",
            "<gpx></gpx><gpx></gpx>",
            "<gpx>&b;</gpx>",
            "<gpx>a & b</gpx>",
            "<gpx a=\"1></gpx>",
            "<gpx><!-- never ended </gpx>",
            "<gpx><</gpx>",
            "",
            "just text",
        ] {
            assert_eq!(check_shape(bad), Err(TrackProblem::NotXml), "{bad}");
        }
        let deep = [
            "<gpx>",
            &"<a>".repeat(MAX_DEPTH),
            &"</a>".repeat(MAX_DEPTH),
            "</gpx>",
        ]
        .concat();
        assert_eq!(check_shape(&deep), Err(TrackProblem::TooComplex));
        let wide = ["<gpx>", &"<a/>".repeat(MAX_ELEMENTS), "</gpx>"].concat();
        assert_eq!(check_shape(&wide), Err(TrackProblem::TooComplex));
    }

    #[test]
    fn hostile_text_is_refused_before_parsing() {
        let gpx = "<?xml version=\"1.0\"?><gpx version=\"1.1\"></gpx>";
        assert_eq!(precheck(gpx), Ok(()));
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY a \"aaaa\">]><gpx>&a;</gpx>";
        assert_eq!(precheck(laughs), Err(TrackProblem::Declarations));
        assert_eq!(precheck("<html></html>"), Err(TrackProblem::NotTrack));
        let huge = "x".repeat(MAX_TRACK_BYTES + 1);
        assert_eq!(precheck(&huge), Err(TrackProblem::TooBig));
        for p in [
            TrackProblem::TooBig,
            TrackProblem::NotText,
            TrackProblem::Declarations,
            TrackProblem::NotXml,
            TrackProblem::TooComplex,
            TrackProblem::NotTrack,
            TrackProblem::NotARun,
            TrackProblem::NoRun,
            TrackProblem::TooFast,
        ] {
            assert!(p.describe().ends_with('.'));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_shape_check_never_panics(text in "[<>/!?&;a-z\"'#x0-9 \\[\\]-]{0,60}") {
            let _ = check_shape(&text);
            let _ = precheck(&text);
        }
    }
}
