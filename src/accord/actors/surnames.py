"""The dictionary person a name in the text means: by surname ("President
Obama"), by a variant spelling of a full name ("Laurent Gbago"), and their
terms of office."""

from __future__ import annotations

from .. import datafiles
from .knowledge import REFERENCE_STALE_AFTER, load_knowledge, term_on
from .lexicon import surname_key
from .parts import Draft
from .words import word_set

#: a lone surname of a reference-dictionary person whose last term ended more than this many years
#: before the article needs support (a title, the full name) before it takes the person's code
STALE_YEARS = 5


def open_term(term, date) -> bool:
    """A term still running: open-ended, or (with no article date) running to
    the end of the stale reference dictionary."""
    return term.end is None or (date is None and term.end == REFERENCE_STALE_AFTER)


def surname_of(name: str) -> str:
    """The last word of a name, lower-cased."""
    parts = name.split()
    return parts[-1].lower() if parts else ""


def pick_surname(lex, surname: str, d, date):
    """The one dictionary person a surname-only mention can mean: unique, or
    (after a title: "President Obama") the only one in office on the date,
    or the one far better documented than the others."""
    words = surname.split()
    if len(words) == 1 and is_region_name(surname):
        return None  # "Sahel juntas": a region the parser took for a person, no one's surname
    names = lex.surnames.get(surname_key(surname)) or ()
    if len(words) == 1 and date and not d.role:
        names = {n for n in names if not _long_gone(lex, n, date)}
    if len(words) > 1:
        # a full name the dictionary spells differently ("Omar Hassan al-Bashir", "Laurent Gbago"):
        # same first name, same or nearly the same surname, and the text gives a role
        if not d.role:
            return None
        names = {n for n in names if n.split()[0].lower() == words[0]}
        if not names:
            names = lex.near_names(words[0], surname_key(surname))
    if len(names) == 1:
        return next(iter(names))
    cands = []
    for n in names:
        terms = lex.terms_of(n)
        t = term_on(terms, date)
        if t is None or (date and t.sector == "ELI"):
            continue
        if d.country and t.country != d.country:
            continue
        current = date is not None or any(open_term(x, date) and (x.start or x.end) for x in terms)
        hand = n in lex.terms_by_name
        cands.append(((current, hand), len(terms) + len(n.split()), n))
    if len(cands) == 1:
        return cands[0][2]
    if len(cands) > 1:
        cands.sort(reverse=True)
        # a hand-checked or still-serving office holder over a stale reference entry; else the far
        # better documented one
        if cands[0][0] > cands[1][0] or cands[0][1] >= 2 * cands[1][1]:
            return cands[0][2]
    return None


def is_region_name(word: str) -> bool:
    """A one-word name of a geographic region ("Sahel", "Balkans"): the
    actor regions' names and the English ``region_names`` list."""
    w = word.lower().removeprefix("the ")
    return w in _region_names()


@datafiles.cached
def _region_names() -> frozenset:
    names = {n.lower().removeprefix("the ") for n, _code, typ in load_knowledge().regions if typ == "name"}
    return frozenset(names | {w.lower() for w in word_set("region_names")})


def _long_gone(lex, name: str, date: str) -> bool:
    """A reference-dictionary person (not hand-checked) whose every term ended
    more than :data:`STALE_YEARS` before ``date``: a lone surname of the
    article ("Sahel juntas") is not evidence of them."""
    if name in lex.terms_by_name:
        return False
    terms = lex.terms_of(name)
    if not terms:
        return False
    ends = [t.end for t in terms]
    if any(e is None for e in ends):
        return False
    last = max(ends)
    try:
        cutoff = f"{int(date[:4]) - STALE_YEARS:04d}{date[4:]}"
    except ValueError:
        return False
    return last < cutoff


def terms_for(lex, entry, date, role=None) -> list:
    """Terms of a person piece: its own (dictionary match) or, for a name spaCy
    found, those of the one dictionary person the surname can mean."""
    terms = entry.person_terms()
    if terms:
        return terms
    # a variant spelling of a full name needs a role; a lone surname gets no support from it
    role = role if len(entry.name.split()) > 1 else None
    canon = pick_surname(lex, entry.name.lower(), Draft(0, 0, role=role), date)
    return lex.terms_of(canon) if canon else []


def article_full_names(drafts) -> dict:
    """{a name's one word, lower-cased: the draft of the one person the
    article names in full with it as surname (last word) or family name
    (first word: "Xi" of "Xi Jinping", "Kim" of "Kim Jong Un")}. A word two
    different full names share ("Trump": Donald and Melania) means no one."""
    found: dict = {}
    for d in drafts:
        if d.kind != "person" or not d.person or len(d.person.split()) < 2:
            continue
        for spelling in {d.person, d.person_text or d.person}:
            words = spelling.lower().split()
            for w in {words[0], words[-1]}:
                found.setdefault(w, {}).setdefault(d.person.lower(), d)
    return {w: next(iter(by_name.values())) for w, by_name in found.items() if len(by_name) == 1}
