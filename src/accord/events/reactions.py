"""A reaction to an act told before: its author is the recipient.

"Turkey launched an offensive into Syria ... . The EU condemned the
offensive", "Lithuania extended its sanctions ... . Russia condemned the
extension", "The CSTO drills opened ... . Moscow praised the drills": the
reaction (an act of ``context_recipients``: condemn, praise, welcome, call)
whose object is a definite event noun that names no party of its own is
aimed at the one who did that act. Its recipient is the party, other than
the reaction's, that acted in most of the earlier events the noun names back
(of equals the one told first, the article's news rather than an aside; within
``LOOKBACK_SENTENCES``): events of the type the
noun itself triggers or whose trigger has the noun's lemma or shares its
stem ("extension" - "extended").

The rule replaces a recipient that no phrase of the reaction's own verb
names (none, an uncoded one, or one the sparse-parse fallback found in the
next clause: "condemned the offensive, and several member states, including
Germany, said ..."). It runs before the article-context rule
(:func:`accord.events.coref.link_context_recipients`), which then leaves the
reaction alone.
"""

from __future__ import annotations

import copy

from ..record import Event
from ..syntax import grammar
from . import words as W
from .coref import party_of, sentence_numbers, trigger_token
from .parties import party_words, party_words_map

#: how many sentences back the act a reaction names is looked for (often the article's lead)
LOOKBACK_SENTENCES = 30
#: letters two lemmas must share to name the same act ("extension" / "extend")
STEM = 5


def _object_noun(doc, e: Event, g):
    """The trigger verb and its definite event-noun object with no mention
    in its phrase ("condemned the offensive"), else (None, None)."""
    tok = trigger_token(doc, e)
    if tok is None or tok.pos_ != "VERB":
        return None, None
    dets = W.words("definite_determiners")
    mentions = doc._.mentions or []
    said = W.words("speech_reference_nouns")
    for o in g.children(tok, "object"):
        if o.pos_ != "NOUN" or not any(c.i < o.i and c.lower_ in dets for c in o.children):
            continue
        if o.lower_ in said:
            return None, None  # "rejected the accusation": its accuser (coref.link_answers)
        lo, hi = o.left_edge.idx, o.right_edge.idx + len(o.right_edge)
        if any(lo <= m.start < hi and (m.country or m.org) for m in mentions):
            return None, None  # "the Turkish offensive": the phrase names its party
        return tok, o
    return None, None


def _own_recipient(e: Event, tok, obj, g) -> bool:
    """Does a phrase of the reaction's own verb name its coded recipient
    (in its object or a prepositional or dative phrase)?"""
    r = e.recipient
    if r is None or not party_of(r):
        return False
    preps = W.words("recipient_preps")
    heads = [obj] + g.children(tok, "dative") + [p for p in g.children(tok, "prep") if p.lower_ in preps]
    for h in heads:
        lo, hi = h.left_edge.idx, h.right_edge.idx + len(h.right_edge)
        if lo <= r.start < hi:
            return True
    return False


def _names(obj, a: Event, noun_type: str | None, doc) -> bool:
    """Does the noun name event ``a`` back: the type the noun triggers, or
    its trigger's lemma or stem ("the extension" - "extended")?"""
    if noun_type is not None and a.type == noun_type:
        return True
    span = doc.char_span(a.trigger.start, a.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    lemma, own = span[-1].lemma_.lower(), obj.lemma_.lower()
    if lemma in _act_verbs(own):
        return True  # "fired two missiles ... condemned the launches"
    return lemma == own or (len(lemma) >= STEM and len(own) >= STEM and lemma[:STEM] == own[:STEM])


def _act_verbs(noun: str) -> list[str]:
    """The verbs of another stem whose act the noun names back ("launch": fire)."""
    return [v.strip() for v in party_words_map("act_noun_verbs").get(noun, "").split(",") if v.strip()]


def _noun_type(obj) -> str | None:
    """The event type the noun triggers in its sentence, where its event was
    made the content of the reaction ("condemned the offensive")."""
    from .triggers import find_candidates

    for c in find_candidates(obj.sent):
        for x in [c, *c.inner]:
            if x.tok.i == obj.i:
                return x.type
    return None


def link_reactions(doc, events: list[Event]) -> None:
    """Each reaction to an act named back by a definite noun aimed at that
    act's author (see module doc), in place. ``events`` in document order."""
    kinds = W.categories("context_recipients")
    index = by_trigger = g = None
    for j, e in enumerate(events):
        if e.type not in kinds or e.negated or e.hypothetical or e.actor is None or not party_of(e.actor):
            continue
        g = g or grammar(doc)
        tok, obj = _object_noun(doc, e, g)
        if obj is None or _own_recipient(e, tok, obj, g):
            continue
        if index is None:  # (built for the first reaction that names an act back)
            index = sentence_numbers(doc)
            by_trigger = {x.trigger.start: x.type for x in events}
        si = index.get(e.sentence["start"], 0)
        noun_type = by_trigger.get(obj.idx) or _noun_type(obj)
        own = party_of(e.actor)
        named: dict = {}  # party -> (how many acts the noun names, the first such act told)
        counted: set = set()  # (party, trigger): one act told with two recipients counts once
        for a in reversed(events[:j]):
            if si - index.get(a.sentence["start"], 0) > LOOKBACK_SENTENCES:
                break
            if a.sentence["start"] >= e.sentence["start"] or a.negated or a.hypothetical or a.actor is None:
                continue
            p = party_of(a.actor)
            if p and p != own and (p, a.trigger.start) not in counted and _names(obj, a, noun_type, doc):
                counted.add((p, a.trigger.start))
                named[p] = (named.get(p, (0, a))[0] + 1, a)  # (going back: ends at its first act)
        if named:
            # the party that did most of the acts the noun names: the drills are the CSTO's, not
            # those of a contingent that joined them; of equals the one told first: the article's
            # news, not an aside about another exercise told after it
            best = max(named.values(), key=lambda v: (v[0], -v[1].sentence["start"], -v[1].trigger.start))
            e.recipient = copy.copy(best[1].actor)
        elif obj.lemma_.lower() in party_words("invitation_nouns") or obj.lower_ in party_words("invitation_nouns"):
            host = _gathering_host(events, own)
            if host is not None:
                e.recipient = copy.copy(host)


def _gathering_host(events: list[Event], own) -> object | None:
    """ "X and Y were invited to send observers ... Y declined the
    invitation": with no act of inviting told, the inviter is the host of the
    article's gathering, the actor of its first factual joint act (drills, a
    meeting) other than ``own``; else None."""
    from .coref import HOSTED_TYPES

    for a in events:
        if a.type in HOSTED_TYPES and not (a.negated or a.hypothetical) and a.actor is not None:
            p = party_of(a.actor)
            if p and p != own:
                return a.actor
    return None
