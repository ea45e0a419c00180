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
