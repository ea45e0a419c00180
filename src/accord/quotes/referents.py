"""Speakers that point back to a body named before: a definite description
("the committee said", "according to the press service") is the nearest
body named earlier whose name holds its words ("the State Committee for
National Security of Tajikistan"), and "it said" right after a body's
statement is that body. A description that already has a name of its own
keeps it, unless an earlier speaker is the same name made more specific
("the embassy" read as "US Embassy", after "the US Embassy in Tashkent")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..record import Quote, Speaker
from .speakers import _take_identity

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx

_BODIES = ("org", "state", "igo")
_LOOK_BACK = 2000  # characters: a few paragraphs of news
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s.replace("\u2019", "'"))]


def _description(text: str) -> list[str] | None:
    """The words of a definite description without its article ("the press
    service" -> ["press", "service"]); None if the phrase is not one."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the":
        return None
    rest = words[1:]
    if not all(w.isalpha() and w.islower() for w in rest):
        return None  # a name ("the Kremlin") or a number
    return rest


def _holds(name: str, words: list[str]) -> bool:
    """Does ``name`` hold ``words`` as one run of its words?"""
    have = _words(name)
    n = len(words)
    return any(have[i : i + n] == words for i in range(len(have) - n + 1))


class _Body:
    __slots__ = ("pos", "name", "src")

    def __init__(self, pos: int, name: str, src) -> None:
        self.pos, self.name, self.src = pos, name, src


def _bodies(ctx: _Ctx) -> list[_Body]:
    return [
        _Body(m.start, m.name, m)
        for m in ctx.doc._.mentions or ()
        if m.kind in _BODIES and m.name and len(m.name.split()) >= 2
    ]


def _resolve_description(sp: Speaker, words: list[str], earlier: list[_Body]) -> _Body | None:
    own = sp.name and _words(sp.name) != words
    for b in reversed(earlier):
        if sp.start - b.pos > _LOOK_BACK:
            return None
        if own:
            if b.name.lower().startswith(sp.name.lower() + " "):
                return b
        elif _holds(b.name, words) and _words(b.name) != words:
            return b
    return None


def _is_body(ctx: _Ctx, sp: Speaker) -> bool:
    m = ctx.mention_at(ctx.doc, sp.start, sp.end)
    return m is not None and m.kind in _BODIES and m.start <= sp.start and sp.end <= m.end + 1


def link_descriptions(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """Give "the committee", "the embassy" and "it" the body named before."""
    bodies = _bodies(ctx)
    order = sorted((q for q in quotes if q.speaker is not None), key=lambda q: q.speaker.start)
    last: tuple[Speaker, bool] | None = None  # the latest speaker before, and whether it is a body
    for q in order:
        sp = q.speaker
        earlier = sorted((b for b in bodies if b.pos < sp.start), key=lambda b: b.pos)
        words = _description(sp.text)
        if words is not None:
            found = _resolve_description(sp, words, earlier)
            if found is not None:
                _take_identity(sp, found.src)
                sp.name = found.name
        elif sp.text.lower() == "it" and not sp.name and last is not None and last[1]:
            prev = last[0]
            if ctx.para_of(prev.start)[0] >= ctx.para_of(ctx.para_of(sp.start)[0] - 1)[0]:
                _take_identity(sp, prev)
        if sp.name and sp.text.lower() != "it":
            body = words is not None or _is_body(ctx, sp)
            bodies.append(_Body(sp.start, sp.name, sp))
            last = (sp, body)
        elif sp.text.lower() not in ("it",):
            last = (sp, False)
    return quotes
