"""A host welcoming a gathering's members, and guests that meet each other.

News opens a summit with its host: "President X welcomed the leaders of the
bloc to the residence for the annual summit", and names the guests in the
sentences that follow ("Y and Z arrived on Thursday. W joined them at the
opening session. V was represented by its foreign minister"). The welcome is
no support of the bloc: it is the host's meeting with each guest (#16
convention for a hosted meeting), one CONSULT per state the following
sentences name, up to the first sentence that names none (what comes after
is the summit's own news).

A welcome is told by a welcome verb (``welcome_verbs``) whose object is a
group noun ("the leaders", "heads of state": ``group_nouns``) that names no
state of its own ("welcomed the Chinese leader" is one guest, left as it is).
"""

from __future__ import annotations

import bisect
import copy

from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .coref import retold, trigger_token
from .lexicon import lexicon
from .parties import party_words

#: how many sentences after a welcome its guests are looked for
GUEST_SENTENCES = 3
#: CAMEO "host a visit"
HOST_CODE = "043"


def _welcomes_group(doc, e: Event) -> bool:
    """A factual act of a coded state whose trigger is a welcome verb with a
    group noun ('the leaders of the bloc') as its object."""
    if e.negated or e.hypothetical or e.actor is None or not e.actor.country:
        return False
    tok = trigger_token(doc, e)
    if tok is None or tok.lemma_.lower() not in party_words("welcome_verbs"):
        return False
    objs = grammar(doc).children(tok, "object")
    return any(o.lemma_.lower() in W.words("group_nouns") or o.lower_ in W.words("group_nouns") for o in objs)


def _guests(doc, e: Event) -> list[EventActor]:
    """The states the sentences after the welcome name, other than the host,
    up to the first sentence that names none."""
    starts = [s.start_char for s in doc.sents]
    si = bisect.bisect_right(starts, e.sentence["start"]) - 1
    by_sent: dict[int, list] = {}
    for m in doc._.mentions or []:
        i = bisect.bisect_right(starts, m.start) - 1
        if m.country and not m.org and m.country != e.actor.country:
            by_sent.setdefault(i, []).append(m)
    out: dict = {}
    for i in range(si + 1, min(si + 1 + GUEST_SENTENCES, len(starts))):
        if i not in by_sent:
            break
        for m in by_sent[i]:
            out.setdefault(m.country, EventActor.of(m))
    return list(out.values())


def _as_meeting(e: Event, guest: EventActor) -> Event:
    n = retold(e, copy.copy(e.actor), guest)
    info = lexicon().categories["CONSULT"]
    n.type, n.cameo, n.mode = "CONSULT", HOST_CODE, None
    n.quad, n.intensity = info["quad"], info["intensity"]
    return n


def welcomed_guests(doc, events: list[Event]) -> list[Event]:
    """Each welcome of a gathering's members given as the host's meeting with
    each guest named after it (see module doc); the others as they are."""
    out: list[Event] = []
    for e in events:
        guests = _guests(doc, e) if _welcomes_group(doc, e) else []
        if len(guests) < 2:
            out.append(e)
            continue
        out.extend(_as_meeting(e, g) for g in guests)
    return out
