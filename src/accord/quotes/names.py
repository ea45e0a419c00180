"""Speakers that refer right: a partial name ("Wang", "al-Rashidi") takes
the full name the article gave that person earlier ("Wang Yi"), and a long
title ending in a known name ("Director of the Yerevan Centre ... Aram
Harutyunyan") is that person. Only an earlier full name that is the one
person the part can stand for is taken: two people of one surname leave
the part as it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..record import Quote
from .titles import person_name
from .vocabulary import first_names

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _capitalized(words: list[str]) -> bool:
    return bool(words) and all(w[:1].isupper() or "-" in w[1:] for w in words)


def _full_names(ctx: _Ctx, quotes: list[Quote]) -> list[tuple[int, str]]:
    """(position, full name) of the people the article names with two or more words, in text order."""
    found = [
        (m.start, _mention_full_name(ctx, m))
        for m in ctx.doc._.mentions or ()
        if m.kind == "person" and m.name and len(_mention_full_name(ctx, m).split()) >= 2
    ]
    found += [
        (q.speaker.start, q.speaker.name)
        for q in quotes
        if q.speaker is not None
        and q.speaker.name
        and 2 <= len(q.speaker.name.split()) <= 4
        and _capitalized(q.speaker.name.split())
    ]
    return sorted(found)


def _mention_full_name(ctx: _Ctx, m) -> str:
    """A person mention's full name: its name, or, when the actors named it
    by the surname alone, the given name and surname its text ends with
    ("Head of the Department ... Vladimir Kostrov" named "Kostrov")."""
    name = person_name(m.name)
    words = ctx.text[m.start : m.end].split()
    if " " not in name and len(words) >= 2 and words[-1] == name and words[-2] in first_names():
        return f"{words[-2]} {name}"
    return name


def link_names(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """Give partial names and titled names the full name given earlier."""
    names = _full_names(ctx, quotes)
    if not names:
        return quotes
    for q in quotes:
        sp = q.speaker
        if sp is None:
            continue
        said = sp.name or (sp.text if _capitalized(sp.text.split()) else None)
        if not said:
            continue
        words = said.split()
        if len(words) == 1:
            # a surname or given name alone: the one earlier full name that holds it
            fits = {n for pos, n in names if pos < sp.start and said in n.split()}
            if len(fits) == 1:
                sp.name = fits.pop()
        elif len(words) >= 4:
            # a title before the name: the known name it ends with
            fits = {n for _, n in names if said.endswith(" " + n)}
            if fits:
                sp.name = max(fits, key=len)
    return quotes
