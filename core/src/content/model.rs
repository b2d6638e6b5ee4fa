//! The shape of Backtrack's content: plain, typed, static data.
//!
//! All text lives in `&'static str`s inside one locale module (today only `en_gb`), so the
//! binary carries it without parsing, the compiler checks every reference, and another
//! language is a sibling module of the same shape. The web shell only renders these types.

use super::ids::ExerciseId;
use crate::ids::{CauseId, Finding};

/// A phase of the home plan, in the order a runner moves through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    /// Calm things down: keep moving gently, heat, relaxation.
    Settle,
    /// Get movement back: gentle stretches and mobility once the acute pain eases.
    Mobilise,
    /// Build strength and control.
    Strengthen,
    /// A graded return to running.
    ReturnToRunning,
}

impl Phase {
    /// Every phase, in plan order.
    pub const ALL: [Phase; 4] = [
        Phase::Settle,
        Phase::Mobilise,
        Phase::Strengthen,
        Phase::ReturnToRunning,
    ];

    /// A stable id for storage and URLs.
    pub const fn id(self) -> &'static str {
        match self {
            Phase::Settle => "settle",
            Phase::Mobilise => "mobilise",
            Phase::Strengthen => "strengthen",
            Phase::ReturnToRunning => "return_to_running",
        }
    }

    /// Parses a stable id.
    pub fn from_id(id: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The phase after this one, if any.
    pub fn next(self) -> Option<Phase> {
        Phase::ALL.get(self as usize + 1).copied()
    }

    /// The phase before this one, if any.
    pub fn previous(self) -> Option<Phase> {
        (self as usize).checked_sub(1).map(|i| Phase::ALL[i])
    }
}

/// A heading with paragraphs under it.
#[derive(Debug)]
pub struct Section {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
}

/// A fact id from `shared/spec/seed-facts.md` (e.g. `"M7"`), recorded on the content that
/// carries it so that coverage of the source article can be checked by a test.
pub type FactId = &'static str;

/// The text that only the read-only pages show (the overview, each cause's and each
/// exercise's own page, the sources), for one language. Those pages are built from it at
/// build time (`examples/prerender.rs`); the app never reads it. It is kept apart from
/// [`Content`] because the app passes `&Content` around, which keeps every string reachable
/// from it in the wasm: this text would cost every runner about 7 KB (brotli) for nothing
/// (docs/speed.md).
#[derive(Debug)]
pub struct Guide {
    /// The body of the overview page.
    pub overview: OverviewPage,
    /// Each cause's page, in the order of [`CauseId::ALL`].
    pub causes: &'static [CausePage],
    /// Each exercise's page, in the order of [`Content::exercises`].
    pub exercises: &'static [ExerciseGuide],
    /// Where the facts come from, and the disclaimer.
    pub sources: SourcesPage,
}

/// Everything the app says, for one language.
#[derive(Debug)]
pub struct Content {
    /// The overview: why the lower back matters to runners.
    pub overview: Overview,
    /// The five causes, in the order of [`CauseId::ALL`].
    pub causes: &'static [Cause],
    /// The drawing of the lower back that marks each cause's part.
    pub back_diagram: BackDiagramText,
    /// The exercise library.
    pub exercises: &'static [Exercise],
    /// The phases of the plan, with guidance on when to move on.
    pub phases: &'static [PhaseGuide],
    /// When to get help now.
    pub red_flags: RedFlagsPage,
    /// The graded walk–run return to running.
    pub running: ReturnToRunning,
    /// The title of the sources and disclaimer page (its text is in [`Guide`]).
    pub sources_title: &'static str,
    /// The symptom questionnaire's wording and branching.
    pub questionnaire: crate::questionnaire::Questionnaire,
    /// The wording of the result page.
    pub results: ResultText,
    /// The wording of "Show my physio": the printable summary and its files.
    pub summary: SummaryText,
    /// The outcomes: the baseline at the check and the weekly scores of function.
    pub outcomes: OutcomesText,
    /// What the session player says aloud, and the calendar reminders' wording.
    pub hands_free: HandsFreeText,
}

