"""Events carry places: accord.places.locate on hand-built records (no spaCy model)."""

from __future__ import annotations

import pytest

from accord.places.locate import article_countries, is_venue, locate, locate_record
from accord.record import Event, EventActor, Location, Mention, Record, Span


def _event(text: str, trigger: str, etype: str, cameo: str, place: str | None = None, mode=None) -> Event:
    s = text.index(trigger)
    sent_start = max(text.rfind(". ", 0, s) + 2, text.rfind("\n", 0, s) + 1)
    sent_end = text.find(".", s) + 1
    loc = None
    if place is not None:
        p = text.index(place, sent_start)
        loc = Location(text=place, start=p, end=p + len(place))
    return Event(
        type=etype,
        cameo=cameo,
        mode=mode,
        trigger=Span(s, s + len(trigger), trigger),
        sentence={"start": sent_start, "end": sent_end},
        location=loc,
        actor=EventActor(0, 0, "x", code="UKR", country="UKR"),
    )


def _mention(text: str, words: str, country: str | None, kind: str = "state", nth: int = 0) -> Mention:
    s = -1
    for _ in range(nth + 1):
        s = text.index(words, s + 1)
    return Mention(s, s + len(words), words, name=words, kind=kind, country=country)


TEXT = (
    "Ukrainian and Libyan officers held talks in Tripoli on Monday. The officers signed a memorandum. "
    "Ukraine's army shelled positions near Twinsk.\n"
    "Kyrgyz troops began drills at Kant. The drills involve 2,000 soldiers."
)


@pytest.fixture
def record():
    t = TEXT
    events = [
        _event(t, "held", "CONSULT", "040", "Tripoli"),
        _event(t, "signed", "COOPERATE", "057"),
        _event(t, "shelled", "FIGHT", "195", "Twinsk"),
        _event(t, "began", "COOPERATE", "062", "Kant"),
        _event(t, "involve", "MOBILIZE", "150"),
    ]
    mentions = [
        _mention(t, "Ukrainian", "UKR"),
        _mention(t, "Libyan", "LBY"),
        _mention(t, "Ukraine", "UKR"),
        _mention(t, "Tripoli", "LBY", kind="location"),
        _mention(t, "Kyrgyz", "KGZ"),
        _mention(t, "Kant", None, kind="location"),
    ]
    return Record(id="a1", text=t, events=events, mentions=mentions)


def test_article_countries_most_mentioned_first():
    ms = [
        Mention(0, 1, "a", country="LBY"),
        Mention(0, 1, "b", country="UKR"),
        Mention(0, 1, "c", country="UKR"),
        Mention(0, 1, "d", country=None),
        Mention(0, 1, "e", country="KGZ"),
    ]
    assert article_countries(ms) == ("UKR", "LBY", "KGZ")


def test_venues_from_the_data_file():
    assert is_venue(Event(type="CONSULT", cameo="040", trigger=Span(0, 1, "x"), sentence={}))
    assert not is_venue(Event(type="CONSULT", cameo="040", mode="phone", trigger=Span(0, 1, "x"), sentence={}))
    assert is_venue(Event(type="COOPERATE", cameo="062", trigger=Span(0, 1, "x"), sentence={}))
    assert not is_venue(Event(type="COOPERATE", cameo="057", trigger=Span(0, 1, "x"), sentence={}))


def test_event_places_resolved_with_article_countries(record, gaz):
    counts = locate(record.text, record.events, record.mentions, path=gaz)
    talks, memo, shelling, drills, involve = record.events
    # Tripoli: two candidates (Libya, Lebanon); the article's Libyan officers choose Libya
    assert talks.location.country == "LBY" and talks.location.geonameid == 1
    assert (talks.location.lat, talks.location.lon) == pytest.approx((32.89, 13.19))
    assert talks.location.resolution == "city" and talks.location.feature == "city"
    assert talks.location.inferred is False
    assert record.text[talks.location.start : talks.location.end] == "Tripoli"
    # Twinsk: two Ukrainian towns of similar size -> the country, never a guess
    assert shelling.location.resolution == "country" and shelling.location.country == "UKR"
    assert shelling.location.text == "Twinsk"
    # Kant: the Kyrgyz town
    assert drills.location.country == "KGZ" and drills.location.lat == pytest.approx(42.89)
    assert counts["events_located"] == 3


