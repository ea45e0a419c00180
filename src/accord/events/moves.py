"""Where a move of forces goes or comes from when it names no state.

* A withdrawal whose ``from`` / ``out of`` phrase names a coded place
  ("pulled its forces out of the Bagram air base") leaves that place's
  state: it is the recipient, where no coded one was found (CAMEO codes a
  withdrawal toward the place left).
* A deployment to a frontier that names no state ("Poland has deployed
  15,000 soldiers to the border": ``frontier_nouns``) and a withdrawal that
  names no place ("the withdrawal of US and NATO troops") are about the
  article's news: the state across that border, the place those troops
  leave, is the party of the article's lead event other than the mover (its
  recipient first: the place the news happens to). The move's sentence names
  no other coded party than the movers and that one.

* A move whose recipient is the thing it moves, its verb's object ("withdrew
  peacekeepers from X", "Russia began withdrawing its troops from X", "sent
  troops into X": ``moved_thing_types``), goes to or leaves the coded place its
  ``from`` / ``to`` phrase names: that place's state is the recipient, not the
  units (one's own, or coded by the place they are in). A place of the
  mover's own state is no other party.
* Units or help sent to a body of forces on a mission in a place ("sending
  troops to the UN peacekeeping force in X", "agreed to an expansion of its
  peacekeeping force in X": ``mission_nouns``) go to the state the mission is
  in: where the recipient is such a mission with an ``in`` phrase naming a
  coded place, that place's state is the recipient (the body, or the place's
  forces it was coded as, is only the vehicle). An attack on the mission
  (``dyad_conflict_types``) keeps it, and so does an act toward a third
  state's force or operation ("condemned A's operation in X").

* A withdrawal by a party named without a state to a coded place ("the
  attackers retreated to the Afghan bank") is that place's side going home,
  toward its counterpart in the events told before, not an act on the place.

The types (``unplaced_move_types``, ``withdrawal_types``, ``moved_thing_types``)
and words are in ``events/data/party_words.tsv``.
"""

from __future__ import annotations

import copy

from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import coded_starting_in, lead_event, party_of, trigger_token
from .parties import party_words


def _phrases(tok, g, preps: frozenset) -> list:
    """The nouns of the trigger's phrases of ``preps`` ("out of": the ``of`` under ``out``)."""
    out = []
    for p in g.children(tok, "prep", "dative"):  # ("send observers to X": the parser's dative "to")
        if p.pos_ != "ADP":
            continue
        words = [p.lower_]
        words += [f"{p.lower_} {c.lower_}" for c in g.children(p, "prep")]
        if any(w in preps for w in words):
            out += g.children(p, "prep_object")
            for c in g.children(p, "prep"):
                out += g.children(c, "prep_object")
    return out


def _coded_in(doc, head) -> EventActor | None:
    """The first coded state or body named in ``head``'s phrase."""
    coded = coded_starting_in(doc, head.left_edge.idx, head.right_edge.idx + len(head.right_edge))
    return EventActor.of(coded[0]) if coded else None


def _candidate(e: Event) -> bool:
    """A factual move of the types above with a coded actor and no coded recipient."""
    if e.type not in party_words("unplaced_move_types") or e.negated or e.hypothetical:
        return False
    return e.actor is not None and bool(party_of(e.actor)) and (e.recipient is None or not party_of(e.recipient))


def _bare_frontier(doc, head) -> bool:
    """ "the border": a definite frontier noun whose phrase names no one."""
    if head.lemma_.lower() not in party_words("frontier_nouns"):
        return False
    if not any(c.i < head.i and c.lower_ in W.words("definite_determiners") for c in head.children):
        return False
    return _coded_in(doc, head) is None and not any(c.i > head.i for c in head.children)


def _unplaced(doc, e: Event, tok, g) -> bool:
    """Does the move name no place of its own: a deployment to "the border",
    a withdrawal with no from/out-of phrase and no place after it?"""
    if e.type in party_words("withdrawal_types"):
        if _phrases(tok, g, party_words("origin_preps")):
            return False
        return not any(g.is_(c, "prep") for c in tok.children if c.i > tok.i and c.lower_ != "of")
    dest = _phrases(tok, g, party_words("destination_preps"))
    return len(dest) == 1 and _bare_frontier(doc, dest[0])


def _others_in_sentence(doc, e: Event, movers: set) -> set:
    """The coded parties the move's sentence names beside its movers."""
    s, t = e.sentence["start"], e.sentence["end"]
    return {party_of(m) for m in coded_starting_in(doc, s, t)} - movers


#: mention kinds of a place
PLACE_KINDS = ("state", "location")


def _is_place(m) -> bool:
    """A place or state: a mention of a place kind, or one coded as a bare state
    (no sector, no organisation: the tagger may take "South Sudan" for a name)."""
    return m.kind in PLACE_KINDS or bool(m.country and not m.org and not m.sector)


def _moves_its_object(e: Event, tok, g) -> bool:
    """A factual move (``moved_thing_types``) whose recipient is named in its verb's object."""
    if e.type not in party_words("moved_thing_types") or e.negated or e.hypothetical or e.recipient is None:
        return False
    r = e.recipient.start
    return any(o.left_edge.idx <= r <= o.right_edge.idx for o in g.children(tok, "object"))


def _place_moved(doc, e: Event, tok, g) -> EventActor | None:
    """The coded place the trigger's from/to phrase names, of another state
    than the mover's, where the moved thing is of that state or the
    mover's (its own units) or of no one; else None."""
    preps = party_words("origin_preps") | party_words("destination_preps")
    for h in _phrases(tok, g, preps):
        lo, hi = h.left_edge.idx, h.right_edge.idx + len(h.right_edge)
        m = next((m for m in coded_starting_in(doc, lo, hi) if _is_place(m)), None)
        m = m if m is not None else _gazetteer_place(doc, h)
        if m is None or party_of(m) == party_of(e.actor):
            continue
        if party_of(e.recipient) in (None, party_of(m), party_of(e.actor)):
            return m if isinstance(m, EventActor) else EventActor.of(m)
    return None


