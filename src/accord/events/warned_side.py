"""A warning whose content names the speaker's own side.

``The ministry warned that in case of new attacks the Belarusian side will
take retaliatory measures``: the party the content tells of is the warner's
own side, not the one warned. The warning is aimed at whom the same speaker
last accused, summoned, sanctioned or made demands of just before
(``warning_targets``, within ``LOOKBACK_SENTENCES``: "summoned the charge
d'affaires of Poland ... demands that the Polish side stop ... warned that
..."); with no such act it is left with no recipient rather than aimed at
its speaker. The threat its content tells is aimed there too.
"""

from __future__ import annotations

import bisect
import copy

from ..record import Event
from . import words as W

#: how many sentences back the speaker's own act toward the one warned is looked for
LOOKBACK_SENTENCES = 3


def _party(p) -> str | None:
    return (p.country or p.org) if p is not None else None


def aim_own_side_warnings(doc, events: list[Event], is_report_cue) -> None:
    """Each warning aimed at its own speaker's side re-aimed (see module doc), in place.
    ``is_report_cue(char)``: whether the trigger at that offset is a reporting verb."""
    starts = None
    for e in events:
        own = _party(e.actor)
        if e.type != "THREATEN" or not own or _party(e.recipient) != own or e.recipient.start < e.trigger.end:
            continue  # (a declaration about one's own country, "declared a state of siege in Haiti", stays)
        if not is_report_cue(e.trigger.start):
            continue
        if starts is None:
            starts = [s.start_char for s in doc.sents]
        e.recipient = last_target(e, events, own, starts)
        if e.recipient is None:
            continue
        for x in events:  # the threat the content tells ("will take retaliatory measures") aims there too
            if x.type == "THREATEN" and x.recipient is None and _party(x.actor) == own and x.sentence == e.sentence:
                x.recipient = copy.deepcopy(e.recipient)


def last_target(e: Event, events: list[Event], own: str, starts: list) -> object | None:
    """The coded other party the speaker's latest act toward someone (``warning_targets``)
    in the sentences before the warning (or earlier in its own) was aimed at; None."""
    here = bisect.bisect_right(starts, e.sentence["start"])
    kinds = W.categories("warning_targets")
    best = None
    for x in events:
        if x is e or x.type not in kinds or x.negated or x.hypothetical or _party(x.actor) != own:
            continue
        if x.sentence["start"] > e.sentence["start"] or (
            x.sentence["start"] == e.sentence["start"] and x.trigger.start > e.trigger.start
        ):
            continue
        if here - bisect.bisect_right(starts, x.sentence["start"]) > LOOKBACK_SENTENCES:
            continue
        r = _party(x.recipient)
        if (
            r
            and r != own
            and (best is None or (x.sentence["start"], x.trigger.start) > (best.sentence["start"], best.trigger.start))
        ):
            best = x
    return copy.deepcopy(best.recipient) if best is not None else None


def _self_aimed(doc, e: Event) -> bool:
    """Actor and recipient are one side: the same state, and the recipient named only in
    a modifier of what the act is about (``the violations of Iraqi sovereignty``: the
    phrase's head is no party) by the state's own voice, or the state and its own government (``Moscow`` ->
    ``the Russian embassy``); not a domestic dyad (the opposition and the government,
    Bosnian Serbs and Moslem forces), not one code on both sides, and not a person or office
    ("rejected the resignation of the French prime minister": a domestic act)."""
    a, r = e.actor, e.recipient
    if a is None or r is None or not a.country or a.country != r.country or a.org or r.org:
        return False
    state = {a.country, a.country + "GOV"}
    if {a.code, r.code} <= state and a.code != r.code and a.country + "GOV" in (a.code, r.code):
        return True
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if a.code not in state:
        return False  # a group of the state ("the Islamic Jihad movement"), whose own side is its rivals too
    mentions = getattr(doc._, "mentions", None) or []
    named = any(m.start <= root.idx < m.end for m in mentions)
    person = any(m.kind == "person" and r.start <= m.start and m.end <= r.end for m in mentions)
    return root.pos_ == "NOUN" and not root.ent_type_ and not named and not person


def _answered_elsewhere(doc, e: Event) -> bool:
    """Is ``e`` a denial, or a demand to stop an act, whose addressee a later stage finds?"""
    from .coref import trigger_token
    from .demanded_release import demanded_objects

    if e.type == "REJECT":
        tok = trigger_token(doc, e)
        return tok is not None and tok.lemma_.lower() in W.words("denial_verbs")
    return bool(demanded_objects(doc, e) & W.words("stopping_nouns"))


def aim_own_side_demands(doc, events: list[Event], answered) -> None:
    """A demand or a rejection aimed at its own speaker's side (``We demand the
    cessation of the violations of Iraqi sovereignty``, ``any involvement of Russia
    was denied``): the side named is what the act is about, not whom it addresses.
    A rejection answers the accusation before it (``answered(doc, e, events)``: the
    accusation or None); else either is aimed at whom the side last accused,
    summoned or made demands of (:func:`last_target`), else at no one. A denial
    (``denial_verbs``) and a demand to stop an act (``stopping_nouns``) are left
    with no addressee here: their own stages answer them (the side that charged
    the denier, :mod:`accord.events.denied_to`; the attacker,
    :mod:`accord.events.demanded_release`), not the side's latest quarrel. In place."""
    starts = None
    for e in events:
        if e.type not in ("REQUEST", "REJECT") or e.hypothetical or not _self_aimed(doc, e):
            continue
        if _answered_elsewhere(doc, e):
            e.recipient = None
            continue
        if starts is None:
            starts = [s.start_char for s in doc.sents]
        prev = answered(doc, e, events) if e.type == "REJECT" else None
        if prev is not None and _party(prev.recipient) == _party(e.actor):
            e.recipient = copy.deepcopy(prev.actor)
            continue
        e.recipient = last_target(e, events, _party(e.actor), starts)
