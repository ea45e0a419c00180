"""A party named as a group of a list: "the three leaders", "the three countries".

News names the members of a group once, in a list ("the leaders of Niger,
Mali and Burkina Faso met ..."), and then refers to them by a counted plural
noun ("The three leaders agreed ...", "ECOWAS urged the three countries to
..."). Such a reference (a number from three up, a group or pair noun:
``group_nouns``, ``pair_nouns``) stands for the latest earlier list of as many
distinct coded parties; an uncounted "the leaders", "the countries" stands for
the latest list of three or more named in the few sentences before it
(``LIST_SENTENCES``) where the event names another party beside it ("the
leaders accused France"; the leaders' own acts with no other party are
:mod:`accord.events.pairs`'s). The event is given once per member:

* a group recipient: A -> X, A -> Y, A -> Z (the actor left out);
* a group actor with a coded recipient: X -> R, Y -> R, Z -> R;
* a group actor with no coded recipient in a joint act (``listed_joint_types``:
  "the three leaders agreed to deploy a joint force"): each member toward each
  other, as "X, Y and Z agreed" is.

A verb's direct object that is such a reference is the event's recipient
where the event has none ("urged the three countries to set a timetable").
"""

from __future__ import annotations

from ..actors import mentions_in
from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import party_or_code as _key
from .coref import retold, trigger_token
from .parties import MAX_JOINT, as_member, party_words

#: how many sentences back an uncounted group noun ("the leaders") looks for its list
LIST_SENTENCES = 4
#: the fewest members of a list a group reference stands for (two: a pair, :mod:`accord.events.pairs`)
MIN_LIST = 3
#: the confidence of an act whose group party now codes
LIST_CONFIDENCE = 0.45


def list_reference(text: str | None) -> tuple[int | None, bool]:
    """(the count a group reference names, or None uncounted; whether it is
    one): 'the three leaders' -> (3, True), 'the leaders' -> (None, True);
    'the heads of the three delegations' -> (3, True)."""
    if not text:
        return None, False
    t = text.lower().split()
    if len(t) > 3 and t[0] == "the" and t[2] == "of" and t[3] == "the":
        t = t[3:]  # "the heads of the three delegations": the delegations' parties
    nouns = W.words("group_nouns") | W.words("pair_nouns")
    if len(t) < 2 or t[0] != "the" or t[-1] not in nouns:
        return None, False
    if len(t) == 2:
        return None, True
    n = W.int_map("numbers").get(" ".join(t[1:-1]))
    if len(t) == 3 and n is not None and MIN_LIST <= n <= MAX_JOINT:
        return n, True
    return None, False


def _coded_at(doc, i: int):
    """The first coded mention over token ``i``'s first character."""
    at = doc[i].idx
    return next((m for m in mentions_in(doc, at, at + 1) if m.code and (m.country or m.org)), None)


def named_lists(doc, before: int) -> list[tuple[int, list]]:
    """(sentence start, parties) of each coordination of MIN_LIST or more
    distinct coded parties ending before char ``before``, in text order."""
    out = []
    g = grammar(doc)
    for t in doc:
        if t.idx >= before or g.is_(t, "conjunct") or not g.has_child(t, "conjunct"):
            continue
        heads = [t] + [c for c in t.conjuncts if c.i > t.i]
        found: dict = {}
        for h in heads:
            m = _coded_at(doc, h.i)
            if m is not None:
                found.setdefault(m.country or m.org, EventActor.of(m))
        if MIN_LIST <= len(found) <= MAX_JOINT and heads[-1].idx < before:
            out.append((t.sent.start_char, list(found.values())))
    return out


