"""The grammar layer: what the extractors ask of a sentence.

The extractors never read dependency labels themselves. They ask a
:class:`~accord.syntax.base.Grammar` for roles (``g.is_(tok, "subject")``)
and for the arguments of a predicate (``g.subjects(verb)``,
``g.prep_args(verb)``, ``g.speech_clause(verb)``). Each language's parser
scheme has one implementation: :mod:`accord.syntax.en` for the English
model's ClearNLP labels; a Universal Dependencies one (Russian) answers the
same questions over UD trees, where a preposition is a ``case`` child of its
noun and a speech verb hangs from the quoted clause as ``parataxis``.
"""

from __future__ import annotations

from .base import ROLES, Grammar
from .en import EnglishGrammar

_GRAMMARS: dict[str, Grammar] = {"en": EnglishGrammar()}


def grammar_for(lang: str = "en") -> Grammar:
    """The grammar for a language code (English when there is none for it)."""
    return _GRAMMARS.get(lang, _GRAMMARS["en"])


# vocab id -> (that vocab, its grammar): the extractors ask for the grammar hundreds of
# thousands of times per corpus, and reading the language through the Doc each time cost
# a fifth of the events component. The vocab is kept with its entry, so an id is never
# taken for another vocab's; a few entries at most (one per pipeline).
_BY_VOCAB: dict[int, tuple] = {}
_MAX_CACHED = 16
#: the vocab last asked about and its grammar (one pipeline at a time is the rule): one
#: comparison instead of a lookup
_LAST: tuple = (None, None)


def grammar(doc_or_token) -> Grammar:
    """The grammar for a Doc, Span or Token, by its ``lang_``."""
    global _LAST
    vocab = getattr(doc_or_token, "vocab", None)
    last = _LAST
    if vocab is last[0] and vocab is not None:
        return last[1]
    hit = _BY_VOCAB.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        _LAST = hit
        return hit[1]
    doc = getattr(doc_or_token, "doc", doc_or_token)
    g = grammar_for(getattr(doc, "lang_", "en") or "en")
    if vocab is not None:
        if len(_BY_VOCAB) >= _MAX_CACHED:
            _BY_VOCAB.clear()
        _BY_VOCAB[id(vocab)] = (vocab, g)
        _LAST = (vocab, g)
    return g


def register(lang: str, g: Grammar) -> None:
    """Add a grammar for another language (or parser scheme)."""
    global _LAST
    _GRAMMARS[lang] = g
    _BY_VOCAB.clear()
    _LAST = (None, None)


from .ud import UDGrammar  # noqa: E402

register("ru", UDGrammar("ru"))

#: the English grammar, for modules that only ever see English Docs
EN = _GRAMMARS["en"]

__all__ = ["ROLES", "Grammar", "EnglishGrammar", "grammar", "grammar_for", "register", "EN"]
