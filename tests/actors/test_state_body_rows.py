"""Rows of known state bodies named without their state (institutions_manual.tsv):
China's theatre commands, Poland's Internal Security Agency, and a body name
two states share (the State Committee for National Security of Kyrgyzstan and
of Tajikistan), which takes the state the text gives it."""

from accord.actors.component import extract_actors
from conftest import find, make_doc


def _code(vocab, words, text):
    ms, _ = extract_actors(make_doc(vocab, words.split()))
    return find(ms, text).code


def test_theatre_commands_are_chinese_military(vocab):
    words = "The Southern Theatre Command said its ships left port ."
    assert _code(vocab, words, "The Southern Theatre Command") == "CHNMIL"
    words = "A spokesman said the Northern Theater Command held drills ."
    assert _code(vocab, words, "the Northern Theater Command") == "CHNMIL"


def test_polish_internal_security_agency(vocab):
    words = "The Internal Security Agency said it held two men ."
    assert _code(vocab, words, "The Internal Security Agency") == "POLSPY"


def test_a_shared_body_name_takes_the_state_the_text_gives(vocab):
    words = "Tajikistan 's State Committee for National Security said the border was calm ."
    assert _code(vocab, words, "Tajikistan's State Committee for National Security") == "TJKSPY"
    words = "Kyrgyzstan 's State Committee for National Security said the border was calm ."
    assert _code(vocab, words, "Kyrgyzstan's State Committee for National Security") == "KGZSPY"


def test_a_shared_body_name_without_a_state_takes_the_dateline_state(vocab):
    words = "DUSHANBE , May 3 - The State Committee for National Security said the border was calm ."
    assert _code(vocab, words, "The State Committee for National Security") == "TJKSPY"


def test_us_treasury_and_its_sanctions_office(vocab):
    assert (
        _code(vocab, "The Treasury Department said the bank broke the rules .", "The Treasury Department") == "USAGOV"
    )
    assert _code(vocab, "OFAC said the bank broke the rules .", "OFAC") == "USAGOV"
