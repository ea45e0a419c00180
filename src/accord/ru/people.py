"""A Russian person's name in the record: its nominative (natasha's normal
form with the case endings it kept cut off), its English spelling
(``names.tsv``, a Chinese name in pinyin, else a transliteration) and the
office holder of that name on the article's date (:mod:`accord.ru.actors`
builds the person's mention from them)."""

from __future__ import annotations

from . import lexicon as lx
from .romanize import chinese_name


def normal_form(span, normal: str | None = None) -> str:
    """The name's nominative: natasha's normal form, with the case endings
    it kept on names its dictionary lacks cut off («Маджидом Тахт-Раванчи»,
    «Нурбека Абдыкадырова»): on a first word, and on the others when some
    word of the name was inflected. ``normal``: the normal form where the
    span is not natasha's own (a name cut out of a longer entity)."""
    normal = normal or span._.normal or span.text
    parts, toks = normal.split(), [t for t in span if not t.is_punct]
    if len(parts) < 2 or len(parts) != len(toks):
        return normal
    if _she_says(span) and all(t.text[:1].isupper() for t in toks):
        return " ".join(t.text for t in toks)  # «Оана Цою заявила»: no masculine lemma «Цой» for her name
    gen = _genitive_apposition(span)
    first = _uninflect(parts[0], toks[0], gen)
    inflected = first != parts[0] or any(p != t.text for p, t in zip(parts, toks))
    rest = [_uninflect(p, t, gen) if inflected else _a_stem(p, t, gen) for p, t in zip(parts[1:], toks[1:])]
    return " ".join([first] + rest)


def _she_says(span) -> bool:
    """The name is the subject (or renames the subject) of a verb in the
    feminine: its words are in the nominative as written."""
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    t = roots[0] if len(roots) == 1 else None
    for _ in range(3):
        if t is None or t.dep_ != "appos" or t.head.i == t.i:
            break
        t = t.head
    if t is None or t.dep_ != "nsubj" or "Nom" not in t.morph.get("Case"):
        return False
    return "Fem" in t.head.morph.get("Gender") and t.head.pos_ in ("VERB", "AUX")


def _genitive_apposition(span) -> bool:
    """«по словам представителя МИД Айбека Смадиярова»: a name in apposition
    to a noun in the genitive is in the genitive, whatever case the tagger
    gave its words (it reads an unknown «Айбека» as a nominative)."""
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if len(roots) != 1 or roots[0].dep_ != "appos":
        return False
    case = roots[0].head.morph.get("Case")
    return roots[0].head.pos_ == "NOUN" and case == ["Gen"]


def _a_stem(part: str, tok, genitive: bool = False) -> str:
    """A genitive of a name in -а, where the tagger says genitive: «Гелы
    Васадзе» -> «Гела», «Эмомали Собирзоды» -> «Собирзода» (after a given
    name that does not decline, so nothing else shows the case)."""
    low, case = lx.norm(part), tok.morph.get("Case")
    for ending, nominative in lx.actor_map("a_stem_genitives").items():
        gen = genitive or ("Gen" in case and "Nom" not in case)
        if part == tok.text and low.endswith(ending) and len(low) > 3 and gen:
            return part[: -len(ending)] + nominative
    return part


def _uninflect(part: str, tok, genitive: bool = False) -> str:
    low, lem = lx.norm(part), lx.norm(tok.lemma_ or "")
    if _a_stem(part, tok, genitive) != part:
        return _a_stem(part, tok, genitive)
    if part != tok.text or not lem or low == lem or not low.startswith(lem):
        return part
    note = lx.actor_map("name_case_endings").get(low[len(lem) :])
    if note is None or (note != "any" and "Nom" in tok.morph.get("Case") and not genitive):
        return part
    return part[: len(lem)]


def _known(surname: str) -> list[dict]:
    """names.tsv's rows for a surname, also when it kept a case ending that
    the tagger took for its own («Яшара Гюлера»)."""
    low = lx.norm(surname)
    rows = lx.names().get(low, [])
    for ending in lx.actor_words("name_case_endings"):
        if rows:
            break
        if low.endswith(ending) and len(low) > len(ending) + 2:
            rows = lx.names().get(low[: -len(ending)], [])
    return rows


def person_name(span, normal: str | None = None) -> tuple[str, dict | None]:
    parts = normal_form(span, normal).split()
    if len(parts) == 3 and any(lx.norm(parts[1]).endswith(e) for e in lx.actor_words("patronymic_endings")):
        parts = [parts[0], parts[2]]  # «Андрей Рэмович Белоусов»: English names leave the patronymic out
    rows = _known(parts[-1]) or lx.names().get(lx.norm(parts[0]), [])
    given = lx.norm(parts[0]) if len(parts) > 1 else ""
    for r in rows:
        if not r["given"] or not given or lx.norm(r["given"]) == given:
            return r["name"], r
    chinese = chinese_name(parts)
    if chinese:
        return chinese, None  # «Линь Цзянь» -> Lin Jian
    given_names = lx.given_names()
    press = len(parts) > 1 and lx.norm(parts[0]) in lx.press_given()  # «Андрей Николаев» -> Nikolaev
    return " ".join(given_names.get(lx.norm(p)) or lx.transliterate(p, press) for p in parts), None


def office_holder(name: str, published: str | None) -> dict | None:
    rows = lx.office_holders().get(name) or []
    when = published or "9999"
    live = [r for r in rows if (r.get("start") or "") <= when <= (r.get("end") or "9999")]
    return (live or rows or [None])[-1]


def title_chain(g, head, skip: range) -> list:
    """«Директор Второго европейского департамента МИД России Сергей Беляев»:
    the genitives below a title noun the lexicon does not hold
    (``title_nouns``), three levels down at most; the person named after it
    takes the country and sector of the body they name."""
    out, level = [], [head]
    for _ in range(3):  # below the title, a name in apposition too: «представитель движения «Талибан»»
        deps = [("noun_modifier",) if t.i == head.i else ("noun_modifier", "apposition") for t in level]
        level = [c for t, d in zip(level, deps) for c in g.children(t, *d) if c.i not in skip]
        out += level + [a for t in level for a in g.children(t, "adjective")]  # «китайской делегации»
    return out
