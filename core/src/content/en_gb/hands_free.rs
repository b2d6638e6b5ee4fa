//! What the session player says aloud, and the wording of the calendar reminders.

use crate::content::model::HandsFreeText;

pub const HANDS_FREE: HandsFreeText = HandsFreeText {
    get_ready: "Get ready.",
    hold: "Hold.",
    go: "Go.",
    seconds_left: " seconds left.",
    minutes_left: " minutes left.",
    one_minute_left: "1 minute left.",
    relax: "Relax.",
    rest: "Rest.",
    switch_sides: "Switch sides.",
    set: "Set ",
    of: " of ",
    done: "Done. Well done.",
    reminder_title: "Back exercises: ",
    reminder_description: "Time for today's exercises. Open Backtrack and go to My plan.",
    reminder_alarm: "Time for your back exercises.",
};
