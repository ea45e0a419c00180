"""The states that send units to an exercise told before: its participants.

News opens a multinational exercise with its host and an unnamed group of
guests ("A began a two-week exercise with troops from four allies") and names
the guests in the sentences after it, each by what it sent ("B has sent a
battalion and C an artillery battery. D contributed a company. E, whose
brigade in F ..., sent engineers"). Each state that sends or contributes
units (``contribution_verbs``) in the few sentences after the exercise
(``CHAIN_SENTENCES`` from the exercise, from a sentence that names it again,
or from the last contribution) with no destination of its own, and not in
conflict with the host in the article, takes part in it: the exercise is the host's with each of them, and, where they are few
(``JOINT_GUESTS``), theirs with each other (#16 convention for a joint
exercise of a few named states). A gapped clause ("B has sent a battalion and
C an artillery battery") names a contributor as a conjunct of the object.

The sending itself is that participation, not an act of its own toward a party
of the sentence ("B has sent a battalion and C a battery" is not B -> C; "E,
whose brigade in F ..., sent engineers" is not E -> F), and once its members are
named the exercise is no longer with the group that stood for them ("with troops
from four NATO allies": not A -> NATO).
"""

from __future__ import annotations

import copy

from ..actors import mentions_in
from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import party_of
from .parties import party_words

#: how many sentences after the exercise, or after a sentence that joins it, a contribution is looked for
CHAIN_SENTENCES = 2
#: fewer participants than this: a joint exercise of a few states, paired among themselves
JOINT_GUESTS = 6


def _exercise(doc, e: Event) -> bool:
    """A factual joint act whose trigger, or the trigger's object, is an exercise noun."""
    if e.type != "COOPERATE" or e.negated or e.hypothetical or e.actor is None or not e.actor.country:
        return False
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[-1]
    nouns = W.words("exercise_nouns")
    return tok.lower_ in nouns or any(o.lower_ in nouns for o in grammar(doc).children(tok, "object"))


def _state_at(doc, tok):
    lo = tok.idx
    for m in mentions_in(doc, lo, lo + len(tok)):
        if m.code and m.country and m.kind in ("state", "org", "person", "location"):
            return m
    return None


def _names_exercise_again(sent) -> bool:
    nouns = W.words("exercise_nouns")
    dets = W.words("definite_determiners")
    return any(t.lower_ in nouns and any(c.lower_ in dets for c in t.children) for t in sent)


def _destined(doc, v, host: str) -> bool:
    """Does the verb send its units somewhere else than the exercise or the
    host's land ('sent troops to Mali', 'deployed troops to the border')?"""
    g = grammar(doc)
    for p in g.children(v, "prep", "dative"):
        if p.lower_ not in party_words("destination_preps"):
            continue
        for o in g.children(p, "prep_object"):
            if o.lemma_.lower() in W.words("exercise_nouns") or o.lower_ in W.words("exercise_nouns"):
                continue
            m = _state_at(doc, o)
            if m is None or m.country != host:
                return True
    return False


def _unsure(v) -> bool:
    """A sending that is only to come, may come or did not ('will send', 'did not send')."""
    g = grammar(v)
    aux = W.words("future_aux") | W.words("hypothetical_aux")
    return g.has_child(v, "negation") or any(c.lower_ in aux for c in g.children(v, "aux"))


def contributions(doc, sent, host: str) -> list[tuple[object, EventActor]]:
    """(verb, contributor) of each state that sends units in ``sent``."""
    g = grammar(doc)
    out = []
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in party_words("contribution_verbs") or _unsure(v):
            continue
        if _destined(doc, v, host):
            continue
        heads = []
        s = g.child(v, "subject")
        if s is not None:
            heads += [s] + list(s.conjuncts)
        for o in g.children(v, "object"):
            heads += [c for c in o.conjuncts if c.pos_ == "PROPN"]  # the gapped "and C a battery"
        for h in heads:
            m = _state_at(doc, h)
            if m is not None and m.country != host:
                out.append((v, EventActor.of(m)))
    return out


def _joined(doc, ex: Event, sents: list, index: dict) -> list[tuple[object, EventActor]]:
    si = index.get(ex.sentence["start"])
    if si is None:
        return []
    last, found = si, []
    for j in range(si + 1, len(sents)):
        if j - last > CHAIN_SENTENCES:
            break
        got = contributions(doc, sents[j], ex.actor.country)
        if got or _names_exercise_again(sents[j]):
            last = j
        found += got
    return found


def _rivals(events: list[Event], host: str) -> set:
    """The parties in conflict with the host in the article: what they send is no contribution
    ("Russia dispatched warships in response")."""
    out = set()
    for e in events:
        if not (e.quad or "").endswith("conflict") or e.actor is None or e.recipient is None:
            continue
        if e.recipient.country == host:
            out.add(party_of(e.actor))
        if e.actor.country == host:
            out.add(party_of(e.recipient))
    return out


def _sentence_of(tok) -> dict:
    return {"start": tok.sent.start_char, "end": tok.sent.end_char}


def exercise_contributors(doc, events: list[Event]) -> list[Event]:
    """The events with each exercise's contributors as its parties (see module doc)."""
    from .coref import retold  # (coref reads this module)

    sents = list(doc.sents)
    index = {s.start_char: i for i, s in enumerate(sents)}
    added, drop_verbs, drop_events = [], set(), set()
    for ex in events:
        if not _exercise(doc, ex):
            continue
        found = _joined(doc, ex, sents, index)
        rivals = _rivals(events, ex.actor.country)
        parts = list({party_of(c): (v, c) for v, c in found if party_of(c) not in rivals}.values())
        if not parts:
            continue
        if ex.recipient is None or not ex.recipient.country:  # (none, or the group that stood for them)
            drop_events.add(id(ex))
        for v, c in parts:
            drop_verbs.add((v.idx, party_of(c)))
            n = retold(ex, ex.actor, c)
            n.evidence = sorted([ex.sentence, _sentence_of(v)], key=lambda s: s["start"])
            added.append(n)
        if len(parts) < JOINT_GUESTS - 1:
            for i, (_v, x) in enumerate(parts):
                for w, y in parts[i + 1 :]:
                    n = retold(ex, copy.copy(x), copy.copy(y))
                    n.evidence = [_sentence_of(w)]
                    added.append(n)
    if not added:
        return events
    kept = [e for e in events if id(e) not in drop_events and (e.trigger.start, party_of(e.actor)) not in drop_verbs]
    return sorted(kept + added, key=lambda e: (e.sentence["start"], e.trigger.start))
