"""A bare body word that repeats one named in full a few sentences before
(accord.ru.actors): «советника посольства России в Таллине, сообщили РИА
Новости в посольстве» — the bare «посольство» is Russia's, the same body,
not the last body of its sector named (Estonia's ministry)."""

from __future__ import annotations

from . import lexicon as lx
from .window import window_start


def same_body_before(doc, actors: list) -> None:
    """Give each bare body (a role word for an org, with no country or
    organization of its own) the country of the nearest earlier body with
    the same head word (or the same body's name in the lexicon:
    «посольство», «диппредставительство») and a country, a few sentences
    back at most."""
    for k, a in enumerate(actors):
        if a.flag != "role" or a.kind != "org" or a.country or a.org:
            continue
        head, start = lx.lemma(doc[a.start]), window_start(doc[a.start])
        for b in reversed(actors[:k]):
            if b.start < start:
                break
            same = lx.lemma(doc[b.start]) == head or (a.name and b.name == a.name)  # «диппредставительство»
            if b.country and b.kind == "org" and same:
                a.country = b.country
                break