/// The wording of the outcomes (`progress::outcomes`): the baseline questions at
/// the check, the functional scale (the runner's own activities, scored 0–10), the weekly
/// check, and what a change means.
#[derive(Debug)]
pub struct OutcomesText {
    /// The check's step after the warning signs.
    pub baseline_heading: &'static str,
    pub baseline_intro: &'static str,
    pub skip: &'static str,
    /// The two pain questions (0–10).
    pub pain_now: &'static str,
    pub pain_worst: &'static str,
    pub duration: &'static str,
    /// One label per `progress::outcomes::PainDuration`, in its order.
    pub duration_labels: &'static [&'static str],
    pub onset: &'static str,
    pub onset_hint: &'static str,
    pub side: &'static str,
    /// One label per `progress::outcomes::Side`, in its order.
    pub side_labels: &'static [&'static str],
    pub running_before: &'static str,
    pub running_now: &'static str,
    pub running_hint: &'static str,
    /// One label per `progress::outcomes::LoadUnit`, in its order.
    pub unit_labels: &'static [&'static str],
    /// The functional scale.
    pub activities_heading: &'static str,
    pub activities_intro: &'static str,
    /// Offered as the runner types (any name is accepted).
    pub suggestions: &'static [&'static str],
    pub score_hint: &'static str,
    /// What the form says when answers are missing or do not fit.
    pub missing: &'static str,
    pub saved: &'static str,
    /// The weekly check on the plan page and its own page.
    pub weekly_heading: &'static str,
    pub weekly_intro: &'static str,
    pub rate_now: &'static str,
    pub not_now: &'static str,
    pub rated: &'static str,
    /// When the weekly check is sent with nothing to save, or a score half given.
    pub missing_weekly: &'static str,
    /// After "Not this week".
    pub snoozed: &'static str,
    /// The columns of the scores' spreadsheet file (see `progress::csv::scores_csv`).
    pub scores_columns: [&'static str; 5],
    /// The buttons that share or download it.
    pub share_scores: &'static str,
    pub download_scores: &'static str,
    /// What a change means, against the smallest change that matters.
    pub better: &'static str,
    pub worse: &'static str,
    pub unclear: &'static str,
    pub real_change_note: &'static str,
}

/// The wording of the result page.
#[derive(Debug)]
pub struct ResultText {
    /// The heading of the banner when nothing calls for a doctor.
    pub self_care_heading: &'static str,
    /// Introduces the answers that decided the urgency.
    pub because: &'static str,
    /// What each symptom finding means, as a reason: "leaning backwards makes it worse".
    /// Every non-red-flag finding has exactly one label.
    pub finding_labels: &'static [FindingLabel],
    /// The banner when the home plan fits.
    pub self_care: &'static str,
    /// Added to the routine banner: self-care may go on while waiting.
    pub routine_meanwhile: &'static str,
    /// Why "not sure" to a warning sign was counted as yes.
    pub not_sure_counts: &'static str,
    /// Shown when the answers do not separate the causes.
    pub not_confident: &'static str,
    /// Shown above a confident ranking.
    pub confident: &'static str,
    /// The reminder under every result.
    pub not_a_diagnosis: &'static str,
    /// Why a cancer history with nerve signs is treated as an emergency.
    pub cancer_nerve_rule: &'static str,
    /// Why stable leg weakness needs a clinician.
    pub leg_weakness_rule: &'static str,
    /// Why hop pain with low energy or a past stress fracture is urgent.
    pub hop_low_energy_rule: &'static str,
    /// Why a dragging or weak leg with a nerve sign needs a clinician.
    pub weak_leg_nerve_rule: &'static str,
    /// Said plainly whenever a bone-stress sign is present: no running until checked.
    pub no_running: &'static str,
    /// The result when the answers match none of the five causes well (`fits` is false).
    pub no_fit: &'static str,
    /// The heading of the general back-care advice offered when no cause fits.
    pub general_care_heading: &'static str,
    /// General back care, in short sentences, when no cause fits.
    pub general_care: &'static [&'static str],
    /// The gentle exercises offered with general back care.
    pub general_care_exercises: &'static [ExerciseId],
    /// The words for how well each cause matches, by the engine's `confident` and `fits`.
    pub match_words: MatchWords,
    /// Shown in the questionnaire the moment an answer makes it an emergency.
    pub emergency_now: EmergencyNow,
    /// Shown above the symptom steps once the answers call for a doctor today: only the
    /// questions that could make it more urgent are still asked.
    pub escalation_note: &'static str,
}

