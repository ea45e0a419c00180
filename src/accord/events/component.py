"""The ``accord_events`` component: fills ``doc._.events`` with the events
:func:`accord.events.extract.extract_events` finds (PLOVER/CAMEO events with
actors from ``doc._.mentions``, quotes from ``doc._.quotes``, dates resolved
against ``doc._.published``)."""

from __future__ import annotations

from spacy.language import Language

from ..nlp import safe_component
from .classifier import QuadModel
from .extract import extract_events
from .lexicon import lexicon
from .place_time import knowledge_country


class EventsComponent:
    def __init__(self, nlp: Language, name: str, min_confidence: float = 0.4, use_classifier: bool = True):
        self.name = name
        self.min_confidence = min_confidence
        lexicon()  # load the data files once, here, not on the first Doc
        knowledge_country()
        self.classifier = QuadModel.load() if use_classifier else None

    @safe_component("accord_events")
    def __call__(self, doc):
        doc._.events = extract_events(doc, classifier=self.classifier, min_confidence=self.min_confidence)
        return doc


@Language.factory(
    "accord_events",
    assigns=["doc._.events"],
    requires=["doc._.mentions", "doc._.quotes"],
    default_config={"min_confidence": 0.4, "use_classifier": True},
)
def make_events(nlp: Language, name: str, min_confidence: float = 0.4, use_classifier: bool = True):
    return EventsComponent(nlp, name, min_confidence=min_confidence, use_classifier=use_classifier)
