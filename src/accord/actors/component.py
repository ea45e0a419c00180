"""The ``accord_actors`` component: actor mentions with CAMEO-style codes and
coreference chains (see :mod:`accord.actors.resolver`)."""

from __future__ import annotations

from spacy.language import Language

from ..nlp import safe_component
from ..record import Mention  # noqa: F401  (re-exported for callers of extract_mentions)
from . import index_mentions
from .lexicon import get_lexicon
from .resolver import extract


def extract_mentions(doc, date=None) -> list:
    """Mentions of ``doc`` sorted by start (pure function of the Doc)."""
    return extract(doc, date)[0]


def extract_actors(doc, date=None):
    """``(mentions, chains)``: what the component stores."""
    return extract(doc, date)


class ActorsComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lexicon = get_lexicon(nlp.vocab)  # compiled once per process (and user data folder)

    @safe_component("accord_actors")
    def __call__(self, doc):
        # the cached lexicon of the current user data folder (the one compiled at start unless it changed)
        self.lexicon = get_lexicon(doc.vocab)
        mentions, chains = extract(doc, doc._.published, self.lexicon)
        doc._.mentions = mentions
        doc._.chains = chains
        index_mentions(doc)  # once, for every mentions_in of the quotes and events
        return doc


@Language.factory("accord_actors", assigns=["doc._.mentions", "doc._.chains"])
def make_actors(nlp: Language, name: str):
    return ActorsComponent(nlp, name)
