"""Event flags as pure functions over tokens: negated, hypothetical, future.

Each takes the trigger token (a spaCy ``Token``); the words they look for are
module constants so they are compiled once.
"""
from __future__ import annotations

NEG_WORDS = frozenset({"not", "n't", "never", "no"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPO_AUX = frozenset({"might", "may", "could"})
READY_WORDS = frozenset({"willing", "ready", "prepared", "poised", "set", "due", "determined", "eager", "keen"})
HYPO_MARK = frozenset({"if", "unless", "whether"})
# verbs whose infinitive complement is a plan, not a fact
PLAN_VERBS = frozenset({"plan", "intend", "expect", "schedule", "prepare", "aim", "seek", "hope", "want", "wish",
                        "consider", "mull", "propose", "set", "due", "going", "vow", "pledge", "promise", "offer",
                        "agree", "decide", "threaten", "plot"})
FUTURE_MOD = frozenset({"upcoming", "planned", "forthcoming", "future", "next", "proposed", "scheduled", "coming"})
FAIL_VERBS = frozenset({"fail", "refrain", "stop", "cease", "abandon"})


def _clause_chain(tok, steps: int = 3):
    """The trigger and the verbs it hangs from through complements (xcomp,
    ccomp-free): ``agreed to hold`` -> [hold, agreed]."""
    out = [tok]
    t = tok
    for _ in range(steps):
        if t.dep_ in ("xcomp", "aux", "auxpass", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "compound", "amod") and t.head is not t:
            t = t.head
            out.append(t)
        else:
            break
    return out


def is_negated(tok) -> bool:
    """``did not attend``, ``never visited``, ``no talks were held``,
    ``failed to reach``. Refusal is not negation (it is REJECT)."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
        if c.lower_ == "never" and c.dep_ in ("neg", "advmod"):
            return True
    h = tok.head
    if tok.dep_ == "xcomp" and h is not tok:
        if h.lemma_.lower() in FAIL_VERBS:
            return True
        # "did not agree to hold": the negation of the governing verb
        if any(c.dep_ == "neg" for c in h.children) and h.lemma_.lower() not in ("refuse", "reject", "decline"):
            return True
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass", "nsubj") and h is not tok:
        if any(c.dep_ == "neg" for c in h.children):
            return True
    return False


def is_future(tok) -> bool:
    """``will hold``, ``is to visit``, ``plans to deploy``, ``upcoming talks``."""
    for t in _clause_chain(tok):
        for c in t.children:
            lw = c.lower_
            if c.dep_ in ("aux", "auxpass") and lw in FUTURE_AUX:
                return True
            if c.dep_ == "aux" and lw == "would" and not _has_condition(t):
                return True
            if c.dep_ in ("amod", "compound") and lw in FUTURE_MOD and t.pos_ == "NOUN":
                return True
        if t is not tok and t.lemma_.lower() in PLAN_VERBS and tok.dep_ in ("xcomp",):
            return True
        if t.lower_ == "going" and any(c.dep_ == "xcomp" for c in t.children):
            return True
        if t is not tok and t.lemma_.lower() in READY_WORDS:
            return True
    return False


def has_condition(t) -> bool:
    """The clause of ``t`` (or one it hangs from) is conditional: ``if``/``unless``."""
    return _has_condition(t) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in t.children)


def _has_condition(t) -> bool:
    for a in [t] + list(t.ancestors)[:3]:
        for c in a.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in HYPO_MARK for m in c.children):
                return True
        if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in HYPO_MARK for m in a.children):
            return True
    return False


def is_hypothetical(tok) -> bool:
    """``might expand``, ``could attack``, ``if ... attacked``, ``would ... if``."""
    for t in _clause_chain(tok):
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in HYPO_AUX:
                return True
            if c.dep_ == "mark" and c.lower_ in HYPO_MARK:
                return True
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in HYPO_MARK for m in t.children):
            return True
    return _has_condition(tok) and any(c.lower_ == "would" for c in tok.children)
