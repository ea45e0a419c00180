"""A gathering told by who attended it: ``The ceremony was attended by the
heads of the two border services`` is a meeting (CONSULT, the ``attend ... by``
row of ``triggers.tsv``) among those named. A clause on a noun that tells the
same (``hosted the meeting, which was attended by X and Y``) only names the
host's counterparts, which :mod:`accord.events.attended` and the host's own
event code: no event of its own."""

from __future__ import annotations

from ..syntax import grammar
from . import words as W


def attendance_on_a_noun(c) -> bool:
    """A meeting coded from an attendance verb with its ``by`` phrase in a clause on a noun."""
    tok = c.tok
    if c.type != "CONSULT" or tok.lemma_.lower() not in W.words("attendance_verbs"):
        return False
    g = grammar(tok)
    return g.has_child(tok, "agent") and g.is_(tok, "relative_clause", "clause_modifier")
