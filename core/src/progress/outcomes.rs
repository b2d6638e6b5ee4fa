//! The outcomes a physiotherapist asks for, kept from the first day.
//!
//! - **The baseline**, recorded at the symptom check after the warning signs: pain now and at
//!   its worst in the last week (0–10), how long it has lasted, which side, and weekly
//!   running before the pain and now. None of it changes the triage.
//! - **Function on the runner's own terms**: the Patient-Specific Functional Scale (Stratford
//!   et al., 1995). The runner names up to three activities their back makes hard and rates
//!   each from 0 (unable) to 10 (as before). The plan page asks again once a week.
//! - **Change that means something**: a change counts as real only when it reaches the
//!   minimal clinically important difference, about 2 points for the average of the scale
//!   and 3 for one activity (Stratford et al., 1995; Horn et al., 2012), and 2 points for pain
//!   on the 0–10 scale (Ostelo et al., 2008). Smaller changes are said to be unclear, never
//!   "better".
//!
//! Plain data and pure functions: the web shell renders what these return and the summary,
//! the progress page and the spreadsheet files read the same numbers. Averages are kept in
//! tenths of a point, as whole numbers, so that nothing here formats a float.

use super::Day;

/// How many activities the runner may name.
pub const MAX_ACTIVITIES: usize = 3;
/// The longest activity name, in characters.
pub const MAX_ACTIVITY_CHARS: usize = 60;
/// Days between two ratings of function.
pub const RATING_INTERVAL_DAYS: i32 = 7;
/// The smallest change of the average function score, in tenths of a point, that counts as
/// real (2 points).
pub const FUNCTION_MCID_AVERAGE_TENTHS: i32 = 20;
/// The smallest change of one activity's score that counts as real.
pub const FUNCTION_MCID_ACTIVITY: i32 = 3;
/// The smallest change of a 0–10 pain score that counts as real.
pub const PAIN_MCID: i32 = 2;
/// The largest weekly running figure accepted (km or minutes).
pub const MAX_WEEKLY_LOAD: u16 = 2000;
/// Most ratings kept: ten years of weekly ratings.
pub const MAX_RATINGS: usize = 520;

macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every choice, in the order the question shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The id stored in the document and used in the page's markup.
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// The choice with this id.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|c| c.id() == id)
            }

            /// Its words from `labels`, one per choice in the order of [`Self::ALL`] (the
            /// content's; a test holds the two to the same length). The id if one is missing.
            pub fn label(self, labels: &[&'static str]) -> &'static str {
                let at = $name::ALL.iter().position(|c| *c == self).unwrap_or(usize::MAX);
                labels.get(at).copied().unwrap_or(self.id())
            }
        }
    };
}

choice!(
    /// How long the pain has lasted when the baseline is recorded.
    PainDuration {
        /// Under a week.
        Days => "days",
        /// One to six weeks.
        OneToSixWeeks => "1-6-weeks",
        /// Six to twelve weeks.
        SixToTwelveWeeks => "6-12-weeks",
        /// More than three months: persistent pain, as guidance counts it.
        OverThreeMonths => "over-3-months",
    }
);

choice!(
    /// Where the pain is.
    Side {
        Left => "left",
        Right => "right",
        Both => "both",
        Middle => "middle",
    }
);

choice!(
    /// The unit of a weekly running figure: the runner's own choice.
    LoadUnit {
        Km => "km",
        Minutes => "minutes",
    }
);

/// Running in a week, in the runner's own unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeeklyLoad {
    /// 0 means not running.
    pub amount: u16,
    pub unit: LoadUnit,
}

/// What the runner said at the check, the starting point for every change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baseline {
    /// When it was recorded.
    pub day: Day,
    /// Pain now, 0 (no pain) to 10 (worst pain imaginable).
    pub pain_now: u8,
    /// Pain at its worst in the last week.
    pub pain_worst: u8,
    pub duration: PainDuration,
    /// When it started, if the runner knows.
    pub onset: Option<Day>,
    pub side: Side,
    /// Weekly running before the pain, if they said.
    pub running_before: Option<WeeklyLoad>,
    /// Weekly running now, if they said.
    pub running_now: Option<WeeklyLoad>,
}

