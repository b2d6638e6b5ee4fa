//! When to get help now: every red flag of the triage contract, grouped by urgency.
//!
//! Wording is informed by the NHS pages on back pain and cauda equina syndrome and by NICE
//! guideline NG59; it is written afresh for Backtrack.

use crate::content::model::*;
use crate::ids::{Finding, Urgency};

pub const RED_FLAGS: RedFlagsPage = RedFlagsPage {
    title: "When to get help now",
    intro: "Most back pain is not serious and gets better with time and the right exercises. \
            But a few signs mean you need a doctor quickly. \
            Please read this list before you start any exercises. \
            If you are not sure about a sign, treat it as a yes and get it checked. \
            It is always better to be checked and told all is well.",
    groups: &[
        RedFlagGroup {
            urgency: Urgency::Emergency,
            heading: "Get help straight away",
            action: "Go to A&E now or call 999. Do not wait to see if it gets better.",
            signs: &[
                RedFlagSign {
                    finding: Finding::RfBladderChange,
                    text: "New trouble peeing, or you cannot control your bladder, \
                           or you cannot feel when you need to pee.",
                    question: "Have you had any new trouble peeing, or lost control of your \
                               bladder, or lost the feeling that you need to go?",
                },
                RedFlagSign {
                    finding: Finding::RfBowelChange,
                    text: "New loss of control of your bowels, \
                           or you cannot feel when you need to poo.",
                    question: "Have you lost control of your bowels, \
                               or lost the feeling that you need to poo?",
                },
                RedFlagSign {
                    finding: Finding::RfSaddleNumbness,
                    text: "Numbness or an odd feeling between your legs: \
                           around your genitals or bottom, or on your inner thighs. \
                           It may feel different when you wipe after using the toilet.",
                    question: "Have you had any numbness or odd feeling between your legs, \
                               around your genitals or bottom, or on your inner thighs? \
                               Or does it feel different when you wipe?",
                },
                RedFlagSign {
                    finding: Finding::RfSexualDysfunction,
                    text: "A new change in how your genitals work or feel during sex, \
                           such as trouble getting an erection or loss of feeling.",
                    question: "Have you noticed any new change in how your genitals work \
                               or feel during sex?",
                },
                RedFlagSign {
                    finding: Finding::RfBothLegs,
                    text: "Tingling, numbness, weakness or shooting pain in both legs \
                           at the same time. \
                           This does not mean normal tired legs after a run.",
                    question: "Have you had tingling, numbness, weakness or shooting pain \
                               in both legs at once (not just tired legs after a run)?",
                },
                RedFlagSign {
                    finding: Finding::RfProgressiveWeakness,
                    text: "A leg that is getting weaker, or a foot that drops or slaps \
                           on the ground when you walk.",
                    question: "Has a leg been getting weaker, or does one foot drop \
                               or slap down when you walk?",
                },
                RedFlagSign {
                    finding: Finding::RfMajorTrauma,
                    text: "The pain began after a serious accident or a bad fall, \
                           such as a car crash or a fall from a height.",
                    question: "Have you had a serious accident or a bad fall \
                               that started the pain?",
                },
                RedFlagSign {
                    finding: Finding::RfChestPain,
                    text: "You have chest pain as well as back pain.",
                    question: "Have you had any pain in your chest as well as your back?",
                },
            ],
        },
        RedFlagGroup {
            urgency: Urgency::Urgent,
            heading: "Speak to a doctor today",
            action: "Speak to a doctor today: call your GP or NHS 111.",
            signs: &[
                RedFlagSign {
                    finding: Finding::RfFever,
                    text: "A high temperature, shivers, or feeling unwell in yourself \
                           along with the back pain.",
                    question: "Have you had a high temperature or shivers, \
                               or felt unwell in yourself, along with the pain?",
                },
                RedFlagSign {
                    finding: Finding::RfCancerHistory,
                    text: "You have had cancer in the past, or you have it now.",
                    question: "Have you ever had cancer, or do you have it now?",
                },
                RedFlagSign {
                    finding: Finding::RfWeightLoss,
                    text: "You have lost weight without trying, and you do not know why.",
                    question: "Have you lost weight without trying?",
                },
                RedFlagSign {
                    finding: Finding::RfNightPain,
                    text: "Pain that is there all the time, does not ease with rest \
                           or in any position, and is worse at night.",
                    question: "Have you had pain all the time that no rest or position eases, \
                               and that is worse at night?",
                },
                RedFlagSign {
                    finding: Finding::RfSteroidsOsteoporosis,
                    text: "You take steroid tablets long term, \
                           or you have thin, weak bones (osteoporosis).",
                    question: "Have you taken steroid tablets for a long time, \
                               or been told you have thin, weak bones (osteoporosis)?",
                },
                RedFlagSign {
                    finding: Finding::RfImmunosuppressed,
                    text: "Your immune system is weak because of an illness or a medicine, \
                           or you inject drugs.",
                    question: "Have you been told your immune system is weak, \
                               because of an illness or a medicine? \
                               Or do you inject drugs?",
                },
                RedFlagSign {
                    finding: Finding::RfUpperBack,
                    text: "Pain high up in your back, between your shoulder blades.",
                    question: "Have you had pain high up in your back, \
                               between your shoulder blades?",
                },
                RedFlagSign {
                    finding: Finding::RfBackLump,
                    text: "A lump or swelling in your back, or your back has changed shape.",
                    question: "Have you noticed a lump or swelling in your back, \
                               or a change in its shape?",
                },
            ],
        },
        RedFlagGroup {
            urgency: Urgency::Routine,
            heading: "Get it checked soon",
            action: "Book an appointment with your GP or a physiotherapist.",
            signs: &[
                RedFlagSign {
                    finding: Finding::RfAgeOnset,
                    text: "This is your first ever bout of back pain, \
                           and you are under 20 or over 50.",
                    question: "Is this the first time you have had back pain, \
                               and are you under 20 or over 50?",
                },
                RedFlagSign {
                    finding: Finding::RfInflammatory,
                    text: "For 3 months or more, your back has been stiff for over half an \
                           hour each morning. \
                           It eases when you move but not when you rest, \
                           and it began before you were 40.",
                    question: "Have you had a stiff back for over half an hour each morning, \
                               for 3 months or more? \
                               Does it ease with exercise but not with rest, \
                               and did it start before you were 40?",
                },
                RedFlagSign {
                    finding: Finding::RfNotImproving,
                    text: "Your back is no better after about 6 weeks of sensible self-care.",
                    question: "Have you looked after your back sensibly for about 6 weeks \
                               with no real improvement?",
                },
            ],
        },
    ],
    other_countries: "Outside the UK? Use your local emergency number instead of 999, \
                      such as 112 in Europe or 911 in the US. \
                      For urgent advice, contact your local doctor or health service.",
    facts: &["D4"],
};
