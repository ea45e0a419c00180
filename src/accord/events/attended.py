"""An act attended at the gathering told just before: "Observers from A, B
and C are also attending."

News tells a gathering (an exercise, a meeting) and then who else came to
it, with a verb of attendance and no object or ``in`` phrase of its own
("attending", "observing", "taking part", ``attendance_verbs``) whose
subject is a noun with ``from`` parts naming states ("Observers from A, B and
C", "delegations from A and B"). The parse gives that act as the named
states toward each other; a reader takes it as each of them at the
gathering: the act is each named party's toward the gathering's host (#16
convention for a hosted exercise or meeting, as :func:`accord.events.coref.link_hosts`
gives a hosted gathering with each party that joins it).

The gathering is the latest factual COOPERATE or CONSULT event with a coded
actor in the same sentence before the act or in the ``GATHERING_SENTENCES``
sentences before it. Its host: the actor of a gathering told with a host
verb ("hosted", "organised"); an organisation that holds it; the party of
the state it is held in ("at a range in A's B region"), where that is one of
its parties; the one party its acts all start from ("A led drills with B and
C"); its only party. With none of these the act stays as it was.

Units named in an ``alongside`` phrase of a joining act ("India sent troops
to Russia's Vostok exercise, alongside units from A, B and C":
``guest_preps``) are guests of the same gathering: each of them with the
gathering's owner, the party the act's recipient phrase names as the
exercise's possessor (A -> Russia, ...), as the act's own party is.

A guest told with an attendance verb and an adverb of addition alone ("UN
Secretary-General Guterres also attended": ``addition_advs``), no object, no
``in`` phrase and no negation, after a hosted gathering (within
``GATHERING_SENTENCES``) is one more party of it: the gathering's act is
given between the guest and its host, told by that sentence.
"""

from __future__ import annotations

import bisect
import copy

from ..record import Event, EventActor, Span
from ..syntax import grammar
from . import words as W
from .coref import coded_starting_in, party_of, retold
from .coref import party_or_code as _key
from .coref import trigger_token as _token
from .parties import party_words

#: how many sentences before the act its gathering may be told
GATHERING_SENTENCES = 3
#: the event types of a gathering (drills, meetings)
GATHERING_TYPES = ("COOPERATE", "CONSULT")
#: the confidence of an attendance now that its counterpart is known
ATTENDED_CONFIDENCE = 0.45


def _from_subject(tok):
    """The subject of an intransitive attendance verb that has ``from`` parts
    ("Observers from A and B are attending"), as a character range, else None."""
    g = grammar(tok)
    lemma = tok.lemma_.lower()
    if lemma not in W.words("attendance_verbs"):
        return None
    objs = g.children(tok, "object")
    if lemma == "take" and [o.lemma_.lower() for o in objs] != ["part"]:
        return None
    if lemma != "take" and objs:
        return None
    heads = [tok] + objs
    if any(p.lower_ in ("in", "at") for h in heads for p in g.children(h, "prep")):
        return None  # its own gathering named ("take part in the CSTO's drills"): not this rule
    for s in g.children(tok, "subject"):
        if s.pos_ == "NOUN" and any(p.lower_ == "from" for p in g.children(s, "prep")):
            return s.left_edge.idx, s.right_edge.idx + len(s.right_edge)
    return None


def _place_party(doc, e: Event, parties: dict):
    """The party of the state the gathering is held in, where it is one of its parties."""
    loc = e.location
    if loc is not None and loc.country and not loc.inferred and loc.country in parties:
        return parties[loc.country]
    s = e.sentence
    for m in doc._.mentions or []:
        if e.trigger.end <= m.start < s["end"] and m.kind == "location" and m.country in parties:
            return parties[m.country]
    return None


def _host(doc, gathering: list[Event]):
    """The host of a gathering (its events of one trigger; see module doc), else None."""
    e = next((o for o in gathering if o.actor is not None), None)
    if e is None:
        return None
    tok = _token(doc, e)
    if tok is not None and tok.lemma_.lower() in W.words("host_verbs"):
        return e.actor
    if e.actor.org and not e.actor.country:
        return e.actor
    parties: dict = {}
    for o in gathering:
        for p in (o.actor, o.recipient):
            if _key(p):
                parties.setdefault(_key(p), p)
    place = _place_party(doc, e, parties)
    if place is not None:
        return place
    starts = {_key(o.actor) for o in gathering}
    if len(starts) == 1:
        return e.actor
    return None


def _gathering(doc, act: Event, before: list[Event], starts: list[int]) -> list[Event]:
    """The events of the latest gathering's trigger before ``act`` (see module doc)."""
    here = bisect.bisect_right(starts, act.sentence["start"]) - 1
    for e in reversed(before):
        if bisect.bisect_right(starts, e.sentence["start"]) - 1 < here - GATHERING_SENTENCES:
            return []
        if e.type in GATHERING_TYPES and not (e.negated or e.hypothetical) and _key(e.actor):
            return [o for o in before if o.trigger.start == e.trigger.start]
    return []


