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
            calls: &[Call {
                number: PhoneNumber::Uk999,
                label: "Call 999",
            }],
            signs: &[
                RedFlagSign {
                    finding: Finding::RfBladderChange,
                    text: "New trouble peeing, or you cannot control your bladder, \
                           or you cannot feel when you need to pee.",
                },
                RedFlagSign {
                    finding: Finding::RfBowelChange,
                    text: "New loss of control of your bowels, \
                           or you cannot feel when you need to poo.",
                },
                RedFlagSign {
                    finding: Finding::RfSaddleNumbness,
                    text: "Numbness or an odd feeling between your legs: \
                           around your genitals or bottom, or on your inner thighs. \
                           It may feel different when you wipe after using the toilet.",
                },
                RedFlagSign {
                    finding: Finding::RfSexualDysfunction,
                    text: "A new change in how your genitals work or feel during sex, \
                           such as trouble getting an erection or loss of feeling.",
                },
                RedFlagSign {
                    finding: Finding::RfBothLegs,
                    text: "New tingling, numbness, weakness or shooting pain in both legs \
                           at the same time. \
                           This does not mean tired legs after a run, \
                           or a long-standing problem a doctor has already checked.",
                },
                RedFlagSign {
                    finding: Finding::RfProgressiveWeakness,
                    text: "A leg that is getting weaker, or a foot that drops or slaps \
                           on the ground when you walk, or catches and trips you when you run.",
                },
                RedFlagSign {
                    finding: Finding::RfMajorTrauma,
                    text: "The pain began after a serious accident or a bad fall, \
                           such as a car crash or a fall from a height.",
                },
                RedFlagSign {
                    finding: Finding::RfChestPain,
                    text: "You have chest pain as well as back pain.",
                },
            ],
        },
        RedFlagGroup {
            urgency: Urgency::Urgent,
            heading: "Speak to a doctor today",
            action: "Speak to a doctor today: call your GP or NHS 111.",
            calls: &[Call {
                number: PhoneNumber::Nhs111,
                label: "Call NHS 111",
            }],
            signs: &[
                RedFlagSign {
                    finding: Finding::RfFever,
                    text: "A high temperature, shivers, or feeling unwell in yourself \
                           along with the back pain.",
                },
                RedFlagSign {
                    finding: Finding::RfCancerHistory,
                    text: "You have had cancer in the past, or you have it now.",
                },
                RedFlagSign {
                    finding: Finding::RfWeightLoss,
                    text: "You have lost weight without trying, and you do not know why.",
                },
                RedFlagSign {
                    finding: Finding::RfNightPain,
                    text: "Pain that is there all the time, does not ease with rest \
                           or in any position, and is worse at night.",
                },
                RedFlagSign {
                    finding: Finding::RfSteroidsOsteoporosis,
                    text: "You take steroid tablets long term, \
                           or you have thin, weak bones (osteoporosis).",
                },
                RedFlagSign {
                    finding: Finding::RfImmunosuppressed,
                    text: "Your immune system is weak because of an illness or a medicine, \
                           or you inject drugs.",
                },
                RedFlagSign {
                    finding: Finding::RfUpperBack,
                    text: "Pain high up in your back, between your shoulder blades.",
                },
                RedFlagSign {
                    finding: Finding::RfBackLump,
                    text: "A lump or swelling in your back, or your back has changed shape.",
                },
                RedFlagSign {
                    finding: Finding::RfAbdominal,
                    text: "New pain in your tummy along with the back pain, \
                           or a pulsing feeling in your tummy. \
                           This matters most if you are over 50.",
                },
                RedFlagSign {
                    finding: Finding::RfSeverePain,
                    text: "Pain so bad that your usual painkillers do not touch it, \
                           or you cannot put weight on a leg or walk.",
                },
            ],
        },
        RedFlagGroup {
            urgency: Urgency::Routine,
            heading: "Get it checked soon",
            action: "Book an appointment with your GP or a physiotherapist.",
            calls: &[],
            signs: &[
                RedFlagSign {
                    finding: Finding::RfHopPain,
                    text: "Pain in your low back, buttock, hip or groin when you hop \
                           or stand on one leg on the sore side. \
                           This can be a sign of stress in the bone. \
                           Do not run until a doctor or physio has checked it.",
                },
                RedFlagSign {
                    finding: Finding::RfLowEnergy,
                    text: "Your periods have stopped or become rare, \
                           you eat less than your training needs, \
                           or you have had a stress fracture before.",
                },
                RedFlagSign {
                    finding: Finding::RfAgeOnset,
                    text: "You are under 20 and have back pain, \
                           or you are over 50 and this is your first ever bout. \
                           Young runners can get stress fractures in the spine.",
                },
                RedFlagSign {
                    finding: Finding::RfInflammatory,
                    text: "For 3 months or more, your back has been stiff for over half an \
                           hour each morning. \
                           It eases when you move but not when you rest, \
                           and it began before you were 40.",
                },
                RedFlagSign {
                    finding: Finding::RfNotImproving,
                    text: "Your back is no better after about 6 weeks of sensible self-care.",
                },
            ],
        },
    ],
    other_countries: "Outside the UK? In an emergency, call your local number, \
                      such as 112 in Europe or 911 in the US and Canada, \
                      or go to the nearest emergency department (A&E). \
                      For advice today, contact your own doctor or local health service.",
    other_country_calls: &[
        Call {
            number: PhoneNumber::Europe112,
            label: "Call 112",
        },
        Call {
            number: PhoneNumber::NorthAmerica911,
            label: "Call 911",
        },
    ],
    facts: &["D4"],
};
