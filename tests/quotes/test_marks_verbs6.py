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


def test_a_dash_paragraph_after_a_plainly_spoken_lead_is_a_quotation():
    from accord.quotes.dash_quotes import dash_quote as _dash_quote

    text = "Asked whether the border will open, the deputy was categorical:\n\n- No. Nobody will get an exception."
    lead = (0, text.index("\n"))
    lo = text.index("- No")
    span = _dash_quote(text, lo, len(text), lead)
    assert span is not None and text[span.start : span.end].startswith("- No.")
    lead_text = "The deputy listed the measures as categorical and final."
    text2 = lead_text + "\n\n- No. Nobody will get an exception."
    assert _dash_quote(text2, text2.index("- No"), len(text2), (0, len(lead_text))) is None
