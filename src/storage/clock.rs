//! The time, from the browser: milliseconds for ids and backup names, and the runner's own
//! local date and time for the diary and the plan.
//!
//! Natively (in tests) there is no browser clock; a fixed moment stands in, so tests are
//! repeatable.

use backtrack_core::progress::{Day, Minute};

/// Milliseconds since 1970.
pub fn now_ms() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        FIXED_MS
    }
}

/// Today in the runner's time zone, and the minute of the day.
pub fn local_now() -> (Day, Minute) {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        let day = Day::from_ymd(d.get_full_year() as i32, d.get_month() + 1, d.get_date());
        let minute = (d.get_hours() * 60 + d.get_minutes()) as Minute;
        // A clock set outside the years Backtrack accepts falls back to the fixed day.
        (day.unwrap_or(FIXED_DAY), minute)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        (FIXED_DAY, 12 * 60)
    }
}

/// Today.
pub fn today() -> Day {
    local_now().0
}

/// 2026-01-01 12:00 UTC.
#[cfg(not(target_arch = "wasm32"))]
const FIXED_MS: i64 = 1_767_268_800_000;
/// 2026-01-01.
const FIXED_DAY: Day = Day(20_454);
