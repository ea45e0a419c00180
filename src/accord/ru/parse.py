"""natasha's dependency parser, with every sentence decoded into a tree.

We run slovnet's syntax model step by step instead of calling its
``map``: the head scores it computes for every (word, head) pair are kept,
each sentence whose best heads are not a tree (several roots, none, a
cycle) is decoded again by :func:`accord.ru.tree.mst_heads`, and only
then are the relation labels computed, for the repaired heads. The labels
therefore always describe the arcs that are kept, and the cost is the
parser's own plus a spanning-tree decode on the sentences that need one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .tree import ROOT, is_tree, mst_heads


@dataclass
class Parsed:
    """One sentence: 0-based heads (-1 = root), UD relations, and whether
    the parser's own heads had to be repaired (and why)."""

    heads: list[int]
    rels: list[str]
    repaired: str = ""  # "", "roots", "no-root" or "cycle"
    original: list[int] = field(default_factory=list)


def why_not_tree(heads: list[int]) -> str:
    """ "" for a tree, else what is wrong: several roots, none, or a cycle."""
    if is_tree(heads):
        return ""
    roots = sum(1 for h in heads if h == ROOT)
    if roots > 1:
        return "roots"
    if roots == 0:
        return "no-root"
    return "cycle"


def _rels(rel_scores: np.ndarray, heads: list[int], vocab) -> list[str]:
    """The best label of each arc; ``root`` only for the root, never for
    another word."""
    root_id = vocab.item_ids.get("root")
    out = []
    for i, h in enumerate(heads):
        if h == ROOT:
            out.append("root")
            continue
        row = rel_scores[i].copy()
        if root_id is not None:
            row[root_id] = -np.inf
        for special in (vocab.pad_id, vocab.unk_id):
            if special is not None:
                row[special] = -np.inf
        out.append(vocab.decode(int(row.argmax())))
    return out


def parse(syntax_api, sents: list[list[str]]) -> list[Parsed]:
    """Parse tokenized sentences (each a non-empty list of words) with a
    natasha ``NewsSyntaxParser`` (or slovnet ``Syntax``); every result is
    a tree."""
    if any(not s for s in sents):
        raise ValueError("the syntax parser needs at least one word per sentence")
    infer = syntax_api.infer
    model = infer.model
    vocab = infer.decoder.rels_vocab
    out: list[Parsed] = []
    for batch in infer.encoder(sents):
        x = model.emb(batch.word_id, batch.shape_id)
        x = model.encoder(x, batch.pad_mask)
        scores = model.head(x)  # batch x seq x (seq + 1); column 0 is the root
        sizes = (~batch.pad_mask).sum(-1)
        target = np.zeros(batch.pad_mask.shape, dtype=np.int_)
        found = []
        for b, n in enumerate(sizes.tolist()):
            s = scores[b, :n, : n + 1]
            heads = (s.argmax(-1) - 1).tolist()
            why = why_not_tree(heads)
            fixed = mst_heads(s) if why else heads
            target[b, :n] = [h + 1 for h in fixed]
            found.append((fixed, why, heads))
        rel = model.rel(x, target)
        for b, (fixed, why, heads) in enumerate(found):
            out.append(Parsed(fixed, _rels(rel[b, : len(fixed)], fixed, vocab), why, heads))
    return out
