"""A joint activity told with no party (``joint patrols will be held twice a
month``, ``the joint patrols would continue in the spring``): the parties of
the latest joint activity the article told before, which it continues.

The activity is joint by its noun's modifier (``joint_words``): the trigger
noun itself, or the event noun that is the subject of the trigger verb."""

from __future__ import annotations

from copy import copy

from ..syntax import grammar
from . import words as W
from .coref import sentence_numbers
from .gatherings import invited_to_exercise

#: how many sentences back the joint activity it continues may be told (farther, another story's)
JOINT_SENTENCES = 5
#: what lending parties adds to the confidence: the actor (0.15, with a code) and the recipient (0.05) found,
#: and the penalty (0.15) for none taken back
LENT_CONFIDENCE = 0.35


def _joint_noun(tok) -> bool:
    """The trigger, or the event noun it tells of, is a joint one."""
    g = grammar(tok)
    nouns = [tok] if tok.pos_ in ("NOUN", "PROPN") else g.children(tok, "subject", "passive_subject")
    joint = W.words("joint_words")
    return any(a.lower_ in joint for n in nouns for a in g.children(n, "adjective", "compound"))


def lend_joint_parties(doc, events: list) -> list:
    """``events`` (in document order) with each partyless joint activity given
    the parties of the latest earlier one with both sides (one event a pair),
    told at most ``JOINT_SENTENCES`` sentences before."""
    out = []
    last: list = []  # the events of the latest joint activity with both parties
    kinds = W.categories("joint_kinds")
    index = sentence_numbers(doc)
    seen: set = set()  # (trigger, host, invitee) already lent
    lead: list = []  # the article's first joint exercise with both parties: "the exercise" an invitation names
    for e in events:
        if last and index.get(e.sentence["start"], 0) - index.get(last[-1].sentence["start"], 0) > JOINT_SENTENCES:
            last = []  # ("joint patrols" far below: not the activity told at the top)
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        tok = span[-1] if span is not None and len(span) else None
        if tok is not None and invited_to_exercise(tok):
            out.extend(_hosts_invite(e, lead or last, seen))  # "A and B were invited to the exercise": its hosts
            continue
        if e.type not in kinds:
            out.append(e)
            continue
        if e.actor is not None and e.recipient is not None:
            if tok is not None and _joint_noun(tok) or e.cameo and e.cameo.startswith("06"):
                last = [x for x in out if x.trigger.start == e.trigger.start] + [e]
                if e.cameo and e.cameo.startswith("06") and (not lead or lead[0].trigger.start == e.trigger.start):
                    lead = last
            out.append(e)
            continue
        if e.actor is None and e.recipient is None and last and tok is not None and _joint_noun(tok):
            for x in last:
                lent = copy(e)
                lent.actor, lent.recipient = copy(x.actor), copy(x.recipient)
                lent.confidence = min(e.confidence + LENT_CONFIDENCE, max(x.confidence, e.confidence))
                out.append(lent)
            continue
        out.append(e)
    return out


def _hosts_invite(e, last: list, seen: set) -> list:
    """The invitation ``e`` (its invitees as actor and recipient, no inviter
    named) as the exercise's first-named party's invitation of each invitee;
    none where no exercise with its parties was told just before."""
    hosts = {x.actor.code: x.actor for x in last if x.actor is not None and x.actor.code}
    # one inviter: the exercise's first-named party (the gold conventions take any of a joint exercise's
    # parties as its host, one invitation each invitee)
    hosts = dict(list(hosts.items())[:1])
    out = []
    for guest in (e.actor, e.recipient):
        if guest is None or not guest.code or guest.code in hosts:
            continue
        for code, host in hosts.items():
            key = (e.trigger.start, code, guest.code)
            if key in seen:
                continue
            seen.add(key)
            lent = copy(e)
            lent.actor, lent.recipient = copy(host), copy(guest)
            out.append(lent)
    return out
