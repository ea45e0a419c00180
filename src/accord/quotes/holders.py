"""People named by their office anywhere earlier in an article, for a later
description of that office: "the Turkish ambassador", "the Kazakh minister",
"the head of Belarusian diplomacy", "the general". The person may first appear
as an object or after a preposition ("held talks with the Minister of Defence
of Kazakhstan Colonel General Ruslan Zhaksylykov", "with the participation of
the Ambassador of China to Kazakhstan Han Chunlin"), not only as a speaker;
the description is the latest such person of its country (a nationality word)
and office, or, with no nationality, the only one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import datafiles
from ..record import Speaker
from .titles import title_only
from .vocabulary import back_set, back_values, first_names, word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx

_COUNTERPART_GAP = 300  # characters: "his counterpart" follows the person it is counterpart of closely
_LOOK_BACK = 4000  # characters: an office holder introduced in the lead is cited paragraphs later
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
#: "to Kazakhstan" after an envoy's title: the state the envoy is sent to
_POSTED = re.compile(r"[ \t]+(?:to|in)[ \t]+")
#: capitalised words that follow a title: the name, maybe after a rank
_CAPS = re.compile(r"[ \t]+((?:[A-Z][\w'\-]+[ \t]+){0,4}[A-Z][\w'\-]+)\b")
#: a title mention that already holds the envoy's post ("the Ambassador of China to Kazakhstan")
_ENDS_POSTED = re.compile(r"[ \t](?:to|in)[ \t]+(?:the[ \t]+)?[A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*)*$")


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s.replace("\u2019", "'"))]


@dataclass(slots=True)
class Holder:
    """A named person, where named, with the words of their title and their codes."""

    start: int
    name: str
    words: set
    code: str | None
    country: str | None
    org: str | None


@datafiles.cached
def _title_words() -> frozenset[str]:
    """Words that make a name a title ("Chinese ambassador"), not a person's name."""
    return word_set("role_nouns", "describing_nouns") | back_set("rank_words")


@datafiles.cached
def _role_words() -> frozenset[str]:
    """The last words of a role description ("the Turkish ambassador")."""
    return word_set("role_nouns") | back_set("holder_roles")


def _proper(name: str) -> bool:
    """Is ``name`` a person's proper name (two or three capitalised words, no
    title word): "Ruslan Zhaksylykov", not "Chinese ambassador"?"""
    words = name.split()
    titles = _title_words()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.lower() not in titles for w in words)


def _name_after(ctx: _Ctx, m, places: dict[int, object]) -> tuple[str, list[str]] | None:
    """'the Ambassador of China to Kazakhstan Han Chunlin': the name (and the
    ranks before it) that follows a title the mention ended at, after the
    place the envoy is posted to (which the actors may have read into the
    name: "Georgia Robin Dunnigan", or into the title mention itself); None
    if no name follows."""
    text, at = ctx.text, m.end
    posted = _POSTED.match(text, at)
    after = places.get(posted.end()) if posted is not None else None
    if after is not None and after.kind == "person":
        if after.name and _proper(after.name) and text[after.start : after.end].endswith(after.name):
            return after.name, []
    elif after is not None:
        at = after.end
    caps = _CAPS.match(text, at)
    if caps is None:
        return None
    words = caps.group(1).split()
    ranks = [w for w in words if w.lower() in back_set("rank_words")]
    rest = words[len(ranks) :] if words[: len(ranks)] == ranks else []
    if not 2 <= len(rest) <= 3 or not _proper(" ".join(rest)):
        return None
    if at == m.end and rest[0] not in first_names() and not _ENDS_POSTED.search(text, m.start, m.end):
        return None  # "the Ambassador of China Monday": only a known given name right after the title
    return " ".join(rest), ranks


