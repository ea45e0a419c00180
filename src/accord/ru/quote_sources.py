"""Where a Russian quote's source is named indirectly (:mod:`accord.ru.quotes`):
a body's place or unit («сообщили в пресс-службе», «в Центре общественных
связей ФСБ»), a diplomatic mission («уточнили в диппредставительстве»), the
source an agency's report refers to («со ссылкой на Минобороны»), a
statement with no owner («говорится в сообщении», «в документе
подчеркивается»: the one a body issued just before), an acronym for a body
named before («по данным ISPR», «в пресс-службе СНБ»). Words are data:
``lang/ru/quotes/words.tsv``.
"""

from __future__ import annotations

from dataclasses import replace

from ..syntax import grammar
from . import lexicon as lx
from .actor_context import actor_at, genitive_owner, target
from .actors import Actor
from .body_names import abbreviates, is_acronym
from .window import DOCUMENT_BACK, SERVICE_BACK, window_start


def noun_after(tok, case: str, modifiers: tuple[str, ...]):
    """The first noun after ``tok`` in its sentence when it is in ``case``
    and only words of the ``modifiers`` parts of speech come before it."""
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ in ("NOUN", "PROPN"):
            return t if case in t.morph.get("Case") else None
        if t.pos_ not in modifiers:
            return None
    return None


def genitive_after(noun):
    """The genitive noun that follows a speaker word that names no one
    («в пресс-службе 201-й российской военной базы»), wherever the parser
    attached it."""
    return None if noun is None else noun_after(noun, "Gen", ("ADJ", "DET", "NUM"))


def ownerless(g, verb) -> bool:
    """«говорится в сообщении» with no one's statement named, or «в нем
    отмечается» (a verb that only a text takes): the source of the quotes
    before it speaks."""
    if lx.lemma(verb) not in lx.quote_words("impersonal"):
        return False
    statements, cases = lx.quote_words("statement_nouns"), lx.quote_words("statement_cases")
    textual = lx.lemma(verb) in lx.quote_words("document_verbs")
    return any(
        w in cases
        and (lx.lemma(n) in statements or (textual and lx.lemma(n) in lx.quote_words("pronouns")))
        and g.child(n, "noun_modifier") is None
        for w, _c, n in g.prep_args(verb)
    )


def document_owner(doc, at, actors: list[Actor], cue) -> Actor | None:
    """«МИД Литвы опубликовал ноту. В документе подчеркивается, что …»,
    «Пресс-служба МВД сообщила о задержании. …, отмечается в сообщении»: a
    bare document is the one a coded body issued or the report it made a
    few sentences back at most (the owner of the last statement noun, or the
    subject of the verb that takes it, or of the last speech cue)."""
    g, statements, cues = grammar(doc), lx.quote_words("statement_nouns"), lx.quote_map("cues")
    for t in reversed(doc[window_start(cue, DOCUMENT_BACK) : cue.sent.start]):
        holders = []
        if lx.lemma(t) in statements:  # «нота МИД», «МИД опубликовал ноту протеста»
            holders = g.children(t, "noun_modifier") + (g.subjects(t.head) if t.head.i != t.i else [])
        elif lx.lemma(t) in cues and t.pos_ == "VERB":
            holders = g.subjects(t)
        for h in holders:
            a = actor_at(doc, at, h)
            if a is not None and target(actors, a).code():
                return a
    return None


def bare_service(g, who) -> bool:
    """«по данным пресс-службы», «как отметили в пресс-службе»: a body's
    service named with no owner is the body that spoke last."""
    if who is None or lx.lemma(who) not in lx.quote_words("service_nouns"):
        return False
    return g.child(who, "noun_modifier", "possessor") is None and genitive_after(who) is None


def service_owner(doc, at, actors: list[Actor], who) -> Actor | None:
    """The coded body whose service of the same name was named last before
    ``who`` («пресс-служба МИД Узбекистана» before a bare «пресс-служба»), a
    few sentences back at most (:func:`accord.ru.window.window_start`)."""
    for t in reversed(doc[window_start(who, SERVICE_BACK) : who.i]):
        if lx.lemma(t) == lx.lemma(who):
            owner = actor_at(doc, at, genitive_after(t))
            if owner is not None and target(actors, owner).code():
                return owner
    return None


def owner_named_before(doc, at, actors: list[Actor], who) -> Actor | None:
    """«Корабли Северного флота вышли в море, сообщили в пресс-службе
    флота»: a service whose owner is a bare noun with no code is the service
    of the coded body last named with that noun, a few sentences back at most."""
    if who is None or lx.lemma(who) not in lx.quote_words("service_nouns"):
        return None
    owner = genitive_after(who)
    if owner is None or owner.i in at:
        return None
    start = window_start(owner, SERVICE_BACK)
    named = [
        a
        for a in actors
        if start <= a.start
        and a.end <= owner.i
        and any(lx.lemma(doc[i]) == lx.lemma(owner) for i in range(a.start, a.end))
    ]
    return named[-1] if named and target(actors, named[-1]).code() else None