def test_same_paragraph_venue_is_inferred(record, gaz):
    counts = locate(record.text, record.events, record.mentions, path=gaz)
    talks, memo, shelling, drills, involve = record.events
    # the memorandum takes the talks' place (same paragraph), flagged inferred; the talks' own stays
    assert memo.location.text == "Tripoli" and memo.location.country == "LBY" and memo.location.inferred is True
    assert memo.location is not talks.location and talks.location.inferred is False
    # the drills' paragraph is the second one: the "involve" event takes Kant, not Tripoli
    assert involve.location.text == "Kant" and involve.location.inferred is True
    assert counts["events_inferred"] == 2
    d = memo.to_dict()["location"]
    assert d["inferred"] is True and d["lat"] == pytest.approx(32.89) and d["geonameid"] == 1


def test_no_venue_no_inference(gaz):
    t = "Libyan forces shelled Tripoli. The attack killed two. Officials spoke by phone."
    ev = [
        _event(t, "shelled", "FIGHT", "195", "Tripoli"),
        _event(t, "killed", "ASSAULT", "18"),
        _event(t, "spoke", "CONSULT", "040", mode="phone"),
    ]
    locate(t, ev, [_mention(t, "Libyan", "LBY")], path=gaz)
    assert ev[0].location.country == "LBY"
    assert ev[1].location is None and ev[2].location is None  # a shelling is no venue


def test_place_mentions_get_a_place(record, gaz):
    locate(record.text, record.events, record.mentions, path=gaz)
    by_text = {m.text: m for m in record.mentions}
    assert by_text["Tripoli"].place["country"] == "LBY" and by_text["Tripoli"].place["geonameid"] == 1
    assert by_text["Kant"].place["lat"] == pytest.approx(42.89)
    assert by_text["Ukraine"].place["resolution"] == "country"


def test_pronoun_and_common_noun_mentions_are_left_alone(gaz):
    t = "Ukraine said it would respond. The government agreed."
    ms = [_mention(t, "Ukraine", "UKR"), _mention(t, "it", "UKR"), _mention(t, "The government", "UKR")]
    locate(t, [], ms, path=gaz)
    assert ms[0].place["country"] == "UKR"
    assert ms[1].place is None and ms[2].place is None


def test_unresolvable_place_keeps_its_text(gaz):
    t = "Troops gathered near Nowhereville."
    ev = [_event(t, "gathered", "MOBILIZE", "150", "Nowhereville")]
    ev[0].location.country = "UKR"
    locate(t, ev, [], path=gaz)
    loc = ev[0].location
    assert (loc.text, loc.country, loc.lat, loc.geonameid) == ("Nowhereville", "UKR", None, None)


def test_record_dicts_too(record, gaz):
    d = record.to_dict()
    locate_record(d, path=gaz)
    assert d["events"][0]["location"]["country"] == "LBY"
    assert d["events"][1]["location"]["inferred"] is True and isinstance(d["events"][1]["location"], dict)
    assert d["mentions"][3]["place"]["name"] == "Tripoli"


def test_add_places_warns_instead_of_failing(record, tmp_path):
    from accord.places.locate import add_places

    bad = tmp_path / "broken.duckdb"
    bad.write_text("not a database")
    out = add_places(record, path=bad)
    assert out is record and record.events[0].location.lat is None
    assert record.warnings and record.warnings[0].startswith("accord_places failed: ")


def test_add_places_fills_the_record(record, gaz):
    from accord.places.locate import add_places

    assert add_places(record, path=gaz).events[0].location.country == "LBY" and not record.warnings


def test_prefetch_records_looks_a_batchs_names_up_together(record, gaz, monkeypatch):
    from accord.places import gazetteer
    from accord.places.locate import prefetch_records

    gazetteer.close_all()
    queries = []
    real = gazetteer._fetch
    monkeypatch.setattr(gazetteer, "_fetch", lambda keys, path: queries.append(list(keys)) or real(keys, path))
    t = "Egyptian officers met in Cairo."
    other = Record(id="a2", text=t, events=[], mentions=[_mention(t, "Cairo", "EGY", kind="location")])
    prefetch_records([record, other], path=gaz)
    assert len(queries) == 1 and {"tripoli", "twinsk", "kant", "cairo"} <= set(queries[0])
    locate_record(other, path=gaz)
    assert not any("cairo" in q for q in queries[1:])  # kept: the article's own lookup asks nothing again
    assert other.mentions[0].place["name"] == "Cairo"


def test_prefetch_records_leaves_an_unusable_gazetteer_to_add_places(record, tmp_path):
    from accord.places.locate import prefetch_records

    bad = tmp_path / "broken.duckdb"
    bad.write_text("not a database")
    prefetch_records([record], path=bad)  # no exception: add_places reports it, record by record