/// One rating of function (and pain) on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rating {
    pub day: Day,
    /// Pain now and at its worst in the last week, if given with the rating.
    pub pain_now: Option<u8>,
    pub pain_worst: Option<u8>,
    /// Each activity's name and score, 0 (unable) to 10 (as before the pain). Kept by name,
    /// so that an activity renamed or replaced later is never compared with another.
    pub scores: Vec<(String, u8)>,
}

/// Everything kept for the outcomes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcomes {
    pub baseline: Option<Baseline>,
    /// The activities the runner rates now, in their order.
    pub activities: Vec<String>,
    /// Ratings, oldest first, at most one per day.
    pub ratings: Vec<Rating>,
    /// The day the runner last said "not this week" to the weekly rating.
    pub snoozed: Option<Day>,
}

/// Whether a change is big enough to mean something.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Improved by at least the minimal important difference.
    Better,
    /// Worse by at least the minimal important difference.
    Worse,
    /// A smaller change either way: it may be day-to-day variation.
    Unclear,
}

/// The change of one measure from its first value to its latest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// First and latest values, in tenths of a point.
    pub first_tenths: i32,
    pub latest_tenths: i32,
    pub first_day: Day,
    pub latest_day: Day,
    pub verdict: Verdict,
}

impl Change {
    /// Latest minus first, in tenths of a point.
    pub fn difference_tenths(&self) -> i32 {
        self.latest_tenths - self.first_tenths
    }
}

/// Judges a change. `higher_is_better` is true for function, false for pain; `mcid_tenths`
/// is the smallest real change.
pub fn verdict(
    first_tenths: i32,
    latest_tenths: i32,
    mcid_tenths: i32,
    higher_is_better: bool,
) -> Verdict {
    let gain = if higher_is_better {
        latest_tenths - first_tenths
    } else {
        first_tenths - latest_tenths
    };
    if gain >= mcid_tenths {
        Verdict::Better
    } else if -gain >= mcid_tenths {
        Verdict::Worse
    } else {
        Verdict::Unclear
    }
}

/// A number of tenths as text: `63` is "6.3", `-15` is "-1.5", `70` is "7".
pub fn tenths(value: i32) -> String {
    let sign = if value < 0 { "-" } else { "" };
    [sign, &super::stats::tenths(value.unsigned_abs())].concat()
}

/// A change as text with its sign: "+2.7", "-1", "0".
pub fn signed_tenths(value: i32) -> String {
    if value > 0 {
        format!("+{}", tenths(value))
    } else {
        tenths(value)
    }
}

/// Trims an activity name and checks it: not empty, at most [`MAX_ACTIVITY_CHARS`]
/// characters, no control characters. `None` if it cannot be kept.
pub fn clean_activity(name: &str) -> Option<String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let ok = !name.is_empty()
        && name.chars().count() <= MAX_ACTIVITY_CHARS
        && !name.chars().any(char::is_control);
    ok.then_some(name)
}

impl Rating {
    /// The average score of the activities rated, in tenths of a point, rounded half up.
    pub fn average_tenths(&self) -> Option<i32> {
        let sum: u32 = self.scores.iter().map(|(_, s)| u32::from(*s)).sum();
        super::stats::mean_tenths(sum, self.scores.len() as u32).map(|t| t as i32)
    }

    /// One activity's score on this day.
    pub fn score(&self, activity: &str) -> Option<u8> {
        self.scores
            .iter()
            .find(|(a, _)| a == activity)
            .map(|(_, s)| *s)
    }
}

impl Outcomes {
    /// The latest rating, if any.
    pub fn latest(&self) -> Option<&Rating> {
        self.ratings.last()
    }

    /// Whether the weekly rating is due today: activities are named, the last rating is a
    /// week old or more, and the runner has not said "not this week" in the last week. Never
    /// before the first rating (that is made with the baseline).
    pub fn rating_due(&self, today: Day) -> bool {
        let Some(last) = self.latest() else {
            return false;
        };
        let week_since = |day: Day| today.0 - day.0 >= RATING_INTERVAL_DAYS;
        !self.activities.is_empty() && week_since(last.day) && self.snoozed.is_none_or(week_since)
    }

    /// The day the next rating is due, once there is a first one.
    pub fn next_rating_day(&self) -> Option<Day> {
        let last = self.latest()?.day;
        let after_snooze = self.snoozed.map_or(last, |s| s.max(last));
        Some(after_snooze.plus(RATING_INTERVAL_DAYS))
    }

