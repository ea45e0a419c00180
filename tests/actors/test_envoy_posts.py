"""An envoy's post after the state he serves: "the Ambassador of X to Y
NAME", "... of X in Y NAME", "the Permanent Representative of X to the UN":
the title holder is X's, "to Y" ends the title and the name is the envoy's
(not a person of Y)."""

from accord.actors.component import extract_actors
from conftest import make_doc


def _person(ms, name):
    return next(m for m in ms if m.kind == "person" and m.name == name)


def test_ambassador_of_a_state_to_another_is_the_first_states(vocab):
    words = "The protocol was signed by the Ambassador of Japan to Uzbekistan Takashi Testo .".split()
    k = words.index("Takashi")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(k, k + 2, "PERSON")]))
    m = _person(ms, "Takashi Testo")
    assert m.country == "JPN" and m.text.startswith("the Ambassador of Japan")
    assert not any(x.country == "UZB" for x in ms)


def test_ambassador_in_a_state_before_his_name(vocab):
    words = "The Ambassador of Russia in Armenia Sergei Testov met the minister .".split()
    k = words.index("Sergei")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(k, k + 2, "PERSON")]))
    assert _person(ms, "Sergei Testov").country == "RUS"


def test_ambassador_in_a_venue_without_a_name_keeps_the_venue(vocab):
    words = "The minister met the Ambassador of Russia in Yerevan on Monday .".split()
    ms, _ = extract_actors(make_doc(vocab, words))
    assert any(m.text == "Yerevan" for m in ms)


def test_permanent_representative_to_the_un_is_his_states(vocab):
    words = "The Permanent Representative of Kazakhstan to the UN criticised the draft .".split()
    ms, _ = extract_actors(make_doc(vocab, words))
    m = next(m for m in ms if m.text.startswith("The Permanent Representative"))
    assert m.code == "KAZGOV" and m.text.endswith("to the UN")


def test_consul_general_in_a_city_before_his_name(vocab):
    words = "Consul General of China in Almaty Jiang Testo visited the border crossing .".split()
    k = words.index("Jiang")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(k, k + 2, "PERSON")]))
    assert _person(ms, "Jiang Testo").country == "CHN"


def test_ambassador_extraordinary_and_plenipotentiary(vocab):
    words = "The Ambassador Extraordinary and Plenipotentiary of Japan to Uzbekistan Takashi Testo arrived .".split()
    k = words.index("Takashi")
    ms, _ = extract_actors(make_doc(vocab, words, ents=[(k, k + 2, "PERSON")]))
    assert _person(ms, "Takashi Testo").country == "JPN"


def test_envoy_invited_to_a_capital_keeps_the_capital(vocab):
    ms, _ = extract_actors(make_doc(vocab, "Tokyo invited the Ambassador of Russia to Moscow for talks .".split()))
    assert any(m.text == "Moscow" for m in ms)
