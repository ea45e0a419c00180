"""The local engine: worker processes give the records of one process, in
the same order, with input errors in place."""

import pickle
from pathlib import Path

import pytest

from accord.config import settings
from accord.engines import default_workers, process_items
from accord.engines.local import LocalEngine, process_parallel
from accord.errors import InputError
from accord.pipeline import process
from accord.readers import RawArticle, read
from accord.record import Event, EventActor, Location, Mention, Quote, Record, Span, Speaker

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


def test_default_workers_is_the_cores():
    assert default_workers() >= 1


def test_records_pickle():
    rec = Record(
        id="a",
        text="Russia and China held talks.",
        published="2024-05-16",
        mentions=[Mention(0, 6, "Russia", kind="state", code="RUS", country="RUS")],
        quotes=[Quote(0, 5, "x", speaker=Speaker(0, 6, "Russia"), cue=Span(7, 10, "and"))],
        events=[
            Event(
                type="CONSULT",
                trigger=Span(16, 20, "held"),
                sentence={"start": 0, "end": 28},
                actor=EventActor(0, 6, "Russia", code="RUS"),
                location=Location("Beijing", "CHN"),
            )
        ],
    )
    back = pickle.loads(pickle.dumps(rec))
    assert back == rec and back.to_dict() == rec.to_dict()


def _items():
    arts = [x for x in read([SAMPLE]) if isinstance(x, RawArticle)]
    assert len(arts) >= 10
    # input errors stay in place, between and around the articles
    items = [InputError("bad:1", "empty: no text")] + arts[:5] + [InputError("bad:2", "malformed JSON")] + arts[5:]
    return items


@pytest.mark.model
def test_two_workers_same_records_same_order():
    cfg = settings()
    items = _items()
    one = [r if isinstance(r, InputError) else r.to_dict() for r in process(items, settings=cfg)]
    eng = LocalEngine(2, cfg, chunk_size=3)
    try:
        two = [r if isinstance(r, InputError) else r.to_dict() for r in eng.process(items)]
        assert len(eng.worker_peak_rss_mb) >= 1
        assert all(0 < v < 2000 for v in eng.worker_peak_rss_mb.values())
    finally:
        eng.close()
    assert len(one) == len(two) == len(items)
    for a, b in zip(one, two):
        if isinstance(a, InputError):
            assert isinstance(b, InputError) and str(a) == str(b)
        else:
            assert a == b


@pytest.mark.model
def test_process_items_dispatches_and_keeps_order():
    cfg = settings()
    items = _items()[:12]
    got = list(process_items(items, settings=cfg, workers=2))
    want = list(process(items, settings=cfg))
    assert [getattr(r, "id", str(r)) for r in got] == [getattr(r, "id", str(r)) for r in want]


def test_short_input_runs_in_this_process(monkeypatch):
    """One chunk or less never starts a pool."""
    import accord.engines.local as local

    calls = []
    monkeypatch.setattr(local, "process", lambda items, nlp, **kw: calls.append(list(items)) or iter(calls[-1]))
    monkeypatch.setattr(local.LocalEngine, "_executor", lambda self: pytest.fail("pool started"))
    items = [InputError("x:1", "empty"), InputError("x:2", "empty")]
    assert list(process_parallel(items, settings=settings(), published=None, workers=4)) == items


def test_wrong_item_type_raises():
    eng = LocalEngine(2, settings(), chunk_size=1)
    with pytest.raises(TypeError):
        list(eng.process([InputError("a", "b"), InputError("c", "d"), "not an article"]))
    eng.close()


def test_chunks_send_the_last_articles_one_by_one():
    # with 2 workers and chunks of 4, the last 8 articles go singly, so the
    # end of a run does not leave one worker with a whole chunk
    from accord.engines.local import _chunks

    arts = [RawArticle(id=str(i), text="x") for i in range(25)]
    sizes = [len(c) for c in _chunks(iter(arts), 4, tail=8)]
    assert sizes == [4, 4, 4, 4, 4] + [1] * 5
    assert [a.id for c in _chunks(iter(arts), 4, tail=8) for a in c] == [a.id for a in arts]
    assert [len(c) for c in _chunks(iter(arts[:3]), 4, tail=8)] == [1, 1, 1]
    assert [len(c) for c in _chunks(iter(arts), 4)] == [4] * 6 + [1]
