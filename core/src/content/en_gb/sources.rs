//! Sources and the disclaimer.

use crate::content::model::*;

/// The title of the sources page.
pub const SOURCES_TITLE: &str = "Sources and small print";

pub const SOURCES: SourcesPage = SourcesPage {
    disclaimer: &[
        "Backtrack gives general information about back pain in runners. \
         It is not a diagnosis. \
         It does not replace a doctor or physio who can examine you.",
        "If you have any red flag sign, stop using the plan and get help now. \
         The red flags page says who to contact.",
        "If you are unsure about anything, or your pain is not getting better, \
         see a GP or physio.",
        "Your answers and progress stay on this device. \
         Backtrack does not send them anywhere, and it works offline.",
        "Backtrack is independent. \
         The authors and organisations below have not reviewed or endorsed it. \
         All the text in Backtrack is our own, based on the facts in these sources.",
    ],
    sources: &[
        Source {
            // The seed article's first line is a standfirst that shares a long run of words
            // with the article text; the title here follows the page's own web address.
            title: "Lower back pain from running",
            author: "Matt Bergin, chartered physiotherapist, \
                     Witty, Pask & Buckingham Chartered Physiotherapists",
            publisher: "Runner's World UK",
            used_for: "The five causes, how each one feels, and how each one is treated. \
                       Also why the lower back matters to runners. \
                       The web address is given as it was first published, \
                       and it may have changed since.",
            url: "https://www.runnersworld.com/uk/health/injury/a35855484/lower-back-pain-from-running/",
        },
        Source {
            title: "Low back pain and sciatica in over 16s: assessment and management (NG59)",
            author: "National Institute for Health and Care Excellence (NICE)",
            publisher: "NICE, 2016, updated 2020",
            used_for: "The warning signs that need a doctor, and the advice to keep active.",
            url: "https://www.nice.org.uk/guidance/ng59",
        },
        Source {
            title: "Cauda equina syndrome",
            author: "NHS",
            publisher: "NHS website (nhs.uk)",
            used_for: "The emergency signs, and the plain words we use for them.",
            url: "https://www.nhs.uk/conditions/cauda-equina-syndrome/",
        },
        Source {
            title: "Back pain",
            author: "NHS",
            publisher: "NHS website (nhs.uk)",
            used_for: "When to see a GP, when to call NHS 111, and when to go to A&E.",
            url: "https://www.nhs.uk/conditions/back-pain/",
        },
        Source {
            title: "Continued sports activity, using a pain-monitoring model, during \
                    rehabilitation in patients with Achilles tendinopathy: \
                    a randomized controlled study",
            author: "Karin Grävare Silbernagel, Roland Thomeé, Bengt I. Eriksson, Jon Karlsson",
            publisher: "The American Journal of Sports Medicine, 2007, volume 35, \
                        issue 6, pages 897 to 906",
            used_for: "The pain rule in the return to running guide. \
                       We adapted it and made it stricter for backs.",
            url: "https://doi.org/10.1177/0363546506298279",
        },
        Source {
            title: "Assessing disability and change on individual patients: \
                    a report of a patient specific measure",
            author: "Paul Stratford, Carolyn Gill, Monica Westaway, Jill Binkley",
            publisher: "Physiotherapy Canada, 1995, volume 47, issue 4, pages 258 to 263",
            used_for: "Naming the things your back makes hard and scoring each from 0 to 10, \
                       and how big a change in those scores counts as real.",
            url: "https://doi.org/10.3138/ptc.47.4.258",
        },
        Source {
            title: "The Patient-Specific Functional Scale: psychometrics, clinimetrics, \
                    and application as a clinical outcome measure",
            author: "Kristin K. Horn, Sherry Jennings, Gina Richardson, Dingeman van Vliet, \
                     Cheryl Hefford, J. Haxby Abbott",
            publisher: "Journal of Orthopaedic and Sports Physical Therapy, 2012, \
                        volume 42, issue 1, pages 30 to 42",
            used_for: "How big a change in the scores of your activities counts as real.",
            url: "https://doi.org/10.2519/jospt.2012.3727",
        },
        Source {
            title: "Interpreting change scores for pain and functional status in low back \
                    pain: towards international consensus regarding minimal important change",
            author: "Raymond W. J. G. Ostelo and others",
            publisher: "Spine, 2008, volume 33, issue 1, pages 90 to 94",
            used_for: "How big a change in pain, on the 0 to 10 scale, counts as real.",
            url: "https://doi.org/10.1097/BRS.0b013e31815e3a10",
        },
        Source {
            title: "How much running is too much? Identifying high-risk running sessions \
                    in a 5200-person cohort study",
            author: "Jesper Schuster Brandt Frandsen, Adam Hulme, Erik Thorlund Parner \
                     and colleagues",
            publisher: "British Journal of Sports Medicine, 2025, volume 59, issue 17, \
                        pages 1203 to 1210",
            used_for: "The load guard of the running coach: it warns about a run more than \
                       a tenth longer than your longest run in the last 30 days. \
                       The study found no link with weekly ratios, so we do not use one.",
            url: "https://doi.org/10.1136/bjsports-2024-109380",
        },
    ],
};
