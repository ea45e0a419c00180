"""The capital or body whose voice an agentless passive statement act tells.

"In Yerevan, the statement was rejected", "In Minsk, these claims were
dismissed as groundless": a fronted ``In <capital>,`` phrase on an agentless
passive statement act (``voiced_types``) stands for its state's voice where
what the passive tells of is words said (``voiced_nouns``,
``voiced_act_nouns``, or any charge a denial verb denies: "In Moscow, any
involvement was denied") or any thing a verdict is said on ("In Moscow, the
new sanctions were condemned", "In Tallinn, the expulsion was called a
provocation": ``judging_verbs``, ``disapproval_verbs``; "the exercise was met
with concern" stays unvoiced), and the place is a
capital ("In Geneva, the Russian proposal was rejected": a venue). A state's
body named by an ``in`` phrase after the verb speaks too ("the version of X
was rejected in the security service"): a coded organisation of a state.
"""

from __future__ import annotations

from ..actors.lexicon import CAPITAL, get_lexicon
from ..syntax import grammar
from . import words as W
from .actor_groups import ActorGroups
from .parties import party_words
from .triggers import Candidate


def fronted_capital(c: Candidate, actors: ActorGroups) -> int | None:
    """The mention of the capital or body that voices an agentless passive
    statement act (see the module docstring); else None."""
    tok = c.tok
    g = grammar(tok)
    if c.type not in party_words("voiced_types") or tok.pos_ != "VERB" or g.agents(tok):
        return None
    sj = g.child(tok, "passive_subject")
    if sj is None or not _voiced_subject(tok, sj):
        return None
    for pr in g.children(tok, "prep"):
        if pr.lower_ not in party_words("voiced_preps"):
            continue
        for p in g.children(pr, "prep_object"):
            mi = actors.at(p)
            m = actors.mentions[mi] if mi is not None else None
            if m is None or not m.country or not m.code:
                continue
            if pr.i < sj.left_edge.i and m.kind in ("location", "state") and not m.org and _capital(p):
                return mi
            if pr.i > tok.i and m.kind == "org" and m.org is None:
                return mi  # "was rejected in the FSB": the state's body said so
    return None


def _voiced_subject(tok, sj) -> bool:
    """Is the passive's subject words said, a charge denied or an act judged?"""
    lem = sj.lemma_.lower()
    if lem in party_words("voiced_nouns") | W.words("voiced_act_nouns"):
        return True
    if tok.lemma_.lower() in W.words("denial_verbs"):
        return True  # "In Moscow, any involvement was denied": words said
    # "In Minsk, the expulsion was called a provocation", "the new sanctions were condemned": a verdict said on anything
    return tok.lemma_.lower() in W.words("judging_verbs") | W.words("disapproval_verbs")


def _capital(tok) -> bool:
    """Is ``tok`` (the head of a place name) a capital in the actors' dictionary?"""
    span = tok.doc[tok.left_edge.i : tok.i + 1] if tok.left_edge.pos_ == "PROPN" else tok.doc[tok.i : tok.i + 1]
    return any(e.type == CAPITAL for e in get_lexicon().lookup(span))
