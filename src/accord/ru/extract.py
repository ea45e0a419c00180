"""One entry point for Russian articles: :func:`extract`.

``extract(doc, published)`` runs the actor, quote and event layers over a
Doc made by :func:`accord.ru.analyze` and returns the record's parts:
``(mentions, chains, quotes, events)``; :func:`extract_text` analyses the
text first. The pipeline's routing calls this for ``language == "ru"``.
"""

from __future__ import annotations

from .actors import build, to_mention
from .events import events as find_events
from .quotes import quotes as find_quotes


def extract(doc, published: str | None = None):
    """``(mentions, chains, quotes, events)`` of a Russian Doc: record
    objects (``Mention``, ``Quote``, ``Event``) and coreference pairs
    (antecedent index, mention index) into ``mentions``."""
    actors, chains = build(doc, published)
    mentions = [to_mention(doc, actors, a) for a in actors]
    quotes = find_quotes(doc, actors)
    events = find_events(doc, actors, quotes, published)
    for k, ev in enumerate(events, 1):
        ev.id = f"ev{k}"  # type: ignore[attr-defined]
    return mentions, chains, quotes, events


def extract_text(text: str, published: str | None = None):
    """:func:`extract` over ``text`` analysed with natasha."""
    from . import analyze

    return extract(analyze(text), published)
