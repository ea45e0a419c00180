"""The ``accord_events`` component (placeholder until the event coder lands)."""
from __future__ import annotations

from spacy.language import Language

from ..nlp import safe_component


class EventsComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    @safe_component("accord_events")
    def __call__(self, doc):
        doc._.events = []
        return doc


@Language.factory("accord_events", assigns=["doc._.events"], requires=["doc._.mentions", "doc._.quotes"])
def make_events(nlp: Language, name: str):
    return EventsComponent(nlp, name)
