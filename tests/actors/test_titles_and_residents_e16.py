"""Round E (actors): a lone resident or native of a village takes the
village's state and passes it to "the detained man" and "he"; a title that
names a state's body but no state takes the nearest same-sector body's
state, else the dateline's; "Western" before a border or flank is a
direction, not the West. Real parses of sentences written for these tests."""

import pytest

pytestmark = pytest.mark.model


def _mentions(nlp, text):
    doc = nlp(text)
    return [(text[m.start : m.end], m.code, m.country) for m in doc._.mentions]


def _country(ms, words):
    hits = [m for m in ms if words in m[0]]
    assert hits, ms
    return hits[0][2]


@pytest.mark.parametrize(
    "text, place_words",
    [
        (
            "On Monday a resident of the village of Tegh of the Syunik region who had crossed the border was "
            "detained by servicemen of the State Border Service of Azerbaijan. The detained man was taken to Baku. "
            "He had been detained near the line.",
            "resident",
        ),
        (
            "A native of the village of Koghb of the Tavush region was detained by the border guards of Azerbaijan. "
            "The man was released a day later.",
            "native",
        ),
    ],
)
def test_a_lone_resident_takes_the_villages_state_along_the_chain(nlp, text, place_words):
    ms = _mentions(nlp, text)
    assert _country(ms, place_words) == "ARM"
    assert any(m[0].endswith("man") and m[2] == "ARM" for m in ms)


def test_the_detained_man_and_he_are_the_resident(nlp):
    ms = _mentions(
        nlp,
        "A resident of the village of Tegh of the Syunik region was detained by the border guards of Azerbaijan. "
        "The detained man was taken to Baku. He had been detained near the line.",
    )
    assert [m[2] for m in ms if m[0] == "He"] == ["ARM"]


@pytest.mark.parametrize(
    "text, title, state",
    [
        (
            "MINSK, Dec 17 - The Air Force of Belarus received four more fighters. Commander of the Air Force and "
            "Air Defence Forces Major General Pavel Orlov said the pilots were ready.",
            "Pavel Orlov",
            "BLR",
        ),
        (
            'ISLAMABAD, May 2 - "We are grateful to our Chinese partners," said the Commander of the Air Force, '
            "Air Marshal Tariq Khan.",
            "Tariq Khan",
            "PAK",
        ),
        (
            "MOSCOW, May 2 - The Kazakh Navy held drills in the Caspian. The Commander of the Navy, Rear Admiral "
            "Serik Aliyev, said the crews were ready.",
            "Serik Aliyev",
            "KAZ",
        ),
    ],
)
def test_a_title_with_no_state_takes_the_nearest_bodys_else_the_datelines(nlp, text, title, state):
    assert _country(_mentions(nlp, text), title) == state


@pytest.mark.parametrize(
    "text",
    [
        "Moscow will provide it with everything necessary for the defence of the common Western borders.",
        "The troops were moved to the Western direction last week.",
    ],
)
def test_western_before_a_border_or_direction_is_no_party(nlp, text):
    assert not any(m[1] == "WST" for m in _mentions(nlp, text))


def test_western_sanctions_are_still_the_wests(nlp):
    assert any(m[1] == "WST" for m in _mentions(nlp, "Western sanctions hurt the economy."))
