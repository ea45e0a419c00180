"""Events the story-level rules make themselves, at a word of the text
rather than from a trigger candidate: a speaker's speech act of a category
(blame's ACCUSE, a conditioned THREATEN) and an act of a CAMEO code with that
code's mode and context (a refused joint document, an act said in a report)."""

from __future__ import annotations

import copy

from ..record import Event, EventActor, Span
from .lexicon import lexicon


def _where(tok) -> tuple[Span, dict]:
    sent = tok.sent
    return Span(tok.idx, tok.idx + len(tok.text), tok.text), {"start": sent.start_char, "end": sent.end_char}


def speech_event(tok, category: str, cameo: str, speaker: EventActor, other, confidence: float) -> Event:
    """The speaker's speech act of ``category`` (ACCUSE, THREATEN) toward
    ``other`` at the word ``tok`` (its sentence the event's)."""
    info = lexicon().categories[category]
    trigger, sentence = _where(tok)
    return Event(
        type=category,
        cameo=cameo,
        mode=None,
        context=[],
        quad=info["quad"],
        intensity=info["intensity"],
        trigger=trigger,
        sentence=sentence,
        actor=copy.deepcopy(speaker),
        recipient=other,
        confidence=confidence,
        speech_act=True,
    )


def code_event(tok, code: str, actor: EventActor, recipient, confidence: float, **flags) -> Event | None:
    """The act of CAMEO ``code`` (its PLOVER type, mode and context from the
    lexicon) by ``actor`` toward ``recipient`` at the word ``tok``; ``flags``:
    the Event's other fields (negated, speech_act, attribution ...). None for
    a code the lexicon gives no type."""
    info = lexicon().info(code)
    if info is None or info.type is None:
        return None
    cat = lexicon().categories[info.type]
    trigger, sentence = _where(tok)
    return Event(
        type=info.type,
        cameo=info.cameo,
        mode=info.mode,
        context=list(info.context),
        quad=cat["quad"],
        intensity=cat["intensity"],
        trigger=trigger,
        sentence=sentence,
        actor=actor,
        recipient=recipient,
        confidence=confidence,
        **flags,
    )
