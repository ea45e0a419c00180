"""The helpers behind the fourth set's translated-press frames (issue #17),
on frozen parses of sentences written for these tests (no model)."""

from quotes_docs import make_doc


def test_a_bodys_whole_official_name_before_its_cue_is_in_reach():
    from accord.quotes.commas import name_comma

    doc = make_doc("translated_long_name")  # "..., the press service of the Border Troops of ... reported."
    reported = next(t for t in doc if t.text == "reported")
    assert doc[name_comma(reported)].text == "," and name_comma(reported) == 12


def test_a_possessive_inside_the_name_before_a_trailing_cue():
    from accord.quotes.commas import name_comma
    from accord.quotes.tagging import _tail_noun

    doc = make_doc("translated_possessive_name")  # "..., the Prosecutor General's Office of X reports."
    reports = next(t for t in doc if t.text == "reports")
    assert _tail_noun(doc, reports)  # the parser's plural noun is the sentence-final cue
    reports.tag_ = "VBZ"  # as retag_tails sets it
    assert name_comma(reports) == 13


def test_a_verb_read_as_a_plural_noun_and_a_relay_participle():
    from accord.quotes.tails import _relay_end, _verb_as_noun

    doc = make_doc("translated_verb_as_noun")  # "... to Armenia undermines the peace process, X reports citing Y."
    by_word = {t.lower_: t for t in doc}
    assert _verb_as_noun(by_word["undermines"])
    assert not _verb_as_noun(by_word["howitzers"])  # a plural noun before "to"
    assert _relay_end(by_word["reports"]) == len(doc) - 1  # "citing the Ministry of ... Azerbaijan", not the stop


def test_the_subject_the_parser_gave_to_the_participle_before_the_cue():
    from accord.quotes.speakers import _participle_subject, _speaker_token

    doc = make_doc("translated_participle_lead")  # "Commander ... X, answering the question ..., said that ..."
    said = next(t for t in doc if t.text == "said")
    assert _participle_subject(said).text == "Commander"
    assert _speaker_token(said).text == "Commander"


def test_a_sentence_adverb_the_parser_joined_to_a_name_is_no_part_of_it():
    from accord.quotes.speakers import _name_bounds

    doc = make_doc("translated_adverb_name")  # "Earlier Sadykov stated that ...": "Earlier" read as a compound
    assert doc[0].dep_ == "compound"
    assert _name_bounds(doc[1]) == (1, 2)
