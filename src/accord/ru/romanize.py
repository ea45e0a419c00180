"""Chinese names in Russian text back to pinyin (issue #19): Russian
writes them in the Palladius system («Линь Цзянь», «Чжан Сяоган»), the
English press in pinyin (Lin Jian, Zhang Xiaogang), and a letter-by-letter
transliteration gives neither («Lin Tszyan»). The syllable tables are data:
``lang/ru/actors/palladius.tsv``.
"""

from __future__ import annotations

from .. import datafiles
from . import lexicon as lx

PALLADIUS = datafiles.lang_path("ru", "actors/palladius.tsv")
_LABIALS = frozenset("bpmf")


@datafiles.cached
def _tables() -> dict[str, dict[str, tuple[str, str]]]:
    """list -> {cyrillic: (latin, soft latin)}."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for row in datafiles.table(PALLADIUS, header=True):
        d = row.as_dict()
        out.setdefault(d["list"], {})[d["cyrillic"]] = (d.get("latin") or "", d.get("soft") or "")
    return out


def _syllable(s: str) -> str | None:
    """One Palladius syllable in pinyin, or None."""
    t = _tables()
    if s in t["zero"]:
        return t["zero"][s][0]
    for n in (2, 1):
        ini, fin = s[:n], s[n:]
        if ini not in t["initial"] or fin not in t["final"]:
            continue
        hard, soft = t["initial"][ini]
        lat = soft if soft and fin in t["soft_final"] else hard
        final = t["final"][fin][0]
        if fin == "о" and lat in _LABIALS:
            final = "o"
        if fin == "ы" and lat not in ("z", "c", "s"):
            return None
        return lat + final
    return None


def _word(word: str) -> str | None:
    """A word split into Palladius syllables (the fewest), in pinyin."""
    w = lx.norm(word)
    best: list[list[str] | None] = [[]] + [None] * len(w)
    for end in range(1, len(w) + 1):
        for start in range(max(0, end - 6), end):
            head, syl = best[start], _syllable(w[start:end])
            if head is not None and syl and (best[end] is None or len(head) + 1 < len(best[end])):
                best[end] = head + [syl]
    found = best[len(w)]
    return "".join(found).capitalize() if found else None


def chinese_name(parts: list[str]) -> str | None:
    """«Чжан Сяоган» -> «Zhang Xiaogang» when the first word is a Chinese
    surname and every word is made of Palladius syllables, else None."""
    if not 2 <= len(parts) <= 3 or lx.norm(parts[0]) not in _tables().get("surname", {}):
        return None
    out = [_word(p) for p in parts[:-1]] + [_word(parts[-1]) or _uninflected(parts[-1])]
    return " ".join(out) if all(out) else None  # type: ignore[arg-type]


def _uninflected(word: str) -> str | None:
    """A given name in «-нь» declines («с Лю Бинем»): its stem with «ь»
    (or without) back in pinyin."""
    low = lx.norm(word)
    for ending in lx.actor_words("name_case_endings"):
        if low.endswith(ending) and len(low) > len(ending):
            stem = low[: -len(ending)]
            found = _word(stem + "ь") or _word(stem)
            if found:
                return found
    return None


GROUPS = datafiles.lang_path("ru", "actors/translit_groups.tsv")
COUNTRIES = datafiles.lang_path("ru", "actors/translit_countries.tsv")
_VOWELS = frozenset("аеёиоуыэюя")


@datafiles.cached
def _country_rules() -> dict[str, list[tuple[str, str, str]]]:
    """Country code -> its groups' (cyrillic, latin, where) rows, longest
    first, the first group's row before another group's for one letter."""
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for row in datafiles.table(GROUPS, header=True):
        d = row.as_dict()
        groups.setdefault(d["group"], []).append((d["cyrillic"], d.get("latin") or "", d.get("where") or "any"))
    out = {}
    for row in datafiles.table(COUNTRIES, header=True):
        d = row.as_dict()
        rows = [r for g in d["groups"].split("|") for r in groups.get(g, [])]
        out[d["country"]] = sorted(rows, key=lambda r: -len(r[0]))  # stable: group order within a length
    return out


def _fits(low: str, i: int, n: int, where: str) -> bool:
    before = low[i - 1] if i > 0 and low[i - 1].isalpha() else ""
    after = low[i + n] if i + n < len(low) and low[i + n].isalpha() else ""
    if where == "initial":
        return not before
    if where == "word":
        return not before and not after
    if where == "final":
        return not after
    if where == "after_vowel":
        return before in _VOWELS and bool(before)
    if where == "after_consonant":
        return bool(before) and before not in _VOWELS and before not in "ьъ"
    return True


def _respell(word: str, rules: list[tuple[str, str, str]]) -> str:
    """One word: the group's letters in Latin, the rest by translit.tsv."""
    given = lx.given_names().get(lx.norm(word))
    if given:
        return given
    low, out, i = word.lower(), [], 0
    while i < len(low):
        for cyr, lat, where in rules:
            if low.startswith(cyr, i) and _fits(low, i, len(cyr), where):
                out.append(lat.capitalize() if word[i].isupper() else lat)
                i += len(cyr)
                break
        else:
            out.append(word[i])
            i += 1
    return lx.transliterate("".join(out))


def _plain(parts: list[str]) -> str:
    """The name as :func:`accord.ru.people.person_name` spells a name that
    no table knows."""
    press = len(parts) > 1 and lx.norm(parts[0]) in lx.press_given()
    return " ".join(lx.given_names().get(lx.norm(p)) or lx.transliterate(p, press) for p in parts)


def by_country(name: str, normal: str | None, country: str | None) -> str:
    """A person's English name as the press of the person's country spells
    it («Хоссейн Хатами» of Iran -> Hossein Hatami, «Байба Браже» of Latvia
    -> Baiba Braze), when ``name`` is the plain transliteration of the
    Russian ``normal`` form; a name from names.tsv or the office holders,
    or of a country with no group, stays."""
    rules = _country_rules().get(country or "")
    if not rules or not normal:
        return name
    parts = normal.split()
    if len(parts) == 3 and any(lx.norm(parts[1]).endswith(e) for e in lx.actor_words("patronymic_endings")):
        parts = [parts[0], parts[2]]
    if name != _plain(parts):
        return name
    return " ".join(_respell(p, rules) for p in parts)
