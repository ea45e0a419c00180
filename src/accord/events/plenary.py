"""A summit's document or its plenary as the organisation that met.

After "The summit of the SCO was held in Astana" or "NATO leaders met in
Vilnius", a report goes on with the meeting's own acts told of its document
or its plenary: "The final declaration condemns ...", "The communique
expresses concern over ...", "the heads of state adopted a declaration",
"the ministers signed a plan". Those phrases name no party of their own; the
act is the organisation's whose meeting was told just before (the actor of
the latest meeting event, an IGO, a few sentences back). A document or a
plenary with a coded owner of its own ("Russia's statement", "the ministers
of Kazakhstan") keeps it. Words: ``document_nouns`` (events/data/
factuality_en.tsv) and ``plenary_nouns`` (events/data/party_words.tsv).
"""

from __future__ import annotations

from ..actors import mentions_in
from ..record import Event, EventActor
from .coref import party_of, sentence_numbers
from .flags import own_words
from .parties import party_words

#: how many sentences back the meeting is looked for
MEETING_SENTENCES = 4


def plenary_actors(doc, events: list[Event]) -> None:
    """Each act told of a meeting's document or plenary given the
    organisation of the meeting told just before (see the module docstring). In place."""
    index = sentence_numbers(doc)
    meetings = [
        (index.get(e.sentence["start"], 0), e.actor)
        for e in events
        if e.type in party_words("meeting_types") and e.actor is not None and e.actor.org and not e.actor.country
    ]
    for e in events:
        a = e.actor
        if a is None or not _ownerless_voice(doc, a):
            continue
        si = index.get(e.sentence["start"], 0)
        met = [m for i, m in meetings if 0 <= si - i <= MEETING_SENTENCES]
        if met:
            org = met[-1]
            e.actor = EventActor(start=a.start, end=a.end, text=a.text, code=org.code, org=org.org, sector=org.sector)
            if e.recipient is not None and party_of(e.recipient) == org.org:
                e.recipient = None  # (its own organisation: no target)


def _ownerless_voice(doc, a: EventActor) -> bool:
    """Is the party a document or a plenary noun phrase that names no coded
    state or organisation of its own ("The final declaration", "the heads of
    state", "the ministers"; a plenary noun in the plural)?"""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    lemma = head.lemma_.lower()
    if lemma not in own_words("document_nouns") and lemma not in party_words("plenary_nouns"):
        return False
    if lemma in party_words("plenary_nouns") and (a.country or a.org or head.tag_ != "NNS"):
        return False  # a plenary is many ("the presidents"): "The president condemned ..." is one person
    return not any((m.country or m.org) for m in mentions_in(doc, a.start, a.end))
