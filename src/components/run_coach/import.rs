//! Filling the run form from a GPX or TCX file, offline, with the browser's own XML parser
//! (`DOMParser`): no parser crate, nothing uploaded. The checks and the sums are the core's
//! ([`backtrack_core::progress::track`]); this module reads the file, parses it and walks
//! the tree without recursion, turning text into numbers with the browser's own functions.
//!
//! A file that is refused changes nothing: the form keeps what it had, and only the message
//! says why.

use backtrack_core::progress::date::format_time;
use backtrack_core::progress::km_number;
use backtrack_core::progress::track::{
    from_laps, from_points, is_running_sport, precheck, Lap, Point, Summary, TrackProblem,
    MAX_DEPTH, MAX_ELEMENTS, MAX_TRACK_BYTES,
};
use backtrack_core::progress::Day;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::ids;
use crate::components::markup::set_field_value;

/// Reads the chosen file and fills the form's date, time, minutes and distance; says what
/// happened in `status`; then calls `then` (to redo the load guard).
pub fn fill_from_file(status: RwSignal<String>, then: impl Fn() + 'static) {
    let input = document()
        .get_element_by_id(ids::FILE)
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(file) = input
        .as_ref()
        .and_then(|i| i.files())
        .and_then(|f| f.get(0))
    else {
        return;
    };
    // Refused before it is read into memory.
    if file.size() > MAX_TRACK_BYTES as f64 {
        refuse(status, TrackProblem::TooBig);
        return;
    }
    status.set("Reading the file…".to_string());
    leptos::task::spawn_local(async move {
        let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
        let bytes = read.map(|b| js_sys::Uint8Array::new(&b).to_vec());
        let result = match bytes.ok().and_then(|b| String::from_utf8(b).ok()) {
            Some(text) => summarise(&text),
            None => Err(TrackProblem::NotText),
        };
        match result {
            Ok(run) => {
                fill(&run);
                let mut said = String::from("Filled in from the file: ");
                backtrack_core::progress::json::push_int(&mut said, i64::from(run.minutes));
                said.push_str(" min, ");
                said.push_str(&km_number(run.metres));
                said.push_str(" km. Add your pain score, then save the run.");
                status.try_set(said);
                then();
            }
            Err(problem) => refuse(status, problem),
        }
    });
}

/// Says why a file gave no run, and that nothing changed.
fn refuse(status: RwSignal<String>, problem: TrackProblem) {
    status.try_set([problem.describe(), " Nothing was changed."].concat());
    set_field_value(ids::FILE, "");
}

/// Puts the run's start (in the runner's time zone), minutes and distance into the form.
fn fill(run: &Summary) {
    let start = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(run.start_ms));
    if let Some(day) = Day::from_ymd(
        start.get_full_year() as i32,
        start.get_month() + 1,
        start.get_date(),
    ) {
        set_field_value(ids::DATE, &day.iso());
        set_field_value(
            ids::TIME,
            &format_time((start.get_hours() * 60 + start.get_minutes()) as u16),
        );
    }
    let mut minutes = String::new();
    backtrack_core::progress::json::push_int(&mut minutes, i64::from(run.minutes));
    set_field_value(ids::MINUTES, &minutes);
    set_field_value(ids::KM, &km_number(run.metres));
}

/// Checks, parses and walks the file's text.
fn summarise(text: &str) -> Result<Summary, TrackProblem> {
    precheck(text)?;
    let parser = web_sys::DomParser::new().map_err(|_| TrackProblem::NotXml)?;
    let doc = parser
        .parse_from_string(text, web_sys::SupportedType::ApplicationXml)
        .map_err(|_| TrackProblem::NotXml)?;
    let root = doc.document_element().ok_or(TrackProblem::NotXml)?;
    let mut found = Found::default();
    walk(&root, &mut found)?;
    if !found.running {
        return Err(TrackProblem::NotARun);
    }
    // A TCX file's laps carry the watch's own sums; its points are the fallback.
    if found
        .laps
        .iter()
        .any(|l| l.seconds.is_some() && l.metres.is_some())
    {
        from_laps(&found.laps)
    } else {
        from_points(&found.points)
    }
}

/// What the walk collects.
struct Found {
    points: Vec<Point>,
    laps: Vec<Lap>,
    /// False once the file names another sport.
    running: bool,
    /// The next point starts a new segment.
    new_segment: bool,
    /// A GPX or TCX root was seen.
    track: bool,
}