    /// Records a rating made today, replacing one made earlier the same day. Scores outside
    /// 0–10 or for activities not named are dropped. Returns false (and changes nothing) when
    /// nothing valid is left.
    pub fn rate(&mut self, today: Day, pain: Option<(u8, u8)>, scores: &[(String, u8)]) -> bool {
        let scores: Vec<(String, u8)> = self
            .activities
            .iter()
            .filter_map(|a| {
                let s = scores.iter().find(|(name, _)| name == a)?.1;
                (s <= 10).then(|| (a.clone(), s))
            })
            .collect();
        let pain = pain.filter(|(now, worst)| *now <= 10 && *worst <= 10);
        if scores.is_empty() && pain.is_none() {
            return false;
        }
        let rating = Rating {
            day: today,
            pain_now: pain.map(|p| p.0),
            pain_worst: pain.map(|p| p.1),
            scores,
        };
        match self.ratings.last_mut() {
            Some(last) if last.day == today => *last = rating,
            _ => self.ratings.push(rating),
        }
        if self.ratings.len() > MAX_RATINGS {
            self.ratings.remove(0);
        }
        self.snoozed = None;
        true
    }

    /// The change of the average function score: from the first rating to the latest, each
    /// averaged over the activities both rated (so a renamed or added activity never moves
    /// it). `None` until two ratings share an activity.
    pub fn function_change(&self) -> Option<Change> {
        let (first, latest) = self.first_and_latest()?;
        let shared: Vec<&str> = first
            .scores
            .iter()
            .map(|(a, _)| a.as_str())
            .filter(|a| latest.score(a).is_some())
            .collect();
        if shared.is_empty() {
            return None;
        }
        let only = |r: &Rating| Rating {
            scores: r
                .scores
                .iter()
                .filter(|(a, _)| shared.contains(&a.as_str()))
                .cloned()
                .collect(),
            ..r.clone()
        };
        let f = only(first).average_tenths()?;
        let l = only(latest).average_tenths()?;
        Some(Change {
            first_tenths: f,
            latest_tenths: l,
            first_day: first.day,
            latest_day: latest.day,
            verdict: verdict(f, l, FUNCTION_MCID_AVERAGE_TENTHS, true),
        })
    }

    /// Each activity named now: its first and latest score, once it has two.
    pub fn activity_changes(&self) -> Vec<(String, Change)> {
        self.activities
            .iter()
            .filter_map(|a| {
                let mut rated = self
                    .ratings
                    .iter()
                    .filter_map(|r| Some((r.day, r.score(a)?)));
                let (first_day, first) = rated.next()?;
                let (latest_day, latest) = rated.next_back()?;
                let (f, l) = (i32::from(first) * 10, i32::from(latest) * 10);
                Some((
                    a.clone(),
                    Change {
                        first_tenths: f,
                        latest_tenths: l,
                        first_day,
                        latest_day,
                        verdict: verdict(f, l, FUNCTION_MCID_ACTIVITY * 10, true),
                    },
                ))
            })
            .collect()
    }

    /// The change of pain now from the baseline to the latest rating that gave it.
    pub fn pain_change(&self) -> Option<Change> {
        let base = self.baseline.as_ref()?;
        let latest = self
            .ratings
            .iter()
            .rev()
            .find(|r| r.pain_now.is_some() && r.day > base.day)?;
        let (f, l) = (
            i32::from(base.pain_now) * 10,
            i32::from(latest.pain_now?) * 10,
        );
        Some(Change {
            first_tenths: f,
            latest_tenths: l,
            first_day: base.day,
            latest_day: latest.day,
            verdict: verdict(f, l, PAIN_MCID * 10, false),
        })
    }

    /// The first and the latest rating, if there are two days of them.
    fn first_and_latest(&self) -> Option<(&Rating, &Rating)> {
        let first = self.ratings.first()?;
        let latest = self.ratings.last()?;
        (latest.day > first.day).then_some((first, latest))
    }

    /// Puts another device's outcomes into these (an import that adds): the baseline kept
    /// here unless there is none, activities kept here unless there are none, ratings of
    /// both by day (this device's wins a day both have), the later snooze.
    pub fn merge(&mut self, other: &Outcomes) {
        if self.baseline.is_none() {
            self.baseline = other.baseline.clone();
        }
        if self.activities.is_empty() {
            self.activities = other.activities.clone();
        }
        for r in &other.ratings {
            if !self.ratings.iter().any(|x| x.day == r.day) {
                self.ratings.push(r.clone());
            }
        }
        crate::sort::sort_by_key(&mut self.ratings, |r| r.day);
        let excess = self.ratings.len().saturating_sub(MAX_RATINGS);
        self.ratings.drain(..excess);
        self.snoozed = self.snoozed.max(other.snoozed);
    }
}

