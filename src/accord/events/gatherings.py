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


def unnamed_invitation(c) -> bool:
    """An invitation (``invitation_verbs``) with no inviter or no invitee:
    ``X and Y were invited to send observers`` (the host is unnamed, and the
    invitees must not become each other's hosts), ``decides whom it invites``
    (a practice, no invitation). An active one, ``invited his counterpart to
    visit``, is the inviter's intent to meet (036)."""
    tok = c.tok
    if tok.lemma_.lower() not in W.words("invitation_verbs"):
        return False
    g = grammar(tok)
    if invited_to_exercise(tok):
        c.recipient_tok = g.child(tok, "passive_subject")  # the exercise's hosts invite them (events.joint_parties)
        return False
    obj = g.child(tok, "object")
    return g.has_child(tok, "passive_subject", "passive_aux") or obj is None or obj.tag_ in ("WP", "WDT")


def invited_to_exercise(tok) -> bool:
    """``A and B were invited to the exercise as observers``: an invitation in
    the passive with no inviter named, to an exercise (``exercise_nouns``) the
    article told of, or to a part of one ("to the final stage of the drills");
    its hosts invited them."""
    g = grammar(tok)
    if tok.lemma_.lower() not in W.words("invitation_verbs") or g.has_child(tok, "agent"):
        return False
    if not g.has_child(tok, "passive_subject"):
        return False
    return any(
        _an_exercise(p) or (p.lemma_.lower() in W.words("event_part_nouns") and any(_an_exercise(w) for w in _of(g, p)))
        for pr in g.children(tok, "prep")
        if pr.lower_ == "to"
        for p in g.children(pr, "prep_object")
    )


def _an_exercise(tok) -> bool:
    return tok.lemma_.lower() in W.words("exercise_nouns") or tok.lower_ in W.words("exercise_nouns")


def _of(g, tok) -> list:
    """The objects of ``tok``'s "of" phrases ("the final stage of the exercise")."""
    return [p for pr in g.children(tok, "prep") if pr.lower_ == "of" for p in g.children(pr, "prep_object")]