/// How well a cause matches, in words that follow the engine's `confident` and `fits`, so
/// that the words under a "these cannot be told apart" sentence never say "strong".
#[derive(Debug)]
pub struct MatchWords {
    /// The top cause of a confident result.
    pub most_likely: &'static str,
    /// The top causes when the answers fit but do not separate them.
    pub possible: &'static str,
    /// Any cause with some support that is not the top of a confident result.
    pub also_possible: &'static str,
    /// Weak support only.
    pub weak: &'static str,
    /// Nothing pointed here.
    pub none: &'static str,
}

/// The message shown in place, inside the questionnaire, when an answer is an emergency.
#[derive(Debug)]
pub struct EmergencyNow {
    pub heading: &'static str,
    /// Why, in one line, before the reasons.
    pub why: &'static str,
    /// The button that goes straight to the full result.
    pub see_result: &'static str,
}

/// A symptom finding in plain words, for "why" lists.
#[derive(Debug)]
pub struct FindingLabel {
    pub finding: Finding,
    pub text: &'static str,
}

/// The "why it matters to runners" page: what the app also uses (its body is an
/// [`OverviewPage`]).
#[derive(Debug)]
pub struct Overview {
    pub title: &'static str,
    /// How long the symptom check is, for the start page (a test holds it to the truth).
    pub questions_claim: &'static str,
}

/// The body of the "why it matters to runners" page.
#[derive(Debug)]
pub struct OverviewPage {
    pub intro: &'static str,
    pub sections: &'static [Section],
    pub facts: &'static [FactId],
}

/// One of the five causes.
#[derive(Debug)]
pub struct Cause {
    pub id: CauseId,
    /// The page title, e.g. "Muscle strain".
    pub name: &'static str,
    /// One plain sentence for lists and results.
    pub summary: &'static str,
    /// The part of the back in a few words, as the drawing of the lower back names it when
    /// it marks it: "the discs".
    pub structure_label: &'static str,
    /// Every treatment, in the order to try them.
    pub treatment: &'static [TreatmentStep],
    /// The source article's facts this cause's text carries (here and on its page).
    pub facts: &'static [FactId],
}

/// What only a cause's own page says (see [`Guide`]).
#[derive(Debug)]
pub struct CausePage {
    pub id: CauseId,
    /// What the structure is and what it does.
    pub structure: Section,
    /// How runners come to hurt it.
    pub how_runners_hurt_it: Section,
    /// The symptoms, each tied to the triage finding it corresponds to.
    pub symptoms: &'static [Symptom],
    /// Points that must not be lost (e.g. discs do not slip).
    pub key_points: &'static [&'static str],
    /// When to see a physiotherapist about this cause.
    pub see_a_physio: &'static [&'static str],
}

/// The wording of the drawing of the lower back (seen from behind) that shows the parts
/// behind the five causes, one of them marked.
#[derive(Debug)]
pub struct BackDiagramText {
    /// What the drawing shows: the start of its text alternative.
    pub alt: &'static str,
    /// Before the marked part's [`Cause::structure_label`]: "Marked in the drawing:".
    pub marked: &'static str,
}

/// A symptom as a runner would recognise it, tied to a finding of the triage contract.
#[derive(Debug)]
pub struct Symptom {
    pub text: &'static str,
    pub finding: Finding,
}

/// One treatment step for a cause.
#[derive(Debug)]
pub struct TreatmentStep {
    /// Unique across the content, e.g. `"muscular.heat"`.
    pub id: &'static str,
    pub phase: Phase,
    pub title: &'static str,
    pub text: &'static [&'static str],
    /// The exercises this step uses.
    pub exercises: &'static [ExerciseId],
    pub facts: &'static [FactId],
}

