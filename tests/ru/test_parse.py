"""The parser wrapper repairs every sentence before labelling it (a fake
slovnet model with fixed scores: no natasha needed)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from accord.ru.parse import parse
from accord.ru.tree import ROOT, is_tree

RELS = ["<pad>", "<unk>", "nsubj", "obj", "root"]


class FakeVocab:
    def __init__(self, items):
        self.items = items
        self.item_ids = {x: i for i, x in enumerate(items)}
        self.pad_id, self.unk_id = 0, 1

    def decode(self, i):
        return self.items[i]


def fake_api(head_scores: list[np.ndarray]):
    """A syntax API whose head scores per sentence are given; the label
    model says 'root' for arcs to the root and 'obj' otherwise, and would
    say 'root' for everything if it could (to check 'root' is kept for the
    root only)."""

    def encoder(sents):
        n = max(len(s) for s in sents)
        pad = np.array([[j >= len(s) for j in range(n)] for s in sents])
        yield SimpleNamespace(word_id=np.zeros(pad.shape), shape_id=np.zeros(pad.shape), pad_mask=pad)

    def head(x):
        b, n = x.shape[0], x.shape[1]
        out = np.full((b, n, n + 1), -9.0)
        for k, s in enumerate(head_scores):
            out[k, : s.shape[0], : s.shape[1]] = s
        return out

    def rel(x, target):
        out = np.zeros(target.shape + (len(RELS),))
        out[..., 4] = 1.0  # 'root' always best
        out[..., 3] = np.where(target > 0, 0.5, 0.0)
        return out

    model = SimpleNamespace(emb=lambda w, s: w[..., None], encoder=lambda x, m: x, head=head, rel=rel)
    return SimpleNamespace(
        infer=SimpleNamespace(model=model, encoder=encoder, decoder=SimpleNamespace(rels_vocab=FakeVocab(RELS)))
    )


def test_cycle_and_two_roots_are_repaired_and_labelled_after_repair():
    cycle = np.full((3, 4), -5.0)
    cycle[0, 2], cycle[1, 1], cycle[2, 2], cycle[0, 0] = 5, 5, 4, 3  # 0<->1 cycle, 0 the best root
    roots = np.full((3, 4), -5.0)
    roots[0, 0], roots[1, 0], roots[2, 1] = 6, 5, 6  # 0 and 1 both on the root
    roots[1, 1] = 4
    tree = np.full((2, 3), -5.0)
    tree[0, 0], tree[1, 1] = 5, 5
    out = parse(fake_api([cycle, roots, tree]), [["а", "б", "в"], ["г", "д", "е"], ["ж", "з"]])
    assert [p.repaired for p in out] == ["no-root", "roots", ""]
    assert out[0].original == [1, 0, 1]
    for p in out:
        assert is_tree(p.heads)
        assert [r == "root" for r in p.rels] == [h == ROOT for h in p.heads]
    assert out[0].heads == [ROOT, 0, 1]
    assert out[1].heads == [ROOT, 0, 0]


def test_empty_sentence_is_refused_clearly():
    with pytest.raises(ValueError, match="at least one word"):
        parse(fake_api([]), [["а"], []])
