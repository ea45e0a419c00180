"""An act done "at the request of X" is also X's request to the one who did
it (round E, cause 1e).

"Russia sent troops to Kazakhstan at the request of President Tokayev",
"the mission was extended at Bamako's request": the request noun in an
``at/upon`` phrase on the trigger (``request_nouns``, ``request_preps`` in
lang/en/events/words.tsv) names in its ``of`` phrase or its possessor the
party that asked; the clause's actor is the one asked. The request is told as
a REQUEST event of its own, with the clause's time flags (a past request for
a historical act), on the request noun.
"""

from __future__ import annotations

from ..actors import mentions_in
from ..record import Event, EventActor, Span
from ..syntax import grammar
from . import words as W
from .coref import party_of, trigger_token
from .lexicon import lexicon

#: the CAMEO code of an appeal or request (PLOVER REQUEST)
REQUEST_CAMEO = "020"


def _asker(doc, n, g) -> EventActor | None:
    """The coded party that asked: the possessor of the request noun or the
    first coded mention in its ``of`` phrase."""
    spans = [c for c in g.children(n, "possessor")]
    spans += [o for p in g.children(n, "prep") if p.lower_ == "of" for o in g.children(p, "prep_object")]
    for s in spans:
        for m in mentions_in(doc, s.left_edge.idx, s.right_edge.idx + len(s.right_edge)):
            if m.code and m.kind != "location":
                return EventActor.of(m)
    return None


def _request_noun(tok, g):
    """The request noun of an ``at/upon the request of`` phrase on the
    trigger or on a noun below it ("deployed drones to X at Y's request", the
    parse hanging the phrase on X), not in a clause of its own; else None."""
    for n in tok.subtree:
        p = n.head
        if n.lemma_.lower() not in W.words("request_nouns") or not g.is_(n, "prep_object"):
            continue
        if p.lower_ not in W.words("request_preps"):
            continue
        t = p.head
        for _ in range(6):
            if t.i == tok.i:
                return n
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            t = t.head
    return None


def asked_by(n, g):
    """(the asking party's head, the verb it asked of) for a request noun in
    an ``at/upon the request of X`` phrase on a verb ("sent ... at the request
    of X", "at X's request"), else None."""
    p = n.head
    if n.lemma_.lower() not in W.words("request_nouns") or not g.is_(n, "prep_object") or p.i == n.i:
        return None
    if p.lower_ not in W.words("request_preps") or p.head.pos_ not in ("VERB", "AUX"):
        return None
    heads = list(g.children(n, "possessor"))
    heads += [o for x in g.children(n, "prep") if x.lower_ == "of" for o in g.children(x, "prep_object")]
    return (heads[0], p.head) if heads else None


def requests_behind(doc, events: list[Event]) -> list[Event]:
    """The events with each "at the request of X" request added (see module doc)."""
    info = lexicon().categories["REQUEST"]
    added, seen = [], set()
    for e in events:
        if e.actor is None or not party_of(e.actor) or e.negated or e.hypothetical:
            continue
        tok = trigger_token(doc, e)
        g = grammar(doc)
        n = _request_noun(tok, g) if tok is not None else None
        if n is None or n.i in seen:
            continue
        asker = _asker(doc, n, g)
        if asker is None or party_of(asker) == party_of(e.actor):
            continue
        seen.add(n.i)
        added.append(
            Event(
                "REQUEST",
                Span(n.idx, n.idx + len(n), n.text),
                dict(e.sentence),
                cameo=REQUEST_CAMEO,
                quad=info["quad"],
                intensity=info["intensity"],
                actor=asker,
                recipient=EventActor(**vars(e.actor)),
                date=e.date,
                date_end=e.date_end,
                date_text=e.date_text,
                date_precision=e.date_precision,
                historical=e.historical,
                confidence=e.confidence,
                evidence=[dict(x) for x in e.evidence],
            )
        )
    if not added:
        return events
    starts = {a.trigger.start for a in added}
    out = [e for e in events if e.trigger.start not in starts] + added  # (the noun's own reading yields)
    out.sort(key=lambda x: (x.sentence["start"], x.trigger.start))
    return out
