"""The argument-span scorer (``--dataset conflibert-args``) on a tiny fixture of our own."""

from types import SimpleNamespace

import pytest

from accord.errors import AccordError
from accord.evaluate import conflibert_args as A
from accord.evaluate import events as E
from accord.record import Event, EventActor, Span

FIXTURE = """\
The B-S
Baltic I-S
navy I-S
escorted O
a O
tanker B-T
’ I-T
s I-T
crew I-T
. O

Norway B-R
and O
Iceland B-R
held O
talks O
( O
again O
) O
. O
"""


def test_rebuild_keeps_thousands_together():
    text, offs = A.rebuild(["killed", "1", ",", "500", "people", ",", "200", "more"])
    assert text == "killed 1,500 people, 200 more"
    assert text[offs[3][0] : offs[3][1]] == "500"


def test_rebuild_spacing():
    text, offs = A.rebuild(["The", "navy", "'s", "ships", "(", "two", ")", "left", ",", '"', "fast", '"', "."])
    assert text == 'The navy\'s ships (two) left, "fast".'
    assert [text[a:b] for a, b in offs][2] == "'s"
    text, _ = A.rebuild(["a", "rebel", "-", "held", "town", "’", "s", "$", "5"])
    assert text == "a rebel-held town’s $5"


def test_overlap_and_match():
    assert A.overlap((0, 10), (0, 5)) == 0.5
    assert A.overlap((0, 4), (6, 9)) == 0.0
    # each gold span matches once; a span overlapping less than half its union does not match
    assert A.match([(0, 10), (0, 9)], [(0, 10)]) == 1
    assert A.match([(0, 3)], [(0, 10)]) == 0


def _ev(actor, recipient, **kw):
    def act(span):
        return EventActor(span[0], span[1], "x") if span else None

    return Event(
        type="CONSULT",
        trigger=Span(0, 1, "x"),
        sentence={"start": 0, "end": 1},
        actor=act(actor),
        recipient=act(recipient),
        **kw,
    )


def test_predicted_spans_skip_hypothetical_and_negated():
    evs = [
        _ev((0, 6), (11, 18)),
        _ev((11, 18), (0, 6)),
        _ev((0, 6), (11, 18)),
        _ev((20, 25), None, hypothetical=True),
        _ev((30, 35), None, negated=True),
    ]
    p = A.predicted_spans(evs)
    assert p == {"actor": [(0, 6), (11, 18)], "recipient": [(11, 18), (0, 6)]}


def test_evaluate_on_fixture(tmp_path):
    path = tmp_path / "ner.txt"
    path.write_text(FIXTURE, encoding="utf-8")
    texts = []

    def docs_fn(nlp, ts):
        texts.extend(ts)
        # sentence 1: the actor right, the recipient " tan" (under half of "tanker’s crew");
        # sentence 2: both parties, each way
        e1 = [_ev((0, 15), (26, 30))]  # "The Baltic navy" -> " tan"
        e2 = [_ev((0, 6), (11, 18)), _ev((11, 18), (0, 6))]
        return [SimpleNamespace(_=SimpleNamespace(events=e1)), SimpleNamespace(_=SimpleNamespace(events=e2))]

    out = A.evaluate(str(path), nlp=None, docs_fn=docs_fn)
    assert texts == ["The Baltic navy escorted a tanker’s crew.", "Norway and Iceland held talks (again)."]
    # gold: S "The Baltic navy", T "tanker's crew", R Norway, R Iceland (each both) -> 3 actor, 3 recipient
    assert out["n_gold"] == 6 and out["n_pred"] == 6
    # matched: the navy, Norway and Iceland as actors, Norway and Iceland as recipients
    assert out["actor_recall"] == 1.0 and out["recipient_recall"] == round(2 / 3, 4)
    assert out["f1"] == round(5 / 6, 4)


def test_dispatch_from_events_evaluator(tmp_path):
    assert "conflibert-args" in E.DATASETS
    with pytest.raises(AccordError):
        E.evaluate("conflibert-args", str(tmp_path / "missing.txt"), nlp=object())