/// Activities with their scores, in the runner's order.
pub type Scores = Vec<(String, u8)>;

/// A field of the outcome forms, to mark when its answer is missing or does not fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormField {
    PainNow,
    PainWorst,
    Duration,
    Onset,
    Side,
    RunningBefore,
    RunningNow,
    /// The activity in this row (0 to 2): a name without a score, a score without a name,
    /// a name too long, or the same name twice.
    Activity(usize),
}

/// The baseline form as the runner left it: scores picked, and text as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BaselineForm {
    pub pain_now: Option<u8>,
    pub pain_worst: Option<u8>,
    /// A [`PainDuration`] id, or empty.
    pub duration: String,
    /// A date written YYYY-MM-DD, or empty.
    pub onset: String,
    /// A [`Side`] id, or empty.
    pub side: String,
    /// Weekly running as typed, and the unit's id.
    pub before: (String, String),
    pub now: (String, String),
    pub activities: Vec<ActivityRow>,
}

/// One row of activities: the name as typed and the score picked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActivityRow {
    pub name: String,
    pub score: Option<u8>,
}

/// The activities and their scores from the form's rows: empty rows are left out.
pub fn read_activities(rows: &[ActivityRow]) -> Result<Vec<(String, u8)>, Vec<FormField>> {
    let mut out: Vec<(String, u8)> = Vec::new();
    let mut bad = Vec::new();
    for (i, row) in rows.iter().take(MAX_ACTIVITIES).enumerate() {
        let typed = !row.name.trim().is_empty();
        match (typed, clean_activity(&row.name), row.score) {
            (false, _, None) => {}
            (true, Some(name), Some(score))
                if score <= 10 && !out.iter().any(|(a, _)| a.eq_ignore_ascii_case(&name)) =>
            {
                out.push((name, score));
            }
            _ => bad.push(FormField::Activity(i)),
        }
    }
    if bad.is_empty() {
        Ok(out)
    } else {
        Err(bad)
    }
}

/// A weekly running figure as typed: empty is `None`; else a whole number up to
/// [`MAX_WEEKLY_LOAD`] with a known unit.
fn read_load(typed: &(String, String), field: FormField) -> Result<Option<WeeklyLoad>, FormField> {
    let amount = typed.0.trim();
    if amount.is_empty() {
        return Ok(None);
    }
    let amount: u16 = amount.parse().map_err(|_| field)?;
    let unit = LoadUnit::from_id(&typed.1).ok_or(field)?;
    if amount > MAX_WEEKLY_LOAD {
        return Err(field);
    }
    Ok(Some(WeeklyLoad { amount, unit }))
}

impl BaselineForm {
    /// Whether the runner left every field empty (nothing to keep: as good as skipping).
    pub fn is_empty(&self) -> bool {
        let rows_empty = self
            .activities
            .iter()
            .all(|r| r.name.trim().is_empty() && r.score.is_none());
        self.pain_now.is_none()
            && self.pain_worst.is_none()
            && self.duration.is_empty()
            && self.onset.trim().is_empty()
            && self.side.is_empty()
            && self.before.0.trim().is_empty()
            && self.now.0.trim().is_empty()
            && rows_empty
    }

