"""A definite noun phrase that names no state stands for the thing named before.

* "the boat": a target named by "the" and a common noun alone (or its
  possessor: "blocked the boat's route") is the thing an earlier sentence named
  with the same noun and a state's adjective ("a Philippine supply boat"): the
  act is aimed at that state (where it is not the actor's own).
* "the coast guard": a body named by "the" and common nouns alone in the clause
  a speaker reports is the speaker's own body where the speaker is named by
  the same nouns ("Chinese coast guard spokesman Liu said ... the coast guard
  had taken measures"): the act is that body's, not the one the article named
  last with those nouns.
* "the joint force": an act with no coded recipient on a definite thing that an
  earlier act introduced as its object ("The three leaders agreed to deploy a
  joint force ... Russia was ready to supply the joint force") is aimed at each
  party of that act (:func:`bind_owned_things`, after the group and pair
  references are expanded).
"""

from __future__ import annotations

from ..actors import mentions_in
from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import party_of, retold, trigger_token
from .coref import party_or_code as _key
from .suppliers import speakers_supply

#: how many sentences back the earlier naming of a thing is looked for
THING_SENTENCES = 6
#: how many heads up from a body's phrase its speaker's verb is looked for
SPEAKER_CLIMB = 4


def _bare_definite(tok) -> bool:
    """'the boat', 'the coast guard': "the" and lower-case common nouns only."""
    words = [t for t in tok.subtree if t.i <= tok.i]
    if len(words) < 2 or words[0].lower_ not in W.words("definite_determiners"):
        return False
    return all(t.pos_ in ("NOUN", "PROPN") and t.text.islower() for t in words[1:])  # (the tagger's "coast guard")


def _state_adjective(doc, tok) -> EventActor | None:
    """The coded state named by an adjective of the noun ('a Philippine supply boat')."""
    for c in tok.children:
        if c.i < tok.i and grammar(tok).is_(c, "adjective", "compound", "noun_modifier"):
            for m in mentions_in(doc, c.idx, c.idx + len(c)):
                if m.code and m.country and not m.org and m.kind == "state":
                    return EventActor.of(m)
    return None


def _named_before(doc, tok) -> EventActor | None:
    """The state of the latest earlier naming of the same noun with a state's adjective."""
    lo = tok.sent.start
    sents = [s for s in doc.sents if s.start < lo][-THING_SENTENCES:]
    for s in reversed(sents):
        for t in reversed(list(s)):
            if t.lower_ == tok.lower_ and t.pos_ == "NOUN":
                state = _state_adjective(doc, t)
                if state is not None:
                    return state
    return None


def _target_thing(doc, e: Event):
    """The trigger's object, or that object's possessor, where it is a bare definite noun."""
    tok = trigger_token(doc, e)
    if tok is None:
        return None
    g = grammar(doc)
    for o in g.children(tok, "object"):
        for h in [o] + g.children(o, "possessor"):
            if h.pos_ in ("NOUN", "PROPN") and _bare_definite(h):
                return h
    return None


def _bind_target(doc, e: Event) -> None:
    if e.actor is None or (e.recipient is not None and party_of(e.recipient)):
        return
    h = _target_thing(doc, e)
    state = _named_before(doc, h) if h is not None else None
    if state is not None and state.country != e.actor.country:
        lo = h.left_edge.idx
        e.recipient = EventActor(
            lo, h.idx + len(h), doc.text[lo : h.idx + len(h)], code=state.code, country=state.country
        )


def _speakers_body(doc, e: Event) -> None:
    a = e.actor
    span = doc.char_span(a.start, a.end, alignment_mode="expand") if a is not None else None
    if span is None or not len(span) or not _bare_definite(span.root):
        return
    nouns = [t.lower_ for t in span if t.pos_ in ("NOUN", "PROPN")]
    g = grammar(doc)
    v = span.root
    for _ in range(SPEAKER_CLIMB):
        if v.head.i == v.i:
            return
        v = v.head
        s = g.child(v, "subject") if v.pos_ in ("VERB", "AUX") else None
        if s is None or s.i > span.start:
            continue
        coded = [m for m in mentions_in(doc, s.left_edge.idx, s.right_edge.idx + len(s.right_edge)) if m.code]
        if not coded:
            continue  # ("said the boat had intruded and the coast guard had taken ...": the speaker's clause above)
        m = coded[0]
        if m.country and m.country != a.country and _contains(m.text.lower().split(), nouns):
            e.actor = EventActor(a.start, a.end, a.text, code=m.code, country=m.country, sector=m.sector)
        return


