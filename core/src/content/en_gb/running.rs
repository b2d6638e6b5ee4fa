//! The graded walk–run return to running, with a pain-monitoring rule.

use crate::content::model::*;

pub const RETURN_TO_RUNNING: ReturnToRunning = ReturnToRunning {
    title: "Getting back to running",
    intro: "This guide takes you from walking to 30 minutes of running in eight stages. \
            Start it once you can walk briskly for 30 minutes with no more than mild pain \
            (3 out of 10 or less) and your strength work feels easy. \
            Do each stage at least twice, with a rest day between sessions. \
            Move on only when the pain rule says you can. \
            There is no prize for speed: taking longer is fine.",
    pain_rule: PainRule {
        summary: "Score your back pain from 0 to 10, where 0 is no pain and 10 is the worst \
                  you can imagine. \
                  Check it during the session and again the next morning. \
                  The scores tell you whether to move on, stay put or step back.",
        progress_if: "Move on to the next stage if your pain stays at 3 out of 10 or less \
                      during the session, and it has settled by the next morning.",
        hold_if: "Repeat the same stage next time if your pain reaches 4 or 5 out of 10, \
                  or your back is still sore the next morning.",
        step_back: "Rest for a day, then go back one stage, if any of these happen:",
        step_back_if: &[
            "Your pain goes above 5 out of 10 during the session.",
            "Your back is worse the next day.",
            "Tingling, numbness or pain comes back in your leg. \
             Take the symptom check again too, as the advice for you may change.",
        ],
        source: "This rule is adapted from the pain-monitoring model of Silbernagel and \
                 colleagues (2007). \
                 They used it to help people with Achilles tendon pain keep running \
                 during their rehab, and physios often use it for other problems too. \
                 Their limit was 5 out of 10. \
                 We have made it stricter for backs, and added a stop rule for leg symptoms.",
    },
    stages: &[
        RunStage {
            number: 1,
            session: "Walk 4 min, run 1 min, × 6",
            sessions_per_week: 3,
            total_minutes: 30,
        },
        RunStage {
            number: 2,
            session: "Walk 3 min, run 2 min, × 6",
            sessions_per_week: 3,
            total_minutes: 30,
        },
        RunStage {
            number: 3,
            session: "Walk 2 min, run 3 min, × 6",
            sessions_per_week: 3,
            total_minutes: 30,
        },
        RunStage {
            number: 4,
            session: "Walk 1 min, run 4 min, × 6",
            sessions_per_week: 3,
            total_minutes: 30,
        },
        RunStage {
            number: 5,
            session: "Walk 1 min, run 5 min, × 5",
            sessions_per_week: 3,
            total_minutes: 30,
        },
        RunStage {
            number: 6,
            session: "Walk 1 min, run 9 min, × 3",
            sessions_per_week: 3,
            total_minutes: 30,
        },
        RunStage {
            number: 7,
            session: "Walk 1 min, run 14 min, × 2",
            sessions_per_week: 3,
            total_minutes: 30,
        },
        RunStage {
            number: 8,
            session: "Run 30 min with no walk breaks",
            sessions_per_week: 3,
            total_minutes: 30,
        },
    ],
    tips: &[
        "Warm up with five minutes of brisk walking before each session.",
        "Pick flat routes on soft, even ground, such as grass or a park path. \
         Leave hills until you are running 30 minutes with ease. \
         Downhills can be hard on sore facet joints.",
        "Run at an easy pace. You should be able to chat in full sentences.",
        "Do not run two days in a row at first. \
         Keep up your strength exercises on the days in between.",
        "If the pain turns sharp during a session, stop running and walk home.",
        "Once you can run 30 minutes with ease, add distance slowly. \
         Add no more than a tenth each week.",
        "If you notice any red flag sign, stop and follow the red flags page.",
        "If you stay stuck on one stage for more than two weeks, see a physio.",
    ],
    coach: CoachText {
        progress: "Move on next time",
        hold: "Repeat this stage next time",
        step_back: "Step back one stage",
        no_running: "No running for now",
        rest_first: "Rest for a day first.",
        add_a_little: "Add a little at a time: no more than a tenth more than before.",
        reasons: [
            "Your symptom check found a sign of a possible stress fracture. \
             Do not run until a doctor or physio has checked it. \
             Walking and the gentle exercises are fine.",
            "Your symptom check found a warning sign that needs a doctor first. \
             Please follow the advice on your result before any running.",
            "Your pain went above 5 out of 10 during the run.",
            "Your back was worse the next morning.",
            "Tingling, numbness or pain came back in your leg. \
             Take the symptom check again, as the advice for you may change.",
            "Your pain reached 4 or 5 out of 10 during the run.",
            "Your back was stiffer or sorer the next morning.",
            "There is no pain score for your last run, so it is safest to stay put.",
            "Tell us how your back is the morning after your last run. \
             Until then, stay at this stage.",
            "You have done this stage once. Do each stage at least twice.",
            "You have not logged a run yet. Start with stage 1.",
            "Your pain stayed at 3 out of 10 or less during the run.",
            "Your back had settled by the next morning.",
            "You have done this stage at least twice.",
            "You have finished the stages. Build up slowly from here.",
        ],
        guard_planned: "Careful: this is more than a tenth longer than your longest run \
                        in the last 30 days. A sudden jump like this raises the risk of injury. \
                        Keep it a little shorter this time.",
        guard_logged: "More than a tenth longer than your longest run in the 30 days before.",
        guard_source: "A large study of over 5,000 runners (Frandsen and colleagues, 2025) \
                       found that one run much longer than usual raised the risk of injury.",
        morning_question: "How is your back this morning, compared with before your run?",
        morning_compared: [
            "Better than before",
            "The same as before",
            "Stiffer or sorer than before",
        ],
        leg_question: "Has tingling, numbness or pain come back in your leg?",
    },
};
