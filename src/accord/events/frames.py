"""Report frames: the verb of saying (or believing) whose complement clause
holds a word, and the party that says it. Shared by the speech acts
(:mod:`accord.events.speech`) and the charges read from what is said
(:mod:`accord.events.blame`).

The verb classes are lists in ``lang/en/events/words.tsv``: ``report_cues``
(``said``), ``claim_cues`` (``claimed``), ``wish_cues`` (``hopes``),
``commentator_sectors`` and ``commentator_roles`` (an analyst's remark).
"""

from __future__ import annotations

from ..record import EventActor
from ..syntax import grammar
from . import words as W
from .actor_groups import ActorGroups
from .actor_roles import party, subject_of

#: how many heads up from a content trigger its reporting verb may be
FRAME_STEPS = 4


def token_at(doc, char: int):
    """The token that covers a character offset (None past the end)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def all_cues() -> frozenset:
    return W.words("report_cues") | W.words("claim_cues") | W.words("wish_cues")


def cue_word(t) -> str:
    """The token's cue word: its lemma, or its form where only the form is
    listed (the tagger's lemma of ``hopes`` can be ``hop``)."""
    lem = t.lemma_.lower()
    if lem not in all_cues() and t.lower_ in all_cues():
        return t.lower_
    return lem


def frame_verb(tok, cues: frozenset | None = None):
    """The reporting verb whose complement clause holds ``tok`` (``claimed
    that X shelled``), or None: the nearest head up the chain that is a
    report or claim cue (or one of ``cues``), reached through a clausal complement."""
    g = grammar(tok)
    cues = cues or all_cues()
    t, through = tok, False
    for _ in range(FRAME_STEPS):
        if t.head.i == t.i:
            return None
        through = through or g.is_(t, "clausal_complement")
        t = t.head
        if through and t.pos_ in ("VERB", "AUX") and cue_word(t) in cues:
            return t
        if g.is_(t, "relative_clause", "adverbial_clause"):
            return None
    return None


def speaker_of(fv, actors: ActorGroups) -> EventActor | None:
    """The subject of a reporting verb as a party (``Baku`` of ``Baku claimed``)."""
    a_head, _ = subject_of(fv, actors)
    if a_head is None:
        return None
    group = actors.group(a_head)
    return party(actors, group[0], fv.i) if group else None


def commentator(speaker: EventActor | None, qi: int | None, quotes) -> bool:
    """Is the speaker one who comments on the news (an analyst, a researcher:
    ``commentator_sectors``, ``commentator_roles``) rather than a party to it?"""
    if speaker is not None and speaker.sector in W.words("commentator_sectors"):
        return True
    s = quotes[qi].speaker if qi is not None and qi < len(quotes) else None
    words = ((s.role or "") + " " + (s.text if s is not None and not s.code else "")).lower().split() if s else []
    return any(w in W.words("commentator_roles") for w in words)


def quote_at(quotes, char: int) -> int | None:
    """The index of the quote whose text covers a character offset, or None."""
    for qi, q in enumerate(quotes):
        if q.start <= char < q.end:
            return qi
    return None