def _contains(words: list, nouns: list) -> bool:
    n = len(nouns)
    return any(words[i : i + n] == nouns for i in range(len(words) - n + 1))


def bind_definites(events: list[Event], doc) -> list[Event]:
    """The events with each bare definite party bound as the module doc says, in place."""
    if doc is None:
        return events
    for e in events:
        if e.negated:
            continue
        _speakers_body(doc, e)
        _bind_target(doc, e)
        speakers_supply(doc, e)  # "The delivery of X to A will be completed, B's ambassador said": B's
    return events


def _definite_object(doc, e: Event):
    """The trigger's object where it is "the", lower-case modifiers and a noun ("the joint force")."""
    tok = trigger_token(doc, e)
    if tok is None:
        return None
    for o in grammar(doc).children(tok, "object"):
        words = [t for t in o.subtree if t.i <= o.i]
        if len(words) >= 2 and words[0].lower_ in W.words("definite_determiners") and o.pos_ == "NOUN":
            if all(t.text.islower() and t.pos_ in ("ADJ", "NOUN") for t in words[1:]):
                return o
    return None


def _same_thing(t, o) -> bool:
    """Is ``t`` an earlier naming of the thing ``o`` names: the same noun with the same modifiers."""
    mods = _modifiers(o)
    return t.lower_ == o.lower_ and _modifiers(t) == mods


def _modifiers(t) -> list:
    g = grammar(t)
    return sorted(c.lower_ for c in g.children(t, "adjective", "compound") if c.i < t.i)


def _introduced(t) -> bool:
    """Is the thing named as new ("a joint force"), not as known ("the", "its")?"""
    g = grammar(t)
    return not any(c.lower_ not in ("a", "an") for c in g.children(t, "determiner", "possessor"))


def _acted_on(t, tok) -> bool:
    """Is ``t`` the object of the trigger, or of the verbs its open complements chain
    to it ("agreed to deploy a joint force")?"""
    v = t.head
    for _ in range(3):
        if v.i == tok.i:
            return True
        if not grammar(v).is_(v, "open_complement") or v.head.i == v.i:
            return False
        v = v.head
    return False


def _owners(doc, o, before: list[Event]) -> list:
    """The coded actors of the latest act that introduced the thing ``o`` refers to
    as its object ("the leaders agreed to deploy a joint force")."""
    for e in reversed(before):
        tok = trigger_token(doc, e)
        if tok is None or tok.i >= o.sent.start or e.actor is None or not party_of(e.actor):
            continue
        if any(_same_thing(t, o) and _introduced(t) and _acted_on(t, tok) for t in tok.subtree):
            found: dict = {}
            for x in before:
                if x.trigger.start == e.trigger.start and x.actor is not None and party_of(x.actor):
                    found.setdefault(party_of(x.actor), x.actor)
            return list(found.values())
    return []


def bind_owned_things(events: list[Event], doc) -> list[Event]:
    """An act with no coded recipient on "the joint force" a group's earlier act
    named ("The three leaders agreed to deploy a joint force ... Russia was ready
    to supply the joint force"): aimed at each party of that act (not the actor)."""
    if doc is None:
        return events
    out: list[Event] = []
    for e in events:
        o = None
        if not e.negated and e.actor is not None and party_of(e.actor) and not _key(e.recipient):
            o = _definite_object(doc, e)
        owners = [p for p in _owners(doc, o, out) if party_of(p) != party_of(e.actor)] if o is not None else []
        if not owners:
            out.append(e)
            continue
        lo, hi = o.left_edge.idx, o.idx + len(o)
        for p in owners:
            r = EventActor(lo, hi, doc.text[lo:hi], code=p.code, country=p.country, org=p.org, sector=p.sector)
            out.append(retold(e, e.actor, r))
    return out
