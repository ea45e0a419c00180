"""Hand-built Docs for the actor tests (no model needed)."""

import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from accord.nlp import register_extensions

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def nlp():
    """The model with only the actor layer after it (the actor tests need
    nothing downstream; loaded once for the whole directory)."""
    from accord.nlp import load

    return load(components=("accord_actors",))


@pytest.fixture(scope="session")
def vocab():
    register_extensions()
    return spacy.blank("en").vocab


NO_SPACE_BEFORE = {".", ",", "'s", "’s", ":", ";", "?", "!", ")", "”"}


def make_doc(vocab, text_tokens, pos=None, ents=(), sents=None, published=None, parse=None, tags=None):
    """``text_tokens``: list of tokens, or a string split on spaces; ``pos``:
    a dict token-index -> POS (default: PROPN for capitalised words, NOUN
    otherwise, PUNCT for punctuation); ``ents``: (start, end, label) token
    spans; ``sents``: token indices that start a sentence (default: after
    every '.'); ``parse``: a (dep, head index) for every token, which then
    sets the sentences; ``tags``: a dict token-index -> fine tag."""
    words = text_tokens.split() if isinstance(text_tokens, str) else list(text_tokens)
    spaces = [True] * len(words)
    for i in range(len(words) - 1):
        if words[i + 1] in NO_SPACE_BEFORE or words[i] in ("“",) or words[i + 1] == "-" or words[i] == "-":
            spaces[i] = False
    spaces[-1] = False
    tags_given, tags = tags, []
    poss = []
    for i, w in enumerate(words):
        p = (pos or {}).get(i)
        if p is None:
            if not any(c.isalnum() for c in w):
                p = "PUNCT"
            elif w.lower() in ("the", "a", "an"):
                p = "DET"
            elif w.lower() in ("of", "in", "at", "to", "from", "for", "with", "on"):
                p = "ADP"
            elif w.lower() in ("he", "she", "him", "her", "his", "it", "they", "we"):
                p = "PRON"
            elif w.lower() in (
                "said",
                "noted",
                "added",
                "met",
                "told",
                "warned",
                "held",
                "refused",
                "issued",
                "sent",
                "was",
                "is",
                "will",
                "would",
                "agreed",
                "called",
                "visited",
            ):
                p = "VERB"
            elif w.lower() in ("and", "or", "but"):
                p = "CCONJ"
            elif w in ("'s", "’s"):
                p = "PART"
            elif w[:1].isupper():
                p = "PROPN"
            else:
                p = "NOUN"
        poss.append(p)
        tags.append((tags_given or {}).get(i) or {"PRON": "PRP", "PROPN": "NNP", "VERB": "VBD", "DET": "DT"}.get(p, ""))
    if sents is None:
        starts = [True] + [words[i - 1] in (".", "!", "?") for i in range(1, len(words))]
    else:
        starts = [i in sents or i == 0 for i in range(len(words))]
    from spacy.tokens import Span

    if parse is not None:
        doc = Doc(
            vocab,
            words=words,
            spaces=spaces,
            pos=poss,
            tags=tags,
            deps=[d for d, _ in parse],
            heads=[h for _, h in parse],
        )
    else:
        doc = Doc(vocab, words=words, spaces=spaces, pos=poss, tags=tags, sent_starts=starts)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    doc._.published = published
    doc._.mentions = []
    doc._.chains = []
    return doc


def find(mentions, text):
    """The mention whose text is ``text`` (first one)."""
    for m in mentions:
        if m.text == text:
            return m
    raise AssertionError(f"no mention {text!r} in {[m.text for m in mentions]}")