    /// The baseline and the first scores of the runner's activities, or every field that is
    /// missing or does not fit. Pain now and at its worst, how long and which side are
    /// needed; the start date, running and activities are optional. A start date may not be
    /// after `today`.
    pub fn read(&self, today: Day) -> Result<(Baseline, Scores), Vec<FormField>> {
        let mut bad = Vec::new();
        let mut need = |ok: bool, f: FormField| {
            if !ok {
                bad.push(f);
            }
        };
        need(self.pain_now.is_some_and(|p| p <= 10), FormField::PainNow);
        need(
            self.pain_worst.is_some_and(|p| p <= 10),
            FormField::PainWorst,
        );
        let duration = PainDuration::from_id(&self.duration);
        need(duration.is_some(), FormField::Duration);
        let side = Side::from_id(&self.side);
        need(side.is_some(), FormField::Side);
        let onset = match self.onset.trim() {
            "" => None,
            typed => Day::parse(typed).filter(|d| *d <= today),
        };
        need(
            self.onset.trim().is_empty() || onset.is_some(),
            FormField::Onset,
        );
        let before = read_load(&self.before, FormField::RunningBefore).unwrap_or_else(|f| {
            bad.push(f);
            None
        });
        let now = read_load(&self.now, FormField::RunningNow).unwrap_or_else(|f| {
            bad.push(f);
            None
        });
        let activities = read_activities(&self.activities).unwrap_or_else(|fields| {
            bad.extend(fields);
            Vec::new()
        });
        match (self.pain_now, self.pain_worst, duration, side) {
            (Some(pain_now), Some(pain_worst), Some(duration), Some(side)) if bad.is_empty() => {
                Ok((
                    Baseline {
                        day: today,
                        pain_now,
                        pain_worst,
                        duration,
                        onset,
                        side,
                        running_before: before,
                        running_now: now,
                    },
                    activities,
                ))
            }
            _ => Err(bad),
        }
    }
}

impl Outcomes {
    /// Keeps a baseline recorded today, with the runner's activities and their first
    /// scores (a new baseline replaces an older one: the runner checked again).
    pub fn record_baseline(&mut self, baseline: Baseline, scores: Vec<(String, u8)>) {
        let today = baseline.day;
        let pain = (baseline.pain_now, baseline.pain_worst);
        self.baseline = Some(baseline);
        if !scores.is_empty() {
            self.activities = scores.iter().map(|(a, _)| a.clone()).collect();
        }
        self.rate(today, Some(pain), &scores);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: i32) -> Day {
        Day(20_454 + n)
    }

    fn named(list: &[&str]) -> Outcomes {
        Outcomes {
            activities: list.iter().map(|s| s.to_string()).collect(),
            ..Outcomes::default()
        }
    }

    fn scores(list: &[(&str, u8)]) -> Vec<(String, u8)> {
        list.iter().map(|(a, s)| (a.to_string(), *s)).collect()
    }

    #[test]
    fn ids_round_trip_and_are_distinct() {
        for d in PainDuration::ALL {
            assert_eq!(PainDuration::from_id(d.id()), Some(*d));
        }
        for s in Side::ALL {
            assert_eq!(Side::from_id(s.id()), Some(*s));
        }
        for u in LoadUnit::ALL {
            assert_eq!(LoadUnit::from_id(u.id()), Some(*u));
        }
        assert_eq!(PainDuration::ALL.len(), 4);
        assert_eq!(Side::ALL.len(), 4);
        assert_eq!(Side::from_id("Left"), None);
    }

    #[test]
    fn tenths_are_written_without_floats() {
        assert_eq!(tenths(63), "6.3");
        assert_eq!(tenths(70), "7");
        assert_eq!(tenths(0), "0");
        assert_eq!(tenths(-15), "-1.5");
        assert_eq!(tenths(5), "0.5");
        assert_eq!(signed_tenths(27), "+2.7");
        assert_eq!(signed_tenths(-10), "-1");
        assert_eq!(signed_tenths(0), "0");
    }

    #[test]
    fn the_average_is_in_tenths_and_rounds_half_up() {
        let r = |s: &[(&str, u8)]| Rating {
            day: day(0),
            pain_now: None,
            pain_worst: None,
            scores: scores(s),
        };
        assert_eq!(
            r(&[("a", 3), ("b", 4), ("c", 4)]).average_tenths(),
            Some(37)
        ); // 3.67
        assert_eq!(r(&[("a", 3), ("b", 4)]).average_tenths(), Some(35));
        assert_eq!(r(&[("a", 1), ("b", 1), ("c", 0)]).average_tenths(), Some(7)); // 0.67
        assert_eq!(r(&[("a", 10)]).average_tenths(), Some(100));
        assert_eq!(r(&[]).average_tenths(), None);
    }