def named_or_coded(t: Actor) -> bool:
    return bool(t.code()) or (t.kind == "person" and t.named)


def referred(g, cue):
    """«сообщает БелТА со ссылкой на Министерство обороны X»: the source an
    agency's report refers to (on the cue or on its subject)."""
    holders = [cue] + g.subjects(cue)
    for h in holders:
        for ref in h.children:
            if lx.lemma(ref) not in lx.quote_words("reference_nouns"):
                continue
            for c in ref.children:
                if (
                    c.i > ref.i
                    and c.pos_ in ("NOUN", "PROPN")
                    and any(lx.lemma(k) == "на" for k in g.children(c, "case"))
                ):
                    return c
    return None


def mission_noun(g, cue):
    """«…, сообщили ТАСС в посольстве»: the mission noun of the «в»/«из»
    place after a cue with no speaker of its own as subject (an agency
    there is the medium), before the clause ends."""
    doc, cases = cue.doc, lx.quote_words("statement_cases")
    for t in doc[cue.i + 1 : cue.sent.end]:
        if t.text in ",;:" or t.pos_ in ("VERB", "AUX"):
            return None
        if lx.lemma(t) in lx.quote_words("mission_nouns") and any(lx.lemma(c) in cases for c in g.children(t, "case")):
            return t
    return None


def own_country(doc, at, noun) -> str | None:
    """The state a mission noun names with it: an adjective («в российском
    посольстве») or a genitive («посольства России»), not its city («в
    Вильнюсе»)."""
    g = grammar(doc)
    mods = [c for c in noun.children if not g.children(c, "case")] + [genitive_after(noun)]
    return next((at[c.i].country for c in mods if c is not None and c.i in at and at[c.i].country), None)


def mission(doc, at, actors: list[Actor], cue) -> Actor | None:
    """«сообщили ТАСС в посольстве»: the mission of the state named with it,
    else of the state of the last mission named before, a few sentences back
    at most («атташе посольства России …, уточнили в диппредставительстве»);
    a mission is its state's government (GOV), as diplomats are."""
    g = grammar(doc)
    for s in g.subjects(cue):
        a = actor_at(doc, at, s)
        if a is None or target(actors, a).flag != "medium":
            return None
    noun = mission_noun(g, cue)
    if noun is None:
        return None
    missions = [
        t for t in doc[window_start(noun, SERVICE_BACK) : noun.i + 1] if lx.lemma(t) in lx.quote_words("mission_nouns")
    ]
    country = next((c for c in (own_country(doc, at, t) for t in reversed(missions)) if c), None)
    return None if country is None else Actor(noun.i, noun.i + 1, "org", country=country, sector="GOV")


def owner_after(doc, at, actors: list[Actor], a: Actor | None) -> Actor | None:
    """«в Центре общественных связей ФСБ России»: a named unit with no code
    is the coded body named in the genitive right after it."""
    if a is None or a.kind != "org" or target(actors, a).code():
        return a
    b = genitive_owner(doc, at, a)
    return b if b is not None and b.start == a.end and target(actors, b).code() else a


def acronym_body(doc, actors: list[Actor], a: Actor | None) -> Actor | None:
    """«по данным ISPR», «в пресс-службе СНБ»: an acronym with no code of its
    own stands for the coded body named before it in the article that it
    abbreviates, the nearest one (its alias in brackets, or its initials)."""
    if a is None or a.end - a.start != 1 or not is_acronym(doc[a.start]) or target(actors, a).code():
        return a
    short = doc[a.start].text
    for k in range(len(actors) - 1, -1, -1):
        b = actors[k]
        if (
            b.end <= a.start
            and b.kind == "org"
            and target(actors, b).code()
            and abbreviates(doc, b.start, b.end, short)
        ):
            return replace(a, ref=k)
    return a


#: tokens before a person's name read for the title that introduced them («директор ФСВТС Дмитрий Шугаев»)
_TITLE_SPAN = 14


def titled_before(doc, actors: list[Actor], who, body: Actor) -> Actor | None:
    """«— подчеркнул директор ФСВТС» after «директор Федеральной службы …
    (ФСВТС) Дмитрий Шугаев»: a title noun over a body's genitive, with no
    name after it, is the person named last before it with that title and
    that body in the words right before the name; else None."""
    if who.pos_ != "NOUN" or body.end <= who.i:
        return None
    title = lx.lemma(who)
    owner = {lx.lemma(t) for t in doc[body.start : body.end] if t.is_alpha}
    for a in reversed(actors):
        if a.kind != "person" or not a.named or a.end > who.i or a.flag == "pronoun":
            continue
        lo = max(doc[a.start].sent.start, a.start - _TITLE_SPAN)
        words = {lx.lemma(t) for t in doc[lo : a.start]}
        if title in words and owner and owner <= words:  # the same title of the same body («(ФСВТС)» in it)
            return a
    return None
