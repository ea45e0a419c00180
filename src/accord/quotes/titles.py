"""Names inside long titles, as translated copy writes its speakers: the
person's name that ends a title ('Head of the Center of Analysis of
International Relations Farid Shafiyev'), a person's name a recogniser read
with title words before it, and the place a body's name is qualified by
("officials in Baku")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import datafiles
from ..syntax import grammar
from .vocabulary import alternation, first_names, word_seq, word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx

#: capitalised words that end a body's name the mention stopped short of: "... of the CSTO Secretariat"
_NAME_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w'\-]*){1,3}")


#: the rest of a body's name that a mention stopped short of at a comma or an "and" inside it:
#: "the Ministry of Labour, Migration and Employment of Population of the Republic of Tajikistan"
#: (the small words between its capitalised words are the data list name_glue_words)
@datafiles.cached
def coord_tail() -> re.Pattern:
    """The pattern of such a rest: a comma or "and", then capitalised words
    joined by spaces, commas or the glue words."""
    glue = rf"(?:[ \t]*,[ \t]*|(?:[ \t]+(?:{alternation('name_glue_words')}))*[ \t]+)"
    return re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)[A-Z][\w'\-]*(?:{glue}[A-Z][\w'\-]*)*")


#: the place or body a mention stopped short of that ends a body's name: "the Office of the Human
#: Rights Defender of Armenia", "the Ministry of Defence of the RK"
OF_TAIL = re.compile(r"[ \t]+of(?:[ \t]+the)?(?:[ \t]+[A-Z][\w'\-]*){1,3}(?:[ \t]+\([A-Z]{2,6}\))?")

#: words of a person's name after a long title: 'Head of the Center of ... Farid Shafiyev'
_NAME_WORDS = 3


def _titled_name(doc, lo: int, hi: int) -> str | None:
    """The person's name that ends a speaker phrase with a long title before
    it ('Head of the Center of Analysis of International Relations Farid
    Shafiyev'), found by a known given name and capitalised words after it to
    the phrase's end; None when the phrase does not end so."""
    given = first_names()
    for k in range(max(lo, hi - _NAME_WORDS), hi - 1):
        if doc[k].text in given and all(doc[j].text[:1].isupper() and doc[j].is_alpha for j in range(k + 1, hi)):
            return None if _in_body(doc, doc[k].idx, doc[hi - 1].idx) else doc[k:hi].text
    return _surname_name(doc, lo, hi)


def _surname_name(doc, lo: int, hi: int) -> str | None:
    """'Director of the Caucasus Institute of Political Studies Arman
    Poghosyan': a given name the list lacks, known by the surname after it
    (a capitalised word with a surname's ending) ending the phrase after a
    long title; the word before the surname is the given name unless it
    is a title word ("Minister Sadykov") or a body's name goes on past the
    surname."""
    if hi - lo < 4:
        return None
    sur, first = doc[hi - 1], doc[hi - 2]
    if not (
        len(sur.text) >= 5
        and sur.is_alpha
        and sur.text[:1].isupper()
        and not sur.text.isupper()
        and sur.text.lower().endswith(word_seq("surname_endings"))
        and first.is_alpha
        and first.text[:1].isupper()
        and not first.text.isupper()
        and first.lower_ not in word_set("role_nouns", "person_nouns", "describing_nouns", "title_small_words")
        and first.ent_type_ not in ("GPE", "NORP", "FAC", "LOC")
        and (sur.ent_type_ not in ("GPE", "NORP", "FAC", "LOC") or _person_ends_at(doc, sur))
    ):  # "... of the Kremlin", "... in Berlin": a place, unless the actors read a person ending there
        return None
    ent = next((x for x in doc.ents if x.start <= first.i < x.end), None)
    if ent is not None and ent.end > sur.i + 1:
        return None  # a body's name the recogniser read on past the surname
    # a body's name that goes on after the surname ("... Aliyev Foundation") is no person; one the
    # recogniser ended with the name ("the Institute of Regional Studies Samvel Hakobyan") is
    end = sur.idx + len(sur.text)
    inside = any(m.kind != "person" and m.start <= first.idx and end < m.end for m in doc._.mentions or [])
    return None if inside else f"{first.text} {sur.text}"


def _person_ends_at(doc, tok) -> bool:
    """Did the actors read a person's mention ending with ``tok`` and no
    place or body's mention holding it ('... of the MFA Orkhan Gasimzada',
    the surname that the recogniser took for a place)?"""
    end = tok.idx + len(tok.text)
    ms = [m for m in doc._.mentions or () if m.start <= tok.idx and end <= m.end]
    return any(m.kind == "person" and m.end == end for m in ms) and all(m.kind == "person" for m in ms)


def _in_body(doc, start: int, end: int) -> bool:
    """Do these characters lie in an actor mention that is no person ('George
    Washington University': a given name that begins a body's name)?"""
    return any(m.kind != "person" and m.start <= start and end < m.end for m in doc._.mentions or [])


def _with_place(ctx: _Ctx, head, m, e: int) -> str | None:
    """The mention's name with the phrase after it that the speaker's span
    takes in and that says which of its kind speaks: "officials in Baku and
    Yerevan", "the US Embassy in Astana", "the defence ministries of both
    countries" - the officials, embassy or ministries of that place, not
    any. Not for a person ("Smith of the State Department" is Smith)."""
    if m.kind == "person" or not m.name or m.end >= e or not m.start <= head.idx < m.end:
        return m.name
    doc = ctx.doc
    nxt = next((t for t in doc[head.i + 1 :] if t.idx >= m.end), None)
    if (
        nxt is None
        or nxt.idx >= e
        or nxt.lower_ not in word_set("place_preps")
        or not (nxt.head.i == head.i or (nxt.lower_ != "of" and m.start <= nxt.head.idx < m.end))  # "[in Y]"
        or not grammar(nxt).is_(nxt, "prep")
        or ctx.text[m.end : nxt.idx].strip()
    ):
        return m.name
    return f"{m.name} {ctx.text[nxt.idx : e].strip()}"


def person_name(name: str | None) -> str | None:
    """A person's name without the title words a recogniser read into it
    ('Countries Olga Lebedeva' from 'Director of the Institute of CIS
    Countries Olga Lebedeva'): from the first known given name on, when the
    words before it are no given name and the words from it are a short
    capitalised name; else the name as it is."""
    if not name:
        return name
    words = name.split()
    given = first_names()
    if len(words) < 3 or words[0] in given:
        return name
    for k in range(1, len(words) - 1):
        if words[k] in given:
            rest = words[k:]
            if words[k - 1] not in given and len(rest) <= _NAME_WORDS and all(w[:1].isupper() for w in rest):
                return " ".join(rest)
            return name
    return name


def title_only(name: str) -> bool:
    """Is a recogniser's person name only a title ("Head of the Migration
    Service", "the Head of State"): a role noun and "of", no given name?"""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    given = first_names()
    return (
        len(words) >= 3
        and words[0].lower() in word_set("role_nouns")
        and "of" in words
        and not any(w in given for w in words)
    )
