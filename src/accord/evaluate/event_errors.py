"""What kind of error each missed gold event and each false prediction is.

A score says how many events are wrong; before writing rules one wants to
know *how* they are wrong: the event was found with the wrong recipient, the
wrong actor, the sides swapped, the right dyad with another type, or nothing
of the kind at all. This module sorts the errors of one article into those
kinds, so that an evaluation can print the counts for a whole set without
anyone reading its text (a blind set stays blind).

A missed gold item is compared with the article's predictions, a false
prediction with the article's gold items; the first kind that fits wins:

``reversed``        the same type with actor and recipient swapped
``wrong_recipient`` the same type and actor, another recipient
``wrong_actor``     the same type and recipient, another actor
``wrong_type``      the same actor and recipient, another type
``type_only``       the type is there, neither side is
``dyad_elsewhere``  the actor is in some event of the article, not this one
``none``            nothing of the kind (for a prediction: ``spurious``)

A missed item is first compared with the predictions that matched nothing;
where only a prediction that matched another gold item relates to it, its
kind ends in ``_taken`` (the article states the act twice, say both
directions of an exchange, and accord found one).

A false prediction that would have matched a gold item another prediction
already took is ``duplicate``; one whose actor has no code is ``uncoded``.
"""

from __future__ import annotations

from collections import Counter

_NEAR = ("reversed", "wrong_recipient", "wrong_actor", "wrong_type", "type_only")
KINDS_MISSED = (*_NEAR, *(k + "_taken" for k in _NEAR), "dyad_elsewhere", "none")
KINDS_FALSE = ("duplicate", "uncoded", *_NEAR, "dyad_elsewhere", "spurious")


def _kind(types, actors, recips, others) -> str | None:
    """The first error kind that relates one event (types, actor and
    recipient code sets) to any of ``others`` (same shape)."""
    tests = (
        ("reversed", lambda t, a, r: types & t and actors & r and recips & a and None not in actors),
        ("wrong_recipient", lambda t, a, r: types & t and actors & a),
        ("wrong_actor", lambda t, a, r: types & t and recips & r),
        ("wrong_type", lambda t, a, r: actors & a and recips & r),
        ("type_only", lambda t, a, r: types & t),
    )
    for name, test in tests:
        if any(test(t, a, r) for t, a, r in others):
            return name
    return None


def _as_sets(pred) -> tuple:
    ptype, pa, pr = pred
    return frozenset([ptype]), pa, pr


def classify_article(missed: list, false: list, gold: list, preds: set, matches) -> tuple[Counter, Counter]:
    """Counters of error kinds for one article's ``missed`` gold items and
    ``false`` predictions (as :func:`sample_events.score_article` returns
    them), given all its ``gold`` items and ``preds``."""
    pred_sets = [_as_sets(p) for p in preds]
    free_sets = [_as_sets(p) for p in false]
    gold_sets = [(g[0], g[1], g[2]) for g in gold]
    pred_actors = set().union(*(a | r for _, a, r in pred_sets)) - {None} if pred_sets else set()
    gold_actors = set().union(*(a | r for _, a, r in gold_sets)) - {None} if gold_sets else set()
    miss = Counter()
    for types, actors, recips, _ in missed:
        kind = _kind(types, actors, recips, free_sets)
        if kind is None and (kind := _kind(types, actors, recips, pred_sets)):
            kind += "_taken"
        if kind is None:
            kind = "dyad_elsewhere" if actors & pred_actors else "none"
        miss[kind] += 1
    wrong = Counter()
    for p in false:
        types, actors, recips = _as_sets(p)
        if any(matches(g, p) for g in gold):
            wrong["duplicate"] += 1
            continue
        if actors == frozenset([None]):
            wrong["uncoded"] += 1
            continue
        kind = _kind(types, actors, recips, gold_sets)
        if kind is None:
            kind = "dyad_elsewhere" if actors & gold_actors else "spurious"
        wrong[kind] += 1
    return miss, wrong


def ordered(counter: Counter, kinds: tuple) -> dict:
    """The counter as a dict in the kinds' order, zero kinds left out."""
    return {k: counter[k] for k in kinds if counter[k]}