    #[test]
    fn a_change_is_real_only_at_the_minimal_important_difference() {
        // Function: 2 points of the average (20 tenths) either way.
        assert_eq!(
            verdict(40, 60, FUNCTION_MCID_AVERAGE_TENTHS, true),
            Verdict::Better
        );
        assert_eq!(
            verdict(40, 59, FUNCTION_MCID_AVERAGE_TENTHS, true),
            Verdict::Unclear
        );
        assert_eq!(
            verdict(60, 40, FUNCTION_MCID_AVERAGE_TENTHS, true),
            Verdict::Worse
        );
        assert_eq!(
            verdict(60, 41, FUNCTION_MCID_AVERAGE_TENTHS, true),
            Verdict::Unclear
        );
        // Pain: lower is better.
        assert_eq!(verdict(70, 50, PAIN_MCID * 10, false), Verdict::Better);
        assert_eq!(verdict(70, 60, PAIN_MCID * 10, false), Verdict::Unclear);
        assert_eq!(verdict(30, 50, PAIN_MCID * 10, false), Verdict::Worse);
    }

    #[test]
    fn more_improvement_never_gives_a_worse_verdict() {
        let rank = |v: Verdict| match v {
            Verdict::Worse => 0,
            Verdict::Unclear => 1,
            Verdict::Better => 2,
        };
        for first in 0..=100 {
            for latest in 0..100 {
                for higher in [true, false] {
                    let a = verdict(first, latest, 20, higher);
                    let b = verdict(first, latest + 1, 20, higher);
                    if higher {
                        assert!(rank(b) >= rank(a));
                    } else {
                        assert!(rank(b) <= rank(a));
                    }
                }
            }
        }
    }

    #[test]
    fn the_weekly_rating_is_due_a_week_after_the_last_and_a_snooze_lasts_a_week() {
        let mut o = named(&["run 5 km"]);
        assert!(!o.rating_due(day(30)), "never before the first rating");
        assert!(o.rate(day(0), None, &scores(&[("run 5 km", 2)])));
        assert!(!o.rating_due(day(6)));
        assert!(o.rating_due(day(7)));
        assert_eq!(o.next_rating_day(), Some(day(7)));
        o.snoozed = Some(day(8));
        assert!(!o.rating_due(day(8)), "not this week");
        assert!(!o.rating_due(day(14)));
        assert!(o.rating_due(day(15)));
        assert_eq!(o.next_rating_day(), Some(day(15)));
        assert!(o.rate(day(15), None, &scores(&[("run 5 km", 4)])));
        assert_eq!(o.snoozed, None, "a rating ends the snooze");
        assert!(!o.rating_due(day(16)));
        o.activities.clear();
        assert!(!o.rating_due(day(40)), "nothing to rate");
    }

    #[test]
    fn a_rating_keeps_only_named_activities_and_scores_in_range_one_per_day() {
        let mut o = named(&["run 5 km", "put on socks"]);
        assert!(
            !o.rate(day(0), None, &scores(&[("swim", 4)])),
            "nothing valid"
        );
        assert!(!o.rate(day(0), Some((11, 3)), &scores(&[("run 5 km", 11)])));
        assert!(o.ratings.is_empty());
        assert!(o.rate(
            day(0),
            Some((5, 7)),
            &scores(&[("run 5 km", 2), ("swim", 9), ("put on socks", 6)])
        ));
        assert_eq!(
            o.ratings[0].scores,
            scores(&[("run 5 km", 2), ("put on socks", 6)])
        );
        assert!(o.rate(day(0), None, &scores(&[("run 5 km", 3)])));
        assert_eq!(
            o.ratings.len(),
            1,
            "a second rating the same day replaces the first"
        );
        assert_eq!(o.ratings[0].score("run 5 km"), Some(3));
    }

    #[test]
    fn function_change_compares_only_activities_rated_both_times() {
        let mut o = named(&["run 5 km", "sit through a film"]);
        o.rate(
            day(0),
            None,
            &scores(&[("run 5 km", 2), ("sit through a film", 4)]),
        );
        assert_eq!(o.function_change(), None, "one rating is no change");
        // A new activity replaces one: it does not move the average.
        o.activities = vec!["run 5 km".into(), "put on socks".into()];
        o.rate(
            day(7),
            None,
            &scores(&[("run 5 km", 5), ("put on socks", 1)]),
        );
        let c = o.function_change().expect("shared activity");
        assert_eq!((c.first_tenths, c.latest_tenths), (20, 50));
        assert_eq!(c.verdict, Verdict::Better);
        assert_eq!(c.difference_tenths(), 30);
    }

