"""A document as the subject of a speech verb speaks for the body that
adopted or issued it (round E, cause 1a).

"The ministers adopted a statement on X. The statement calls on Y to ..."
names no party for "calls on": its subject is the document. The body that
adopted or issued that document (an event in the same or the previous
sentence whose trigger takes a definite document noun of the same word as its
object: "adopted a statement", "issued a declaration") is the actor. Such an
event, with an uncoded document as its actor, scores below the confidence
floor (the classifier reads the sentence as a statement); it is held back
from that filter (:func:`held_document_voices`) and kept only once the body
is known (:func:`document_voice_actors`, after the meeting's plenary has taken
its organisation's code). Words: ``own_document_nouns`` (lang/en/events/words.tsv).
"""

from __future__ import annotations

from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import sentence_numbers, trigger_token

#: how many sentences back the adopting act may be
BACK_SENTENCES = 1
#: the lowest confidence of a held event (below: no act at all)
FLOOR = 0.25


def _document_head(doc, a: EventActor | None):
    """The head word of an uncoded definite document phrase ("The
    statement", "the final declaration"), else None."""
    if a is None or a.code:
        return None
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    h = span.root
    if h.lemma_.lower() not in W.words("own_document_nouns") or h.tag_ != "NN":
        return None
    g = grammar(h)
    if not any(g.is_(c, "determiner") and c.lower_ in ("the", "this") for c in h.children):
        return None
    return h if g.is_(h, "subject") else None


def held_document_voices(doc, events: list[Event], min_conf: float) -> list[Event]:
    """The events below ``min_conf`` whose actor is such a document (to be
    kept if the body is found)."""
    return [
        e
        for e in events
        if FLOOR <= e.confidence < min_conf and e.recipient is not None and _document_head(doc, e.actor) is not None
    ]


def _adopting_verbs(doc, e: Event, index: dict, lemma: str) -> list:
    """The verbs of the same or the previous sentence, before the trigger,
    that take a document of the same word as their object."""
    si = index.get(e.sentence["start"], 0)
    sents = list(doc.sents)
    out = []
    for s in sents[max(0, si - BACK_SENTENCES) : si + 1]:
        g = grammar(s.root)
        for t in s:
            if t.idx < e.trigger.start and t.pos_ == "VERB":
                if any(o.lemma_.lower() == lemma for o in g.children(t, "object")):
                    out.append(t)
    return out


def _body_of(doc, v, events: list[Event]) -> EventActor | None:
    """The coded actor of an event on the verb ``v`` or on the verb it is
    coordinated with ("signed the communique and adopted a statement"), else
    the coded mention of its subject."""
    g = grammar(v)
    verbs = {v.i}
    if g.is_(v, "conjunct") and v.head.i != v.i:
        verbs.add(v.head.i)
    for p in events:
        t = trigger_token(doc, p)
        if t is not None and t.i in verbs and p.actor is not None and p.actor.code:
            return p.actor
    from ..actors import mentions_in

    for x in [v] + ([v.head] if g.is_(v, "conjunct") else []):
        sj = g.child(x, "subject")
        if sj is not None:
            for m in mentions_in(doc, sj.left_edge.idx, sj.right_edge.idx + len(sj.right_edge)):
                if m.code and m.kind != "location":
                    return EventActor.of(m)
    return None


def _adopter(doc, e: Event, events: list[Event], index: dict, lemma: str) -> EventActor | None:
    for v in reversed(_adopting_verbs(doc, e, index, lemma)):
        body = _body_of(doc, v, events)
        if body is not None:
            return body
    return None


def document_voice_actors(doc, held: list[Event], events: list[Event], min_conf: float) -> list[Event]:
    """The events with each held document voice added that an adopting body
    in the same or the previous sentence speaks through (its code on the
    document's phrase), in document order."""
    if not held:
        return events
    index = sentence_numbers(doc)
    added = []
    for e in held:
        h = _document_head(doc, e.actor)
        body = _adopter(doc, e, events, index, h.lemma_.lower()) if h is not None else None
        if body is None:
            continue
        a = e.actor
        e.actor = EventActor(
            a.start, a.end, a.text, code=body.code, country=body.country, org=body.org, sector=body.sector
        )
        e.confidence = min_conf
        added.append(e)
    if not added:
        return events
    out = events + added
    out.sort(key=lambda x: (x.sentence["start"], x.trigger.start))
    return out
