"""Named fleets and flotillas of a state's navy are data rows
(institutions_manual.tsv): "the Caspian Flotilla", "the Black Sea Fleet" are
RUSMIL; a state's own modifier still wins ("the US Pacific Fleet")."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def _code(vocab, text, mention):
    ms, _ = extract_actors(make_doc(vocab, text))
    return find(ms, mention).code


def test_caspian_flotilla_is_russian_military(vocab):
    assert _code(vocab, "The Caspian Flotilla held drills with the Iranian navy .", "The Caspian Flotilla") == "RUSMIL"


def test_fleets_after_of_and_in_coordination(vocab):
    text = "Sailors of the Black Sea Fleet and the Northern Fleet took part in the parade ."
    ms, _ = extract_actors(make_doc(vocab, text))
    assert find(ms, "the Black Sea Fleet").code == "RUSMIL"
    assert find(ms, "the Northern Fleet").code == "RUSMIL"


def test_another_states_fleet_of_the_same_name_keeps_its_state(vocab):
    assert _code(vocab, "The US Pacific Fleet sent two destroyers .", "The US Pacific Fleet") == "USAMIL"
