"""Deliveries a contract promises (accord.ru.events): «Армения и Индия
подписали контракт на поставку армянской армии зенитных комплексов»,
«Египет и Россия заключили соглашение о поставках Египту …». A signed
document (the object of a signing act, CAMEO 057) on a delivery noun
(``supply_nouns``: its value is the verb whose trigger rows code the goods)
whose receiver is one of the two signatories is the other signatory's
promise to deliver to that signatory: AID (or the economic act the goods make it) with
future, which PLOVER's rule on moods makes AGREE. The receiver is a bare
noun below the delivery noun (a dative «Египту», or «армянской армии»)
that codes to a signatory's state; the promise is to the signatory as the
contract names it (the state, not its army)."""

from __future__ import annotations

from . import lexicon as lx


def _token(doc, span):
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return found.root if found is not None else None


def _supply(g, verb):
    """(delivery noun, its verb lemma) on the document the verb signs, or None."""
    nouns = lx.event_map("supply_nouns")
    for obj in g.children(verb, "object", "passive_subject"):
        for _w, _c, n in g.prep_args(obj):
            if lx.lemma(n) in nouns:
                return n, nouns[lx.lemma(n)]
    return None


def _row(noun, verb_lemma):
    """The trigger row of the delivery verb that the goods below the noun
    match (arms: 072, energy: 061), else its first row."""
    rows = lx.triggers().get(verb_lemma, [])
    goods = {lx.lemma(c) for c in noun.children}
    hit = next((r for r in rows if goods & set(r["args"].split(","))), None)
    return hit or (rows[0] if rows else None)


def contract_supplies(g, doc, out, party) -> list[tuple]:
    """(verb, row, supplier, receiver) of each delivery a signed contract in
    ``out`` promises (see the module's doc); ``party`` codes a word."""
    found = []
    for e in out:
        a, r = e.actor, e.recipient
        if e.cameo != "057" or a is None or r is None or not a.country or not r.country or a.country == r.country:
            continue
        verb = _token(doc, e.trigger)
        supply = _supply(g, verb) if verb is not None else None
        if supply is None:
            continue
        noun, verb_lemma = supply
        for c in noun.children:
            p = party(c) if g.child(c, "case") is None else None
            if p is None or p.country not in (a.country, r.country):
                continue
            row = _row(noun, verb_lemma)
            if row is not None:
                found.append((verb, row, r, a) if p.country == a.country else (verb, row, a, r))
            break
    return found


def supply_subject(g, verb, arg):
    """The delivery noun the trigger's row matched, when it is the verb's own
    subject («Поставки комплексов начнутся»), else None."""
    if arg is None or lx.lemma(arg) not in lx.event_map("supply_nouns"):
        return None
    return arg if any(s.i == arg.i for s in g.subjects(verb, agents=False)) else None


def supply_pairs(g, verb, noun, party, body, pair) -> list[tuple]:
    """(supplier, receiver) of a delivery told as the subject of a phase
    verb: the receiver is a bare noun below the delivery noun that reads as
    a dative («Поставки комплексов Индии начнутся»); the supplier is the
    institution whose report tells it (``body``: «сообщили в
    Рособоронэкспорте»), else the other state of the last act of two states
    (``pair``: the contract signed before it) when the receiver is one of
    them; [] when either is unknown."""
    from .event_parties import dative_below

    cands = dative_below(g, noun) + [
        d for t in [verb, noun, *g.children(noun, "noun_modifier")] for d in g.children(t, "dative")
    ]
    receiver = next((p for p in (party(c) for c in cands) if p is not None and p.country), None)
    if receiver is None:
        return []
    if body is not None and body.country and body.country != receiver.country:
        return [(body, receiver)]
    sides = [pair.actor, pair.recipient] if pair is not None else []
    if any(s.country == receiver.country for s in sides):
        other = next(s for s in sides if s.country != receiver.country)
        return [(other, receiver)]
    return []
