"""The ``accord_actors`` component (placeholder until the resolver lands):
mentions from spaCy's named entities, codes left unknown."""
from __future__ import annotations

from spacy.language import Language

from ..nlp import safe_component
from ..record import Mention

_KIND = {"PERSON": "person", "GPE": "state", "NORP": "state", "ORG": "org", "LOC": "location", "FAC": "location"}


def extract_mentions(doc) -> list[Mention]:
    return [
        Mention(start=e.start_char, end=e.end_char, text=e.text, name=e.text, kind=_KIND[e.label_])
        for e in doc.ents
        if e.label_ in _KIND
    ]


class ActorsComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    @safe_component("accord_actors")
    def __call__(self, doc):
        doc._.mentions = extract_mentions(doc)
        doc._.chains = []
        return doc


@Language.factory("accord_actors", assigns=["doc._.mentions", "doc._.chains"])
def make_actors(nlp: Language, name: str):
    return ActorsComponent(nlp, name)
