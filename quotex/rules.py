"""The attribution rules, as named data: what each catches, an example, and its confidence.

Every record quotex produces names the rule that gave it its speaker. The examples are run
by the test suite, so each rule is shown to fire on its example with the speaker given.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    example: str
    speaker: str | None
    kind: str
    confidence: float


RULES: tuple[Rule, ...] = (
    Rule("quote-speaker-verb", '"…," X said', '"We will not retreat," Ana Ortiz said.',
         "Ana Ortiz", "direct", 0.95),
    Rule("quote-verb-speaker", '"…," said X', '"We will not retreat," said Ana Ortiz, the mayor.',
         "Ana Ortiz", "direct", 0.95),
    Rule("quote-according-to", '"…," according to X', '"Prices will rise," according to the report.',
         "the report", "direct", 0.85),
    Rule("quote-dash-speaker", '"…" ― X', '"We will not retreat." ― Ana Ortiz', "Ana Ortiz", "direct", 0.85),
    Rule("transcript-label", '"NAME: …"', '"ORTIZ: We will not retreat."', "ORTIZ", "direct", 0.85),
    Rule("quote-then-cue", '"…." X said.', '"Prices will rise." Ana Ortiz said so on Monday.',
         "Ana Ortiz", "direct", 0.7),
    Rule("quote-then-source", '"…." That quote from X …', '"Prices will rise." That quote from Ana Ortiz made news.',
         "Ana Ortiz", "direct", 0.7),
    Rule("speaker-verb-quote", 'X said: "…"', 'Ana Ortiz told reporters: "We will not retreat."',
         "Ana Ortiz", "direct", 0.9),
    Rule("speaker-verb-partial", 'X said the talks "…"', 'Ana Ortiz said the talks were "not the key."',
         "Ana Ortiz", "mixed", 0.85),
    Rule("according-to-quote", 'according to X, "…"', 'According to Ana Ortiz, "the talks failed."',
         "Ana Ortiz", "direct", 0.85),
    Rule("according-to-account", '"…," X said, according to Y',
         '"We will not retreat," Ana Ortiz said, according to the Daily Herald.', "the Daily Herald", "direct", 0.8),
    Rule("speaker-colon", 'X: "…"', 'Ana Ortiz: "We will not retreat."', "Ana Ortiz", "direct", 0.8),
    Rule("paragraph-colon", 'X said:¶"…"', 'Ana Ortiz said on Monday:\n\n"We will not retreat."',
         "Ana Ortiz", "direct", 0.85),
    Rule("speaker-colon-subject", 'X addressed the crowd: "…"', 'Ana Ortiz turned to the crowd: "We will not retreat."',
         "Ana Ortiz", "direct", 0.75),
    Rule("possessive-claim", 'X\'s claim that "…"', 'Ana Ortiz\'s claim that the plan was "a sham" drew fire.',
         "Ana Ortiz", "mixed", 0.7),
    Rule("possessed-words", 'in X\'s words, "…"', 'The plan, in Ana Ortiz\'s words, "will not survive the winter."',
         "Ana Ortiz", "direct", 0.75),
    Rule("sentence-closing-cue", '"…" was …, X said', '"Boots on the ground" would be right, Ana Ortiz said.',
         "Ana Ortiz", "mixed", 0.7),
    Rule("crowd-chant", 'X roused the crowd to chants of "…"', 'Ana Ortiz roused the crowd to chants of "Four more years!"',
         "the crowd", "mixed", 0.7),
    Rule("sentence-subject", 'X bemoaned the "…"', 'Ana Ortiz bemoaned the "endless delays at city hall" again.',
         "Ana Ortiz", "mixed", 0.6),
    Rule("lead-in-subject", 'X …. "…"', 'Ana Ortiz was less charitable. "We will not retreat."',
         "Ana Ortiz", "direct", 0.6),
    Rule("dash-speaker", '"…"¶- X', '"We will not retreat."\n\n- Ana Ortiz.', "Ana Ortiz", "direct", 0.7),
    Rule("quote-speaker-other-verb", '"…," X retaliated', '"We will not retreat," Ana Ortiz retaliated.',
         "Ana Ortiz", "direct", 0.75),
    Rule("continues-speaker", '"…," X said. "…"', '"We stay," Ana Ortiz said. "We will not retreat."',
         "Ana Ortiz", "direct", 0.85),
    Rule("continues-chain", '"…¶"…," X said', '"We stay.\n\n"We will not retreat," Ana Ortiz said.',
         "Ana Ortiz", "direct", 0.85),
    Rule("continues-next", '"…." "…," X said', '"We stay." "We will not retreat," Ana Ortiz said.',
         "Ana Ortiz", "direct", 0.6),
    Rule("continues-paragraph", '"…," X said.¶"…"', '"We stay," Ana Ortiz said.\n\n"We will not retreat."',
         "Ana Ortiz", "direct", 0.75),
    Rule("answers-question", 'X asked Y …¶"…"', 'Reporters asked Ana Ortiz whether she would stay.\n\n"I will not retreat."',
         "Ana Ortiz", "direct", 0.7),
    Rule("question-put", 'X was asked, "…" (by whom unsaid)', 'Ana Ortiz was asked, "Will you stay?" She smiled.',
         None, "direct", 0.5),
    Rule("headline-item", 'HEADLINE "…" (a digest item)', 'CITY PARKS TO CLOSE EARLY "The council voted on Monday."',
         "CITY PARKS TO CLOSE EARLY", "direct", 0.6),
    Rule("no-speaker", '"…"', 'The sign on the door: "We will not retreat."', None, "direct", 0.3),
    Rule("reported-that", "X said (that) …", "Ana Ortiz said that the talks had failed.",
         "Ana Ortiz", "indirect", 0.7),
    Rule("reported-after", "…, X said.", "The talks had failed, Ana Ortiz said on Monday.",
         "Ana Ortiz", "indirect", 0.7),
    Rule("reported-finding", "a poll shows …", "A new poll shows Ana Ortiz leading the race by ten points.",
         "A new poll", "indirect", 0.6),
    Rule("reported-object", "X accused Y of …", "Ana Ortiz accused the council of hiding the budget.",
         "Ana Ortiz", "indirect", 0.55),
    Rule("reported-question", "X asked (Y) whether …", "Ana Ortiz asked the council whether the talks had failed.",
         "Ana Ortiz", "indirect", 0.6),
    Rule("reported-question-put", "asked whether … (by whom unsaid)",
         "Asked whether the talks had failed, Ana Ortiz smiled.", None, "indirect", 0.5),
    Rule("reported-expectation", "X is expected to … (by whom unsaid)", "The council is expected to vote on the budget.",
         None, "indirect", 0.45),
    Rule("reported-refusal", "X declined to comment (on …)", "Ana Ortiz declined to comment on the budget.",
         "Ana Ortiz", "indirect", 0.55),
    Rule("reported-according-to", "according to X, …", "According to Ana Ortiz, the talks had failed.",
         "Ana Ortiz", "indirect", 0.65),
    Rule("reported-in-poll", "In a poll …, …", "In a poll released Monday, 40 percent of voters backed Ana Ortiz.",
         "a poll released Monday", "indirect", 0.55),
    Rule("reported-headline", "X: …", "Ortiz: Talks with the union have failed", "Ortiz", "indirect", 0.5),
    Rule("reported-transcript", "NAME: … (a transcript line)",
         "The interview went on.\n\nORTIZ: We will stay and we will fight for the district.", "ORTIZ",
         "indirect", 0.6),
)

BY_NAME = {rule.name: rule for rule in RULES}


def confidence(rule: str) -> float:
    return BY_NAME[rule].confidence
