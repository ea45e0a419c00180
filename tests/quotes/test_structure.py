"""Document structure is not speech; translated copy's detached and nested
marks (frozen parses of sentences of our own, no model)."""

from quotes_docs import make_doc

from accord.quotes import extract_quotes
from accord.quotes.marks import pair_marks
from accord.quotes.structure import furniture
from accord.record import Mention


def test_headline_link_reminder_and_caption_yield_no_quote():
    doc = make_doc("structure_furniture")
    qs = extract_quotes(doc)
    assert [q.text for q in qs] == ["that the border crossing would reopen next week"]
    assert qs[0].speaker.text == "The minister"


def test_furniture_paragraphs():
    assert furniture("By Jane Okafor", 0, 14)
    assert furniture("WATCH: The minister's full statement", 0, 36)
    assert furniture("Border talks resume in Osh", 0, 26)
    # a paragraph of prose, a dialogue line and a lead-in colon are not furniture
    assert not furniture("The minister said the talks would resume.", 0, 41)
    assert not furniture("- We will not allow it", 0, 22)
    assert not furniture("The minister put it this way:", 0, 29)


def test_detached_closing_mark_closes_before_the_speaker():
    doc = make_doc("detached_close")
    doc._.accord_warnings = []
    qs = extract_quotes(doc)
    q = next(q for q in qs if q.kind == "direct")
    assert q.text.startswith('"The sides have not agreed') and q.text.endswith('May, "')
    assert q.speaker.name == "Arman Seitkali"
    assert any("detached" in w for w in doc._.accord_warnings)
    # the text is unchanged: offsets hold
    assert doc.text[q.start : q.end] == q.text


def test_detached_mark_needs_an_attribution_after_it():
    text = 'He said: "We will see. "Maybe" is not an answer."'
    spans = pair_marks(text)
    assert not any(m.detached for m in spans)


def test_title_in_marks_inside_a_quotation():
    text = (
        '"Nobody will do it for us. The "Safe Roads" programme must be paid for by every member," the general stressed.'
    )
    spans = [m for m in pair_marks(text) if not m.single]
    assert len(spans) == 1 and text[spans[0].start : spans[0].end].endswith('member,"')
    qs = extract_quotes(make_doc("nested_title"))
    assert len(qs) == 1 and qs[0].speaker.text == "the general"


def test_a_surname_alone_takes_the_full_name_given_earlier():
    qs = extract_quotes(make_doc("partial_name"))
    last = qs[-1]
    assert last.speaker.text == "Lin" and last.speaker.name == "Lin Weihan"


def test_a_surname_two_people_share_stays_as_it_is():
    mentions = [
        Mention(start=0, end=10, text="Lin Weihan", name="Lin Weihan", kind="person"),
        Mention(start=15, end=23, text="Lin Qiao", name="Lin Qiao", kind="person"),
    ]
    qs = extract_quotes(make_doc("partial_name_two", mentions))
    assert qs and qs[-1].speaker.name in (None, "Lin")


def test_interview_answers_in_dash_lines_are_the_interviewees():
    doc_text = make_doc("interview_dashes").text
    s = doc_text.index("Dana Kemelova")
    mentions = [Mention(start=s, end=s + 13, text="Dana Kemelova", name="Dana Kemelova", kind="person")]
    qs = extract_quotes(make_doc("interview_dashes", mentions))
    assert [q.text.lstrip("- ")[:12] for q in qs] == ["Prices are r", "The tenge wi"]
    assert {q.speaker.name for q in qs} == {"Dana Kemelova"}


def test_follow_on_quotation_takes_the_previous_speaker_only_when_nothing_intervenes():
    qs = extract_quotes(make_doc("follow_on_plain"))
    assert [q.speaker.text if q.speaker else None for q in qs] == ["the envoy", "the envoy"]
    qs = extract_quotes(make_doc("follow_on_intervened"))
    last = qs[-1]
    assert last.text == '"It is a matter of principle."'
    assert last.speaker is None or last.speaker.text != "the envoy"


def test_a_headline_that_opens_with_a_quotation_and_a_colon():
    for head in (
        '"The border is calm": the committee summed up the month',
        "\u201eNo leaks were found\u201c: the ministry on the attacks",
    ):
        assert furniture(head, 0, len(head))
    signed = '"We will hold the line" - Anna Petrova'
    assert not furniture(signed, 0, len(signed))


def test_a_mark_at_a_paragraph_start_with_a_space_after_it_opens():
    text = '" The talks went well and will go on next week ", - the minister said.'
    spans = [m for m in pair_marks(text) if not m.single]
    assert [(m.start, m.end) for m in spans] == [(0, text.index('",') + 1)]


def _reminder_doc(words, heads, deps):
    from quotes_docs import _VOCAB
    from spacy.tokens import Doc

    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps, sent_starts=[True] + [False] * (len(words) - 1))
    return doc


def test_a_reminder_is_the_writers_even_when_the_parse_gives_it_a_subject_after_it():
    """'Recall that in May the movement calling itself Free Steppe claimed ...': a parse that
    hangs 'Recall' on 'claimed' reads 'Free Steppe' as the speaker; the report is still the writer's."""
    from types import SimpleNamespace as NS

    from accord.quotes.structure import writer_reminder
    from accord.record import Quote, Span, Speaker

    variants = [
        ("Recall that in May the movement calling itself Free Steppe claimed the blast .", 8),
        ("Let us recall that last year the group calling itself Black Wind took the blame .", 9),
        ("It should be recalled that in 2021 the cell calling itself Northern Front announced the raid .", 10),
    ]
    for text, subj in variants:
        words = text.split()
        verb = subj + 2
        heads = [verb] * len(words)
        heads[verb] = verb
        deps = ["dep"] * len(words)
        deps[verb] = "ROOT"
        doc = _reminder_doc(words, heads, deps)
        cue_i = next(t.i for t in doc if t.lower_.startswith("recall"))
        cue, verb_tok = doc[cue_i], doc[verb]
        name = doc[subj : subj + 2]
        q = Quote(cue.idx + len(cue) + 1, doc[-2].idx, "...", kind="indirect")
        q.cue = Span(cue.idx, cue.idx + len(cue), cue.text)
        q.speaker = Speaker(name.start_char, name.end_char, name.text)
        assert writer_reminder(NS(doc=doc, text=doc.text), q), text
        # the same words after a speaker's own cue are that speaker's
        q.cue = Span(verb_tok.idx, verb_tok.idx + len(verb_tok), verb_tok.text)
        assert not writer_reminder(NS(doc=doc, text=doc.text), q), text
