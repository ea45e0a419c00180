"""A party no name codes, told by its state (accord.ru.events): «задержала
российский танкер» (a state's adjective on the noun), «танкер под российским
флагом» (``flag_nouns``), «капитана судна, гражданина России» (an apposition
that names the state)."""

from __future__ import annotations

from ..record import EventActor
from . import lexicon as lx


def described(doc, at, tok, party) -> EventActor | None:
    """A thing or person no name codes, told by its state (``party`` codes
    a word, or gives None): «задержала
    российский танкер» (the adjective of a state), «капитана судна,
    гражданина России» (an apposition that names one)."""
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ not in ("obj", "iobj", "nsubj", "nsubj:pass", "obl"):
        return None
    own = [at[c.i] for c in tok.children if c.dep_ == "amod" and c.i in at and at[c.i].country]
    if len(own) == 1 and own[0].kind is None:
        span = doc[own[0].start : own[0].end]
        return EventActor(span.start_char, span.end_char, span.text, own[0].country, own[0].country, None, None)
    flagged = _flag_state(doc, at, tok)
    if flagged is not None:
        return flagged
    below = [tok, *(c for c in tok.children if c.dep_ == "nmod" and c.i not in at)]  # «капитана судна, гражданина X»
    named = [c for t in below for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in at]
    for c in named:
        owners = [m for m in c.children if m.dep_ == "nmod" and m.i in at and at[m.i].kind == "state"]
        if owners and not any(k.dep_ == "case" for k in owners[0].children):
            return party(owners[0])
    return None


def _flag_state(doc, at, tok) -> EventActor | None:
    """«задержала танкер под российским флагом» (the phrase on the noun or,
    as the parser often hangs it, on the verb): the flag's state."""
    near = list(tok.children) + (list(tok.head.children) if tok.dep_ == "obj" else [])
    for f in near:
        if lx.lemma(f) not in lx.event_map("flag_nouns") or not any(lx.lemma(k) == "под" for k in f.children):
            continue
        for c in f.children:
            a = at.get(c.i)
            if a is not None and a.country and (a.kind is None or a.kind == "state"):
                span = doc[a.start : a.end]
                return EventActor(span.start_char, span.end_char, span.text, a.country, a.country, None, None)
    return None
