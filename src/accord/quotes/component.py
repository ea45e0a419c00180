"""The ``accord_quotes`` component: stores what :func:`extract` finds (``doc._.quotes`` and
``doc._.attributions``)."""

from __future__ import annotations

from spacy.language import Language

from ..nlp import safe_component
from .extract import extract
from .lexicon import load_lexicon


class QuotesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lexicon = load_lexicon()  # read the data files once

    @safe_component("accord_quotes")
    def __call__(self, doc):
        doc._.quotes, doc._.attributions = [], []
        doc._.quotes, doc._.attributions = extract(doc, self.lexicon)
        return doc


@Language.factory("accord_quotes", assigns=["doc._.quotes", "doc._.attributions"], requires=["doc._.mentions"])
def make_quotes(nlp: Language, name: str):
    return QuotesComponent(nlp, name)