def _gazetteer_place(doc, h) -> EventActor | None:
    """A proper name the actor layer coded no state for ("to Issyk-Kul", taken
    for a person) that the gazetteer knows in one state only: that state."""
    if h.pos_ != "PROPN" or coded_starting_in(doc, h.left_edge.idx, h.idx + len(h)):
        return None
    words = [t for t in h.subtree if t.i <= h.i and (t.pos_ == "PROPN" or t.text == "-")]
    if not words or words[0].i != h.i - len(words) + 1:
        return None
    lo, hi = words[0].idx, h.idx + len(h)
    from ..places.gazetteer import candidates

    countries = {c[5] for c in candidates(doc.text[lo:hi]) if c[5]}
    if len(countries) != 1:
        return None
    country = countries.pop()
    return EventActor(lo, hi, doc.text[lo:hi], code=country, country=country)


def _to_the_place(doc, events: list[Event]) -> None:
    """Each move of its object given the place's state as recipient (module doc), in place."""
    g = None
    for e in events:
        tok = trigger_token(doc, e) if e.type in party_words("moved_thing_types") else None
        if tok is None:
            continue
        g = g or grammar(doc)
        if _moves_its_object(e, tok, g):
            e.recipient = _place_moved(doc, e, tok, g) or e.recipient


def _mission_host(doc, e: Event) -> EventActor | None:
    """The coded place of the mission the recipient is (module doc), else None."""
    span = doc.char_span(e.recipient.start, e.recipient.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.lower_ not in party_words("mission_nouns"):
        return None
    g = grammar(span.root)
    for p in g.children(span.root, "prep"):
        if p.lower_ != "in":
            continue
        for h in g.children(p, "prep_object"):
            lo, hi = h.left_edge.idx, h.right_edge.idx + len(h.right_edge)
            m = next((m for m in coded_starting_in(doc, lo, hi) if _is_place(m)), None)
            if m is not None:
                return EventActor.of(m)
    return None


def _to_the_host(doc, events: list[Event]) -> None:
    """Each act toward a mission in a place given that place's state as recipient (module doc), in place."""
    for e in events:
        if e.recipient is None or e.type in party_words("dyad_conflict_types"):
            continue
        host = _mission_host(doc, e)
        r = e.recipient
        if host is None or (r.country and not r.org and r.country not in (host.country, _country(e.actor))):
            continue  # ("condemned Turkey's operation in Syria": the other state's act, the target)
        e.recipient = host


def _retreats_home(doc, events: list[Event]) -> None:
    """A withdrawal by a party named without a state whose only coded party is
    the place it goes to ("the attackers retreated to the Afghan bank of the
    river"): the place is where it comes from, its side, not its target; the
    target is that side's counterpart in the events told before, else none.
    In place."""
    g = grammar(doc)
    for e in events:
        if e.type not in party_words("withdrawal_types") or e.negated or e.recipient is None:
            continue
        if (e.actor is not None and party_of(e.actor)) or not party_of(e.recipient):
            continue
        if e.recipient.sector or e.recipient.org:
            continue  # "surrendered to Colombian forces": a party, no place
        tok = trigger_token(doc, e)
        dest = _phrases(tok, g, party_words("destination_preps")) if tok is not None else []
        r = e.recipient.start
        if not any(h.left_edge.idx <= r <= h.right_edge.idx for h in dest):
            continue
        home = copy.copy(e.recipient)
        if e.actor is not None:
            home.start, home.end, home.text = e.actor.start, e.actor.end, e.actor.text
        e.actor = home
        e.recipient = _last_counterpart(events, e, party_of(home))


def _last_counterpart(events: list[Event], e: Event, side: str) -> EventActor | None:
    """The other party of the last event before ``e`` between ``side`` and another coded party."""
    for x in reversed([x for x in events if x.trigger.start < e.trigger.start]):
        pair = [p for p in (x.actor, x.recipient) if p is not None and party_of(p)]
        if len(pair) == 2 and side in {party_of(p) for p in pair}:
            other = next((p for p in pair if party_of(p) != side), None)
            if other is not None:
                return copy.copy(other)
    return None


def _country(a) -> str | None:
    return a.country if a is not None else None


def link_moves(doc, events: list[Event]) -> None:
    """Each move with no state of its own given the place it leaves or the
    article's party across the frontier (see module doc), in place."""
    _to_the_place(doc, events)
    _to_the_host(doc, events)
    g = None
    lead = lead_event(events)  # once, before any move here takes a recipient: the same lead whatever the order
    _retreats_home(doc, events)
    for e in events:
        if not _candidate(e):
            continue
        tok = trigger_token(doc, e)
        if tok is None:
            continue
        g = g or grammar(doc)
        if e.type in party_words("withdrawal_types"):
            left = next(
                (p for h in _phrases(tok, g, party_words("origin_preps")) if (p := _coded_in(doc, h)) is not None), None
            )
            if left is not None and party_of(left) != party_of(e.actor):
                e.recipient = left
                continue
        if not _unplaced(doc, e, tok, g):
            continue
        if lead is None or lead is e:
            continue
        movers = {party_of(x.actor) for x in events if x.trigger.start == e.trigger.start and x.actor is not None}
        sides = [p for p in (lead.recipient, lead.actor) if p is not None and party_of(p) not in movers | {None}]
        if sides and not (_others_in_sentence(doc, e, movers) - {party_of(sides[0])}):
            e.recipient = copy.copy(sides[0])
