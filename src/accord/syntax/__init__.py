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


def grammar(doc_or_token) -> Grammar:
    """The grammar for a Doc, Span or Token, by its ``lang_``."""
    doc = getattr(doc_or_token, "doc", doc_or_token)
    return grammar_for(getattr(doc, "lang_", "en") or "en")


def register(lang: str, g: Grammar) -> None:
    """Add a grammar for another language (or parser scheme)."""
    _GRAMMARS[lang] = g


from .ud import UDGrammar  # noqa: E402

register("ru", UDGrammar("ru"))

#: the English grammar, for modules that only ever see English Docs
EN = _GRAMMARS["en"]

__all__ = ["ROLES", "Grammar", "EnglishGrammar", "grammar", "grammar_for", "register", "EN"]
