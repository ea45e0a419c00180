"""Round G (evT): a trigger row met by the verb's own arguments beats one met
only inside an adjunct phrase; a thing pronoun stands for the subject of the
sentence before; talks with a topic no row lists need two sides (needs the
spaCy model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-05-01", level="code", trigger=True)


def _types(events, trigger):
    return {t for t, _a, _r, tr in events if tr == trigger}


def _pairs(events, trigger):
    return {(a, r) for _t, a, r, tr in events if tr == trigger}


@pytest.mark.parametrize(
    "text",
    [
        "On the sidelines of the exercise, the Mongolian defence minister held talks with the Japanese army chief.",
        "On the margins of the naval drills, the Indian admiral held a meeting with his French counterpart.",
        "During a break in the manoeuvres, the Kazakh general held consultations with a Chinese delegation.",
    ],
)
def test_talks_beside_an_exercise_are_talks(text):
    ev = _events(text)
    held = _types(ev, "held")
    assert held == {"CONSULT"}, ev


def test_an_exercise_held_is_still_cooperation():
    ev = _events("India and France held naval drills off the coast of Goa.")
    assert _types(ev, "held") == {"COOPERATE"}, ev


@pytest.mark.parametrize(
    "text,parties",
    [
        (
            "The exercise is hosted by the army of Mongolia. This year troops from Japan and India took part in it.",
            {"JPN", "IND"},
        ),
        ("The drills were hosted by Kazakhstan. Units from Russia and China took part in them.", {"RUS", "CHN"}),
        ("The manoeuvre was organised by Serbia. Soldiers from Hungary and Greece participated in it.", {"HUN", "GRC"}),
    ],
)
def test_it_stands_for_the_exercise_told_before(text, parties):
    ev = _events(text)
    coop = {x for t, a, r, _tr in ev if t == "COOPERATE" for x in (a, r)}
    assert parties <= coop, ev


def test_it_of_another_number_or_thing_is_no_exercise():
    ev = _events("The drills were hosted by Kazakhstan. Units from Russia and China took part in it.")
    assert not _pairs(ev, "took"), ev
    ev = _events("Russia proposed a new treaty. China and India took part in it.")
    assert not _pairs(ev, "took"), ev


@pytest.mark.parametrize(
    "text,pair",
    [
        (
            "The Russian defence minister and his Kyrgyz counterpart discussed the delivery of helicopters.",
            ("RUS", "KGZ"),
        ),
        ("Tajikistan and Russia discussed the organised recruitment of migrant workers.", ("TJK", "RUS")),
        ("Uzbekistan and Turkey discussed the training of officers in military academies.", ("UZB", "TUR")),
    ],
)
def test_two_sides_discussing_any_topic_consult(text, pair):
    ev = _events(text)
    got = {(a[:3], r[:3]) for a, r in _pairs(ev, "discussed") if a and r}
    assert pair in got or pair[::-1] in got, ev


@pytest.mark.parametrize(
    "text",
    [
        "The Kazakh parliament discussed the draft law on Tuesday.",
        "President Erdogan also discussed his new book at a rally in Ankara.",
        "The Georgian cabinet discussed the budget for the next year.",
    ],
)
def test_one_party_discussing_is_no_event(text):
    assert not _pairs(_events(text), "discussed"), text


@pytest.mark.parametrize(
    "text,actor",
    [
        ("The Russian army will conduct exercises on the islands whenever it considers it necessary.", "RUS"),
        ("Kazakhstan will hold a large-scale exercise in the steppe next month.", "KAZ"),
        ("The Iranian navy will stage drills in the Gulf next week.", "IRN"),
    ],
)
def test_drills_one_state_will_hold_alone_are_a_show_of_force(text, actor):
    ev = _events(text)
    assert any(t == "MOBILIZE" and a and a.startswith(actor) for t, a, _r, _tr in ev), ev
    assert not any(t == "AGREE" for t, _a, _r, _tr in ev), ev


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops will hold exercises with Belarusian units in August.",
        "The CSTO will hold an exercise in the mountains in September.",
        "Russia and Mongolia will hold a joint exercise in August.",
    ],
)
def test_drills_with_a_partner_or_of_an_organisation_stay_agreed(text):
    ev = _events(text)
    assert not any(t == "MOBILIZE" for t, _a, _r, _tr in ev), ev


def test_drills_told_before_ending_are_no_show_of_force():
    ev = _events(
        "Uzbek and Russian units began a joint exercise at the Termez range. The Termez exercise will end on Friday."
    )
    assert not any(t == "MOBILIZE" for t, _a, _r, _tr in ev), ev
