"""Where a gathering is held names its host (#16 convention: a hosted summit or
a meeting of many leaders is the host with each named participant).

* A meeting of three or more listed parties held in the state of one of them
  ("the leaders of A, B and C met in A's capital") is that state's with each
  of the others, not every pair of them.
* A party that attends or sends an envoy to the gathering told in the few
  sentences before (``GUEST_SENTENCES``) and names no counterpart, or only
  its own envoy ("C, which is not a member, sent its foreign minister as an
  observer"), meets that host.
* The place of the gathering where an act was done ("agreed on a schedule at a
  meeting in Bishkek": ``gathering_nouns``) is where it was done, not its
  target: an act of another kind than a gathering's own loses that recipient
  (:func:`off_the_venue`, before the article's lead lends its parties); so does a
  place named only in a relative clause on the actor ("Germany, whose brigade in
  Lithuania reached full strength, sent engineers": background, not the target).
* An organisation's exercise or meeting with no other party and no place of a
  state in its sentence, told in the sentence of the article's dateline ("MINSK,
  Sept. 18 -- The joint exercise of the CSTO forces was completed at a training
  ground"), is held in the dateline's state: that state is its host.
"""

from __future__ import annotations

from ..actors import mentions_in
from ..actors.home import opens_dateline
from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import HOSTED_TYPES, party_of, sentence_numbers, trigger_token
from .parties import party_words

#: how many sentences after a gathering a party's unaddressed attendance is at it
GUEST_SENTENCES = 3
#: the fewest parties of a meeting whose place can make one of them its host
MIN_LISTED = 3


def place_state(doc, tok) -> EventActor | None:
    """The coded place of the first "in"/"at" phrase of the trigger's verb
    (``location_preps``), as a party; else None."""
    g = grammar(doc)
    for p in g.children(tok, "prep"):
        if p.lower_ not in W.words("location_preps"):
            continue
        for o in g.children(p, "prep_object"):
            for m in mentions_in(doc, o.left_edge.idx, o.right_edge.idx + len(o.right_edge)):
                if m.country and m.kind in ("location", "state") and not m.org:
                    return EventActor.of(m)
    return None


def _factual(e: Event) -> bool:
    return not (e.negated or e.hypothetical)


def _meetings(doc, events: list[Event]) -> dict:
    """trigger start -> (the meeting's events, its host) for each meeting of
    MIN_LISTED or more coded states held in the state of one of them."""
    groups: dict = {}
    for e in events:
        if e.type == "CONSULT" and _factual(e) and e.actor is not None and e.actor.country:
            if e.recipient is not None and e.recipient.country:
                groups.setdefault(e.trigger.start, []).append(e)
    out = {}
    for start, group in groups.items():
        parties = {e.actor.country for e in group} | {e.recipient.country for e in group}
        tok = trigger_token(doc, group[0])
        host = place_state(doc, tok) if tok is not None and len(parties) >= MIN_LISTED else None
        if host is not None and host.country in parties:
            out[start] = (group, host)
    return out


def _own_or_none(e: Event) -> bool:
    r = e.recipient
    return r is None or not party_of(r) or party_of(r) == party_of(e.actor)


def _guests_of(doc, events: list[Event], meetings: dict) -> None:
    """Each unaddressed attendance after a hosted meeting given the host as recipient, in place."""
    index = sentence_numbers(doc)
    hosts = [(index.get(g[0].sentence["start"], -99), h) for g, h in meetings.values()]
    for e in events:
        if e.type != "CONSULT" or not _factual(e) or e.actor is None or not e.actor.country or not _own_or_none(e):
            continue
        si = index.get(e.sentence["start"], -99)
        near = [h for hi, h in hosts if 0 < si - hi <= GUEST_SENTENCES and h.country != e.actor.country]
        if near:
            e.recipient = EventActor(**vars(near[-1]))


def _dateline_state(doc) -> EventActor | None:
    for m in mentions_in(doc, 0, len(doc.text))[:8]:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and opens_dateline(doc, span.start, span.end, m.kind, m.country):
            return EventActor.of(m)
    return None


def _opens_with_dateline(doc, e: Event, home: EventActor) -> bool:
    """Is the event told in the dateline's sentence, or in the one right after
    it where the parser cut the dateline off ("MINSK, Sept. 18 --" | "The exercise ...")?"""
    if e.sentence["start"] <= home.start < e.sentence["end"]:
        return True
    span = doc.char_span(home.start, home.end, alignment_mode="expand")
    if span is None or span.sent.end >= len(doc):
        return False
    return doc[span.sent.end].idx == e.sentence["start"]


def _dateline_hosts(doc, events: list[Event]) -> None:
    """Each organisation's own gathering in the dateline's sentence given the dateline's state as host, in place."""
    home = None
    for e in events:
        a = e.actor
        if a is None and e.recipient is not None and e.recipient.org and not e.recipient.country:
            a = e.recipient  # ("the exercise of the CSTO forces was completed": the organisation's own)
        if e.type not in HOSTED_TYPES or not _factual(e) or a is None or not a.org or a.country:
            continue
        if e.recipient is not None and party_of(e.recipient) and e.recipient is not a:
            continue
        home = home or _dateline_state(doc)
        if home is None or not _opens_with_dateline(doc, e, home):
            continue
        tok = trigger_token(doc, e)
        if tok is not None and place_state(doc, tok) is None:
            e.actor, e.recipient = a, EventActor(**vars(home))


def link_venues(doc, events: list[Event]) -> list[Event]:
    """The events with each gathering's host as its place names it (see module doc)."""
    meetings = _meetings(doc, events)
    _guests_of(doc, events, meetings)
    _dateline_hosts(doc, events)
    if not meetings:
        return events
    hosts = {start: h.country for start, (_, h) in meetings.items()}
    return [
        e
        for e in events
        if e.trigger.start not in hosts
        or e.type != "CONSULT"
        or hosts[e.trigger.start] in (e.actor and e.actor.country, e.recipient and e.recipient.country)
    ]


def _in_gathering(doc, r: EventActor) -> bool:
    """Is the party a place named by the "in" phrase of a gathering noun ("a meeting in Bishkek")?"""
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None or not len(span) or r.org or r.sector:
        return False
    root = span.root
    p = root.head
    if p.i == root.i or p.lower_ not in W.words("location_preps"):
        return False
    n = p.head
    return n.i != p.i and n.lemma_.lower() in party_words("gathering_nouns")


def _in_background(doc, e: Event) -> bool:
    """Is the recipient named only in a relative clause on the actor ("Germany, whose
    brigade in Lithuania reached full strength, sent engineers"): background, not
    the act's target?"""
    a, r = e.actor, e.recipient
    rs = doc.char_span(r.start, r.end, alignment_mode="expand")
    tok = trigger_token(doc, e)
    if a is None or rs is None or not len(rs) or tok is None:
        return False
    g = grammar(doc)
    t = rs.root
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if g.is_(t, "relative_clause"):
            h = t.head
            inside = t.left_edge.i <= tok.i <= t.right_edge.i
            return not inside and a.start <= h.idx < a.end
        t = t.head
    return False


def off_the_venue(events: list[Event], doc) -> list[Event]:
    """The events less a recipient that is the place of the gathering they were
    done at, or one named only in a relative clause on the actor, in place."""
    if doc is None:
        return events
    for e in events:
        if e.recipient is None or not e.recipient.country:
            continue
        if (e.type not in HOSTED_TYPES and _in_gathering(doc, e.recipient)) or _in_background(doc, e):
            e.recipient = None
    return events
