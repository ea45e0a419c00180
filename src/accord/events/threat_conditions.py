"""Threats told as a condition on another party's act (issue #16, round F).

``"If Lithuania blocks the transit, Russia will be forced to protect its
citizens by military means," a Russian diplomat said``, ``Baghdad warned
that if the strikes continue, it will appeal to the Security Council``: a
party that makes what its own side will do hang on another party's act (a
plain ``if``; ``only if`` is a demand, events.conditions) threatens that
party, and what it says it will do is no fact yet.

* the acts of the main clause (its verb and the verbs it governs, not the
  condition) are hypothetical, except a threat (an announced retaliation is
  the threat itself);
* the party of the condition is the one its subject names, or, for an act
  named before (``the strikes``), the actor of the latest earlier event
  with that trigger word;
* a threat of the sentence whose trigger is the main verb or the verb that
  reports it (``warned that ...``) is aimed at that party;
* a main clause of being forced to act (``forced_verbs``: "will be forced
  to ensure its security") said by the own side adds the speaker's threat
  (130) against that party when the sentence has none.

A warning's target once every event's actor is settled ("warned that if the
strikes continue": the strikes' author) is events.conditioned_threats.
"""

from __future__ import annotations

import copy

from ..doc_index import tokens_with_lower
from ..record import Event, EventActor
from ..syntax import grammar
from . import flags as F
from . import words as W
from .actor_groups import ActorGroups
from .actor_roles import party
from .blame import speaker_party
from .frames import token_at
from .made import speech_event

THREAT_CODE = "130"
THREAT_CONFIDENCE = 0.6


def _code(p) -> str | None:
    return (p.country or p.org) if p is not None else None


def _conditions(doc):
    """(condition verb, main verb) for each plain ``if`` clause on a future main verb."""
    g = grammar(doc)
    # only the head of an "if" can be such a clause: the Tokens made are those
    for t in sorted({m.head for m in tokens_with_lower(doc, "if")}, key=lambda x: x.i):
        h = t.head
        if not g.is_(t, "adverbial_clause") or h.i == t.i or h.pos_ not in ("VERB", "AUX"):
            continue
        marks = [m for m in g.children(t, "marker")]
        if not any(m.lower_ == "if" for m in marks):
            continue
        near = list(t.children) + [doc[m.i - 1] for m in marks if m.i > 0]
        if any(x.lower_ in W.words("restrictive_adverbs") for x in near):
            continue  # "only if": a demand (events.conditions)
        if F.is_future(h):
            yield t, h


def _named(tok, actors: ActorGroups) -> EventActor | None:
    """The first coded party the phrase of ``tok`` names (the token's own mention group)."""
    for mi in actors.group(tok) if actors.at(tok) is not None or tok.pos_ in ("NOUN", "PROPN") else []:
        p = party(actors, mi, tok.i)
        if p.code and _code(p):
            return p
    return None


def _condition_party(t, events: list[Event], actors: ActorGroups | None) -> EventActor | None:
    """The party whose act the condition ``t`` names (see the module doc):
    the coded party its subject names (with ``actors``), else the actor of
    the latest earlier event the subject names back (``the strikes``)."""
    g = grammar(t)
    subj = g.child(t, "subject")
    if subj is None or subj.pos_ == "PRON":
        return None
    if actors is not None:
        return _named(subj, actors)
    if subj.pos_ != "NOUN" or not any(d.lower_ == "the" for d in subj.children):
        return None
    lem = subj.lemma_.lower()
    best = None
    for e in events:
        tok = token_at(t.doc, e.trigger.start)
        if tok is None or tok.i >= t.sent.start or tok.lemma_.lower() != lem or not _code(e.actor):
            continue
        if not (e.negated or e.hypothetical) and (best is None or e.trigger.start > best.trigger.start):
            best = e
    return copy.deepcopy(best.actor) if best is not None else None


def _aim(doc, t, h, events: list[Event], target: EventActor) -> bool:
    """Aim the sentence's threats told by ``h`` or the verb that reports it at ``target``; any aimed?"""
    aimed = False
    for e in events:
        if e.type != "THREATEN" or e.negated or not (e.sentence["start"] <= h.idx < e.sentence["end"]):
            continue
        tok = token_at(doc, e.trigger.start)
        if tok is None or tok.i not in (h.i, h.head.i):
            continue
        if _code(e.actor) and _code(e.actor) != _code(target):
            e.recipient = copy.deepcopy(target)
            aimed = True
    return aimed


def _main_clause(t, h) -> set[int]:
    """Token indices of the main clause's verbs: ``h`` and the verbs below it, outside the condition."""
    cond = set(range(t.left_edge.i, t.right_edge.i + 1))
    return {x.i for x in h.subtree if x.i not in cond and x.pos_ in ("VERB", "AUX", "NOUN")}


def _threat(tok, speaker: EventActor, target: EventActor) -> Event:
    return speech_event(tok, "THREATEN", THREAT_CODE, speaker, copy.deepcopy(target), THREAT_CONFIDENCE)


def _forced_own_side(h, speaker: EventActor, actors: ActorGroups) -> bool:
    """``Russia will be forced to ...``, ``we will be forced to ...`` said by the own side."""
    if h.lemma_.lower() not in W.words("forced_verbs"):
        return False
    g = grammar(h)
    subj = g.child(h, "passive_subject") or g.child(h, "subject")
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in ("we", "it")
    own = _named(subj, actors)
    return own is not None and _code(own) == _code(speaker)


def conditional_threats(doc, events: list[Event], actors: ActorGroups, quotes) -> list[Event]:
    """Flag and aim the events of conditional threats, in place; the threats
    added for ``will be forced to`` (see the module doc)."""
    out: list[Event] = []
    for t, h in _conditions(doc):
        main = _main_clause(t, h)
        for e in events:
            if e.type == "THREATEN" or not (e.sentence["start"] <= h.idx < e.sentence["end"]):
                continue
            tok = token_at(doc, e.trigger.start)
            if tok is not None and tok.i in main:
                e.hypothetical = True  # what the party says it will do if ...: no act yet
        target = _condition_party(t, events, actors)
        if target is None or _aim(doc, t, h, events, target):
            continue
        speaker = speaker_party(h, doc, actors, quotes)
        if speaker is not None and _code(speaker) != _code(target) and _forced_own_side(h, speaker, actors):
            out.append(_threat(h, speaker, target))
    return out
