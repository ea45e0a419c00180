"""Doers that a Russian agency report names outside the act's own clause
(accord.ru.events): an act told in the passive with no agent, or in an
impersonal plural with no subject, inside the words of an institution
(«задержаны 14 контрабандистов, сообщили в пресс-службе ГКНБ», «Как
сообщает пресс-служба Минобороны, …», «возбуждено уголовное дело, заявили
в Генпрокуратуре») is that institution's act: a security service, a
ministry or an embassy reports what it did. A named person's words are
not taken so (a minister who tells of arrests did not make them)."""

from __future__ import annotations

from bisect import bisect_right

from ..record import Event, EventActor, join_code
from . import lexicon as lx


def unsaid_doer(g, verb) -> bool:
    """A predicate whose doer its clause leaves unsaid: a passive with no
    agent («задержаны», «было возбуждено»), or a finite plural with no
    subject at all («задержали 14 нарушителей»)."""
    if g.is_passive(verb):
        return not g.agents(verb)
    finite = "Fin" in verb.morph.get("VerbForm") and "Plur" in verb.morph.get("Number")
    return finite and not g.subjects(verb) and not g.is_(verb, "open_complement", "conjunct")


def reporting_body(g, verb, quotes, at, hosts=(), doerless=True) -> EventActor | None:
    """The institution whose report holds an act with no doer of its own
    (see the module's doc), as a party; None when there is none, or when
    the act took place in another state («В Киргизии задержаны …, сообщили
    в МИД Таджикистана»: not Tajikistan's act) than those in ``hosts`` (the
    partner of a joint act, in whose capital it may be signed). With
    ``doerless`` False the act need not lack a doer in its clause (a
    delivery told as a noun: «Поставки … начнутся, сообщили в …»)."""
    if doerless and not unsaid_doer(g, verb):
        return None
    q = next((q for q in quotes if q.start <= verb.idx < q.end), None)
    q = q if q is not None else report_before(verb, quotes)
    sp = q.speaker if q is not None else None
    if sp is None or sp.name or not sp.code:
        return None
    places = [  # «в Киргизии» (where), not «в Узбекистан» (whither: the recipient)
        at[n.i]
        for w, _c, n in g.prep_args(verb)
        if w == "в" and n.i in at and at[n.i].kind == "state" and "Acc" not in n.morph.get("Case")
    ]
    if any(p.country != sp.country and p.country not in hosts for p in places):
        return None
    sector = sp.code[len(sp.country) :] if sp.country and sp.code.startswith(sp.country) else None
    return EventActor(sp.start, sp.end, sp.text, sp.code, sp.country, sp.org, sector or None)


def report_before(verb, quotes, sentences: int = 2):
    """«Гражданин Литвы задержан, сообщили в ФСБ. В отношении задержанного
    возбуждено уголовное дело»: the report of an institution (a speaker with
    no name) that ends at most ``sentences`` sentences before the verb's
    sentence, with no other quote after it and at most one paragraph break
    between them; the act with no doer that follows it is told on that
    institution's word."""
    q = max((q for q in quotes if q.end <= verb.idx), key=lambda q: q.end, default=None)
    sp = q.speaker if q is not None else None
    if sp is None or sp.name or not sp.code:
        return None
    doc, sent, breaks = verb.doc, verb.sent, 0
    for _ in range(sentences + 1):
        if sent.start_char <= q.end:
            return q
        if sent.start == 0:
            return None
        prev = doc[sent.start - 1]  # a paragraph break is a space token of its own or trails the last word
        breaks += (prev.text + prev.whitespace_).count("\n\n") > 0 or prev.is_space
        if breaks > 1:
            return None
        sent = prev.sent
    return None


def passive_patients(g, verb) -> list:
    """What an act in the passive was done to («задержаны трое граждан
    Таджикистана»): its passive subjects, the accusative of the active."""
    return g.children(verb, "passive_subject") if g.is_passive(verb) else []


def reported_role(doc, at, subj, quotes) -> EventActor | None:
    """«Как сообщает пресс-служба Минобороны Казахстана, военнослужащие
    приняли участие в учениях»: a bare role with no country of its own
    («военнослужащие», «пограничники»), as the subject inside a state
    institution's report, is of that institution's country."""
    a = at.get(subj.i) if subj is not None else None
    if a is None or a.flag != "role" or a.country or a.org or not a.sector or a.ref is not None:
        return None
    if lx.lemma(subj) in lx.event_map("meeting_parties"):  # «министры обсудили»: the two sides, not the reporter's
        return None
    q = next((q for q in quotes if q.start <= subj.idx < q.end), None)
    sp = q.speaker if q is not None else None
    if sp is None or sp.name or not sp.country or sp.org:
        return None
    span = doc[a.start : a.end]
    code = join_code(sp.country, None, a.sector)
    return EventActor(span.start_char, span.end_char, span.text, code, sp.country, None, a.sector)


def suspects_state(doc, out: list[Event]) -> None:
    """«Гражданин Литвы задержан, сообщили в ФСБ. В отношении задержанного
    возбуждено уголовное дело»: a legal act on a suspect (``suspect_acts``)
    with no recipient of its own is on the one its doer arrested (COERCE)
    in the same or one of the three sentences before: the recipient is that
    arrest's."""
    acts = lx.event_map("suspect_acts")
    starts = [s.start_char for s in doc.sents]  # once per document
    for k, e in enumerate(out):
        if e.recipient is not None or e.actor is None or e.cameo not in acts:
            continue
        here = bisect_right(starts, e.trigger.start) - 1
        earliest = starts[max(here - 3, 0)]
        arrests = [
            p
            for p in out[:k]
            if p.type == "COERCE" and p.actor and p.actor.code == e.actor.code and p.recipient is not None
            if p.sentence["start"] >= earliest
        ]
        if arrests:
            e.recipient = arrests[-1].recipient


def summoning_body(g, verb, party) -> EventActor | None:
    """«Посол Литвы вызван в МИД России»: a summons in the passive with no
    agent is the act of the body the envoy is summoned to (the «в» noun in
    the accusative; ``summon_verbs``); ``party`` codes a word, or gives None."""
    if lx.lemma(verb) not in lx.event_map("summon_verbs") or not g.is_passive(verb) or g.agents(verb):
        return None
    for w, _c, n in g.prep_args(verb):
        if w == "в" and "Loc" not in n.morph.get("Case"):
            p = party(n)
            if p is not None and p.country:
                return p
    return None


def reported_partner(g, verb, quotes, at, party) -> list[tuple]:
    """«Соглашение о сотрудничестве с Узбекистаном подписано, сообщили в
    Минобороны Казахстана»: a joint act in the passive with no doer and no
    «между» pair, inside an institution's report, is that institution's act
    with the «с» partner of what was done (or of the verb) as the other
    party; [] when there is no such report or partner."""
    levels = [[verb], passive_patients(g, verb)]
    levels.append([c for t in levels[1] for c in t.children])
    for level in levels:  # the verb, what was done, and the level below it («соглашение о сотрудничестве с X»)
        for t in level:
            for w, _c, n in g.prep_args(t):
                p = party(n) if w == "с" else None
                body = reporting_body(g, verb, quotes, at, (p.country,)) if p is not None else None
                if body is not None and p.code != body.code and p.country != body.country:
                    return [(body, p)]
    return []
