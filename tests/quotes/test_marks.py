"""Quotation-mark pairing: a pure function over text, no parse needed."""

from hypothesis import given, settings
from hypothesis import strategies as st

from accord.quotes.marks import attributed_singles, pair_marks


def texts(t):
    return [t[m.start : m.end] for m in pair_marks(t)]


def test_straight_curly_guillemets_low_high():
    t = 'A "straight one" and \u201ccurly one\u201d, \u00abguillemets\u00bb, \u201elow high\u201c and \u2039single\u203a.'
    assert texts(t) == [
        '"straight one"',
        "\u201ccurly one\u201d",
        "\u00abguillemets\u00bb",
        "\u201elow high\u201c",
        "\u2039single\u203a",
    ]


def test_low_high_single_and_curly_single():
    t = "He wrote \u201asomething odd\u2018 and \u2018another thing\u2019 today; Sanders\u2019 aides agreed."
    assert texts(t) == ["\u201asomething odd\u2018", "\u2018another thing\u2019"]


def test_machine_translated_mismatch_resynchronizes():
    t = '"The so-called" security guarantees "are worth nothing ..." he said. Then "a real quote here" ended.'
    assert texts(t) == ['"The so-called"', '"are worth nothing ..."', '"a real quote here"']


def test_multi_paragraph_quote_reopens_each_paragraph():
    t = "\u201cFirst part of the quote.\n\n\u201cSecond part goes on.\n\n\u201cLast part,\u201d she said.\n\nAfter."
    spans = pair_marks(t)
    assert [t[s.start : s.end] for s in spans] == [
        "\u201cFirst part of the quote.",
        "\u201cSecond part goes on.",
        "\u201cLast part,\u201d",
    ]
    assert spans[0].continues and not spans[0].closed
    assert spans[1].continued and spans[1].continues
    assert spans[2].continued and spans[2].closed


def test_unclosed_quote_does_not_flip_later_paragraphs():
    t = 'He said "we will win.\n\nThe "experts" disagree, and "nobody knows the answer," she said.'
    out = texts(t)
    assert out[0] == '"we will win.'
    assert out[1:] == ['"experts"', '"nobody knows the answer,"']


def test_lost_opening_mark_reads_from_paragraph_start():
    t = "We will not accept these terms at all,\u201d the minister said."
    spans = pair_marks(t)
    assert len(spans) == 1 and spans[0].start == 0 and not spans[0].opened


def test_odd_number_of_marks_keeps_readable_quotes():
    t = '"One quote here," he said. "Another one," she said, "and a broken one.\n\nNext paragraph "fine words" here.'
    out = texts(t)
    assert '"One quote here,"' in out and '"Another one,"' in out and '"fine words"' in out


def test_double_apostrophes_as_marks():
    t = "''We are anxious,'' she said. ''The attacks are closer.''"
    assert texts(t) == ["''We are anxious,''", "''The attacks are closer.''"]


def test_apostrophes_are_not_marks():
    assert texts("Russia\u2019s army and the rebels\u2019 demands don\u2019t matter.") == []


MARKS = st.sampled_from(
    list("\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2039\u203a' \n.,:;-\u2014")
    + ["''", "``", "\n\n", "a", "word", " x "]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(MARKS, max_size=60))
def test_never_raises_spans_inside_and_disjoint(pieces):
    t = "".join(pieces)
    spans = pair_marks(t)
    last = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(t)
        assert s.start >= last
        last = s.end
        i0, i1 = s.inner(t)
        assert s.start <= i0 <= i1 <= s.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.lists(st.tuples(st.integers(-5, 250), st.integers(-5, 250)), max_size=5))
def test_any_text_any_paragraphs(t, paras):
    paras = sorted((min(a, b), max(a, b)) for a, b in paras)
    for s in pair_marks(t) + pair_marks(t, paras):
        assert 0 <= s.start < s.end <= len(t)


def test_straight_single_marks_pair_only_around_an_utterance_not_apostrophes():
    text = "'We don't want the states' rights debate again,' he said. It's over."
    spans = pair_marks(text)
    assert [text[m.start : m.end] for m in spans] == ["'We don't want the states' rights debate again,'"]
    assert spans[0].single


def test_attributed_single_mark_quotations_become_quotations():
    # British house style: attributed single-mark quotations read as quotations; a scare quote stays single
    text = (
        "'Tajikistan is a key partner,' he said. 'We share a concern about the border.'\n\n"
        "The so-called 'road map for peace' was not discussed.\n\n"
        "He added: 'Nothing is decided yet.'"
    )
    spans = attributed_singles(text, pair_marks(text))
    quotations = [text[m.start : m.end] for m in spans if not m.single]
    assert quotations == [
        "'Tajikistan is a key partner,'",
        "'We share a concern about the border.'",
        "'Nothing is decided yet.'",
    ]
    curly = text.replace("'road map for peace'", "\u2018road map for peace\u2019")
    assert [m.single for m in attributed_singles(curly, pair_marks(curly)) if "road" in curly[m.start : m.end]] == [
        True
    ]


