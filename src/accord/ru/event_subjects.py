"""The doer of a Russian trigger verb (accord.ru.events): the subject or the
passive agent, through the parser's slips: a shared subject that must
agree with the verb, a place that speaks for a plural verb with no subject
(«в Бишкеке эти обвинения отвергли»), a nominative name hung on the
object, a subject hung on another word («коммюнике подписано не было:
министр … отказался»)."""

from __future__ import annotations

from . import lexicon as lx
from .event_parties import after_aside, document_adopters, named_thing, pair_partner


def _agrees(g, subj, verb) -> bool:
    """A plural verb with a singular subject of its own is a parser's
    error («Министерство …, однако в Бишкеке эти обвинения отвергли»);
    coordinated and counted subjects («две страны») are plural in sense."""
    if "Plur" not in verb.morph.get("Number") or "Sing" not in subj.morph.get("Number"):
        return True
    if "Nom" not in subj.morph.get("Case"):  # a misread form («Подразделения» as Gen Sing): trust the tree
        return True
    return bool(g.conjuncts(subj) or g.children(subj, "number"))


def _place_before(g, verb):
    """«в Бишкеке эти обвинения отвергли»: the «в» place between the last
    comma and a plural verb with no subject, wherever the parser put it."""
    for t in reversed(verb.doc[verb.sent.start : verb.i]):
        if t.text == ",":
            return None
        case = g.child(t, "case")
        if case is not None and lx.lemma(case) == "в" and "Loc" in t.morph.get("Case") and t.pos_ == "PROPN":
            return t
    return None


def _actors_of(g, pred) -> list:
    """The doer of a predicate: the passive agent («введены Министерством
    финансов США»), else the active subject; a passive subject («Санкции …
    введены») is what was done, never the doer."""
    active = [s for s in g.subjects(pred, agents=False) if not g.is_(s, "passive_subject")]
    return g.agents(pred) + active


def _misread_subject(g, verb):
    """«учение Россия и Белоруссия проведут»: a nominative name the parser
    hung on the (accusative) object as an apposition is the subject."""
    for o in g.objects(verb):
        for c in g.children(o, "apposition"):
            if c.pos_ == "PROPN" and "Nom" in c.morph.get("Case") and "Nom" not in o.morph.get("Case"):
                return c
    return None


def intent_holder(g, verb):
    """«заявила о готовности поставлять», «выразила готовность передать»,
    «приняли решение провести»: the verb whose noun of intent
    (``intent_nouns``) governs the infinitive, or None."""
    noun = verb.head
    if "Inf" not in verb.morph.get("VerbForm") or noun.i == verb.i or noun.pos_ != "NOUN":
        return None
    if lx.lemma(noun) not in lx.event_map("intent_nouns") or g.subjects(verb):
        return None
    return noun.head if noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX") else None


def subject(g, verb):
    if g.is_passive(verb) and not g.agents(verb):  # «она была опровергнута»: the doer is not said
        return None
    holder = intent_holder(g, verb)
    if holder is not None:  # «Белоруссия заявила о готовности поставлять …»
        return subject(g, holder)
    if not g.subjects(verb):
        misread = _misread_subject(g, verb) or document_adopters(g, verb, lx.event_map("document_nouns"))
        if misread is not None:
            return misread
    t = verb
    for _ in range(3):
        subj = [s for s in _actors_of(g, t) if _agrees(g, s, verb)]  # a shared subject agrees with the verb
        if subj and t.i == verb.i and named_thing(g, verb, subj[0]):
            return _place_before(g, verb)
        if subj:
            return past_dateline(g, _after_dateline(subj))
        plural = "Plur" in verb.morph.get("Number")
        places = [n for w, _c, n in g.prep_args(t) if w == "в" and plural and not time_noun(n)]
        places = [n for n in places if lx.lemma(n) not in lx.event_map("circumstance_nouns")]  # «в ходе встречи»
        if places or (plural and g.subjects(t)):  # «в Бишкеке эти обвинения отвергли»: the place speaks
            return places[0] if places else _place_before(g, verb)
        converb = g.is_(t, "adverbial_clause") and "Conv" in t.morph.get("VerbForm")  # «…, обвинив Минск»
        if not (g.is_(t, "open_complement", "conjunct") or converb) or t.head.i == t.i:
            return subject_before(g, t) if t.i == verb.i or g.is_(verb, "open_complement") else None
        t = t.head
    return None


def past_dateline(g, subj):
    """«МИНСК, 10 июня (БелТА) – Заседание … прошло»: a dateline's
    capitalised place that the parser made the subject, with the real one
    hung on it as an apposition after the dash."""
    if not (subj.text.isupper() and len(subj.text) > 2 and subj.i == subj.sent.start):
        return subj
    dashed = [
        c
        for c in g.children(subj, "apposition")
        if not c.text.isupper() and any(t.text in "–—-" for t in subj.doc[subj.i : c.i])
    ]
    return dashed[-1] if dashed else subj


def _acronym(tok) -> bool:
    """«США», «ЕС», «НАТО»: an upper-case name, which does not decline."""
    return tok.pos_ == "PROPN" and tok.text.isupper() and len(tok.text) > 1 and tok.text.isalpha()


def _dateline(tok) -> bool:
    """An upper-case word that opens its sentence with a dash after it
    («ИНТЕРФАКС - …», «МОСКВА – …»): a dateline's place or agency."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return (
        tok.text.isupper() and len(tok.text) > 2 and tok.i == tok.sent.start and nxt is not None and nxt.text in "–—-"
    )


def _after_dateline(subjects: list):
    """«ИНТЕРФАКС - Береговая охрана … задержала»: the parser made the
    dateline a second subject; the doer is the other one."""
    rest = [s for s in subjects if not _dateline(s)]
    return rest[0] if rest and _dateline(subjects[0]) else subjects[0]


def time_noun(tok) -> bool:
    """«в следующем году», «в мае», «в среду»: a time, not a place that speaks."""
    words = lx.event_map
    return any(lx.lemma(tok) in words(name) for name in ("periods", "months", "weekdays"))


def subject_before(g, verb):
    """A finite verb the parser left without a subject, whose subject it
    hung on another word («коммюнике подписано не было: министр … отказался»):
    the first nominative noun of the verb's own stretch (after the last
    colon, semicolon or dash before it) that agrees with it in number and,
    in the past, gender."""
    if "Fin" not in verb.morph.get("VerbForm"):
        return None
    start = verb.sent.start
    for t in verb.doc[verb.sent.start : verb.i]:
        if t.text in (":", ";", "—", "–"):
            start = t.i + 1
    start = max([start, *after_aside(g, verb)])
    number, gender = set(verb.morph.get("Number")), set(verb.morph.get("Gender"))
    for t in verb.doc[start : verb.i]:
        if _acronym(t) and number and number <= set(t.morph.get("Number")) and not g.child(t, "case"):
            return t  # «сделок США могут ввести»: an acronym does not decline, its case a guess
        if t.pos_ not in ("NOUN", "PROPN") or "Nom" not in t.morph.get("Case"):
            continue
        if number == {"Plur"} and (g.conjuncts(t) or pair_partner(t) is not None):  # «Кошербаев и Лавров провели»
            return t
        if number <= set(t.morph.get("Number")) and gender <= set(t.morph.get("Gender")):
            return t
        return None
    return None
