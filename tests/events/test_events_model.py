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


def _events(text):
    rec = next(accord.extract([{"id": "t2", "text": text, "published": "2026-01-01"}]))
    return [(e.type, e.actor.code if e.actor else None, e.hypothetical) for e in rec.events]


def test_a_report_is_told_on_within_its_paragraph_only():
    """events.attribution: the agentless act of the sentence after a report is
    the reporting body's; across a blank line only its follow-up (a case opened),
    not a new story's arrest."""
    said = "Two militants were neutralized in Dagestan, the FSB said."
    on = _events(said + " A criminal case has been opened.")
    assert ("ACCUSE", "RUSSPY", False) in on
    follow_up = _events(said + "\n\nA criminal case has been opened.")
    assert ("ACCUSE", "RUSSPY", False) in follow_up  # the report's follow-up crosses the blank line
    across = _events(said + "\n\nThree opposition activists were arrested on Monday after a rally.")
    assert not [e for e in across if e[0] == "COERCE" and e[1] == "RUSSPY"]


@pytest.mark.parametrize(
    "text",
    [
        "Serbia is not interested in buying Chinese drones.",
        "Kazakhstan acquired a Chinese payment system.",
        "Egypt does not plan to buy Russian fighter jets.",
    ],
)
def test_no_transfer_intent_when_denied_and_no_arms_in_generic_goods(text):
    """events.transfers: a denied intent is no AGREE 030; a generic noun with
    no military word before it ("a payment system") is no arms transfer."""
    assert not [e for e in _events(text) if e[0] in ("AGREE", "AID")]


def test_aid_to_the_army_keeps_no_own_state_recipient():
    """events.own_forces covers thanks and praise (SUPPORT), not aid: aid to
    "the army" is usually another state's army."""
    rec = next(accord.extract([{"id": "t3", "text": "The US provided military aid to the army, the Pentagon said."}]))
    assert not [e for e in rec.events if e.type == "AID" and e.recipient and e.recipient.code == "USA"]


@pytest.mark.parametrize(
    "text,hypothetical",
    [
        ("In a worst-case scenario, Russian jets struck Kyiv.", False),
        ("The legend of the war says Russian troops attacked Kyiv.", False),
        ("According to the legend, Kazakh troops attacked the militants near Otar.", True),
        ("The scenario of the drills envisages that Kazakh units attack the positions of militants.", True),
    ],
)
def test_a_plan_noun_makes_a_scenario_only_under_its_preposition(text, hypothetical):
    """events.scenario: 'under the scenario', 'according to the legend'."""
    assert [e[2] for e in _events(text) if e[0] == "ASSAULT"] == [hypothetical]
