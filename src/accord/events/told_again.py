"""An event told again with fewer parties is that event (#16, event
coreference beside :mod:`accord.events.coref`).

An article names a dyad once in full and then again in part: "Washington
imposed sanctions on the bank ... the sanctions, which Washington imposed on
Wednesday", "Turkey delivered drones to Kyrgyzstan ... the drones were handed
over at the air base". A factual event whose recipient has no code, of the
same category and actor as an event of the article that has a coded recipient
(or whose actor has no code, of the same category and recipient as one with a
coded actor), is the same event told with less; so is one whose recipient is
its actor's own party beside one toward another ("Tokayev thanked ...
Kazakhstan" beside "Tokayev thanked the allies"): a target misread from its
own side. (An act with no recipient told by another word of the full event's
own sentence is an act of its own: "admitted X and adopted a declaration".) Such an event is not given again; its
sentence joins the full event's ``evidence``, and its date and place go to the
full event where that has none. Hypothetical and negated events
are statements of their own and stay.

In a mutual act (``mutual_acts`` in ``data/factuality_en.tsv``: meetings, joint drills) a party
named alone is the party of the act told in full with it on either side
("the two ministers met ... Kazakhstan's secretary opened the meeting").
An event none of whose parties has a code ("about 300 servicemen took part
in the drills", "the exercise opened on Friday"), told after an event of its
category with coded parties, is a detail of that event told again: it adds no
dyad of its own.

"B made a similar statement", "a similar statement was made by B and C"
(:func:`similar_statements`): the speech acts of the statement told just
before, each given again with each new author as its actor.
"""

from __future__ import annotations

import copy

from ..record import Event, EventActor, Span
from ..syntax import grammar
from . import words as W
from .coref import assign_ids, coded_starting_in
from .flags import own_words

#: how many sentences back "a similar statement" looks for the statement it repeats
SIMILAR_SENTENCES = 3


def party_key(a) -> frozenset:
    """A party's codes as event data counts them: its country and its organisation
    (an official of a state is the state); empty for a party with neither."""
    if a is None:
        return frozenset()
    return frozenset(k for k in (a.country, "IGO" + a.org if a.org else None) if k)


def _factual(e: Event) -> bool:
    return not (e.hypothetical or e.negated)


def _add_evidence(e: Event, spans: list) -> None:
    for s in spans:
        if s not in e.evidence:
            e.evidence.append(s)
    e.evidence.sort(key=lambda x: x["start"])


def _lend(e: Event, full: Event) -> None:
    """The part-told event lends its date and place where the full one has none
    (a date read from the article's words, not the publication date)."""
    if e.date_text and not full.date_text:
        full.date, full.date_end, full.date_text = e.date, e.date_end, e.date_text
        full.date_precision, full.historical = e.date_precision, e.historical
    if full.location is None and e.location is not None:
        full.location = e.location


def _another_act_beside(e: Event, full: Event) -> bool:
    """Is ``e`` told by another word of the full event's own sentence ("admitted
    X as a member and adopted a declaration")? The sentence tells two acts: one
    with no recipient is no part-telling of the other."""
    return e.sentence["start"] == full.sentence["start"] and e.trigger.start != full.trigger.start


def _full_event(e: Event, by_actor: dict, by_recipient: dict, first: dict) -> Event | None:
    """The event ``e`` tells again with fewer parties, or None (see module doc)."""
    if not _factual(e):
        return None
    a, r = party_key(e.actor), party_key(e.recipient)
    if a and (not r or r == a):
        full = by_actor.get((e.type, a))
        if full is None and not r and e.type in own_words("mutual_acts"):
            full = by_recipient.get((e.type, a))  # a mutual act told in full from the other side
        return None if full is not None and not r and _another_act_beside(e, full) else full
    if r and not a:
        return by_recipient.get((e.type, r))
    if not a and not r:
        full = first.get(e.type)
        return full if full is not None and full.sentence["start"] <= e.sentence["start"] else None
    return None


def _headline_short(e: Event, headlines: frozenset, by_party: dict) -> Event | None:
    """The body's event that a headline's act with no other party tells short
    ("France delivers radars to Armenia; Baku protests" beside "Baku objected to
    the deliveries to Yerevan"): the first factual event of the body with the
    same actor and a coded recipient, of any category (a headline words the act
    loosely), or None."""
    if e.sentence["start"] not in headlines or not _factual(e):
        return None
    a, r = party_key(e.actor), party_key(e.recipient)
    if not a or (r and r != a):
        return None
    return by_party.get(a)


def _headline_self(e: Event, headlines: frozenset) -> bool:
    """A headline's act of a party toward its own side ("Baku sends
    observers" read as aid to Baku) other than an act at home (``home_acts``:
    rallies, arrests): a terse line misread, no event."""
    a = party_key(e.actor)
    return (
        e.sentence["start"] in headlines
        and bool(a)
        and party_key(e.recipient) == a
        and e.type not in W.categories("home_acts")
    )


