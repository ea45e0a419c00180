"""Denials told as a hostile act said not done (issue #16, round F).

``The Turkish ministry said that the strike hit only militants and that
civilians were not harmed``, ``"Our troops did not fire on the village," the
minister said``: after an accusation aimed at the speaker's side, a hostile
act (``accusable``) the speaker says was not done, by its own side or by
nobody named, is the speaker's denial (REJECT, CAMEO 016) of the accuser.
With no such accusation before, nothing is denied to anyone, and no event is
added; an act said with a modal (``should not target``) is a demand, no denial. The negated act itself stays as it is (negated).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from ..record import Event, Span
from ..syntax import grammar
from . import words as W
from .actor_groups import ActorGroups
from .blame import ACT_CONFIDENCE, speaker_party
from .coref import sentence_numbers
from .demanded_release import BACK_SENTENCES
from .flags import own_words
from .frames import frame_verb, token_at
from .lexicon import lexicon
from .party_spans import party

DENIAL_CODE = "016"
#: how many sentences after the accusation a denial may follow (one window for every reply)
DENIAL_SENTENCES = BACK_SENTENCES


def told_denials(doc, events: list[Event], actors: ActorGroups, quotes, answered: Callable) -> list[Event]:
    """The speakers' denials read from acts said not done (see the module doc),
    once per sentence and speaker. ``answered(doc, denial, events)``: the
    accusation the denial answers, or None."""
    out: list[Event] = []
    seen = set()
    for e in events:
        if not e.negated or e.hypothetical or e.type not in W.categories("accusable"):
            continue
        tok = token_at(doc, e.trigger.start)
        if tok is None or any(c.lower_ in own_words("modal_aux") for c in tok.children):
            continue  # "should not target third countries": a demand, no denial
        speaker = speaker_party(tok, doc, actors, quotes)
        if speaker is None:
            continue
        own = speaker.country or speaker.org
        doer = (e.actor.country or e.actor.org) if e.actor is not None else None
        if (doer and doer != own) or (e.sentence["start"], own) in seen:
            continue  # another party's act not done is no denial of the speaker's
        if _no_party_cause(tok) or _own_people_spared(tok, own, actors):
            continue  # "no one was killed in the earthquake", "its fishermen were not attacked": no denial
        d = _denial(e, speaker, frame_verb(tok))
        prev = answered(doc, d, events)
        if prev is None or prev.recipient is None or (prev.recipient.country or prev.recipient.org) != own:
            continue
        index = sentence_numbers(doc)
        gap = index.get(e.sentence["start"], 0) - index.get(prev.sentence["start"], 0)
        if not 0 <= gap <= DENIAL_SENTENCES:
            continue  # a denial answers an accusation told just before
        d.recipient = copy.deepcopy(prev.actor)
        seen.add((e.sentence["start"], own))
        out.append(d)
    return out


def _denial(e: Event, speaker, cue) -> Event:
    d = copy.deepcopy(e)
    info = lexicon().categories["REJECT"]
    d.type, d.cameo, d.mode, d.context = "REJECT", DENIAL_CODE, None, []
    d.quad, d.intensity = info["quad"], info["intensity"]
    d.actor, d.recipient = copy.deepcopy(speaker), None
    d.negated = d.hypothetical = d.future = False
    d.speech_act = True
    d.confidence = max(d.confidence, ACT_CONFIDENCE)  # the denial is said, however weak the act's own reading
    if cue is not None and e.sentence["start"] <= cue.idx < e.sentence["end"]:
        d.trigger = Span(cue.idx, cue.idx + len(cue.text), cue.text)
    return d


def _no_party_cause(tok) -> bool:
    """The act's clause names a cause no party is behind (``natural_causes``:
    "no one was killed in the earthquake", "during the storm")."""
    causes = W.words("natural_causes")
    return any(t.lemma_.lower() in causes for t in tok.subtree)


def _own_people_spared(tok, own, actors: ActorGroups) -> bool:
    """A passive act whose subject is the speaker's own people ("its
    fishermen were not attacked"): the speaker tells what was not done to its
    side, it denies no charge."""
    g = grammar(tok)
    subj = g.child(tok, "passive_subject")
    if subj is None:
        return False
    if any(g.is_(c, "possessor") and c.lower_ in W.words("own_possessives") for c in subj.children):
        return True
    parties = [party(actors, mi, tok.i) for mi in actors.group(subj)]
    return any((p.country or p.org) == own for p in parties if p.code)
