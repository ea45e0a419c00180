"""Which trigger of a sentence embeds which: a trigger governed by another
(``agreed to hold drills``) becomes the content of the outer one where the
outer's evidence is as strong; a clause that tells an act of its own
(``after X threatened``, ``..., accusing them of``) embeds nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import grammar
from . import words as W
from .lexicon import Lexicon
from .sense import agent_modifier, first_noun_conjunct, sent_to_cooperate, separate_phrase

if TYPE_CHECKING:
    from .triggers import Candidate


def resolve_embedding(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """A trigger within three heads of another is the content of the outer
    one where the outer's evidence is at least as strong (it keeps the outer
    category and lends its context to a framing one); else the outer yields."""
    if len(cands) < 2:
        return cands
    by_i = {c.i: c for c in cands}
    drop = set()
    framing = W.categories("framing")
    for c in cands:
        t = c.tok
        g = grammar(t)
        through_clause = False
        for _ in range(3):
            t = first_noun_conjunct(t, g)  # "agreed to a ceasefire and the withdrawal of troops": both agreed to
            if g.is_(t, "conjunct") and t.pos_ == "VERB" and g.is_(t.head, "prep_clause"):
                t = t.head  # "accused Minsk of flying in migrants and pushing them": both are charged
            if g.is_(t, "conjunct", "relative_clause", "parataxis", "root", "apposition") or t.head.i == t.i:
                break
            if t.i == c.i and c.type == "ACCUSE" and _participle_clause(t, g):
                break  # "ordered the diplomats to leave, accusing them of ...": two acts
            if _separate_clause(t, g) or (t.i == c.i and (separate_phrase(c, g) or agent_modifier(t, g))):
                break  # "fired missiles a day after Pyongyang threatened ...": two acts, told in order
            through_clause = through_clause or g.is_(t, "clausal_complement")
            t = t.head
            outer = by_i.get(t.i)
            if outer is None or outer is c or outer.i in drop:
                continue
            if through_clause and outer.recipient_tok is None and t.lemma_.lower() in W.words("report_cues"):
                outer.inner.append(c)  # "warned that X would not ...": the warning (aimed where the act
                break  # is) and the reported act are both news
            # the stronger evidence decides which of the two stands
            if outer.spec >= 1.5 or outer.spec >= c.spec:
                drop.add(c.i)
                outer.inner.append(c)
                sent_to_cooperate(outer, c)  # "sent a battalion to take part in the drills"
                if outer.type in framing:
                    _lend_context(outer, c, lex)
            else:
                drop.add(outer.i)
            break
    return [c for c in cands if c.i not in drop]


def setting_head(tok):
    """The verb an ``after`` clause holding ``tok`` hangs from
    (``expelled`` for ``alleged`` in ``expelled them after X alleged ...``), or None."""
    g = grammar(tok)
    t = tok
    for _ in range(3):
        if t.head.i == t.i or g.is_(t, "conjunct", "relative_clause", "parataxis", "apposition"):
            return None
        if _separate_clause(t, g):
            return t.head
        t = t.head
    return None


def _separate_clause(t, g) -> bool:
    """An adverbial clause that tells another act (``after X threatened``:
    ``separate_clause_marks``; with a subject of its own named, no pronoun:
    ``while Biden was visiting Tokyo``, ``separate_subject_clause_marks``): an
    act of its own, never the content of the verb it hangs from. (Other markers measured on ConfliBERT args added
    arguments its gold, one event a sentence, leaves out, and no event to the
    sample gold; so did ``while he contests``, the same party's circumstance.)"""
    if not g.is_(t, "adverbial_clause"):
        return False
    marks = {m.lower_ for m in g.children(t, "marker")}
    if marks & W.words("separate_clause_marks"):
        return True
    subj = g.children(t, "subject", "passive_subject")
    return bool(marks & W.words("separate_subject_clause_marks") and subj) and all(s.pos_ != "PRON" for s in subj)


def _participle_clause(t, g) -> bool:
    """An adverbial participle clause with no marker (``..., accusing them of``)."""
    if not g.is_(t, "adverbial_clause") or g.has_child(t, "marker"):
        return False
    return "Prog" in t.morph.get("Aspect") or "Ger" in t.morph.get("VerbForm")


def _lend_context(outer: Candidate, inner: Candidate, lex: Lexicon) -> None:
    """The framing trigger takes the embedded one's contexts; an agreement to
    a future act takes that act's fine AGREE code ('agreed to hold talks')."""
    for x in inner.context:
        if x not in outer.context:
            outer.context.append(x)
    if outer.type == "AGREE" and outer.cameo in ("030", "031", "033"):
        fine = lex.future_agree_fine.get(inner.cameo) or lex.future_agree.get(inner.cameo[:2])
        if fine:
            outer.cameo = fine
