"""Speakers of translated copy: an embassy "in" its host country, a place
that opens a passive verdict ("In X, the claims were called ..."), a body of
a state in its official long form."""

import pytest


def _speakers(nlp, text):
    return [(q.text, q.speaker.name if q.speaker else None) for q in nlp(text)._.quotes]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'The Embassy of the Russian Federation in Finland called the seizure "an act of piracy".',
            "Embassy of the Russian Federation in Finland",
        ),
        (
            "The Embassy of the Republic of Korea in Hanoi said that two citizens were detained.",
            "Embassy of the Republic of Korea in Hanoi",
        ),
    ],
)
def test_embassy_keeps_its_host_country(nlp, text, name):
    assert [n for _, n in _speakers(nlp, text)] == [name]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'Nepal protested against the deal. In New Delhi, the claims of Kathmandu were called "untenable".',
            "New Delhi",
        ),
        ('In Cairo, the accusations were called "baseless and provocative".', "Cairo"),
    ],
)
def test_fronted_place_speaks_for_a_passive_verdict(nlp, text, name):
    assert [n for _, n in _speakers(nlp, text)] == [name]


def test_fronted_date_names_no_speaker(nlp):
    assert [n for _, n in _speakers(nlp, 'In May, the claims were called "untenable".')] == [None]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Ministry of National Defence of the Republic of Turkiye said that the raid targeted militants.",
            "Ministry of National Defence of the Republic of Turkiye",
        ),
        (
            "The National Maritime Council of the Philippines said that two boats were damaged.",
            "National Maritime Council",
        ),
    ],
)
def test_body_of_a_state_in_long_form_speaks_by_its_full_name(nlp, text, name):
    assert [n for _, n in _speakers(nlp, text)] == [name]


def test_arabic_given_name_opens_the_full_name(nlp):
    text = (
        "Minister of Foreign Affairs of Somalia Abdirahman Hassan Beyle arrived in Cairo. "
        "According to the minister, the talks will resume in May."
    )
    assert [n for _, n in _speakers(nlp, text)] == ["Abdirahman Hassan Beyle"]
