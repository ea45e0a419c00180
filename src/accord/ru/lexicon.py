"""The Russian knowledge files, read once: actor words by lemma, names,
transliteration, quote and event words (all under ``lang/ru/``)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import datafiles

LEXICON = datafiles.lang_path("ru", "actors/lexicon.tsv")
NAMES = datafiles.lang_path("ru", "actors/names.tsv")
TRANSLIT = datafiles.lang_path("ru", "actors/translit.tsv")
ACTOR_WORDS = datafiles.lang_path("ru", "actors/words.tsv")
GIVEN = datafiles.lang_path("ru", "actors/given_names.tsv")
LOOSE = datafiles.lang_path("ru", "actors/loose_latin.tsv")
QUOTE_WORDS = datafiles.lang_path("ru", "quotes/words.tsv")
EVENT_WORDS = datafiles.lang_path("ru", "events/words.tsv")
TRIGGERS = datafiles.lang_path("ru", "events/triggers.tsv")
HOLDERS = "actors/data/office_holders.tsv"
CAMEO = "events/data/cameo_plover.tsv"


def norm(s: str) -> str:
    """Lower case with «ё» as «е», as every Russian data file writes words."""
    return s.lower().replace("ё", "е")


def lemma(tok) -> str:
    return norm(tok.lemma_ or tok.text)


@dataclass(frozen=True)
class Entry:
    """One row of the actor lexicon."""

    kind: str | None
    country: str | None
    org: str | None
    sector: str | None
    name: str | None
    flag: str


@datafiles.cached
def lexicon() -> tuple[dict[tuple[str, ...], Entry], int]:
    """Lemma phrase -> entry, and the longest phrase's length in words."""
    out: dict[tuple[str, ...], Entry] = {}
    for row in datafiles.table(LEXICON, header=True):
        d = row.as_dict()
        key = tuple(norm(d["lemma"]).split())
        out[key] = Entry(
            d.get("kind") or None,
            d.get("country") or None,
            d.get("org") or None,
            d.get("sector") or None,
            d.get("name") or None,
            d.get("flag", ""),
        )
    return out, max((len(k) for k in out), default=1)


@datafiles.cached
def lexicon_firsts() -> frozenset[str]:
    """The first lemma of every lexicon phrase (a word no phrase starts with
    needs no lookups)."""
    return frozenset(k[0] for k in lexicon()[0] if k)


@datafiles.cached
def names() -> dict[str, list[dict[str, str]]]:
    """Surname lemma -> rows of names.tsv."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in datafiles.table(NAMES, header=True):
        d = row.as_dict()
        out.setdefault(norm(d["surname"]), []).append(d)
    return out


@datafiles.cached
def office_holders() -> dict[str, list[dict[str, str]]]:
    """English name -> its rows in the English actor data's office holders."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in datafiles.table(HOLDERS, header=True):
        d = row.as_dict()
        out.setdefault(d["name"], []).append(d)
    return out


@datafiles.cached
def _loose_rules() -> list[tuple[str, str]]:
    return [(r[0], r[1] if len(r) > 1 else "") for r in datafiles.table(LOOSE, header=True)]


def loose_key(name: str) -> str:
    """A folded Latin key under which spelling variants of one name meet
    («Radzhnatkh Singkh» and «Rajnath Singh»): ``loose_latin.tsv``."""
    import re
    import unicodedata

    s = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z ]+", " ", s)
    for a, b in _loose_rules():
        s = s.replace(a, b)
    s = re.sub(r"([a-z])\1+", r"\1", s)
    s = re.sub(r"(?<=[aeiou])i(?=[aeiou])", "", s)
    return " ".join(s.split())


@datafiles.cached
def holders_by_key() -> dict[str, set[str]]:
    """Loose key -> the English office holders' names (and aliases) it fits."""
    out: dict[str, set[str]] = {}
    for name, rows in office_holders().items():
        aliases = {a for r in rows for a in (r.get("aliases") or "").split("|") if a}
        for variant in {name, *aliases}:
            out.setdefault(loose_key(variant), set()).add(name)
    return out


@datafiles.cached
def given_names() -> dict[str, str]:
    """Russian given name (lower case) -> the English press's spelling
    («Алексей» -> «Alexei»), for names that names.tsv lacks."""
    return {norm(r[0]): r[1] for r in datafiles.table(GIVEN, header=True) if len(r) > 1}


@datafiles.cached
def press_given() -> frozenset[str]:
    """Slavic given names: their bearer's surname takes the press spelling."""
    return frozenset(norm(r[0]) for r in datafiles.table(GIVEN, header=True) if len(r) > 2 and r[2] == "press")


@datafiles.cached
def translit_rules() -> list[tuple[str, str, str]]:
    rows = [
        (r[0].lower(), r[1] if len(r) > 1 else "", r[2] if len(r) > 2 else "any")
        for r in datafiles.table(TRANSLIT, header=True)
    ]
    return sorted(rows, key=lambda r: (-len(r[0]), r[2] == "any"))


_SOFT_VOWELS = frozenset("аеёиоуыэюяьъ")


def transliterate(word: str, press: bool = False) -> str:
    """A Cyrillic name in Latin letters («Касым-Жомарт» -> «Kasym-Zhomart»);
    ``press``: a Russian surname as the English press spells it (Nikolaev)."""
    rules = translit_rules()
    out, i, low = [], 0, norm(word) if "ё" not in word.lower() else word.lower()
    while i < len(low):
        for cyr, lat, where in rules:
            if not low.startswith(cyr, i):
                continue
            at_start = i == 0 or not low[i - 1].isalpha()
            at_end = i + len(cyr) == len(low) or not low[i + len(cyr)].isalpha()
            after_vowel = i > 0 and low[i - 1] in _SOFT_VOWELS
            if (where == "initial" and not at_start) or (where == "final" and not at_end):
                continue
            if where == "press_after_vowel" and not (press and after_vowel):
                continue
            if where == "after_vowel" and not after_vowel:
                continue
            if where == "before_consonant" and not (at_end or low[i + len(cyr)] not in _SOFT_VOWELS):
                continue
            out.append(lat.capitalize() if word[i].isupper() else lat)
            i += len(cyr)
            break
        else:
            out.append(low[i] if not word[i].isupper() else word[i])
            i += 1
    return "".join(out)


@datafiles.cached
def actor_words(name: str) -> frozenset[str]:
    return datafiles.words(ACTOR_WORDS, name)


@datafiles.cached
def actor_map(name: str) -> dict[str, str]:
    return datafiles.word_map(ACTOR_WORDS, name)


@datafiles.cached
def quote_words(name: str) -> frozenset[str]:
    return datafiles.words(QUOTE_WORDS, name)


@datafiles.cached
def quote_map(name: str) -> dict[str, str]:
    return datafiles.word_map(QUOTE_WORDS, name)


@datafiles.cached
def event_map(name: str) -> dict[str, str]:
    return datafiles.word_map(EVENT_WORDS, name)


@datafiles.cached
def triggers() -> dict[str, list[dict[str, str]]]:
    """Verb lemma -> its trigger rows, in file order."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in datafiles.table(TRIGGERS, header=True):
        d = row.as_dict()
        out.setdefault(norm(d["lemma"]), []).append(d)
    return out


@datafiles.cached
def cameo_plover() -> dict[str, dict[str, str]]:
    """CAMEO code -> its PLOVER type, mode and context (the English table)."""
    return {r.get("cameo"): r.as_dict() for r in datafiles.table(CAMEO, header=True)}
