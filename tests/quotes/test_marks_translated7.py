"""Quotation marks that machine-translated copy breaks (set heldback-2026-12-07):
an opening mark glued to 'that' with a closing mark set off before the stop,
and a quotation whose closing mark was lost before its dialogue dash."""

from accord.quotes.marks import pair_marks


def _texts(t: str) -> list[str]:
    return [t[m.start : m.end] for m in pair_marks(t)]


def test_a_mark_glued_to_that_opens_when_a_detached_mark_closes_before_the_stop():
    t = 'The prosecutor reported that" the case is handled in full accordance with the law ".'
    assert _texts(t) == ['" the case is handled in full accordance with the law "']


def test_an_ordinary_closing_mark_still_closes():
    t = 'He said "yes" and left.'
    assert _texts(t) == ['"yes"']


def test_an_unclosed_quotation_ends_at_its_dialogue_dash():
    t = '"The raids are unlawful. We demand an inquiry, - it is said in the statement of the ministry.'
    spans = pair_marks(t)
    assert [t[m.start : m.end] for m in spans] == ['"The raids are unlawful. We demand an inquiry,']


def test_an_unclosed_quotation_without_a_dash_runs_to_the_paragraph_end():
    t = '"The raids are unlawful and we demand an inquiry.\n\nThe ministry said so.'
    assert _texts(t) == ['"The raids are unlawful and we demand an inquiry.']


def test_a_quotation_that_lost_its_closing_mark_ends_at_its_sentence_before_the_next_quotation():
    t = 'Ankara called the move "hasty and hostile. Its envoy said that Turkey rejects "any pressure on its courts".'
    assert _texts(t) == ['"hasty and hostile.', '"any pressure on its courts"']


def test_an_opening_mark_reopened_in_the_same_sentence_still_starts_again():
    t = 'He spoke of "plans and "new talks" today.'
    assert _texts(t) == ['"new talks"']


def test_a_curly_quotation_inside_a_straight_one_does_not_end_it():
    t = '"We were told to stay calm. Then it was called \u201ctoo loud\u201d by them," she said.'
    assert _texts(t) == ['"We were told to stay calm. Then it was called \u201ctoo loud\u201d by them,"']
