//! "Why it matters to runners": the overview page.

use crate::content::model::*;

pub const OVERVIEW: Overview = Overview {
    title: "Why your lower back matters when you run",
    questions_claim:
        "46 to 58 quick questions in 11 short steps, starting with the warning signs. \
                      Then, if you like, a few about how your pain affects you.",
};

/// The body of the overview page (see [`Guide`]).
pub const OVERVIEW_PAGE: OverviewPage = OverviewPage {
    intro: "Back pain is one of the most common reasons people go to see a physio. \
            This page explains why the lower back matters so much to runners, \
            and how Backtrack can help you make sense of your pain.",
    sections: &[
        Section {
            heading: "The base that every stride passes through",
            paragraphs: &[
                "Your lower back and pelvis sit in the middle of your body. \
                 Each time a foot lands, force travels up your leg and through this area. \
                 It then has to carry on up to your chest, arms and head.",
                "So this area works like the base of a tall tower. \
                 A firm, steady base lets everything above it move well. \
                 A shaky base makes every part above it work harder.",
                "For a runner, strength and control around the lower back and pelvis are key. \
                 They keep the base steady, step after step and mile after mile.",
            ],
        },
        Section {
            heading: "Very common, and not only in runners",
            paragraphs: &[
                "Physios see lower back problems all the time. \
                 Lots of the people they treat do not run at all.",
                "Modern life does not help. \
                 Many of us sit for hours at a desk, in a car or on the sofa. \
                 Lots of jobs keep us still, or have us repeat the same task all day. \
                 None of this builds a back that is strong and moves freely.",
            ],
        },
        Section {
            heading: "Why it can lead to other running injuries",
            paragraphs: &[
                "When the muscles around your back and pelvis lack strength and control, \
                 you may feel it as pain in your back when you run.",
                "It can also cause trouble further down. \
                 A shaky base puts more strain on your legs. \
                 Physios link it with other overuse injuries that runners know well. \
                 These include Achilles tendon pain (tendinopathy), runner's knee \
                 and a range of foot problems.",
                "So caring for your lower back may help the rest of you too.",
            ],
        },
        Section {
            heading: "Many causes, so the right answer matters",
            paragraphs: &[
                "Back pain in runners has several common causes. \
                 They include a strained muscle, the small joints of the spine, \
                 the joints at the back of the pelvis, a disc and an irritated nerve.",
                "Each cause is treated in its own way. \
                 A stretch that helps one can make another worse. \
                 That is why it matters to find out which one you have.",
                "Backtrack helps you think it through and take your first steps. \
                 It cannot tell you for sure what is wrong. \
                 Only a physio or doctor who examines you can confirm the cause.",
            ],
        },
        Section {
            heading: "Where to start",
            paragraphs: &[
                "First, read the red flags page. \
                 A few rare signs need a doctor quickly, and they come before anything else.",
                "Next, answer the questions about your pain. \
                 Backtrack will show which causes fit your answers best.",
                "Then read about those causes and follow the plan, one phase at a time. \
                 If you are unsure at any point, book in with a physio.",
            ],
        },
    ],
    facts: &["O1", "O2", "O3", "O4", "O5"],
};