def test_unattributed_single_mark_utterance_stays_single():
    text = "Critics call it 'a plan for nothing at all.' The vote is next week."
    spans = attributed_singles(text, pair_marks(text))
    assert [m.single for m in spans] == [True]


def test_guillemets_nest_inside_a_guillemet_quotation():
    # Russian-style copy quotes names and phrases inside a quotation with the same marks
    t = "«The so-called «observers» of the mission collect intelligence», - she stated. He read «Aravot»."
    assert texts(t) == ["«The so-called «observers» of the mission collect intelligence»", "«Aravot»"]
    # an outer mark that is never closed still leaves the inner pair readable
    assert texts("«Open «inner» and never closed") == ["«inner»"]


def test_straight_single_marks_do_not_open_at_decades_or_contractions():
    # "'80s" and "rock 'n' roll" never open a quotation that swallows the next one
    t = "It's the band's '80s hit, Smith said. 'Nobody will listen to this today,' he told reporters."
    assert texts(t) == ["'Nobody will listen to this today,'"]
    t = "Rock 'n' roll is back. 'We will not go back,' said the aide."
    assert texts(t) == ["'We will not go back,'"]


def test_single_mark_attribution_stays_in_its_line():
    # a speech verb in a later paragraph does not make a slogan a quotation
    t = "Smith said it.\n\n'Peace now. Peace forever.'\n\nThe slogan, police said, was old."
    assert [m.single for m in attributed_singles(t, pair_marks(t))] == [True]
    t = "'We are ready,' Lt. Col. Smith said."
    assert [m.single for m in attributed_singles(t, pair_marks(t))] == [False]


def test_dialogue_dash_quotation_needs_its_attribution():
    # translated copy: "- words, - said X." is a quotation; a dash list item is not
    t = (
        "Bishkek, May 14.\n\n- We will not allow any provocations on our land, - said the head of the service.\n\n"
        "Among the measures:\n\n- Sanctions on twelve banks and two airlines, - a ban on visas."
    )
    spans = pair_marks(t)
    assert [t[m.start : m.end] for m in spans] == ["- We will not allow any provocations on our land,"]
    assert spans[0].dash and t[slice(*spans[0].inner(t))] == "We will not allow any provocations on our land"
    t = "The analyst noted:\n\n- Without the full demarcation such incidents will repeat again."
    assert [m.dash for m in pair_marks(t)] == [True]


def test_a_mark_glued_to_both_words_opens_when_a_closing_one_follows():
    t = 'The commander said that"the border is our common interest" and left. He was"tired" too.'
    assert texts(t) == ['"the border is our common interest"', '"tired"']


def test_dialogue_dash_attribution_with_the_subject_first():
    t = "The expert was asked about it.\n\n\u2014 We do not join blocs, and we do not have to, \u2014 the expert said."
    assert texts(t) == ["\u2014 We do not join blocs, and we do not have to,"]


def test_glued_close_before_attribution_closes():
    t = '"The border is the security of each of us,"the head of state stressed.'
    assert texts(t) == ['"The border is the security of each of us,"']


def test_spaced_mark_after_that_opens():
    t = 'The general noted that" the situation on the border is calm and stable". He left.'
    assert texts(t) == ['" the situation on the border is calm and stable"']


def test_mark_runs_are_one_token():
    import spacy

    from accord.quotes.marks import keep_mark_runs

    nlp = spacy.blank("en")
    keep_mark_runs(nlp.tokenizer)
    keep_mark_runs(nlp.tokenizer)  # once is enough: a second call changes nothing
    words = [t.text for t in nlp.make_doc('a "\u201c\u201d\u00ab b \u00ab\u201d\'"x y\'" z')]
    # three marks or more: one token; two stay two (a quotation inside a quotation closes as '")
    assert words == ["a", '"\u201c\u201d\u00ab', "b", "\u00ab\u201d'\"", "x", "y", "'", '"', "z"]


def _calls(fn, *args) -> tuple[object, int]:
    """fn(*args) and the number of Python lines it ran: a count of work that
    does not depend on how busy the machine is (no timing in tests)."""
    import sys

    n = 0

    def trace(frame, event, arg):
        nonlocal n
        n += 1
        return trace

    sys.settrace(trace)
    try:
        out = fn(*args)
    finally:
        sys.settrace(None)
    return out, n


def test_pairing_stays_linear_on_a_paragraph_of_marks():
    unit = 'a "b" c, " d \u201ce\u201d \'f\' '
    small, work_small = _calls(pair_marks, unit * 500)
    large, work_large = _calls(pair_marks, unit * 2000)
    assert len(large) == 4 * len(small)
    assert work_large <= 5 * work_small  # four times the marks, about four times the work


def test_colon_lead_in_promotes_single_quote():
    t = "The minister said:  'We will not give up the talks.' Then he left.\n\nNo:  'too late.'"
    spans = attributed_singles(t, pair_marks(t))
    assert [(t[m.start : m.end], m.single) for m in spans] == [
        ("'We will not give up the talks.'", False),
        ("'too late.'", True),  # three words at least
    ]