/// Guidance for one phase of the plan: what it is for and when to move on.
#[derive(Debug)]
pub struct PhaseGuide {
    pub phase: Phase,
    pub title: &'static str,
    pub aim: &'static str,
    /// Signs that the runner is ready for the next phase.
    pub ready_to_move_on: &'static [&'static str],
    /// Signs to step back to the previous phase.
    pub step_back_if: &'static [&'static str],
}

/// One exercise of the library.
#[derive(Debug)]
pub struct Exercise {
    /// Which exercise this is. Its text form is the slug: the page's URL
    /// (`#/exercises/side-plank`) and what saved sessions list.
    pub slug: ExerciseId,
    pub name: &'static str,
    /// The plan phase it belongs to first.
    pub phase: Phase,
    /// Step-by-step instructions.
    pub steps: &'static [&'static str],
    pub dose: Dose,
    /// How it should feel.
    pub feel: &'static str,
    /// When to stop.
    pub stop_if: &'static [&'static str],
    /// The illustration: one or two poses (start and end).
    pub figure: Figure,
    pub facts: &'static [FactId],
}

/// What only an exercise's own page says (see [`Guide`]).
#[derive(Debug)]
pub struct ExerciseGuide {
    pub slug: ExerciseId,
    /// What it is for, in a sentence or two.
    pub purpose: &'static str,
    pub easier: &'static str,
    pub harder: &'static str,
}

/// How much of an exercise to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dose {
    pub kind: DoseKind,
    pub sets: u8,
    /// Whether the dose is for each side.
    pub each_side: bool,
    /// Rest between sets, in seconds.
    pub rest_seconds: u16,
    /// How often, e.g. "Once a day" or "Two to three times a day".
    pub how_often: &'static str,
}

impl Dose {
    /// The dose in words, e.g. "3 sets of 10–12 repetitions, each side. Rest 30 seconds
    /// between sets. Once a day." (Shared by the exercise page, the plan and the player.)
    pub fn describe(&self) -> String {
        let per_set = match self.kind {
            DoseKind::Reps { min, max } if max > min => format!("{min}–{max} repetitions"),
            DoseKind::Reps { min, .. } => format!("{min} repetitions"),
            DoseKind::Hold { seconds, reps: 1 } => format!("one {seconds}-second hold"),
            DoseKind::Hold { seconds, reps } => format!("{reps} holds of {seconds} seconds"),
            DoseKind::Minutes { min, max, times: 1 } => format!("{min}–{max} minutes"),
            DoseKind::Minutes { min, max, times } => {
                format!("{min}–{max} minutes at a time, up to {times} times")
            }
        };
        let sets = match self.sets {
            1 => per_set,
            n => format!("{n} sets of {per_set}"),
        };
        let side = if self.each_side { ", each side" } else { "" };
        let rest = if self.sets > 1 && self.rest_seconds > 0 {
            format!(" Rest {} seconds between sets.", self.rest_seconds)
        } else {
            String::new()
        };
        format!("{}{side}.{rest} {}", capitalise(&sets), self.how_often)
    }
}

/// `s` with its first letter a capital.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether an exercise is counted in repetitions or held for a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DoseKind {
    /// A number of repetitions per set (`max` above `min` for a range, e.g. 15–20).
    Reps { min: u8, max: u8 },
    /// A hold of this many seconds, repeated `reps` times per set.
    Hold { seconds: u16, reps: u8 },
    /// An activity lasting `min` to `max` minutes (e.g. a walk), done `times` times.
    Minutes { min: u8, max: u8, times: u8 },
}

/// A point on the figure canvas. The canvas is 200 × 120 units, y pointing down, with the
/// floor at y = 110.
pub type Point = (i16, i16);

/// An exercise illustration: one or two stick-figure poses drawn the same way everywhere.
#[derive(Debug)]
pub struct Figure {
    /// Text alternative describing what the picture shows.
    pub alt: &'static str,
    pub poses: &'static [Pose],
}

