"""Make every parsed sentence a tree: one root, no cycle.

natasha's syntax parser picks each word's head on its own (the best-scoring
head per word), so a sentence can come out with several roots, none, or a
cycle; spaCy accepts a cycle silently and ``token.ancestors`` then never
ends. Two repairs:

- :func:`mst_heads` decodes the maximum spanning tree over the parser's
  head scores (Chu-Liu/Edmonds) with exactly one word on the root, the
  tree that keeps the most probable arcs;
- :func:`reattach` works on heads alone (when no scores are at hand): it
  keeps one root, hangs the other roots on it and breaks each cycle at one
  word, keeping every other arc.

Heads here are 0-based word indexes with ``-1`` for the root; scores are a
``(n, n + 1)`` matrix whose column 0 scores the root and column ``j + 1``
word ``j`` as the head (slovnet's layout).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

ROOT = -1


def is_tree(heads: Sequence[int]) -> bool:
    """Whether heads form one tree: exactly one root and no cycle."""
    n = len(heads)
    if n == 0:
        return True
    if sum(1 for h in heads if h == ROOT) != 1:
        return False
    if any(not (h == ROOT or 0 <= h < n) or h == i for i, h in enumerate(heads)):
        return False
    return not _cycles(heads)


def _cycles(heads: Sequence[int]) -> list[list[int]]:
    """The cycles among the heads, each a list of word indexes."""
    n = len(heads)
    state = [0] * n  # 0 unseen, 1 on the current path, 2 done
    out: list[list[int]] = []
    for start in range(n):
        path: list[int] = []
        i = start
        while 0 <= i < n and state[i] == 0:
            state[i] = 1
            path.append(i)
            i = heads[i]
        if 0 <= i < n and state[i] == 1:
            out.append(path[path.index(i) :])
        for j in path:
            state[j] = 2
    return out


def _log_softmax(scores: np.ndarray) -> np.ndarray:
    s = scores - scores.max(axis=1, keepdims=True)
    return s - np.log(np.exp(s).sum(axis=1, keepdims=True))


def _cle(w: np.ndarray) -> list[int]:
    """Chu-Liu/Edmonds over ``w[dep, head]`` (node 0 is the root, which has
    no head; ``-inf`` forbids an arc). Returns the head of each node (the
    root's own entry is -1)."""
    n = w.shape[0]
    w = w.copy()
    np.fill_diagonal(w, -np.inf)
    w[0, :] = -np.inf
    heads = w.argmax(axis=1)
    heads[0] = -1
    cyc = _first_cycle(heads)
    if cyc is None:
        return heads.tolist()
    in_c = np.zeros(n, dtype=bool)
    in_c[cyc] = True
    outside = np.flatnonzero(~in_c)  # node 0 is among them
    c = len(outside)  # the contracted node's index in the smaller graph
    cyc_score = sum(w[i, heads[i]] for i in cyc)
    small = np.full((c + 1, c + 1), -np.inf)
    small[:c, :c] = w[np.ix_(outside, outside)]
    # arcs into the cycle: entering at i replaces i's cycle arc
    enter = w[np.ix_(cyc, outside)] - np.array([w[i, heads[i]] for i in cyc])[:, None] + cyc_score
    best_in = enter.argmax(axis=0)
    small[c, :c] = enter[best_in, np.arange(c)]
    # arcs out of the cycle: the best cycle word as head of each outside word
    leave = w[np.ix_(outside, cyc)]
    best_out = leave.argmax(axis=1)
    small[:c, c] = leave[np.arange(c), best_out]
    sub = _cle(small)
    out = heads.copy()
    for k, node in enumerate(outside):
        h = sub[k]
        if h == -1:
            out[node] = -1
        elif h == c:
            out[node] = cyc[best_out[k]]
        else:
            out[node] = outside[h]
    head_of_c = sub[c]
    entry = cyc[best_in[head_of_c]]
    out[entry] = outside[head_of_c]
    return out.tolist()


def _first_cycle(heads: np.ndarray) -> list[int] | None:
    h = [int(x) - 1 if x >= 0 else ROOT for x in heads[1:]]  # shift out node 0
    found = _cycles(h)
    return [i + 1 for i in found[0]] if found else None


def _decode(logp: np.ndarray) -> tuple[list[int], float]:
    n = logp.shape[0]
    w = np.full((n + 1, n + 1), -np.inf)
    w[1:, 0] = logp[:, 0]
    w[1:, 1:] = logp[:, 1:]
    heads = _cle(w)[1:]
    score = float(sum(logp[i, h] for i, h in enumerate(heads)))
    return [h - 1 if h > 0 else ROOT for h in heads], score


def mst_heads(scores, single_root: bool = True) -> list[int]:
    """The maximum spanning tree over head scores (``(n, n + 1)``, column 0
    the root), with exactly one word on the root when ``single_root``."""
    s = np.asarray(scores, dtype=np.float64)
    n = s.shape[0]
    if n == 0:
        return []
    if s.shape != (n, n + 1):
        raise ValueError(f"head scores must be (n, n + 1), got {s.shape}")
    logp = _log_softmax(s)
    heads, _ = _decode(logp)
    roots = [i for i, h in enumerate(heads) if h == ROOT]
    if not single_root or len(roots) == 1:
        return heads
    best: tuple[float, list[int]] | None = None
    for r in roots:  # try each word the free tree put on the root
        only = logp.copy()
        only[:, 0] = -np.inf
        only[r, :] = -np.inf
        only[r, 0] = 0.0 if np.isneginf(logp[r, 0]) else logp[r, 0]
        cand, score = _decode(only)
        if best is None or score > best[0]:
            best = (score, cand)
    return best[1] if best else heads


def reattach(heads: Sequence[int], prefer: Sequence[bool] | None = None) -> list[int]:
    """A tree from heads alone: keep one root (the first word ``prefer``
    marks, else the first root; a sentence without one takes a word from a
    cycle), hang the other roots on it and cut each cycle at one word,
    keeping every other arc."""
    n = len(heads)
    out = [h if (h == ROOT or 0 <= h < n) and h != i else ROOT for i, h in enumerate(heads)]
    if n == 0:
        return out
    roots = [i for i, h in enumerate(out) if h == ROOT]
    cycles = _cycles(out)
    pool = roots or [i for cyc in cycles for i in cyc]
    marked = [i for i in pool if prefer is not None and prefer[i]]
    root = (marked or pool)[0]
    for cyc in cycles:
        cut = root if root in cyc else min(cyc)
        out[cut] = ROOT if cut == root else root
    out[root] = ROOT
    for i in roots:
        if i != root:
            out[i] = root
    return out


def repair(heads: Sequence[int], scores=None, prefer: Sequence[bool] | None = None) -> tuple[list[int], bool]:
    """``(heads of a tree, whether they changed)``: the heads unchanged when
    they already form a tree, else the spanning-tree decode over ``scores``
    (or :func:`reattach` without them)."""
    heads = list(heads)
    if is_tree(heads):
        return heads, False
    fixed = mst_heads(scores) if scores is not None else reattach(heads, prefer)
    return fixed, True


def _feats(morph: str) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in morph.split("|") if "=" in kv)


