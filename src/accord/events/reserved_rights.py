"""A right to respond reserved: a threat (round G).

``"Tallinn reserves the right to take response measures, up to the expulsion
of Russian diplomats," the minister added``, ``Warsaw reserves the right to
respond to any provocation by Minsk``: a party that reserves the right to a
response (an infinitive of ``reserved_right_acts``, or one whose object is a
``reserved_right_objects`` word: measures, steps) threatens (130) the party
the response is aimed at: a coded other party named in the infinitive's
phrase (``the expulsion of Russian diplomats``), else whom the same side last
accused, summoned or made demands of (``warning_targets``, as a warning
aimed at its own side is: :mod:`accord.events.warned_side`).

The reserving party is the coded subject (or, where the tagger reads
``Tallinn reserves`` as one noun, the coded name before the verb), else the
speaker whose words it stands in. The word ``reserve`` is read by its form,
as the tagger may take it for the noun.
"""

from __future__ import annotations

import copy

from ..doc_index import tokens_with_lower
from ..record import Event
from ..syntax import grammar
from . import flags as F
from . import words as W
from .actor_groups import ActorGroups
from .actor_roles import subject_of
from .blame import ACT_CONFIDENCE, speaker_party
from .made import speech_event
from .party_spans import party
from .warned_side import last_target

THREAT_CODE = "130"


def _response(right, g):
    """The infinitive of a response hanging on ``right`` (``the right to take measures``), or None."""
    acts, objects = W.words("reserved_right_acts"), W.words("reserved_right_objects")
    for v in right.children:
        if v.pos_ != "VERB" or not any(c.tag_ == "TO" for c in v.children):
            continue
        if v.lemma_.lower() in acts or any(o.lemma_.lower() in objects for o in g.children(v, "object")):
            return v
    return None


def _reserver(verb, doc, actors: ActorGroups, quotes):
    """The coded party that reserves the right: the verb's subject, or the coded name
    just before it, else the speaker whose words it is."""
    if verb.pos_ in ("VERB", "AUX"):
        head, _ = subject_of(verb, actors)
        group = actors.group(head) if head is not None else []
        if group:
            p = party(actors, group[0], verb.i)
            if p.code and (p.country or p.org):
                return p
    if verb.i > 0:
        mi = actors.at(doc[verb.i - 1])
        if mi is not None:
            p = party(actors, mi, verb.i)
            if p.code and (p.country or p.org):
                return p
    return speaker_party(verb, doc, actors, quotes)


def _phrase(v, right, verb):
    """The tokens of the response's phrase: its own subtree and a range phrase (``up to the
    expulsion of Russian diplomats``, ``reserved_right_ranges``) hung on it, on ``right`` or
    on the reserving verb after the response; never the reporting clause ("..., the minister
    said on a visit to Germany")."""
    ranges = W.words("reserved_right_ranges")
    toks = {t.i for t in v.subtree}
    for h in (v, right, verb):
        for c in h.children:
            if c.i > v.i and c.lower_ in ranges:
                toks |= {t.i for t in c.subtree}
    return sorted(toks)


def _aimed_at(v, right, verb, own: str, actors: ActorGroups):
    """The coded other party named in the response's phrase (:func:`_phrase`), or None."""
    for i in _phrase(v, right, verb):
        t = v.doc[i]
        mi = actors.at(t)
        if mi is None:
            continue
        p = party(actors, mi, v.i)
        if p.code and (p.country or p.org) and (p.country or p.org) != own:
            return p
    return None


def reserved_rights(doc, events: list[Event], actors: ActorGroups, quotes) -> list[Event]:
    """The threats of a right to respond reserved (see the module doc): an existing
    THREATEN at the word gets its recipient where it has none; else one is made."""
    out: list[Event] = []
    g = grammar(doc)
    starts = None
    at = {e.trigger.start: e for e in events if e.type == "THREATEN"}
    for right in tokens_with_lower(doc, "right"):
        if right.i < 2 or doc[right.i - 1].lower_ != "the":
            continue
        verb = doc[right.i - 2]
        if verb.lemma_.lower() != "reserve" and verb.lower_ not in ("reserve", "reserves", "reserved", "reserving"):
            continue
        v = _response(right, g)
        if v is None or F.is_negated(verb):
            continue
        actor = _reserver(verb, doc, actors, quotes)
        if actor is None:
            continue
        own = actor.country or actor.org
        ev = at.get(verb.idx) or speech_event(verb, "THREATEN", THREAT_CODE, actor, None, ACT_CONFIDENCE)
        if ev.recipient is None:
            if starts is None:
                starts = [s.start_char for s in doc.sents]
            ev.recipient = _aimed_at(v, right, verb, own, actors) or last_target(ev, events, own, starts)
            ev.recipient = copy.deepcopy(ev.recipient)
        if verb.idx not in at:
            ev.hypothetical = F.is_hypothetical(verb)
            out.append(ev)
    return out
