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
    if actor is None:
        return None
    withs = [party(n) for w, _c, n in g.prep_args(noun) if w == "с"]
    withs += [party(n) for w, _c, n in g.prep_args(owners[0]) if w == "с"]  # «встречи Лаврова с Байрамовым»
    others = [p for p in partners(owners[0], actor) + withs if p is not None and p.code != actor.code]
    return (actor, others[0]) if others else None