/// One pose of the figure. "Near" limbs are drawn solid, "far" limbs lighter behind.
#[derive(Debug)]
pub struct Pose {
    /// A short caption, e.g. "Start" or "Hold".
    pub caption: &'static str,
    pub head: Point,
    pub neck: Point,
    pub hip: Point,
    /// How far the middle of the back bows away from the straight neck–hip line, in canvas
    /// units: positive rounds it upwards (towards the top of the canvas), negative lets it
    /// sag; 0 is a straight back. Only a pose about the shape of the back needs it.
    pub bow: i16,
    /// Elbow, hand.
    pub near_arm: [Point; 2],
    pub far_arm: [Point; 2],
    /// Knee, ankle, toe.
    pub near_leg: [Point; 3],
    pub far_leg: [Point; 3],
    pub props: &'static [Prop],
}

impl Pose {
    /// The control point of the back drawn as a quadratic curve from the neck to the hip:
    /// the middle of the neck–hip line moved `2 × bow` across it (a quadratic curve passes
    /// half way to its control point), upwards for a positive bow. For an upright back,
    /// "upwards" is towards the front (increasing x). Whole units, so that drawing it needs
    /// no float formatting.
    pub fn back_control(&self) -> Point {
        let (nx, ny) = (f32::from(self.neck.0), f32::from(self.neck.1));
        let (hx, hy) = (f32::from(self.hip.0), f32::from(self.hip.1));
        let (dx, dy) = (hx - nx, hy - ny);
        let length = (dx * dx + dy * dy).sqrt().max(1.0);
        // One of the two perpendiculars to the back, turned to point up the canvas.
        let (mut px, mut py) = (dy / length, -dx / length);
        if py > 0.0 || (py == 0.0 && px < 0.0) {
            (px, py) = (-px, -py);
        }
        let offset = 2.0 * f32::from(self.bow);
        (
            ((nx + hx) / 2.0 + px * offset).round() as i16,
            ((ny + hy) / 2.0 + py * offset).round() as i16,
        )
    }

    /// The middle of the back as drawn: half way from the neck–hip line to the control point.
    pub fn back_middle(&self) -> Point {
        let control = self.back_control();
        (
            (self.neck.0 + self.hip.0 + 2 * control.0) / 4,
            (self.neck.1 + self.hip.1 + 2 * control.1) / 4,
        )
    }
}

/// Objects drawn with a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prop {
    /// The floor line (y = 110).
    Floor,
    /// An exercise mat on the floor from x to x.
    Mat { from_x: i16, to_x: i16 },
    /// A massage or tennis ball centred here.
    Ball { at: Point },
    /// A table or worktop: top-left corner, width; legs go to the floor.
    Table { at: Point, width: i16 },
    /// A bench or sofa edge for hip thrusts: top-left corner, width.
    Bench { at: Point, width: i16 },
    /// An arrow showing movement, from → to.
    Arrow { from: Point, to: Point },
}

/// The red flags page: when to get help now.
#[derive(Debug)]
pub struct RedFlagsPage {
    pub title: &'static str,
    pub intro: &'static str,
    /// One group per urgency level that has red flags (emergency, urgent, routine).
    pub groups: &'static [RedFlagGroup],
    /// A note for people outside the UK.
    pub other_countries: &'static str,
    /// Tap-to-call links for that note (emergency numbers abroad).
    pub other_country_calls: &'static [Call],
    pub facts: &'static [FactId],
}

/// Red flags that share an urgency, with what to do.
#[derive(Debug)]
pub struct RedFlagGroup {
    pub urgency: crate::ids::Urgency,
    pub heading: &'static str,
    /// What to do, e.g. "Go to A&E now or call 999."
    pub action: &'static str,
    /// Tap-to-call links for the action (none for a routine appointment).
    pub calls: &'static [Call],
    pub signs: &'static [RedFlagSign],
}

/// A phone number the app offers as a tap-to-call link. Nothing is dialled without the
/// runner's tap: each is a plain `tel:` link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneNumber {
    /// UK emergency services.
    Uk999,
    /// NHS 111, urgent advice in England, Scotland and Wales.
    Nhs111,
    /// Emergency services across Europe (and on most mobiles anywhere).
    Europe112,
    /// Emergency services in the US and Canada.
    NorthAmerica911,
}

