"""Person names and outlet names inside the parser's entities: a person
named after a long body ("Deputy Chairman of the Committee on Defence and
Security Aigul Nurpeisova", one ORG entity for the parser) and a news site
the parser took for a person ("told Tulpar Info"). The given names and the
outlet words are the English quote layer's (``lang/en/quotes/first_names.tsv``,
``lang/en/quotes/media.tsv``): read here, not copied."""

from __future__ import annotations

from .. import datafiles

FIRST_NAMES = datafiles.lang_path("en", "quotes/first_names.tsv")
MEDIA = datafiles.lang_path("en", "quotes/media.tsv")


@datafiles.cached
def given_names() -> frozenset[str]:
    """Common given names, lower case."""
    return frozenset(w.lower() for w in datafiles.word_map(FIRST_NAMES, "first_names"))


@datafiles.cached
def media_words() -> frozenset[str]:
    """Words that mark a news outlet when they end its name ("Info", "News", "TV"), lower case."""
    return frozenset(r[0].strip().lower() for r in datafiles.table(MEDIA) if r and r[0].strip())


def _name_word(words, pos, i: int) -> bool:
    w = words[i]
    return w.isalpha() and w[:1].isupper() and not w.isupper() and pos[i] in ("PROPN", "")


def trailing_person(words, pos, s: int, e: int) -> int | None:
    """Start of a person's name (a known given name and one or two more
    capitalised words) that ends the entity ``[s, e)`` after a capitalised
    word of the body's name, or None: "the Institute for Border Studies
    [Bakyt Sultanov]". The body keeps at least two words."""
    given = given_names()
    for k in (e - 2, e - 3):
        if k < s + 2 or not all(_name_word(words, pos, i) for i in range(k, e)):
            continue
        if words[k].lower() in given and words[k - 1][:1].isupper() and words[k - 1].isalpha():
            if any(w.lower() in media_words() for w in words[k:e]):
                continue
            return k
    return None


def given_before_place(words, pos, taken, s: int, e: int) -> bool:
    """A place entity the lexicon does not know, right after a known given
    name that nothing took, is that person's surname: "Minister of Foreign
    Affairs of Georgia [Tamaz Testadze]" with "Testadze" tagged a place."""
    if s < 1 or e - s > 2 or taken[s - 1] or any(taken[s:e]):
        return False
    return words[s - 1].lower() in given_names() and all(_name_word(words, pos, i) for i in range(s - 1, e))


def is_outlet(words, s: int, e: int) -> bool:
    """A name that ends in an outlet word and does not start with a given
    name: "Tulpar Info", "Baiterek News" (not "Maria Post")."""
    if e - s < 2:
        return False
    return words[e - 1].lower() in media_words() and words[s].lower() not in given_names()
