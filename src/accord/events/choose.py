"""The sentence classifier chooses between a verb's candidate types.

The CAMEO verb dictionary (``data/cameo_verbs.json``) gives a verb several
codes: its default and those of its phrase patterns ("return" a visit, a
delegation, stolen goods; "fail" to reach agreement). The trigger finder
codes a verb by the pattern that matches in place, else by its default, and
many verbs have no default at all. Where the sentence classifier
(:mod:`accord.events.classifier`) is sure of the sentence's class and no
candidate of the sentence is of that class, :func:`typed_candidates` takes
the code of that class that the sentence's main verb has in the dictionary,
from its default or from patterns whose words the sentence has (anywhere, not
in the pattern's order):

* the main verb is already a candidate of another class, found by a CAMEO
  pattern or default (not by one of accord's own rules): its code becomes the
  verb's code of the classifier's class;
* the main verb is no candidate: it becomes one with that code
  (``source="class"``).

The main verb is the sentence's root, or for a reporting root ("said",
"announced": a CAMEO 01 default) the verbs of the clauses it reports; a
negated verb or one inside a quote is left alone. The event still needs its
parties and a confidence above the component's floor
(:func:`accord.events.assemble.events_for`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..syntax import grammar
from . import words as W
from .classifier import quad_class
from .lexicon import Lexicon
from .triggers import SPEC_VERB, Candidate

# the classifier's probability of its most likely class from which it types a verb,
# chosen on the cross-validated ConfliBERT folds and checked on the sample events:
# 0.7 and 0.8 give ConfliBERT classes 0.837 / 0.836 macro-F1 but add false sample
# events (532 / 529 predicted, no more true ones); 0.91 gives 0.830 and adds none.
RETYPE = 0.91
CLASS_SOURCE = "class"  # a candidate typed by the classifier's view


def verb_codes(lemma: str, lex: Lexicon, words: set | None = None) -> Counter:
    """The CAMEO codes the dictionary gives a verb (its default and its phrase
    patterns), each with how many of its entries give it; with ``words``
    (the sentence's words and lemmas) only the patterns that have one of
    them, wherever it stands. Comment codes (01) are no events here, nor
    is the block's code for an act only ever charged (``charge_verbs``)."""
    info = lex.verbs.get(lemma)
    if info is None:
        return Counter()
    block = lex.blocks.get(info["block"]) or {}
    pats = block.get("patterns", [])
    if words is not None:
        pats = [p for p in pats if p[4] & words]
    own = None if lemma in W.words("charge_verbs") else block.get("code")  # "interfere": no 070 aid
    codes = [info.get("code"), own] + [p[2] for p in pats]
    return Counter(c for c in codes if c and not c.startswith("01") and lex.info(c) is not None)


def _default_code(lemma: str, lex: Lexicon) -> str:
    """The verb's own code, else its dictionary block's ("" for none)."""
    info = lex.verbs.get(lemma) or {}
    return info.get("code") or (lex.blocks.get(info.get("block")) or {}).get("code") or ""


def main_verbs(sent, lex: Lexicon) -> list:
    """The sentence's root verb, or for a reporting root the verbs of the
    clauses it reports."""
    root = sent.root
    if root.pos_ != "VERB":
        return []
    if _default_code(root.lemma_.lower(), lex).startswith("01"):
        g = grammar(root)
        return [ch for ch in g.children(root, "clausal_complement") if ch.pos_ == "VERB"]
    return [root]


def class_code(tok, cls: str, lex: Lexicon, words: set | None = None) -> str | None:
    """The verb's most frequent dictionary code of the class ``cls`` (of the
    patterns that have one of ``words``, see :func:`verb_codes`); the first
    of equals."""
    codes = [(n, c) for c, n in verb_codes(tok.lemma_.lower(), lex, words).items() if quad_class(c) == cls]
    return max(codes, key=lambda nc: nc[0])[1] if codes else None


def typed_candidates(sent, cands: list[Candidate], probs: dict | None, lex: Lexicon) -> list[Candidate]:
    """The sentence's candidates, with the main verb typed by the class the
    classifier is sure of where no candidate has that class (see the module
    docstring)."""
    if not probs:
        return cands
    cls = max(probs, key=probs.get)
    if cls == "statement" or probs[cls] < RETYPE or any(quad_class(c.cameo) == cls for c in cands):
        return cands
    words = {w for t in sent for w in (t.lower_, t.lemma_.lower())}
    for tok in main_verbs(sent, lex):
        code = class_code(tok, cls, lex, words)
        ci = lex.info(code) if code else None
        if ci is None or grammar(tok).negated(tok) or _quoted(tok):
            continue
        on_tok = [k for k, c in enumerate(cands) if c.tok.i == tok.i]
        if on_tok and cands[on_tok[0]].source == "rule":
            continue  # accord's own trigger rule stands
        if not on_tok and _frames_a_rule_act(tok, cands):
            continue  # "decided to close the checkpoints": the closure is the news, the verb its frame
        quad = lex.categories[ci.type]["quad"]
        if on_tok:
            out = list(cands)
            k = on_tok[0]
            out[k] = replace(cands[k], cameo=code, type=ci.type, quad=quad, mode=ci.mode, context=list(ci.context))
            return out
        return cands + [Candidate(tok, code, ci.type, quad, ci.mode, list(ci.context), SPEC_VERB, CLASS_SOURCE)]
    return cands


def _frames_a_rule_act(tok, cands: list[Candidate]) -> bool:
    """Does the verb take as its infinitive complement an act that accord's own rows code?"""
    g = grammar(tok)
    return any(c.source == "rule" and c.tok.head.i == tok.i and g.is_(c.tok, "open_complement") for c in cands)


def _quoted(tok) -> bool:
    """Is the token inside a quote (``doc._.quotes``)?"""
    return any(q.start <= tok.idx < q.end for q in tok.doc._.quotes or [])


def may_type(sent, lex: Lexicon) -> bool:
    """Could :func:`typed_candidates` add a candidate to this sentence (a
    cheap test before the classifier is asked about a sentence without one)?"""
    return any(t.lemma_.lower() in lex.verbs for t in main_verbs(sent, lex))
