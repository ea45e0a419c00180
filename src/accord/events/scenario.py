"""An attack told as an exercise's scenario is no real act.

Drill reports tell the exercise's plan as if it happened: "Under the scenario
of the drills, Russian and Belarusian units repel an air attack of a
conditional enemy"; "Kazakh and Kyrgyz troops destroy mock targets". The
attack, the strike or the destruction is simulated: an event of a hostile
type (``scenario_types``) whose sentence names a simulated side (a
``scenario_sides`` noun with a ``scenario_adjectives`` word: "a conditional
enemy", "mock targets") or the exercise's plan (``scenario_nouns``:
"under the scenario") is hypothetical. Words are in
``events/data/party_words.tsv``.
"""

from __future__ import annotations

from . import words as W
from .parties import party_words


def scenario_acts(doc, events: list) -> None:
    """Mark hypothetical each hostile event told in an exercise's scenario (see
    the module docstring). In place."""
    types = party_words("scenario_types")
    told: dict[int, bool] = {}
    for e in events:
        if e.type not in types or e.hypothetical:
            continue
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span[0].sent
        if sent.start not in told:
            told[sent.start] = _tells_scenario(sent)
        if told[sent.start]:
            e.hypothetical = True


def _under_plan_prep(noun) -> bool:
    """ "under the scenario", "according to the legend": the plan noun as the
    object of a preposition that says an act follows it; or an exercise's plan
    ("the scenario of the drills envisages ...", "the exercise's legend")."""
    exercises = W.words("exercise_nouns")
    if any(m.lemma_.lower() in exercises or m.lower_ in exercises for c in noun.rights for m in c.subtree):
        return True
    if any(c.lemma_.lower() in exercises or c.lower_ in exercises for c in noun.lefts):
        return True
    head = noun.head
    if head.lower_ == "to" and head.head.i != head.i:
        head = head.head
    return head.i != noun.i and head.lower_ in party_words("scenario_preps")


def _tells_scenario(sent) -> bool:
    """Does ``sent`` name a simulated side ("a conditional enemy") or an
    exercise's plan ("under the scenario")?"""
    adjectives = party_words("scenario_adjectives")
    sides = party_words("scenario_sides")
    plans = party_words("scenario_nouns")
    for t in sent:
        low = t.lower_
        if low in plans and t.pos_ == "NOUN" and _under_plan_prep(t):
            return True
        if low in adjectives and t.head.i != t.i and t.head.lower_ in sides and not _plain_target(t):
            return True
    return False


def _plain_target(adj) -> bool:
    """ "conventional targets": an adjective that names a simulated party
    ("a conventional enemy") on a target noun, where it means the ordinary
    kind (not nuclear), no exercise's side."""
    return adj.lower_ in party_words("scenario_party_adjectives") and adj.head.lower_ in party_words("scenario_targets")