    #[test]
    fn a_worked_example_over_three_weeks() {
        // Three activities, rated at the check and weekly after it.
        let acts = ["run 5 km", "sit through a film", "put on socks"];
        let mut o = named(&acts);
        o.baseline = Some(Baseline {
            day: day(0),
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
        });
        let rate = |o: &mut Outcomes, d, p: (u8, u8), s: [u8; 3]| {
            let list: Vec<(String, u8)> = acts
                .iter()
                .zip(s)
                .map(|(a, s)| (a.to_string(), s))
                .collect();
            assert!(o.rate(day(d), Some(p), &list));
        };
        rate(&mut o, 0, (6, 8), [2, 4, 5]); // average 3.7
        rate(&mut o, 7, (5, 7), [3, 5, 6]); // 4.7: +1.0, unclear
        let c = o.function_change().expect("two ratings");
        assert_eq!(
            (c.first_tenths, c.latest_tenths, c.verdict),
            (37, 47, Verdict::Unclear)
        );
        assert_eq!(o.pain_change().map(|c| c.verdict), Some(Verdict::Unclear));
        rate(&mut o, 14, (3, 5), [6, 7, 8]); // 7.0: +3.3, better
        let c = o.function_change().expect("three ratings");
        assert_eq!(
            (c.first_tenths, c.latest_tenths, c.verdict),
            (37, 70, Verdict::Better)
        );
        let p = o.pain_change().expect("pain given");
        assert_eq!(
            (p.first_tenths, p.latest_tenths, p.verdict),
            (60, 30, Verdict::Better)
        );
        let per: Vec<(String, Verdict)> = o
            .activity_changes()
            .into_iter()
            .map(|(a, c)| (a, c.verdict))
            .collect();
        assert_eq!(
            per,
            vec![
                ("run 5 km".to_string(), Verdict::Better), // 2 -> 6
                ("sit through a film".to_string(), Verdict::Better), // 4 -> 7
                ("put on socks".to_string(), Verdict::Better), // 5 -> 8
            ]
        );
        rate(&mut o, 21, (4, 6), [4, 6, 7]);
        let per: Vec<Verdict> = o
            .activity_changes()
            .into_iter()
            .map(|(_, c)| c.verdict)
            .collect();
        assert_eq!(
            per,
            vec![Verdict::Unclear, Verdict::Unclear, Verdict::Unclear],
            "2 -> 4, 4 -> 6, 5 -> 7: under 3 points each"
        );
    }

    fn form() -> BaselineForm {
        BaselineForm {
            pain_now: Some(6),
            pain_worst: Some(8),
            duration: "1-6-weeks".into(),
            onset: String::new(),
            side: "left".into(),
            before: ("30".into(), "km".into()),
            now: (String::new(), "km".into()),
            activities: vec![
                ActivityRow {
                    name: " Run 5 km ".into(),
                    score: Some(2),
                },
                ActivityRow::default(),
                ActivityRow {
                    name: "Put on socks".into(),
                    score: Some(5),
                },
            ],
        }
    }

    #[test]
    fn the_baseline_form_reads_what_was_answered() {
        let (b, scores) = form().read(day(0)).expect("complete");
        assert_eq!(
            (b.pain_now, b.pain_worst, b.side, b.duration),
            (6, 8, Side::Left, PainDuration::OneToSixWeeks)
        );
        assert_eq!(
            b.running_before,
            Some(WeeklyLoad {
                amount: 30,
                unit: LoadUnit::Km
            })
        );
        assert_eq!(b.running_now, None, "left empty: not sure");
        assert_eq!(
            scores,
            vec![("Run 5 km".to_string(), 2), ("Put on socks".to_string(), 5)]
        );
        let mut o = Outcomes::default();
        o.record_baseline(b, scores);
        assert_eq!(
            o.activities,
            vec!["Run 5 km".to_string(), "Put on socks".to_string()]
        );
        assert_eq!((o.ratings.len(), o.ratings[0].pain_now), (1, Some(6)));
        assert!(BaselineForm::default().is_empty());
        assert!(!form().is_empty());
    }

