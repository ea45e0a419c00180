"""A Russian speaker's name as the English press spells a known person:
the transliteration of «Александр Вучич» (Aleksandr Vuchich) is the known
Aleksandar Vucic when the two spellings fold to one skeleton (the letter
groups of ``lang/ru/quotes/name_skeleton.tsv``) and one known person alone
has it: the surname's skeleton whole, the given name's skeleton whole or
but one vowel longer (Aleksandr, Aleksandar; never Aleksei for Aleksandr)
and, where the speaker's country is known, a term of that country."""

from __future__ import annotations

import unicodedata

from .. import datafiles
from ..actors.knowledge import load_knowledge

SKELETON = datafiles.lang_path("ru", "quotes/name_skeleton.tsv")
#: letters a given name's skeleton may have inserted and still be the same name (Aleksandr, Aleksandar)
_VOWELS = frozenset("aeiou")
#: the ending a woman's given name adds to a man's (Aleksandra, Yevgenia): another person
_FEMININE = "a"


@datafiles.cached
def _folds() -> tuple[tuple[str, str], ...]:
    return tuple((r[0], r[1] if len(r) > 1 else "") for r in datafiles.table(SKELETON, header=True) if r[0])


def skeleton(word: str) -> str:
    """A name word lower-cased, its diacritics dropped and its letter groups folded (Vuchich, Vučić -> vucic)."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    for latin, folded in _folds():
        w = w.replace(latin, folded)
    return "".join(c for i, c in enumerate(w) if c.isalpha() and (i == 0 or c != w[i - 1]))


@datafiles.cached
def _known() -> dict[str, list[tuple[str, str, frozenset]]]:
    """Surname skeleton -> (name, given-name skeleton, countries) of each known person."""
    k = load_knowledge()
    # (spelling, the name it is of, country): an alias ("Zoran Milanović") stands for its person's name
    rows = [(n, t.name, t.country) for t in k.office_terms for n in (t.name, *t.aliases)]
    rows += [(name, name, code[:3]) for name, _aliases, terms in k.persons for code in terms.split(";")]
    people: dict[tuple[str, str], set] = {}
    for spelling, name, iso in rows:
        parts = spelling.split()
        if len(parts) >= 2:
            people.setdefault((name, skeleton(parts[0]) + " " + skeleton(parts[-1])), set()).add(iso)
    out: dict[str, list[tuple[str, str, frozenset]]] = {}
    for (name, key), isos in people.items():
        first, last = key.split(" ")
        out.setdefault(last, []).append((name, first, frozenset(isos)))
    return out


def given_alike(a: str, b: str) -> bool:
    """Two given-name skeletons are one name: equal, or but one vowel apart
    inside the name (aleksandr, aleksandar, aleksander) or one vowel more at
    its end other than a feminine «-a» (dmitr, dmitri; not aleksandr, aleksandra)."""
    if a == b:
        return True
    if len(a) < len(b):
        a, b = b, a
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 and 0 < diff[0] < len(a) - 1 and {a[diff[0]], b[diff[0]]} <= _VOWELS
    if len(a) != len(b) + 1 or not b:
        return False
    if a[:-1] == b:
        return a[-1] in _VOWELS and a[-1] != _FEMININE
    return any(a[i] in _VOWELS and a[:i] + a[i + 1 :] == b for i in range(1, len(a) - 1))


def known_spelling(name: str, country: str | None = None) -> str:
    """The known person's name ``name`` spells otherwise, else ``name``."""
    parts = name.split()
    if len(parts) < 2:
        return name
    given = skeleton(parts[0])
    hits = {
        known
        for known, first, isos in _known().get(skeleton(parts[-1]), ())
        if given_alike(first, given) and (country is None or country in isos)
    }
    return hits.pop() if len(hits) == 1 else name
