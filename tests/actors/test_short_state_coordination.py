"""A state's short name coordinated with a nationality adjective shares the
head: "UK and Polish troops" are two military mentions; a full state name
("Russia and Chinese ships" is no such pair) is not joined."""

from accord.actors.component import extract_mentions
from conftest import make_doc


def _codes(vocab, text, pos):
    return sorted(m.code for m in extract_mentions(make_doc(vocab, text.split(), pos=pos)) if m.code)


def test_short_state_name_and_adjective_share_the_head(vocab):
    codes = _codes(vocab, "Latvian troops trained with UK and Polish troops .", {0: "ADJ", 2: "VERB", 6: "ADJ"})
    assert codes == ["GBRMIL", "LVAMIL", "POLMIL"]


def test_full_state_name_is_not_joined(vocab):
    codes = _codes(vocab, "Latvia and Polish troops trained .", {2: "ADJ", 4: "VERB"})
    assert "LVAMIL" not in codes
