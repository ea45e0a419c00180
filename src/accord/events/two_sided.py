"""Talks need two sides.

A verb of talks (``two_sided_verbs``: "discussed") coded by its trigger row
without a listed topic ("Rzayev and Mehmood discussed the delivery of the
remaining jets") is talks between the sides its subject joins ("X and Y",
"the two sides", "we", "Russian and Chinese ministers"), or with the party
its own ``with`` phrase names. A plural of one party ("Iranian lawmakers
discussed a bill") is one side: only a plural pronoun or a noun of sides
(``two_sides_nouns``: sides, delegations, countries) joins two. Said
of one party alone ("the parliament discussed the draft law", "the president
discussed his return to the programme") it names no meeting of parties: no
event.
"""

from __future__ import annotations

from ..syntax import grammar
from . import words as W
from .candidate import SPEC_RULE

#: the preposition of a talks verb that names the other side
PARTNER_PREP = "with"


def _two_sided_subject(tok, g) -> bool:
    """Does the verb's subject join sides ("X and Y", "Russian and Chinese ministers",
    "the sides", "we")?"""
    for s in g.children(tok, "subject", "passive_subject"):
        if any(g.has_child(t, "conjunct") for t in s.subtree if t.i <= s.i):
            return True
        if "Plur" not in s.morph.get("Number"):
            continue
        if s.pos_ == "PRON" or s.lemma_.lower() in W.words("two_sides_nouns"):
            return True
    return False


def lone_talks(c) -> bool:
    """Is the candidate a verb of talks coded without a topic row whose subject
    is one party and which names no partner with ``with``?"""
    tok = c.tok
    if tok.pos_ != "VERB" or c.spec != SPEC_RULE or tok.lemma_.lower() not in W.words("two_sided_verbs"):
        return False
    g = grammar(tok)
    if any(p.lower_ == PARTNER_PREP for p in g.children(tok, "prep")):
        return False
    return not _two_sided_subject(tok, g)
