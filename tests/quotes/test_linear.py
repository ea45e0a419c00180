"""The sweeps that keep hostile text linear give what their pairwise
definitions give (random spans and speakers, no model)."""

import random

from accord.quotes.direct import _unique
from accord.quotes.extract import _drop_nested, _drop_repeats
from accord.quotes.spans import _iou
from accord.record import Quote, Span, Speaker


def _quotes(rnd, n):
    out = []
    for _ in range(n):
        s = rnd.randrange(0, 200)
        e = s + rnd.choice([1, 2, 5, 10, 40, 90])
        sp = rnd.choice([None, (0, 3), (5, 9)])
        c = rnd.randrange(0, 300)
        out.append(
            Quote(
                start=s,
                end=e,
                text="x",
                speaker=Speaker(*sp, "x") if sp else None,
                cue=Span(c, c + rnd.choice([1, 4]), "x") if rnd.random() < 0.9 else None,
            )
        )
    return out


def _repeats_naive(quotes):
    def same(a, b):
        return a is None or (b is not None and (a.start, a.end) == (b.start, b.end))

    return [
        q
        for q in quotes
        if not any(
            o is not q
            and o.start <= q.start
            and q.end <= o.end
            and o.end - o.start > q.end - q.start
            and same(q.speaker, o.speaker)
            for o in quotes
        )
    ]


def _nested_naive(found):
    out = []
    for i, (s, e, q, tok) in enumerate(found):
        c = q.cue
        if c is not None and any(
            j != i and fs < c.start and c.end <= fe and not (s < c.start < e) for j, (fs, fe, _, _) in enumerate(found)
        ):
            continue
        out.append((s, e, q, tok))
    return out


def _unique_naive(quotes):
    uniq = []
    for q in quotes:
        if not any(_iou(q.start, q.end, u.start, u.end) >= 0.9 for u in uniq):
            uniq.append(q)
    return uniq


def test_sweeps_match_their_definitions():
    rnd = random.Random(5)
    for n in (0, 1, 3, 12, 60, 150):
        for _ in range(20):
            qs = _quotes(rnd, n)
            assert [id(q) for q in _drop_repeats(qs)] == [id(q) for q in _repeats_naive(qs)]
            found = [(q.start, q.end, q, None) for q in qs]
            assert [id(f[2]) for f in _drop_nested(found)] == [id(f[2]) for f in _nested_naive(found)]
            assert [id(q) for q in _unique(qs)] == [id(q) for q in _unique_naive(qs)]
