"""Quotation marks as translated or re-encoded copy garbles them (found by
tools/perturb_quotes.py): doubled marks, a guillemet glued to the attribution,
a quotation broken by a paragraph break with no reopening mark, single marks
with the comma outside them."""

import pytest

from accord.quotes.marks import attributed_singles, pair_marks


def _texts(t: str) -> list[str]:
    return [t[m.start : m.end] for m in pair_marks(t)]


@pytest.mark.parametrize(
    "t, want",
    [
        ('""We will respond to any provocation,"" the minister said.', '"We will respond to any provocation,"'),
        ("The envoy said: \u00ab\u00abOur answer will be firm\u00bb\u00bb.", "\u00abOur answer will be firm\u00bb"),
        ('Ankara called the vote ""a dangerous mistake"" on Monday.', '"a dangerous mistake"'),
    ],
)
def test_a_doubled_mark_is_one_mark_and_the_quotation_takes_its_inner_half(t, want):
    assert _texts(t) == [want]


@pytest.mark.parametrize(
    "t,want",
    [
        (
            "He said: \u00abOur answer is \u00abno\u00bb\u00bb. Then he left.",
            "\u00abOur answer is \u00abno\u00bb\u00bb",
        ),
        (
            "\u201cWe called it \u201ca show of force\u201d\u201d, the minister said.",
            "\u201cWe called it \u201ca show of force\u201d\u201d",
        ),
        (
            "\u00abThe plan is called \u00abShield\u00bb\u00bb, the colonel said.",
            "\u00abThe plan is called \u00abShield\u00bb\u00bb",
        ),
    ],
)
def test_a_doubled_closer_with_no_doubled_opener_closes_a_quotation_inside_a_quotation(t, want):
    assert [t[m.start : m.end] for m in pair_marks(t)] == [want]


def test_a_doubled_mark_keeps_the_words_inside():
    t = '""Talks will go on,"" he added.'
    s, e = pair_marks(t)[0].inner(t)
    assert t[s:e] == "Talks will go on,"


@pytest.mark.parametrize(
    "t",
    [
        "\u00abWe see them every month in our waters,\u00bbthe minister said.",
        "\u201eThe checkpoint will reopen in spring,\u201cthe governor stressed.",
        "\u00abThe talks in Ankara went well.\u00bbthe deputy minister added.",
    ],
)
def test_a_closer_glued_to_the_attribution_closes(t):
    spans = pair_marks(t)
    assert len(spans) == 1 and spans[0].closed and t[spans[0].end :].startswith("the ")


@pytest.mark.parametrize(
    "t",
    [
        "He said: \u00abWe are ready to talk.\n\nBut we will not give up our land\u00bb, the minister added.",
        'The general noted: "The exercise went to plan.\n\nThe units were in place in two hours", he said.',
        "\u201eThe border is calm today.\n\nNo incidents were reported overnight\u201c, the service said.",
    ],
)
def test_a_quotation_broken_by_a_paragraph_break_goes_on(t):
    first, second = pair_marks(t)
    assert first.continues and second.continued and not second.opened


def test_a_later_paragraph_with_its_own_quotation_is_no_continuation():
    t = 'She noted that "the talks were hard.\n\nThe summit went well, officials said "today".'
    assert not any(m.continues for m in pair_marks(t))


@pytest.mark.parametrize(
    "t",
    [
        "\u2039We have never demanded a single metre of land\u203a, the deputy prime minister said.",
        "'We will not give up our land', the minister said.",
        "\u201aThe border is closed for now\u2018, the expert believes.",
        "\u2039Sanctions are not going anywhere\u203a, the analyst is sure.",
    ],
)
def test_single_marks_with_the_comma_outside_are_a_quotation(t):
    spans = attributed_singles(t, pair_marks(t))
    assert len(spans) == 1 and not spans[0].single


@pytest.mark.parametrize(
    "t",
    [
        "He called it 'a very bad idea', and left.",
        "The states' rights were discussed, officials said.",
        "The \u2039Eastern Shield\u203a exercise ended, the ministry said.",
    ],
)
def test_scare_quotes_and_apostrophes_stay_single(t):
    assert all(m.single for m in attributed_singles(t, pair_marks(t)))


@pytest.mark.parametrize(
    "t, want",
    [
        (
            '"Our task is to monitor the ceasefire. The units trained in the south, he added.',
            '"Our task is to monitor the ceasefire. The units trained in the south,',
        ),
        (
            '"We will respond to any attack on our territory, the minister said in a statement.',
            '"We will respond to any attack on our territory,',
        ),
        (
            '"We stopped 27 attempts. The threat is in the north,the general said and added that the side '
            'keeps "working contacts" with them.',
            '"We stopped 27 attempts. The threat is in the north,',
        ),
    ],
)
def test_an_unclosed_quotation_ends_at_a_comma_and_its_attribution(t, want):
    assert _texts(t)[0] == want


@pytest.mark.parametrize(
    "t",
    [
        '"We will respond, as the president said, to any attack.',
        'She said "the talks were hard and long, and the summit went well.',
    ],
)
def test_an_unclosed_quotation_with_no_attribution_after_a_comma_runs_on(t):
    assert _texts(t)[0].endswith(".")


@pytest.mark.parametrize(
    "t, want",
    [
        (
            "- Our task is to patrol the zone. The men trained at the \u00abIliysky\u00bb centre, - he added.",
            ["- Our task is to patrol the zone. The men trained at the \u00abIliysky\u00bb centre,"],
        ),
        (
            "- Repressive measures must go with work in schools, - the expert is convinced.",
            ["- Repressive measures must go with work in schools,"],
        ),
        (
            "- Five thousand troops is a show, not a threat, - according to the analyst.",
            ["- Five thousand troops is a show, not a threat,"],
        ),
        (
            '- We will respond, - the general said. "And we will win," he added.',
            ["- We will respond,", '"And we will win,"'],
        ),
    ],
)
def test_a_dash_quotation_with_marks_inside_or_an_opinion_frame(t, want):
    assert _texts(t) == want


def test_a_dash_list_item_with_a_quoted_name_is_no_quotation():
    t = '- Apples from the "Green Valley" farm\n- Pears'
    assert _texts(t) == ['"Green Valley"']


@pytest.mark.parametrize(
    "t",
    [
        "Supplies will go on, says the president. \u2039We are talking about armoured vehicles and drones.\u203a",
        "\u2039People in the valley judge the treaty by the market, \u203a the expert said.",
        "\u2039 We are ready to continue cooperation \u203a, - the deputy minister said.",
        "\u2039Such missions are voluntary, and it says a lot,\u203athe expert emphasized.",
        "The talks are over. \u201aThe border will open in spring for all the traders.\u2018",
    ],
)
def test_single_mark_quotations_at_a_sentence_start_or_set_off_by_spaces(t):
    spans = attributed_singles(t, pair_marks(t))
    assert len(spans) == 1 and not spans[0].single


@pytest.mark.parametrize(
    "t",
    [
        "He read \u2039War and Peace by Leo Tolstoy\u203a last year.",
        "The \u2039Eastern\u203a and \u2039Western\u203a groups met.",
        "Officials met. \u2039Steppe Eagle\u203a is the name of the drill.",
    ],
)
def test_titles_in_single_marks_stay_single(t):
    assert all(m.single for m in attributed_singles(t, pair_marks(t)))
