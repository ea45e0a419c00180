"""Meetings told as a noun (accord.ru.events): «в ходе переговоров министров
обороны Казахстана и Узбекистана», «по итогам встречи Лаврова с
Байрамовым», «на встрече президентов России и Китая», «после переговоров
глав МИД». A meeting noun (``meeting_nouns`` in ``lang/ru/events/words.tsv``)
that frames another act — under «в ходе», «по итогам», «в рамках», «во
время» (``meeting_frames``) or with «на», «после» (``meeting_preps``) — took
place; its genitive owners, with their partners or a «с» partner, are its
two parties. A meeting still ahead («в ходе предстоящих переговоров»:
``meeting_pending``) is not coded."""

from __future__ import annotations

from . import lexicon as lx
from .event_subjects import subject


def _framed(g, noun) -> bool:
    case = g.child(noun, "case")
    if case is not None:  # «в ходе» parsed as one preposition: «в» with «ходе» fixed to it
        phrase = " ".join(lx.lemma(t) for t in [case, *(c for c in case.children if c.dep_ == "fixed")])
        return phrase in lx.event_map("meeting_preps")
    head = noun.head
    framed = head.i != noun.i and lx.lemma(head) in lx.event_map("meeting_frames") and g.child(head, "case") is not None
    return framed and g.is_(noun, "noun_modifier")


def nominal_meeting(g, noun, party, partners) -> tuple | None:
    """(actor, recipient) of a meeting the noun tells (see the module's doc),
    or None; ``party`` codes a word, ``partners`` gives the other parties
    of a word for the first (:func:`accord.ru.events._partners`)."""
    if lx.lemma(noun) not in lx.event_map("meeting_nouns") or not _framed(g, noun):
        return None
    if any(lx.lemma(a) in lx.event_map("meeting_pending") for a in g.children(noun, "adjective")):
        return None
    owners = [c for c in g.children(noun, "noun_modifier") if g.child(c, "case") is None]
    actor = party(owners[0]) if owners else None
    if actor is None and not owners:  # «заявил X по итогам переговоров с Y»: X met Y
        return _doer_with(g, noun, party)
    if actor is None:
        return None
    withs = [party(n) for w, _c, n in g.prep_args(noun) if w == "с"]
    withs += [party(n) for w, _c, n in g.prep_args(owners[0]) if w == "с"]  # «встречи Лаврова с Байрамовым»
    others = [p for p in partners(owners[0], actor) + withs if p is not None and p.code != actor.code]
    return (actor, others[0]) if others else None


def _doer_with(g, noun, party) -> tuple | None:
    """(doer, partner) of a meeting noun with a «с» partner and no owner,
    framing the act of a verb («заявил по итогам переговоров с министром
    обороны Индии»): the verb's doer met the partner."""
    withs = [p for p in (party(n) for w, _c, n in g.prep_args(noun) if w == "с") if p is not None]
    verb = noun.head
    for _ in range(2):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if not withs or verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = subject(g, verb)
    doer = party(subj) if subj is not None else None
    sayers = [party(s) for c in verb.children if c.dep_ == "parataxis" for s in g.subjects(c, agents=False)]
    said = next((p for p in sayers if p is not None and doer is not None and p.country == doer.country), None)
    doer = said or doer  # «Россия завершит поставки, заявил директор ФСВТС по итогам переговоров с …»: he met
    if doer is None or (doer.country or doer.org) == (withs[0].country or withs[0].org):
        return None
    return doer, withs[0]