def _members(doc, ref: EventActor, count: int | None) -> list | None:
    lists = named_lists(doc, ref.start)
    if count is not None:
        fit = [p for _, p in lists if len(p) == count]
        return fit[-1] if fit else None
    sents = [s.start_char for s in doc.sents if s.start_char <= ref.start]
    lo = sents[-LIST_SENTENCES - 1] if len(sents) > LIST_SENTENCES else 0
    near = [(s, p) for s, p in lists if s >= lo]
    counted = _counted_before(doc, lo, ref.start)
    if counted is not None and (not near or near[-1][0] <= counted[0]):
        # "The three leaders agreed ... the leaders accused": the list the counted one stands for
        return _members(doc, counted[1], counted[2])
    return near[-1][1] if near else None


def _counted_before(doc, lo: int, hi: int) -> tuple[int, EventActor, int] | None:
    """(sentence start, span, count) of the latest counted group reference
    ("the three leaders") between chars ``lo`` and ``hi``; else None."""
    found = None
    for t in doc.char_span(lo, hi, alignment_mode="contract") or []:
        if t.lower_ != "the" or t.i + 2 >= len(doc):
            continue
        span = doc[t.i : t.i + 3]
        n, _ = list_reference(span.text)
        if n is not None:
            found = (t.sent.start_char, EventActor(span.start_char, span.end_char, span.text), n)
    return found


def _object_reference(doc, e: Event) -> EventActor | None:
    """The trigger verb's direct object where it is a counted group reference."""
    tok = trigger_token(doc, e)
    if tok is None:
        return None
    for o in grammar(doc).children(tok, "object"):
        span = doc[o.left_edge.i : o.i + 1]
        if list_reference(span.text)[0] is not None:
            return EventActor(span.start_char, span.end_char, span.text)
    return None


def list_group_act(e: Event, doc) -> list[Event] | None:
    """The event once per member of the listed group a party of it stands
    for (see module doc); None where neither party is such a reference."""
    if doc is None or e.negated:
        return None
    ref = _object_reference(doc, e) if e.recipient is None and e.actor is not None and _key(e.actor) else None
    if ref is not None:
        e.recipient = ref
    out = _per_member(e, doc)
    if out is None and ref is not None:
        e.recipient = None  # no list found: the event stays as it came
    return out


def _per_member(e: Event, doc) -> list[Event] | None:
    """The event once per member of the listed group one of its parties names, else None."""
    a_n, a_ref = list_reference(e.actor.text if e.actor is not None and not _key(e.actor) else None)
    r_n, r_ref = list_reference(e.recipient.text if e.recipient is not None and not _key(e.recipient) else None)
    if r_ref and e.actor is not None and _key(e.actor):
        members = _members(doc, e.recipient, r_n)
        if members is None:
            return None
        return [
            retold(e, e.actor, as_member(e.recipient, m), LIST_CONFIDENCE) for m in members if _key(m) != _key(e.actor)
        ]
    if not a_ref:
        return None
    coded_r = e.recipient is not None and _key(e.recipient)
    if a_n is None and not coded_r:
        return None  # "the leaders agreed": the meeting's parties (accord.events.pairs)
    members = _members(doc, e.actor, a_n)
    if members is None:
        return None
    if coded_r and _joint(e) and any(_key(m) == _key(e.recipient) for m in members):
        # "the three ministers signed a memorandum on the A-B railway": a member beside them is one of the signers;
        # in any other act ("the three ministers criticised Poland's law") the others act toward that member
        return _each_other(e, members)
    if coded_r:
        return [
            retold(e, as_member(e.actor, m), e.recipient, LIST_CONFIDENCE)
            for m in members
            if _key(m) != _key(e.recipient)
        ]
    if not _joint(e):
        return None  # ("signed by the three ministers": a joint act of any type)
    return _each_other(e, members)


def _joint(e: Event) -> bool:
    """Is the act one its parties do together (talks, a signing)?"""
    return e.type in party_words("listed_joint_types") or e.cameo in party_words("listed_joint_codes")


def _each_other(e: Event, members: list) -> list[Event]:
    """The group actor's act as each member's toward each other."""
    return [
        retold(e, as_member(e.actor, x), as_member(e.actor, y), LIST_CONFIDENCE)
        for x in members
        for y in members
        if x is not y
    ]
