"""Tree repair on hand-made head arrays (no parser needed)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from accord.ru.parse import why_not_tree
from accord.ru.tree import ROOT, is_tree, mst_heads, reattach, repair


def scores_from(arcs: dict[tuple[int, int], float], n: int, low: float = -5.0) -> np.ndarray:
    """A (n, n + 1) score matrix: ``arcs[(dep, head)]`` (head -1 = root)."""
    s = np.full((n, n + 1), low)
    for (d, h), v in arcs.items():
        s[d, h + 1] = v
    return s


def test_a_tree_is_left_alone():
    heads = [1, ROOT, 1]
    assert is_tree(heads)
    assert repair(heads) == (heads, False)


def test_cycle_is_detected_and_broken_by_the_spanning_tree():
    # words 0 <-> 1 point at each other; 2 hangs on 1; nobody is the root
    heads = [1, 0, 1]
    assert why_not_tree(heads) == "no-root"
    # scores: the cycle arcs are best, 0 -> root second best for word 0
    s = scores_from({(0, 1): 5.0, (1, 0): 5.0, (2, 1): 4.0, (0, -1): 3.0, (1, -1): 1.0}, 3)
    fixed, changed = repair(heads, s)
    assert changed and is_tree(fixed)
    assert fixed == [ROOT, 0, 1]  # keeps 1 -> 0 and 2 -> 1, cuts 0 -> 1 for 0 -> root


def test_cycle_beside_a_root():
    heads = [ROOT, 2, 1, 0]  # 1 <-> 2 a cycle, 0 the root
    assert why_not_tree(heads) == "cycle"
    s = scores_from({(1, 2): 6.0, (2, 1): 6.0, (3, 0): 6.0, (0, -1): 6.0, (1, 0): 2.0, (2, 0): 1.0}, 4)
    fixed = mst_heads(s)
    assert is_tree(fixed)
    assert fixed == [ROOT, 0, 1, 0]


def test_two_roots_become_one():
    heads = [ROOT, 0, ROOT, 2]
    assert why_not_tree(heads) == "roots"
    # word 2 is a slightly worse root than word 0 and attaches well under 0
    s = scores_from({(0, -1): 6.0, (2, -1): 5.0, (1, 0): 6.0, (3, 2): 6.0, (2, 0): 4.0}, 4)
    fixed, changed = repair(heads, s)
    assert changed and fixed == [ROOT, 0, 0, 2]


def test_reattach_without_scores_keeps_other_arcs():
    assert reattach([ROOT, 0, ROOT, 2]) == [ROOT, 0, 0, 2]
    assert reattach([ROOT, 0, ROOT, 2], prefer=[False, False, True, False]) == [2, 0, ROOT, 2]
    fixed = reattach([1, 2, 0, 2])  # a three-word cycle, no root
    assert is_tree(fixed) and sum(h == ROOT for h in fixed) == 1
    assert sum(a != b for a, b in zip(fixed, [1, 2, 0, 2])) == 1  # one arc cut
    assert is_tree(reattach([0, 1, 5, -7]))  # self-loops and heads out of range


def test_spanning_tree_is_the_best_tree():
    rng = np.random.default_rng(7)
    for _ in range(150):
        n = int(rng.integers(1, 6))
        s = rng.normal(size=(n, n + 1)) * 3
        logp = s - np.log(np.exp(s).sum(1, keepdims=True))
        trees = [hs for hs in itertools.product(range(-1, n), repeat=n) if is_tree(hs)]
        best = max(sum(logp[i, h + 1] for i, h in enumerate(hs)) for hs in trees)
        got = mst_heads(s)
        assert is_tree(got)
        assert sum(logp[i, h + 1] for i, h in enumerate(got)) == pytest.approx(best)


def test_bad_scores_shape_is_a_clear_error():
    with pytest.raises(ValueError, match=r"\(n, n \+ 1\)"):
        mst_heads(np.zeros((3, 3)))
    assert mst_heads(np.zeros((0, 1))) == []
