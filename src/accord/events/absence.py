"""Parties left out of an act: a party named after a preposition of absence
("held drills without Armenia", "met all members except X"; ``absence_preps``
in ``lang/en/events/words.tsv``) is no party of the act (events.assemble)."""

from __future__ import annotations

from ..syntax import grammar
from . import words as W
from .actor_groups import ActorGroups


def not_left_out(group: list, tok, actors: ActorGroups) -> list:
    """The mentions of ``group`` that are not left out of the act ``tok`` names."""
    return [m for m in group if actors.span_of(m) is None or not left_out(actors.span_of(m).root, tok)]


def left_out(t, tok) -> bool:
    """Is ``t`` named after a preposition of absence on the way up to ``tok``
    ("held drills without Armenia", "all members except X")? A party left out
    of the act is no party of it."""
    g, preps = grammar(t), W.words("absence_preps")
    for _ in range(12):
        if t.i == tok.i or t.head.i == t.i:
            return False
        if g.is_(t, "prep") and t.lower_ in preps:
            return True
        t = t.head
    return False