def _as_attended(acts: list[Event], span, host) -> list[Event]:
    """Each party named in the subject's range toward the host, once."""
    lo, hi = span
    out, seen = [], {_key(host)}
    for e in acts:
        for p in (e.actor, e.recipient):
            k = _key(p)
            if k is None or k in seen or not (lo <= p.start and p.end <= hi):
                continue
            seen.add(k)
            out.append(retold(e, copy.copy(p), copy.copy(host), ATTENDED_CONFIDENCE))
    return out


def _owner(doc, e: Event, g):
    """The coded party an act's recipient names as the owner of an exercise
    ("to Russia's Vostok exercise": Russia), else None."""
    r = e.recipient
    if r is None or not _key(r) or e.actor is None or not _key(e.actor):
        return None
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for t in span:
        if g.is_(t, "possessor") and t.head.lemma_.lower() in W.words("exercise_nouns"):
            return r
    return None


def _guests(doc, tok, g, skip: set) -> list:
    """The coded parties named in the trigger's ``guest_preps`` phrases, less ``skip``."""

    out, seen = [], set(skip)
    for p in g.children(tok, "prep"):
        if p.lower_ not in party_words("guest_preps"):
            continue
        lo, hi = p.idx, p.right_edge.idx + len(p.right_edge)
        for m in coded_starting_in(doc, lo, hi):
            if party_of(m) not in seen:
                seen.add(party_of(m))
                out.append(EventActor.of(m))
    return out


def with_guests(events: list[Event], doc) -> list[Event]:
    """The events, each joining act's ``alongside`` guests given with the
    gathering's owner (see module doc)."""
    if doc is None:
        return events
    g = grammar(doc)
    out: list[Event] = []
    for e in events:
        out.append(e)
        if e.type not in GATHERING_TYPES or e.negated or e.hypothetical:
            continue
        host = _owner(doc, e, g)
        tok = _token(doc, e) if host is not None else None
        if tok is None:
            continue
        for guest in _guests(doc, tok, g, {_key(host), _key(e.actor)}):
            out.append(retold(e, guest, copy.copy(host), ATTENDED_CONFIDENCE))
    return out


def _added_guest(doc, tok, g):
    """The coded mention of the subject of "X also attended" (see module doc), else None."""

    if tok.lemma_.lower() not in W.words("attendance_verbs") or g.children(tok, "object"):
        return None
    if not any(c.lower_ in party_words("addition_advs") for c in tok.children if c.i < tok.i):
        return None
    if g.has_child(tok, "negation") or any(p.lower_ in ("in", "at") for p in g.children(tok, "prep")):
        return None
    s = g.child(tok, "subject")
    if s is None:
        return None
    lo, hi = s.left_edge.idx, s.right_edge.idx + len(s.right_edge)
    return next(iter(coded_starting_in(doc, lo, hi)), None)


def added_guests(events: list[Event], doc) -> list[Event]:
    """The events and, for each "X also attended" after a hosted gathering,
    that gathering's act between X and its host (see module doc)."""
    if doc is None:
        return events
    g = grammar(doc)
    events = sorted(events, key=lambda e: (e.sentence["start"], e.trigger.start))
    starts = [s.start_char for s in doc.sents]
    out = list(events)
    for sent in doc.sents:
        for tok in sent:
            m = _added_guest(doc, tok, g) if tok.pos_ == "VERB" else None
            if m is None:
                continue
            s = {"start": sent.start_char, "end": sent.end_char}
            probe = Event("CONSULT", Span(tok.idx, tok.idx + len(tok.text), tok.text), s)
            before = [e for e in events if e.sentence["start"] < s["start"]]
            gathering = _gathering(doc, probe, before, starts)
            host = _host(doc, gathering) if gathering else None
            guest = EventActor.of(m)
            if host is None or _key(host) == _key(guest):
                continue
            n = retold(gathering[0], guest, copy.copy(host), ATTENDED_CONFIDENCE)
            n.trigger, n.sentence, n.evidence = probe.trigger, s, [dict(s)]
            out.append(n)
    return out


def attended_acts(events: list[Event], doc) -> list[Event]:
    """The events, each attendance at the gathering before it given as its
    named parties toward the gathering's host (see module doc)."""
    if doc is None:
        return events
    events = sorted(events, key=lambda e: (e.sentence["start"], e.trigger.start))
    starts = [s.start_char for s in doc.sents]
    out: list[Event] = []
    i = 0
    while i < len(events):
        e = events[i]
        j = i
        while j < len(events) and events[j].trigger.start == e.trigger.start:
            j += 1
        acts, i = events[i:j], j
        tok = _token(doc, e)
        span = _from_subject(tok) if tok is not None and not e.negated else None
        gathering = _gathering(doc, e, out, starts) if span is not None else []
        host = _host(doc, gathering) if gathering else None
        new = _as_attended(acts, span, host) if host is not None else []
        out.extend(new or acts)
    return added_guests(with_guests(out, doc), doc)