impl PhoneNumber {
    /// The link address, e.g. `tel:999`.
    pub const fn href(self) -> &'static str {
        match self {
            PhoneNumber::Uk999 => "tel:999",
            PhoneNumber::Nhs111 => "tel:111",
            PhoneNumber::Europe112 => "tel:112",
            PhoneNumber::NorthAmerica911 => "tel:911",
        }
    }
}

/// A tap-to-call link: the number and its label ("Call 999").
#[derive(Clone, Copy, Debug)]
pub struct Call {
    pub number: PhoneNumber,
    pub label: &'static str,
}

/// A red flag sign in plain words, tied to its finding.
#[derive(Debug)]
pub struct RedFlagSign {
    pub finding: Finding,
    /// How the sign is described on the red flags page.
    pub text: &'static str,
}

/// The return-to-running guide.
#[derive(Debug)]
pub struct ReturnToRunning {
    pub title: &'static str,
    pub intro: &'static str,
    /// The rule for when to progress, hold or step back.
    pub pain_rule: PainRule,
    /// The graded walk–run stages.
    pub stages: &'static [RunStage],
    pub tips: &'static [&'static str],
    /// The coach's words: its decisions, their reasons and the load guard.
    pub coach: CoachText,
}

/// The return-to-run coach's words (`progress::coach`).
#[derive(Debug)]
pub struct CoachText {
    /// The headings of the decisions.
    pub progress: &'static str,
    pub hold: &'static str,
    pub step_back: &'static str,
    pub no_running: &'static str,
    /// After a step back: rest for a day first.
    pub rest_first: &'static str,
    /// After a free run or the last stage, when moving on: add only a little.
    pub add_a_little: &'static str,
    /// One sentence for each `progress::coach::Reason`, in its order.
    pub reasons: [&'static str; 15],
    /// The load guard, before a planned run and on a logged one.
    pub guard_planned: &'static str,
    pub guard_logged: &'static str,
    /// Where the guard comes from.
    pub guard_source: &'static str,
    /// The next-morning question.
    pub morning_question: &'static str,
    /// Its three answers, in the order of `progress::Compared::ALL`.
    pub morning_compared: [&'static str; 3],
    pub leg_question: &'static str,
}

/// A simple pain-monitoring rule, with its source.
#[derive(Debug)]
pub struct PainRule {
    pub summary: &'static str,
    pub progress_if: &'static str,
    pub hold_if: &'static str,
    /// What to do when it is time to step back, leading into [`PainRule::step_back_if`].
    pub step_back: &'static str,
    /// Signs to step back: any one of them is enough.
    pub step_back_if: &'static [&'static str],
    /// Where the rule comes from.
    pub source: &'static str,
}

/// One stage of the walk–run progression.
#[derive(Debug)]
pub struct RunStage {
    pub number: u8,
    /// e.g. "Walk 4 min, run 1 min, × 6".
    pub session: &'static str,
    pub sessions_per_week: u8,
    /// Total minutes of one session.
    pub total_minutes: u8,
}

/// The sources and disclaimer page.
#[derive(Debug)]
pub struct SourcesPage {
    pub disclaimer: &'static [&'static str],
    pub sources: &'static [Source],
}

/// A source of facts, credited without any suggestion of endorsement.
#[derive(Debug)]
pub struct Source {
    pub title: &'static str,
    pub author: &'static str,
    pub publisher: &'static str,
    /// What Backtrack took from it.
    pub used_for: &'static str,
    /// A link shown as text (never fetched by the app).
    pub url: &'static str,
}

