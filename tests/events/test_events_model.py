"""The events component in the full pipeline (needs the spaCy model)."""

import pytest

import accord

pytestmark = pytest.mark.model

ARTICLE = (
    "Kazakhstan and Russia held talks in Astana on Monday.\n\n"
    "The ministers discussed border security and trade, officials said. "
    "Analysts expect little change.\n\n"
    "Kazakhstan and Russia held talks in Astana on Monday, the foreign ministry said. "
    "The United States imposed sanctions on Iran in 2019."
)


@pytest.fixture(scope="module")
def record():
    return next(accord.extract([{"id": "t1", "text": ARTICLE, "published": "2023-06-20"}]))


def test_restated_event_is_kept_once(record):
    consult = [e for e in record.events if e.type == "CONSULT" and e.trigger.text == "held"]
    dyads = [(e.actor.text, e.recipient.text) for e in consult]
    assert len(dyads) == len(set(dyads)) == 2
    for e in consult:
        assert e.date == "2023-06-19"


def test_events_across_the_whole_article_with_evidence(record):
    sanction = [e for e in record.events if e.type == "SANCTION"]
    assert sanction, record.events
    e = sanction[0]
    assert e.sentence["start"] > len(ARTICLE) // 2  # a body sentence, not the lead
    assert record.text[e.trigger.start : e.trigger.end] == e.trigger.text
    assert record.text[e.actor.start : e.actor.end] == e.actor.text
    assert e.date == "2019-01-01" and e.date_end == "2019-12-31" and e.historical
    d = e.to_dict()
    assert d["quad"] == "material_conflict" and d["cameo"] == "163"


def test_statements_make_no_events(record):
    assert not [e for e in record.events if "Analysts" in record.text[e.sentence["start"] : e.sentence["end"]]]