    #[test]
    fn the_baseline_form_names_every_field_that_is_missing_or_wrong() {
        let f = BaselineForm {
            pain_now: None,
            duration: "ages".into(),
            side: String::new(),
            ..form()
        };
        assert_eq!(
            f.read(day(0)).unwrap_err(),
            vec![FormField::PainNow, FormField::Duration, FormField::Side]
        );
        let f = BaselineForm {
            onset: day(1).iso(),
            before: ("lots".into(), "km".into()),
            now: ("2001".into(), "minutes".into()),
            activities: vec![
                ActivityRow {
                    name: "Run".into(),
                    score: None,
                },
                ActivityRow {
                    name: String::new(),
                    score: Some(3),
                },
                ActivityRow {
                    name: "run".into(),
                    score: Some(3),
                },
            ],
            ..form()
        };
        assert_eq!(
            f.read(day(0)).unwrap_err(),
            vec![
                FormField::Onset,
                FormField::RunningBefore,
                FormField::RunningNow,
                FormField::Activity(0),
                FormField::Activity(1),
            ]
        );
        // The same name twice (any case) is one activity.
        let twice = vec![
            ActivityRow {
                name: "Run 5 km".into(),
                score: Some(2),
            },
            ActivityRow {
                name: "run 5 KM".into(),
                score: Some(4),
            },
        ];
        assert_eq!(read_activities(&twice), Err(vec![FormField::Activity(1)]));
        let f = BaselineForm {
            onset: day(-20).iso(),
            ..form()
        };
        assert_eq!(f.read(day(0)).map(|(b, _)| b.onset), Ok(Some(day(-20))));
    }

    #[test]
    fn activity_names_are_cleaned_and_bounded() {
        assert_eq!(clean_activity("  run   5 km "), Some("run 5 km".into()));
        assert_eq!(clean_activity("   "), None);
        assert_eq!(
            clean_activity(&"a".repeat(MAX_ACTIVITY_CHARS)).map(|s| s.len()),
            Some(MAX_ACTIVITY_CHARS)
        );
        assert_eq!(clean_activity(&"a".repeat(MAX_ACTIVITY_CHARS + 1)), None);
        assert_eq!(clean_activity("run\u{7}"), None);
    }

    #[test]
    fn merging_keeps_this_devices_choices_and_every_day_once() {
        let mut here = named(&["run 5 km"]);
        here.rate(day(0), None, &scores(&[("run 5 km", 2)]));
        here.rate(day(14), None, &scores(&[("run 5 km", 5)]));
        let mut there = named(&["put on socks"]);
        there.activities = vec!["run 5 km".into()];
        there.rate(day(7), None, &scores(&[("run 5 km", 3)]));
        there.rate(day(14), None, &scores(&[("run 5 km", 9)]));
        there.snoozed = Some(day(15));
        here.merge(&there);
        let days: Vec<Day> = here.ratings.iter().map(|r| r.day).collect();
        assert_eq!(days, vec![day(0), day(7), day(14)]);
        assert_eq!(
            here.ratings[2].score("run 5 km"),
            Some(5),
            "this device's day wins"
        );
        assert_eq!(here.snoozed, Some(day(15)));
        let before = here.clone();
        here.merge(&before.clone());
        assert_eq!(here, before, "merging the same twice changes nothing");
    }

    #[test]
    fn the_outcomes_wording_is_complete() {
        let t = &crate::CONTENT.outcomes;
        assert_eq!(t.duration_labels.len(), PainDuration::ALL.len());
        assert_eq!(t.side_labels.len(), Side::ALL.len());
        assert_eq!(t.unit_labels.len(), LoadUnit::ALL.len());
        assert_eq!(
            PainDuration::OverThreeMonths.label(t.duration_labels),
            "More than 3 months"
        );
        assert_eq!(Side::Middle.label(t.side_labels), "In the middle");
        for text in [
            t.baseline_heading,
            t.baseline_intro,
            t.pain_now,
            t.pain_worst,
            t.duration,
            t.side,
            t.activities_intro,
            t.score_hint,
            t.real_change_note,
        ] {
            assert!(!text.trim().is_empty());
        }
        // The three suggestions the issue names, as the runner would type them.
        assert_eq!(t.suggestions.len(), 3);
        // The note states the same thresholds the core uses.
        use crate::progress::outcomes::{
            FUNCTION_MCID_ACTIVITY, FUNCTION_MCID_AVERAGE_TENTHS, PAIN_MCID,
        };
        for needle in [
            format!(
                "{} points for the average",
                FUNCTION_MCID_AVERAGE_TENTHS / 10
            ),
            format!("{} points for one activity", FUNCTION_MCID_ACTIVITY),
            format!("{} points for pain", PAIN_MCID),
        ] {
            assert!(t.real_change_note.contains(&needle), "{needle}");
        }
    }
}
