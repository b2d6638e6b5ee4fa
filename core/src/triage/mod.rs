//! The triage engine: findings in, urgency, red flags and ranked causes out.