impl Default for Found {
    fn default() -> Self {
        Found {
            points: Vec::new(),
            laps: Vec::new(),
            running: true,
            new_segment: true,
            track: false,
        }
    }
}

/// Visits every element in document order, iteratively (a hostile file cannot exhaust the
/// stack), refusing a tree deeper than [`MAX_DEPTH`] or larger than [`MAX_ELEMENTS`].
fn walk(root: &Element, found: &mut Found) -> Result<(), TrackProblem> {
    let mut node = root.clone();
    let mut depth = 0;
    let mut seen = 0;
    loop {
        seen += 1;
        if seen > MAX_ELEMENTS {
            return Err(TrackProblem::TooComplex);
        }
        visit(&node, found)?;
        if let Some(child) = node.first_element_child() {
            depth += 1;
            if depth > MAX_DEPTH {
                return Err(TrackProblem::TooComplex);
            }
            node = child;
            continue;
        }
        // Up until there is a next sibling, or back at the root.
        loop {
            if depth == 0 {
                return if found.track {
                    Ok(())
                } else {
                    Err(TrackProblem::NotTrack)
                };
            }
            if let Some(next) = node.next_element_sibling() {
                node = next;
                break;
            }
            match node.parent_element() {
                Some(parent) => {
                    node = parent;
                    depth -= 1;
                }
                None => return Err(TrackProblem::NotXml),
            }
        }
    }
}

/// The element's own text as a number, with the browser's parser (`NaN` when it is none).
fn number(el: &Element) -> f64 {
    js_sys::Number::parse_float(&el.text_content().unwrap_or_default())
}

/// The element's text as a time in ms (`None` when it is no time).
fn time(el: &Element) -> Option<f64> {
    let ms = js_sys::Date::parse(&el.text_content().unwrap_or_default());
    ms.is_finite().then_some(ms)
}

fn attr_number(el: &Element, name: &str) -> f64 {
    el.get_attribute(name)
        .map_or(f64::NAN, |v| js_sys::Number::parse_float(&v))
}

fn parent_is(el: &Element, name: &str) -> bool {
    el.parent_element().is_some_and(|p| p.local_name() == name)
}

/// Takes what one element says.
fn visit(el: &Element, found: &mut Found) -> Result<(), TrackProblem> {
    match el.local_name().as_str() {
        // Chromium reports a parse error as an element in the document.
        "parsererror" => return Err(TrackProblem::NotXml),
        "gpx" | "TrainingCenterDatabase" => found.track = true,
        "trkseg" => found.new_segment = true,
        "trkpt" | "Trackpoint" => {
            found.points.push(Point {
                ms: None,
                lat: attr_number(el, "lat"),
                lon: attr_number(el, "lon"),
                new_segment: found.new_segment,
            });
            found.new_segment = false;
        }
        "time" | "Time" if parent_is(el, "trkpt") || parent_is(el, "Trackpoint") => {
            if let Some(p) = found.points.last_mut() {
                p.ms = time(el);
            }
        }
        "LatitudeDegrees" => {
            if let Some(p) = found.points.last_mut() {
                p.lat = number(el);
            }
        }
        "LongitudeDegrees" => {
            if let Some(p) = found.points.last_mut() {
                p.lon = number(el);
            }
        }
        "type" if parent_is(el, "trk") => {
            found.running &= is_running_sport(&el.text_content().unwrap_or_default());
        }
        "Activity" => {
            found.running &= is_running_sport(&el.get_attribute("Sport").unwrap_or_default());
            found.new_segment = true;
        }
        "Lap" => found.laps.push(Lap {
            start_ms: el
                .get_attribute("StartTime")
                .map(|t| js_sys::Date::parse(&t))
                .filter(|t| t.is_finite()),
            seconds: None,
            metres: None,
        }),
        "TotalTimeSeconds" if parent_is(el, "Lap") => {
            if let Some(l) = found.laps.last_mut() {
                l.seconds = Some(number(el)).filter(|x| x.is_finite());
            }
        }
        "DistanceMeters" if parent_is(el, "Lap") => {
            if let Some(l) = found.laps.last_mut() {
                l.metres = Some(number(el)).filter(|x| x.is_finite());
            }
        }
        _ => {}
    }
    Ok(())
}
