"""Knowing full well: a charge of bad faith in a party's words (round G).

``"Belarus has nothing to do with the smugglers, and Vilnius knows this
perfectly well," the minister said``, ``Washington understands very well
that the sanctions hurt ordinary people``: a party said to know what it acts
against, with a degree word on ``well`` (``knowing_verbs``,
``knowing_degrees``), is charged with acting in bad faith: the speaker's
ACCUSE (112, a speech act) of that party. Only a party's speaker charges
(a quote's coded speaker, or the coded subject of the reporting verb), and
never its own side; a knowledge said not had (``does not know``) is none.
Knowing well is a charge only in an adversarial frame: what is known points
back (``this``, ``it``) at a rebuttal in the sentence (``rebuttal_words``:
"has nothing to do with ..., and Vilnius knows it"), or is a clause of harm
done (``bad_faith_acts``: "that the sanctions hurt ordinary people"). Else
it is praise or plain remark ("China understands very well that cooperation
benefits both nations"): nothing.
"""

from __future__ import annotations

from ..doc_index import tokens_with_lower
from ..record import Event
from ..syntax import grammar
from . import flags as F
from . import words as W
from .actor_groups import ActorGroups
from .blame import ACCUSE_CODE, ACT_CONFIDENCE, owners, speaker_party
from .made import speech_event
from .party_spans import party


def _knowing(tok, g) -> bool:
    """``knows this perfectly well``: a knowing verb with ``well`` under a degree word."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in W.words("knowing_verbs"):
        return False
    degrees = W.words("knowing_degrees")
    for w in g.children(tok, "adverb"):
        if w.lower_ == "well" and any(d.lower_ in degrees for d in g.children(w, "adverb")):
            return True
    return False


#: what is known that points back at the sentence's rebuttal
BACK_POINTERS = ("this", "it", "that")


def _adversarial(tok, g) -> bool:
    """Is what ``tok`` knows a rebuttal pointed back at, or harm done (see module doc)?"""
    if any(o.lower_ in BACK_POINTERS for o in g.children(tok, "object")):
        rebuttals = W.words("rebuttal_words")
        if any(t.lower_ in rebuttals for t in tok.doc[tok.sent.start : tok.i]):
            return True
    acts = W.words("bad_faith_acts")
    return any(c.lemma_.lower() in acts for c in g.children(tok, "clausal_complement"))


def bad_faith_charges(doc, events: list[Event], actors: ActorGroups, quotes) -> list[Event]:
    """The speakers' ACCUSEs of parties said to know full well (see the module
    doc), once per pair and sentence."""
    have = {
        (e.sentence["start"], e.actor and e.actor.code, e.recipient and e.recipient.code)
        for e in events
        if e.type == "ACCUSE"
    }
    g = grammar(doc)
    out: list[Event] = []
    # a knowing verb is the head of its "well": only those heads are looked at
    for tok in sorted({w.head for w in tokens_with_lower(doc, "well")}, key=lambda x: x.i):
        if not _knowing(tok, g) or F.is_negated(tok) or not _adversarial(tok, g):
            continue
        subj = g.child(tok, "subject")
        speaker = speaker_party(tok, doc, actors, quotes) if subj is not None else None
        if speaker is None:
            continue
        own = speaker.country or speaker.org
        for mi in owners(subj, actors):
            p = party(actors, mi, tok.i)
            key = (tok.sent.start_char, speaker.code, p.code)
            if not p.code or (p.country or p.org) in (own, None) or key in have:
                continue
            have.add(key)
            ev = speech_event(tok, "ACCUSE", ACCUSE_CODE, speaker, p, ACT_CONFIDENCE)
            ev.hypothetical = F.is_hypothetical(tok)
            out.append(ev)
    return out
