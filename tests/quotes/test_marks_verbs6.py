"""Closing marks glued to an attribution whose verb is no plain 'said'
(accord.quotes.marks with the data list after_quote_verbs), on text written
for these tests."""

from accord.quotes.marks import pair_marks


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in pair_marks(text)]


def test_a_mark_glued_to_the_expert_emphasized_closes():
    text = '"The audit is voluntary, and the fact that they asked us says a lot,"the inspector emphasized.'
    assert _quoted(text) == ['"The audit is voluntary, and the fact that they asked us says a lot,"']


def test_a_mark_glued_to_an_assurance_closes():
    text = 'Next came the port. "No ship was delayed,"the director assured. "We worked as usual."'
    assert _quoted(text) == ['"No ship was delayed,"', '"We worked as usual."']