def converb_subjects(words: list[str], heads: list[int], deps: list[str], pos: list[str], morphs: list[str]) -> None:
    """«Открывая учения, министр X отметил, что…»: the parser hangs the
    subject of the sentence on the converb's object (as its conj or appos)
    and leaves the main verb with none. A nominative animate noun right
    after the comma that closes the converb clause, hung on that object,
    becomes the subject of the converb's head verb when that verb has no
    subject and agrees with it in number and gender. In place on spaCy's
    absolute head indexes."""
    subj = {heads[i] for i, d in enumerate(deps) if d in ("nsubj", "nsubj:pass")}
    for c, dep in enumerate(deps):
        if dep not in ("appos", "conj") or pos[c] not in ("NOUN", "PROPN") or c == 0 or words[c - 1] != ",":
            continue
        o = heads[c]
        v = heads[o] if deps[o] == "obj" else o
        r = heads[v]
        fc, fv, fr = _feats(morphs[c]), _feats(morphs[v]), _feats(morphs[r])
        if fv.get("VerbForm") != "Conv" or not (o < c < r) or pos[r] != "VERB" or r in subj or r == v:
            continue
        if fc.get("Case") != "Nom" or fc.get("Animacy") != "Anim" or fr.get("VerbForm") == "Conv":
            continue
        agrees = fr.get("Number", fc.get("Number")) == fc.get("Number") and fr.get("Gender", fc.get("Gender")) in (
            fc.get("Gender"),
            None,
        )
        if agrees:
            heads[c], deps[c] = r, "nsubj"
            subj.add(r)


def _agrees(fc: dict, fv: dict) -> bool:
    """A noun and a verb agree in number and (where the verb shows it) gender."""
    return fv.get("Number", fc.get("Number")) == fc.get("Number") and fv.get("Gender", fc.get("Gender")) in (
        fc.get("Gender"),
        None,
    )


def speaker_subjects(words: list[str], heads: list[int], deps: list[str], pos: list[str], morphs: list[str]) -> None:
    """«„Мы видим …“, – заявил, открывая заседание, министр X»: the parser
    hangs the speaker on the quoted verb (a second subject of «видим»)
    when a clause stands between the speech verb and its subject. A
    nominative animate noun after a verb set beside the quoted one
    (parataxis), hung on the quoted verb that has another subject or is in
    the first or second person, becomes the subject of that speech verb when
    it has none and agrees with it. In place on absolute head indexes."""
    subj: dict[int, list[int]] = {}
    for i, d in enumerate(deps):
        if d in ("nsubj", "nsubj:pass"):
            subj.setdefault(heads[i], []).append(i)
    for c, dep in enumerate(deps):
        fc = _feats(morphs[c])
        if (
            dep not in ("nsubj", "nsubj:pass")
            or pos[c] not in ("NOUN", "PROPN")
            or fc.get("Case") != "Nom"
            or fc.get("Animacy") != "Anim"
        ):
            continue
        h = heads[c]
        said = [r for r in range(h + 1, c) if heads[r] == h and deps[r] == "parataxis" and pos[r] == "VERB"]
        names = [c] + [a for a, d in enumerate(deps) if heads[a] == c and d == "appos"]  # «представитель … Мария»
        if not said or said[-1] in subj or not any(_agrees(_feats(morphs[n]), _feats(morphs[said[-1]])) for n in names):
            continue
        other = [s for s in subj.get(h, []) if s != c]
        if other or _feats(morphs[h]).get("Person") in ("1", "2"):
            heads[c], deps[c] = said[-1], "nsubj"
            subj.setdefault(said[-1], []).append(c)
