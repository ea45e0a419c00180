"""An event trigger candidate: a token of a sentence with the CAMEO code it
names, found by :mod:`accord.events.triggers` and its helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Lexicon

#: how specific the evidence of a candidate's code is: a trigger row with its arguments, a CAMEO phrase
#: pattern, a row with none, a CAMEO verb's default code
SPEC_RULE_ARGS = 3.0
SPEC_PATTERN = 2.0
SPEC_RULE = 1.8
SPEC_VERB = 1.0


@dataclass
class Candidate:
    tok: object  # spaCy Token
    cameo: str
    type: str
    quad: str
    mode: str | None
    context: list
    spec: float
    source: str
    inner: list = field(default_factory=list)
    recipient_tok: object = None  # a recipient found while detecting (demands: "X said Y must ...")
    actor_tok: object = None  # an actor found while detecting (the supplier of goods received: events.transfers)
    made: bool = False  # the act is made by saying the trigger, whatever its negation or tense (a condition's demand)
    said: bool = False  # the speaker's act, told by the clause's subject ("X did not fulfil its duty," Y said)
    verdict: bool = False  # a party's verdict in words ("considers X a threat"): a speech act the statement gate keeps

    @property
    def i(self) -> int:
        return self.tok.i


def recode(c: Candidate, code: str, lex: Lexicon) -> None:
    """The candidate takes another code, with its type, quad and mode."""
    ci = lex.info(code)
    c.cameo, c.type, c.quad, c.mode = code, ci.type, lex.categories[ci.type]["quad"], ci.mode