/// What the session player says aloud (its spoken cues), and the wording of the calendar
/// reminders. Short, so a runner holding a position hears each cue in a breath.
#[derive(Debug)]
pub struct HandsFreeText {
    /// Before the get-ready countdown of a hold or a walk.
    pub get_ready: &'static str,
    /// A hold's clock starts.
    pub hold: &'static str,
    /// A walk's clock starts.
    pub go: &'static str,
    /// After the number of seconds or minutes: "10 seconds left.", "2 minutes left.".
    pub seconds_left: &'static str,
    pub minutes_left: &'static str,
    /// One minute left.
    pub one_minute_left: &'static str,
    /// The short breather between two holds, and the rest between sets.
    pub relax: &'static str,
    pub rest: &'static str,
    /// The first side is done; the second is next.
    pub switch_sides: &'static str,
    /// A new set: "Set" 2 "of" 3.
    pub set: &'static str,
    pub of: &'static str,
    /// The session's last step is done.
    pub done: &'static str,
    /// The calendar event's title, before the plan phase: "Back exercises: Phase 2: ...".
    pub reminder_title: &'static str,
    /// The calendar event's text and what its alarm says.
    pub reminder_description: &'static str,
    pub reminder_alarm: &'static str,
}

/// The wording of "Show my physio": a one-page summary for a physiotherapist or GP, the
/// print button and the spreadsheet (CSV) files.
#[derive(Debug)]
pub struct SummaryText {
    /// The page title and the name of the links to it.
    pub title: &'static str,
    pub intro: &'static str,
    /// That everything is self-reported and not a diagnosis.
    pub self_reported: &'static str,
    /// Before the date the summary was made: "Made with Backtrack on".
    pub made_on: &'static str,
    /// The printed page's own title, and the lines to write the runner's name and date of
    /// birth on by hand (nothing personal is stored).
    pub print_title: &'static str,
    pub name_line: &'static str,
    pub birth_line: &'static str,
    /// The warning-sign screen in one line: "19 of 19" + this, "; 2" + the other.
    pub warning_signs_no: &'static str,
    pub warning_signs_unanswered: &'static str,
    /// Before the warning signs answered yes or "not sure".
    pub warning_signs_flagged: &'static str,
    /// What the check advised, in neutral words for the clinician, by urgency (the result
    /// page's words are the runner's: "Book an appointment…").
    pub clinical_emergency: &'static str,
    pub clinical_urgent: &'static str,
    pub clinical_routine: &'static str,
    pub clinical_self_care: &'static str,
    /// The result's notes, in neutral words for the clinician.
    pub clinical_no_running: &'static str,
    pub clinical_not_sure: &'static str,
    pub clinical_not_confident: &'static str,
    pub clinical_no_fit: &'static str,
    /// The outcomes' section.
    pub outcomes_heading: &'static str,
    pub no_outcomes: &'static str,
    /// Pain before and after sessions, and the exercise table's dose column.
    pub session_pain: &'static str,
    pub dose_column: &'static str,
    /// When older diary entries are left out so that the recent notes stay whole.
    pub older_entries: &'static str,
    /// The heading over the buttons (hidden when printed).
    pub actions_heading: &'static str,
    pub print_button: &'static str,
    /// How to get a PDF from the print window.
    pub print_hint: &'static str,
    /// The buttons for the two CSV files, when the browser can share files...
    pub share_diary: &'static str,
    pub share_sessions: &'static str,
    /// ...and when it cannot.
    pub download_diary: &'static str,
    pub download_sessions: &'static str,
    /// What the files are, and that the full backup is elsewhere.
    pub files_note: &'static str,
    /// The full backup link's text (to the "Your data" page).
    pub backup_link: &'static str,
    /// The questionnaire answers.
    pub answers_heading: &'static str,
    /// When there is no finished symptom check.
    pub no_check: &'static str,
    pub check_link: &'static str,
    /// How the answers are grouped: a heading and the questionnaire steps under it.
    /// Every step is in exactly one group.
    pub groups: &'static [AnswerGroup],
    /// Answers in words.
    pub yes: &'static str,
    pub no: &'static str,
    pub not_sure: &'static str,
    pub not_answered: &'static str,
    /// The result and why.
    pub result_heading: &'static str,
    pub causes_heading: &'static str,
    /// Introduces the answers that point to a cause.
    pub pointing_here: &'static str,
    /// The plan, the phase and the exercises done.
    pub plan_heading: &'static str,
    pub no_plan: &'static str,
    pub plan_cause: &'static str,
    pub plan_phase: &'static str,
    pub plan_started: &'static str,
    pub plan_phase_since: &'static str,
    /// Whether the cause came from the check or was chosen.
    pub from_check: &'static str,
    pub chosen: &'static str,
    pub sessions_logged: &'static str,
    pub sessions_recent: &'static str,
    /// The caption of the exercise counts table and its columns.
    pub exercises_caption: &'static str,
    pub exercise_column: &'static str,
    pub done_column: &'static str,
    pub skipped_column: &'static str,
    /// The pain chart.
    pub chart_heading: &'static str,
    /// The diary table.
    pub diary_heading: &'static str,
    pub diary_caption: &'static str,
    pub no_diary: &'static str,
    /// Column headings of the diary, in the table and the CSV file: date, time, pain, ran,
    /// distance in km, note.
    pub diary_columns: [&'static str; 6],
    /// Column headings of the sessions CSV file: date, time, cause, phase, exercises done,
    /// exercises skipped, pain before, pain after.
    pub session_columns: [&'static str; 8],
    /// The runs file's columns: date, time, stage, minutes, distance, pain during, the
    /// next morning's pain, how it compared, leg symptoms, and the load guard.
    pub run_columns: [&'static str; 10],
    /// The stage column of a free run.
    pub free_run: &'static str,
    /// The load guard column of a run over it.
    pub over_guard: &'static str,
    /// The runs file's buttons, shared and downloaded.
    pub share_runs: &'static str,
    pub download_runs: &'static str,
    /// The runs section of the summary: the coach's decision and the latest runs.
    pub runs_heading: &'static str,
    pub runs_caption: &'static str,
    pub no_runs: &'static str,
    /// Before the coach's decision: "The coach's advice for the next run".
    pub decision_label: &'static str,
}

/// A group of questionnaire answers on the summary.
#[derive(Debug)]
pub struct AnswerGroup {
    pub heading: &'static str,
    /// The questionnaire steps whose answers go here.
    pub steps: &'static [crate::questionnaire::StepId],
}

#[cfg(test)]
mod dose_tests {
    use super::*;

    #[test]
    fn dose_reads_naturally() {
        let dose = Dose {
            kind: DoseKind::Reps { min: 10, max: 12 },
            sets: 3,
            each_side: true,
            rest_seconds: 30,
            how_often: "Once a day.",
        };
        assert_eq!(
            dose.describe(),
            "3 sets of 10–12 repetitions, each side. Rest 30 seconds between sets. Once a day."
        );
        let hold = Dose {
            kind: DoseKind::Hold {
                seconds: 20,
                reps: 3,
            },
            sets: 1,
            each_side: false,
            rest_seconds: 0,
            how_often: "Twice a day.",
        };
        assert_eq!(hold.describe(), "3 holds of 20 seconds. Twice a day.");
        assert_eq!(capitalise("élan"), "Élan");
        assert_eq!(capitalise(""), "");
    }

    fn lying(bow: i16) -> Pose {
        Pose {
            caption: "",
            head: (10, 0),
            neck: (20, 0),
            hip: (52, 0),
            bow,
            near_arm: [(0, 0); 2],
            far_arm: [(0, 0); 2],
            near_leg: [(0, 0); 3],
            far_leg: [(0, 0); 3],
            props: &[],
        }
    }

    #[test]
    fn a_bowed_back_curves_up_or_down_from_its_middle() {
        assert_eq!(lying(0).back_control(), (36, 0));
        assert_eq!(lying(0).back_middle(), (36, 0));
        // The canvas's y points down: rounding up is a smaller y.
        assert_eq!(lying(5).back_control(), (36, -10));
        assert_eq!(lying(5).back_middle(), (36, -5));
        assert_eq!(lying(-4).back_middle(), (36, 4));
        // Upright, "up" is the front.
        let standing = Pose {
            neck: (0, 0),
            hip: (0, 32),
            ..lying(3)
        };
        assert_eq!(standing.back_control(), (6, 16));
    }
}