def drop_told_again(events: list[Event], headlines: frozenset = frozenset()) -> list[Event]:
    """The events without those told again with fewer parties (see module
    doc), ids renumbered; the full event keeps their sentences as evidence.
    ``headlines``: the start offsets of the article's headline lines, whose acts
    with no other party are told in full by the body (:func:`_headline_short`)."""
    by_actor: dict = {}
    by_recipient: dict = {}
    first: dict = {}
    by_party: dict = {}
    for e in events:
        a, r = party_key(e.actor), party_key(e.recipient)
        if _factual(e) and a and r and r != a:
            by_actor.setdefault((e.type, a), e)
            by_recipient.setdefault((e.type, r), e)
            first.setdefault(e.type, e)
            if e.sentence["start"] not in headlines:
                by_party.setdefault(a, e)
    out = []
    for e in events:
        if _headline_self(e, headlines):
            continue
        full = _full_event(e, by_actor, by_recipient, first) or _headline_short(e, headlines, by_party)
        if full is None or full is e:
            out.append(e)
            continue
        _add_evidence(full, [{"start": e.sentence["start"], "end": e.sentence["end"]}, *e.evidence])
        if party_key(e.actor) or party_key(e.recipient):
            _lend(e, full)  # (a nameless event may be another one: it lends no date or place)
    if len(out) < len(events):
        assign_ids(out)
    return out


def _partnerless(e: Event) -> bool:
    return not party_key(e.recipient) and e.type in W.categories("partner_acts")


def without_partnerless(events: list[Event]) -> list[Event]:
    """The events without the acts done for or with another party
    (``partner_acts``: aid, cooperation) that name no other party with a code
    ("Kazakhstan contributed staff officers") in an article that tells such an
    act in full (the drills the officers are sent to): a part of that act, no
    event of its own. Ids renumbered."""
    told = any(e.type in W.categories("partner_acts") and party_key(e.actor) and party_key(e.recipient) for e in events)
    kept = [e for e in events if not (told and _partnerless(e))]
    if len(kept) < len(events):
        assign_ids(kept)
    return kept


def _similar_noun(sent):
    """The noun of "a similar statement", "the same position"
    (``similar_statement_nouns`` with an adjective of ``similar_words``) in a sentence, or None."""
    g = grammar(sent)
    for t in sent:
        if t.pos_ == "NOUN" and t.lemma_.lower() in W.words("similar_statement_nouns"):
            if any(a.lower_ in W.words("similar_words") for a in g.children(t, "adjective")):
                return t
    return None


def _similar_authors(doc, noun) -> list:
    """The coded parties who made "a similar statement": the agent of its
    passive verb ("was made by the ministries of A and B") or the subject of
    the verb it is the object of ("B made a similar statement")."""
    g = grammar(doc)
    v = noun.head
    if v.i == noun.i:
        return []
    if g.is_(noun, "passive_subject"):
        spans = [a for a in g.children(v, "agent")]
    elif g.is_(noun, "object"):
        spans = g.children(v, "subject")
    else:
        return []
    found = {}
    for s in spans:
        for m in coded_starting_in(doc, s.left_edge.idx, s.right_edge.idx + len(s.right_edge)):
            found.setdefault(party_key(m), m)
    return list(found.values())


def _said_before(events: list[Event], start: int, index: dict, new: set) -> list[Event]:
    """The factual speech acts (verbal quads) of the latest sentence within
    ``SIMILAR_SENTENCES`` before ``start`` that tells any by a party not among ``new``."""
    si = index.get(start, 0)
    best = None
    for e in reversed(events):
        s = e.sentence["start"]
        if s >= start or not _factual(e) or not (e.quad or "").startswith("verbal"):
            continue
        if si - index.get(s, 0) > SIMILAR_SENTENCES or (best is not None and s != best):
            break
        if party_key(e.actor) and party_key(e.actor) not in new:
            best = s
    return [
        e
        for e in events
        if best is not None
        and e.sentence["start"] == best
        and _factual(e)
        and (e.quad or "").startswith("verbal")
        and party_key(e.actor)
    ]


def similar_statements(doc, events: list[Event]) -> None:
    """ "B made a similar statement", "a similar statement was made by the
    ministries of B and C": each speech act of the statement told just before
    is given again with each new author as its actor (the recipient kept), in
    place; ``events`` in document order."""
    from .coref import sentence_numbers

    index = None
    for sent in doc.sents:
        noun = _similar_noun(sent)
        authors = _similar_authors(doc, noun) if noun is not None else []
        if not authors:
            continue
        index = index or sentence_numbers(doc)
        said = _said_before(events, sent.start_char, index, {party_key(m) for m in authors})
        have = {(e.type, party_key(e.actor), party_key(e.recipient)) for e in events}
        for m in authors:
            for e in said:
                if party_key(m) == party_key(e.recipient) or (e.type, party_key(m), party_key(e.recipient)) in have:
                    continue
                n = copy.deepcopy(e)
                n.actor = EventActor.of(m)
                n.trigger = Span(noun.idx, noun.idx + len(noun), noun.text)
                n.sentence = {"start": sent.start_char, "end": sent.end_char}
                n.evidence, n.id, n.quote = [], None, None
                have.add((n.type, party_key(m), party_key(n.recipient)))
                events.append(n)
    events.sort(key=lambda e: (e.sentence["start"], e.trigger.start))