def holders(ctx: _Ctx) -> list[Holder]:
    """Every person the article names with a title, in text order."""
    mentions = ctx.doc._.mentions or ()
    places = {x.start: x for x in mentions if x.kind in ("state", "location", "person")}
    out = []
    for m in mentions:
        if m.kind != "person" or not m.name:
            continue
        title = ctx.text[m.start : m.end]
        if _proper(m.name) and not title_only(m.name):
            name, extra = m.name, []
        else:
            found = _name_after(ctx, m, places)
            if found is None:
                continue
            name, extra = found
        words = set(_words(title.replace(name, " "))) | set(_words(m.role or "")) | {w.lower() for w in extra}
        if words & back_set("counterpart_words") and out and m.start - out[-1].start < _COUNTERPART_GAP:
            words |= out[-1].words  # "X hosted his Russian counterpart Y": Y holds X's office
        out.append(Holder(m.start, name, words, m.code, m.country, m.org))
    return out


def _described(sp: Speaker) -> list[str] | None:
    """The words of a speaker described by an office with no name of its own
    ("The Chinese ambassador", "the head of Armenian diplomacy"), without
    "the"; None if the speaker has a name."""
    words = sp.text.lstrip("-\u2013\u2014 ").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not 1 <= len(words) <= 6 or not all(w.isalpha() for w in words):
        return None
    if any(w in first_names() for w in words):
        return None
    return words


def _periphrasis(words: list[str]) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """What "the head of [the] <nationality> <office>" asks of a holder's
    title ("Armenian diplomacy", "the Kazakh Foreign Ministry", "the Uzbek
    military department": a foreign or defence minister), as :func:`_wanted`;
    None if the words after "of" are no such office."""
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    value = back_values("office_periphrases").get(" ".join(words[1:]).lower())
    if value is None:
        return None
    some = frozenset(w for w in value if "|" in w)  # "defence|defense": one of the spellings
    return value - some, frozenset(x for w in some for x in w.split("|")), True


def _wanted(words: list[str]) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """What a holder's title must hold for the description ``words``: (all
    of these words, one of these words, whether a nationality word says the
    country); None if the words describe no office."""
    low = [w.lower() for w in words]
    if len(low) >= 3 and low[0] in back_set("periphrasis_heads") and low[1] == "of":
        return _periphrasis(words[2:])
    if not 1 <= len(low) <= 4 or low[-1] not in _role_words():
        return None
    national = len(words) >= 2 and words[0][:1].isupper() and low[0] not in back_set("office_words")
    if len(words) >= 2 and not national:
        return None  # "the defence minister": an office of its own, not described by country
    every = frozenset(low[1:-1])  # "the Azerbaijani foreign minister": a foreign minister
    if not every <= back_set("office_words"):
        return None
    return every, back_values("holder_roles").get(low[-1], frozenset({low[-1]})), national


def holder_for(ctx: _Ctx, sp: Speaker, seen: list[list[Holder]]) -> Holder | None:
    """The person named before that the description ``sp`` stands for: the
    latest of its country and office, or with no nationality the only
    person of that office; None if none (or, without nationality, several).
    ``seen``: the article's holders once read (empty until a description asks)."""
    words = _described(sp)
    wanted = _wanted(words) if words is not None else None
    if wanted is None:
        return None
    every, some, national = wanted
    if national and not sp.country:
        return None
    if not seen:
        seen.append(holders(ctx))
    people = seen[0]
    found = [
        h
        for h in people
        if sp.start - _LOOK_BACK <= h.start < sp.start
        and every <= h.words
        and (not some or some & h.words)
        and (not national or h.country == sp.country)
    ]
    if sp.name and not set(_words(sp.name)) <= set(_words(sp.text)):
        # named already ("The general" that the actors read as Ivan Petrov): kept, unless the
        # office words say another person ("the foreign minister" read as the defence minister)
        if not every or any(h.name == sp.name for h in found):
            return None
    if not found or (not national and len({h.name for h in found}) > 1):
        return None
    return found[-1]
