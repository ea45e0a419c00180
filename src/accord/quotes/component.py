"""The ``accord_quotes`` component (placeholder until the quote finder lands)."""
from __future__ import annotations

from spacy.language import Language

from ..nlp import safe_component


class QuotesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    @safe_component("accord_quotes")
    def __call__(self, doc):
        doc._.quotes = []
        return doc


@Language.factory("accord_quotes", assigns=["doc._.quotes"], requires=["doc._.mentions"])
def make_quotes(nlp: Language, name: str):
    return QuotesComponent(nlp, name)
