"""Doers that a Russian agency report names outside the act's own clause
(accord.ru.events): an act told in the passive with no agent, or in an
impersonal plural with no subject, inside the words of an institution
(«задержаны 14 контрабандистов, сообщили в пресс-службе ГКНБ», «Как
сообщает пресс-служба Минобороны, …», «возбуждено уголовное дело, заявили
в Генпрокуратуре») is that institution's act: a security service, a
ministry or an embassy reports what it did. A named person's words are
not taken so (a minister who tells of arrests did not make them)."""

from __future__ import annotations

from ..record import EventActor, join_code
from . import lexicon as lx


def unsaid_doer(g, verb) -> bool:
    """A predicate whose doer its clause leaves unsaid: a passive with no
    agent («задержаны», «было возбуждено»), or a finite plural with no
    subject at all («задержали 14 нарушителей»)."""
    if g.is_passive(verb):
        return not g.agents(verb)
    finite = "Fin" in verb.morph.get("VerbForm") and "Plur" in verb.morph.get("Number")
    return finite and not g.subjects(verb) and not g.is_(verb, "open_complement", "conjunct")


def reporting_body(g, verb, quotes, at) -> EventActor | None:
    """The institution whose report holds an act with no doer of its own
    (see the module's doc), as a party; None when there is none, or when
    the act took place in another state («В Киргизии задержаны …, сообщили
    в МИД Таджикистана»: not Tajikistan's act)."""
    if not unsaid_doer(g, verb):
        return None
    q = next((q for q in quotes if q.start <= verb.idx < q.end), None)
    sp = q.speaker if q is not None else None
    if sp is None or sp.name or not sp.code:
        return None
    places = [  # «в Киргизии» (where), not «в Узбекистан» (whither: the recipient)
        at[n.i]
        for w, _c, n in g.prep_args(verb)
        if w == "в" and n.i in at and at[n.i].kind == "state" and "Acc" not in n.morph.get("Case")
    ]
    if any(p.country != sp.country for p in places):
        return None
    sector = sp.code[len(sp.country) :] if sp.country and sp.code.startswith(sp.country) else None
    return EventActor(sp.start, sp.end, sp.text, sp.code, sp.country, sp.org, sector or None)


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
