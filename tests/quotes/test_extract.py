"""The quote finder on hand-built Docs (frozen parses, no model)."""

import pytest
from quotes_docs import _specs, make_doc

from accord.quotes import extract_quotes
from accord.quotes.lexicon import load_lexicon
from accord.record import Mention


def one(key, mentions=None):
    qs = extract_quotes(make_doc(key, mentions))
    return qs


def check_offsets(doc, qs):
    for q in qs:
        assert doc.text[q.start : q.end] == q.text
        if q.speaker:
            assert doc.text[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.cue:
            assert doc.text[q.cue.start : q.cue.end] == q.cue.text


def checked(key, mentions=None):
    """The quotes of frozen parse ``key``, their offsets checked against its text."""
    doc = make_doc(key, mentions)
    qs = extract_quotes(doc)
    check_offsets(doc, qs)
    return qs


def test_direct_quote_speaker_after():
    qs = checked("direct_after")
    assert len(qs) == 1
    q = qs[0]
    assert q.kind == "direct"
    assert q.text == '"We will not accept this,"'
    assert q.speaker.text == "the general"
    assert q.cue.text == "said"


def test_name_after_quote():
    (q,) = one("name_after")
    assert q.kind == "direct" and "Ivan Petrov" in q.speaker.text


def test_indirect_that_clause_includes_that():
    (q,) = one("indirect_that")
    assert q.kind == "indirect"
    assert q.text == "that Russia would respond to the drills"  # final period left out
    assert q.speaker.text == "Lavrov"


def test_told_reporters_that():
    (q,) = one("told_that_parse")
    assert q.text.startswith("that the exercise")
    assert q.speaker.text == "The minister"
    assert q.medium is None  # reporters are not an outlet


def test_according_to():
    (q,) = one("according_to")
    assert q.text == "the drills will start on Monday"
    assert q.speaker.text == "the ministry"
    assert q.cue.text == "According to"


def test_belief_is_an_attribution():
    (q,) = one("belief")
    assert q.text == "that the talks will fail" and q.cue.text == "believes"
    assert q.speaker.text == "The analyst"


def test_mixed_quote():
    (q,) = one("mixed")
    assert q.kind == "mixed"
    assert q.text == 'the deal was "a historic step for the whole region"'
    assert q.speaker.text == "She"


def test_colon_lead_in():
    (q,) = one("colon")
    assert q.kind == "direct" and q.text == '"We will respond to any provocation."'
    assert q.speaker.text == "The minister"


def test_appositive_role_affiliation_and_medium():
    (q,) = checked("appos_medium")
    assert q.text == "that Russia would respond"
    assert q.speaker.text == "Sergei Lavrov"
    assert q.speaker.role == "director"
    assert q.speaker.affiliation == "the Foreign Ministry"
    assert q.medium == "Interfax newspaper"


def test_interrupted_quote_one_speaker():
    qs = one("interrupted")
    assert qs and all(q.speaker is not None and q.speaker.text == "she" for q in qs)
    covered = "".join(q.text for q in qs)
    assert "We are ready" in covered and "we will act" in covered


def test_floating_quote_continues_previous_speaker():
    first, second = one("floating")
    assert first.speaker.text == "the minister"
    assert second.kind == "direct" and second.cue is None
    assert second.text == '"Nobody should doubt our resolve in this matter."'
    assert second.speaker.text == "the minister"  # the previous quote's speaker span (documented choice)


def test_multi_paragraph_quote():
    qs = one("multi_para")
    assert qs and qs[0].speaker.text == "the president"
    assert any("defend our borders" in q.text for q in qs)


def test_pronoun_speaker_takes_the_mention_codes():
    doc = make_doc("pronoun")
    he = doc.text.index("He said")
    mentions = [
        Mention(
            0,
            13,
            "Sergei Lavrov",
            name="Sergei Lavrov",
            kind="person",
            code="RUSGOV",
            country="RUS",
            sector="GOV",
            role="Foreign Minister",
        ),
        Mention(he, he + 2, "He", name="Sergei Lavrov", kind="person", code="RUSGOV", country="RUS", sector="GOV"),
    ]
    doc._.mentions = mentions
    (q,) = extract_quotes(doc)
    assert q.speaker.text == "He" and q.speaker.start == he  # the span stays on the pronoun
    assert q.speaker.name == "Sergei Lavrov"
    assert q.speaker.code == "RUSGOV" and q.speaker.country == "RUS"


def test_scare_quotes_are_not_quotes():
    assert one("scare") == []


def test_broken_marks_do_not_crash_and_stay_in_text():
    doc = make_doc("broken")
    qs = extract_quotes(doc)
    check_offsets(doc, qs)
    assert all(q.end <= doc.text.index("\n\n") for q in qs)  # the next paragraph is untouched


@pytest.mark.parametrize(
    "key",
    [
        "direct_after",
        "indirect_that",
        "according_to",
        "mixed",
        "appos_medium",
        "interrupted",
        "floating",
        "pronoun",
        "scare",
        "broken",
        "belief",
        "colon",
        "name_after",
        "multi_para",
        "told_that_parse",
        "noun_cue",
        "according_end",
        "parenthetical",
        "headline_colon",
        "double_apostrophes",
        "question_quote",
    ],
)
def test_every_quote_is_well_formed(key):
    doc = make_doc(key)
    qs = extract_quotes(doc)
    check_offsets(doc, qs)
    for q in qs:
        assert q.kind in ("direct", "indirect", "mixed")
        assert 0 <= q.start < q.end <= len(doc.text)


def test_empty_doc():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=[])
    doc._.mentions = []
    assert extract_quotes(doc) == []


def test_according_to_at_the_end():
    (q,) = one("according_end")
    assert q.text == "The drills will start on Monday" and q.speaker.text == "the ministry"


def test_parenthetical_cue_inside_the_content():
    # the words on either side of the cue clause: two stretches of one utterance
    a, b = one("parenthetical")
    assert (a.text, b.text) == ("The plan", "is to reopen the border next week")
    assert a.utterance == b.utterance
    assert b.speaker.text == "he" and b.cue.text == "said"


def test_headline_colon_lead_in():
    (q,) = one("headline_colon")
    assert q.text == "Russia will respond to the NATO drills"
    assert q.speaker.text == "Lavrov" and q.cue.text == ":"


def test_double_apostrophe_marks():
    (q,) = one("double_apostrophes")
    assert q.kind == "direct" and q.text.startswith("''We are") and q.text.endswith(",''")
    assert q.speaker.text == "she"


def test_question_quote_with_cue_in_next_sentence():
    (q,) = one("question_quote")
    assert q.kind == "direct" and q.speaker.text == "she" and q.cue.text == "asked"


def test_noun_cue_with_possessor():
    (q,) = one("noun_cue")
    assert q.text == "the trade deal" and q.speaker.text == "Trump" and q.cue.text == "criticism"


# --- constructions added with the PolNeAR-driven rules (own example sentences)


def test_nested_report_is_one_attribution():
    # the cue "believes" stands inside the minister's content: one quote, not two
    (q,) = one("nested_report")
    assert q.text == "that the opposition believes the vote was rigged"
    assert q.speaker.text == "The minister"


def test_dash_signature_names_the_speaker():
    qs = checked("dash_signature")
    qs = [q for q in qs if q.kind == "direct"]  # "Readers wrote to us about X" is a report of its own
    assert [q.speaker.text for q in qs] == ["Maria Lopez", "Tom Baker"]
    assert all(q.kind == "direct" and q.text.startswith("\u201c") for q in qs)
    assert qs[0].cue.text == "\u2015"


def test_call_for_clause_with_for_as_mark():
    (q,) = one("call_for_clause")
    assert q.text == "the government to release the full report"
    assert q.speaker.text == "The senator"


def test_small_clause_after_thought_verb():
    (q,) = one("small_clause")
    assert q.text == "the mayor honest"


def test_in_a_poll_reports_the_clause():
    (q,) = one("in_poll")
    assert q.text == "most residents ranked the economy as their top concern"
    assert q.speaker.text == "a new poll"
    assert q.cue.text == "In"


def test_as_clause_reports_the_main_clause():
    (q,) = one("as_reported")
    assert q.text == "the agency issued new rules for drivers"
    assert q.speaker.text == "the newspaper"


def test_as_x_put_it():
    (q,) = one("as_put_it")
    assert q.text == "The state cannot afford another delay"
    assert q.speaker.text == "the governor"
    assert q.cue.text == "put"


def test_call_with_two_objects():
    (q,) = one("call_two_objects")
    assert q.text == "the senator a coward"


def test_stance_verb_with_a_name_object():
    (q,) = one("stance_name")
    assert q.text == "Garcia" and q.speaker.text == "The union"


def test_prepositional_phrase_before_the_cue_is_not_its_frame():
    # "On Twitter" is not the "call on" frame: the naming is the content
    (q,) = one("prep_before_cue")
    assert q.text == "the plan \u201creckless.\u201d"
    assert q.speaker.text == "the mayor"


def test_share_of_people_is_agentive():
    (q,) = one("share_subject")
    assert q.text == "Garcia"
    assert "voters" in q.speaker.text


def test_according_to_before_a_writer_aside():
    (q,) = one("according_tail")
    assert q.text == "Factory orders rose by four percent in March"
    assert q.speaker.text == "the trade ministry"


def test_object_content_leaves_out_an_apposition():
    (q,) = one("np_appos_object")
    assert q.text == "Elena Ruiz"


def test_same_speakers_thought_stays_in_the_content():
    # "..., but they think ...": a thought verb with a pronoun subject inside
    # the reported clause goes on with the same report
    (q,) = one("same_thinker")
    assert q.text == "the storm had weakened but they think the roads will stay closed"
    assert q.speaker.text == "Officials"


def test_speech_verb_right_before_a_short_quotation():
    (q,) = checked("lead_cue_quote")
    assert q.text == "\u201cGo home!\u201d" and q.kind == "direct"
    assert q.speaker.text == "a man in the crowd" and q.cue.text == "yelled"


# --- nominal cues, passives, asides (PolNeAR-style attributions) ---------------


def test_noun_cue_with_that_clause():
    qs = checked("noun_that")
    (q,) = qs
    assert q.text == "that the border was secure"
    assert q.speaker.text == "The ministry" and q.cue.text == "claim"


def test_light_verb_noun_takes_the_complement():
    (q,) = one("noun_light_verb")
    assert q.text == "that the bill would raise costs"  # not "concern that ..."
    assert q.speaker.text == "Senator Jane Ortiz"


def test_noun_cue_with_infinitive():
    (q,) = one("noun_inf")
    assert q.text == "to testify" and q.speaker.text == "Her"


def test_passive_cue_with_predicate():
    (q,) = one("passive_as")
    assert q.text == "The governor is widely seen as a moderate"
    assert q.speaker is None  # no agent named


def test_passive_accusation():
    (q,) = one("passive_accused")
    assert q.text == "The mayor was accused of hiding the report"


def test_cue_aside_in_mid_sentence_takes_the_sentence_around_it():
    a, b = one("aside_cue")
    assert (a.text, b.text) == ("The plan", "would fail within a year")
    assert a.utterance == b.utterance
    assert b.speaker.text == "the minister" and b.cue.text == "said"


def test_relative_pronoun_before_the_cue_stays_in_the_content():
    (q,) = one("relative_said")
    assert q.text == "that officials said went unnoticed"
    assert q.speaker.text == "officials"


def test_colon_label_is_not_a_speaker():
    assert one("colon_label") == []


def test_naming_participle_is_not_a_report():
    assert one("named_participle") == []


def test_stance_verb_with_pronoun_object():
    (q,) = one("stance_pronoun")
    assert q.text == "him" and q.speaker.text == "The senator"


# --- content boundaries (conventions measured on PolNeAR train; own sentences)


def test_conjoined_thought_verb_stays_in_the_content():
    # "... and wanted ...": a conjoined thought verb goes on with the report;
    # only a conjoined speech verb ("... and urged ...") starts a new one
    (q,) = one("conj_thought_goes_on")
    assert q.text == "the council was tired of the delays and wanted a new plan"
    assert q.speaker.text == "The mayor"


def test_conjunct_in_the_cue_tense_goes_with_the_cue():
    # "denies that A was B and goes on to ...": "goes" agrees with "denies",
    # not with "was", so it is the company's next act, not part of the denial
    qs = one("conj_of_the_cue")
    assert qs[0].text == "that the fire was arson"
    assert qs[0].speaker.text == "The company"
    # the later cue inside that conjunct keeps the company as its speaker
    assert all(q.speaker.text == "The company" for q in qs)


def test_ing_conjunct_of_an_ing_cue_is_a_report_of_its_own():
    qs = one("conj_of_the_cue_ing")
    assert [q.text for q in qs] == ["residents to stay calm", "new money for repairs"]
    assert all(q.speaker.text == "The mayor" for q in qs)


def test_phrase_right_after_an_object_content_is_taken_in():
    (q,) = one("extend_prep")
    assert q.text == "Maria Lopez in the race for governor"


def test_venue_of_the_cue_is_left_out():
    (q,) = one("extend_venue")
    assert q.text == "the plan"


def test_time_clause_after_the_content_is_left_out():
    (q,) = one("extend_time_clause")
    assert q.text == "the plan"


def test_condition_clause_after_the_content_is_taken_in():
    (q,) = one("extend_condition")
    assert q.text == "the strike if the talks failed"


def test_according_to_after_the_main_clause_ends_the_content():
    (q,) = one("according_after_main_clause")
    assert q.text == "Sales fell by ten percent in May"
    assert q.speaker.text == "the trade group"


def test_past_participle_tail_stays_in_the_content():
    (q,) = one("past_participle_tail")
    assert q.text == "the new bridge was a failure, built only to impress the voters"


def test_set_off_noun_phrase_tail_stays_in_the_content():
    (q,) = one("set_off_noun_tail")
    assert q.text == "exports grew by eight percent last year, a record for the region"


def test_name_after_quote_survives_a_misparse():
    # '"...," Aktobe police Chief X said': the parser read the first word of
    # the name as an imperative and made "said" a conjunct of the quoted
    # verb, so the cue's subject lies inside the quotation
    qs = checked("direct_name_after_misparsed")
    (q,) = qs
    assert q.kind == "direct" and q.text == "“We will find the people who did this,”"
    assert "Akhmetov" in q.speaker.text and "We" not in q.speaker.text
    assert q.cue.text == "said"


def test_inverted_cue_with_the_quoted_words_as_a_second_subject():
    # '"A. Full B," said X': the parser gave "said" two subjects, the last
    # quoted words and the name after it; the name is the speaker
    qs = checked("direct_two_subjects")
    (q,) = qs
    assert q.kind == "direct" and q.text.startswith("“The ministry is in panic mode.")
    assert q.speaker.text.startswith("Aigerim Bekova") and q.cue.text == "said"


def test_name_and_parenthesis_before_the_cue_after_a_multi_sentence_quote():
    # '"A. B. One of C," Sen. X (Party) said': "said" also took the quote's
    # last words ("One") as a subject; the name before the parenthesis speaks
    qs = checked("direct_name_paren_after")
    (q,) = qs
    assert q.kind == "direct" and q.text.endswith('whole ministry,"')
    assert "Sarym" in q.speaker.text and q.cue.text == "said"


def test_verbs_hung_on_a_finite_cue_continue_its_infinitive():
    # "wants to A, B and C": the parser hung B (and C) on "wants"; a bare verb
    # with no subject cannot go on from "wants", so it is the content's
    qs = checked("inf_conjuncts_on_cue")
    (q,) = qs
    assert q.text == "to expand the border force, build new depots and train local recruits"
    assert q.speaker.text == "The defence minister" and q.cue.text == "wants"


def test_a_quote_inside_a_longer_quote_of_the_same_speaker_is_dropped():
    from accord.quotes.extract import _drop_repeats
    from accord.record import Quote, Speaker

    text = 'Tokayev called the drills "a provocation" and Lavrov said Moscow "was not consulted" by him.'
    tok = Speaker(start=0, end=7, text="Tokayev")
    lav = Speaker(start=46, end=52, text="Lavrov")

    def q(part, spk, kind="indirect"):
        s = text.index(part)
        return Quote(start=s, end=s + len(part), text=part, kind=kind, speaker=spk)

    outer = q('the drills "a provocation"', tok, "mixed")
    inner = q('"a provocation"', tok, "direct")  # the same attribution, again
    nobody = q("drills", None)
    other = q('Moscow "was not consulted" by him', lav, "mixed")
    nested = q('"was not consulted"', tok, "direct")  # another speaker's words inside Lavrov's: kept
    kept = _drop_repeats([outer, inner, nobody, other, nested])
    assert kept == [outer, other, nested]


def test_unclosed_quotation_ends_before_a_pronoun_attribution():
    # the closing mark was lost: the quotation would run to the paragraph's
    # end and swallow its own attribution
    qs = checked("unclosed_then_pronoun_attribution")
    (q,) = qs
    assert q.kind == "direct" and q.text == "“Our units have done what they came to do,"
    assert q.speaker.text == "he" and q.cue.text == "said"


def test_unclosed_quotation_ends_before_a_name_and_apposition():
    qs = checked("unclosed_then_named_apposition")
    (q,) = qs
    assert q.text == "“The ceasefire will not hold through the summer,"
    assert q.speaker.text == "Daniyar Ospanov" and q.cue.text == "told"


def test_quotation_opening_the_next_sentence_goes_on_with_the_report():
    # 'X said that A. "B."': B has no cue of its own; it is X's
    qs = checked("quote_opening_next_sentence")
    report, quote = qs
    assert report.text == "that the talks had stalled"
    assert quote.kind == "direct" and quote.text.startswith("“Nobody in this room")
    assert quote.speaker.text == "The minister" and quote.cue.text == "said"


def test_a_verb_in_the_next_paragraph_is_not_the_quotations_attribution():
    qs = checked("next_paragraph_is_not_attribution")
    quote = next(q for q in qs if "What is the alliance for" in q.text)
    assert quote.speaker.text == "Pashinyan"
    report = next(q for q in qs if q.text == "it would send observers to the border")
    assert report.speaker.text == "The alliance"


def test_speaker_described_as_blunt_before_a_colon():
    # 'X was blunt: ...' - the words after the colon are X's
    qs = checked("manner_colon_lead")
    q = next(q for q in qs if q.cue.text == "blunt")
    assert q.text == "Astana will not host foreign troops, whatever its partners ask"
    assert q.speaker.text == "The foreign minister"


def test_according_to_after_said_leaves_the_quotation_to_its_speaker():
    # the transcript reports the sentence; the quoted words are the prime minister's
    qs = checked("said_according_to_transcript")
    direct = next(q for q in qs if q.kind == "direct")
    assert direct.text == "“We will not leave the alliance today,”"
    assert direct.speaker.text == "the prime minister" and direct.cue.text == "said"
    assert any(q.cue.text.startswith("according") and q.speaker.text.endswith("transcript") for q in qs)


def test_noun_cue_with_no_source_named_is_still_a_report():
    # "questions about X": an attribution even when nobody is named as asking
    qs = checked("noun_cue_without_source")
    (q,) = qs
    assert q.cue.text == "Questions" and q.speaker is None
    assert q.text == "whether the Russian base would stay after 2030"


def test_volition_verbs_take_their_infinitive():
    qs = checked("would_like_to")
    (q,) = qs
    assert q.cue.text == "like" and q.speaker.text == "Tokayev"
    assert q.text.startswith("to see the CSTO mission leave")
    lex = load_lexicon()
    assert lex.verbs["like"].human and lex.verbs["aim"].inf


def test_asked_not_to_be_named_is_not_a_report():
    qs = checked("anonymity_formula")
    assert not any("named" in q.text for q in qs)
    assert any(q.text.startswith("The plan will not change") for q in qs)


def test_asked_participle_has_no_speaker_of_its_own():
    # "Asked whether A, X said B": X was asked; the asker is not named
    qs = checked("asked_whether_participle")
    asked = next(q for q in qs if q.cue.text == "Asked")
    assert asked.text == "whether the government backed the bill" and asked.speaker is None
    said = next(q for q in qs if q.cue.text == "said")
    assert said.speaker.text == "the prime minister"


def test_report_in_the_first_sentence_leaves_out_the_dateline():
    qs = checked("dateline_report")
    (q,) = qs
    assert q.text == "Kazakhstan will host the SCO summit next month"
    assert q.speaker.text == "the Foreign Ministry"


def test_unclosed_quotation_ends_before_a_role_and_name():
    qs = checked("unclosed_then_role_and_name")
    (q,) = qs
    assert q.text == "“Nobody asked the people about the water,"
    assert q.speaker.text == "opposition politician Aibek Sarymov" and q.medium == "Azattyk radio"


def _ministry(text, start):
    end = start + len("the ministry")
    return Mention(
        start, end, text[start:end], name="Defence Ministry", kind="org", code="TJKMIL", country="TJK", sector="MIL"
    )


def test_document_speaker_is_its_issuer():
    # '"...," the statement said': the words of whoever issued it ("In a
    # statement carried by the agency, the ministry warned"), not of the agency
    # that carried it; the speaker span stays on the document's words
    text = _specs()["doc_issuer"]["text"]
    qs = checked("doc_issuer", [_ministry(text, text.index("the ministry"))])
    direct = next(q for q in qs if q.kind == "direct")
    assert direct.speaker.text == "the statement"
    assert (direct.speaker.name, direct.speaker.code) == ("Defence Ministry", "TJKMIL")


def test_document_speaker_issued_too_far_back_stays_unnamed():
    # the issuer is three paragraphs back: not taken on a guess
    text = _specs()["doc_issuer_far"]["text"]
    qs = checked("doc_issuer_far", [_ministry(text, 0)])
    assert [q.speaker.text for q in qs] == ["the statement"]
    assert qs[0].speaker.name is None


def test_speaker_is_the_subject_nearest_the_cue_not_the_dateline():
    # the parser makes the dateline a second subject of the verb; the
    # participle "calling" hangs on "plans to hold", which do not call anyone;
    # "on Tuesday" is when the ministry spoke, not part of its name
    qs = checked("dateline_subject")
    assert [q.speaker.text for q in qs] == ["Russia's Foreign Ministry"]
    assert qs[0].text.startswith('the drills "a further step away"')


@pytest.mark.parametrize(
    "key,content",
    [
        ("made_clear", "that the country's cooperation with NATO on peacekeeping would continue"),
        ("made_clear_bare", "they would not sign the deal"),
    ],
)
def test_made_it_clear_reports_the_clause_not_it_clear(key, content):
    qs = checked(key)
    assert [q.text for q in qs] == [content]


def test_someones_position_was_clear_colon_is_a_lead_in():
    # "X's position was unambiguous: ..." reports X; an ownerless "the answer is clear:" is the writer's
    qs = checked("position_colon")
    assert [q.text for q in qs] == ["Kazakhstan would not join any bloc directed against its neighbours"]
    assert qs[0].speaker.text.startswith("President Kassym-Jomart Tokayev")
    assert checked("answer_colon") == []


def test_content_leaves_out_a_dateline_with_an_agency():
    # "CITY, date (Agency) - ..." opens the paragraph; the report starts after it
    qs = checked("dateline_agency")
    assert [q.text for q in qs] == [
        "More than 3,000 troops from five member states began a week-long exercise on Monday"
    ]


@pytest.mark.parametrize(
    "key,text,medium",
    [
        ("quoted_as_saying", "that Moscow would respond", "The TASS news agency"),
        ("quoted_as_saying_passive", "that Moscow would respond", "Interfax"),
        ("quoted_after_quote", '"The exercise is aimed at threats from Afghanistan,"', "the ministry's press service"),
    ],
)
def test_quoted_as_saying_gives_the_words_to_the_one_quoted(key, text, medium):
    # the one who quotes is the medium, not the speaker; no report of the quoted person's name
    qs = checked(key)
    assert [q.text for q in qs] == [text]
    assert qs[0].speaker.text.endswith(("Lavrov", "Rustam Nazarzoda"))
    assert qs[0].medium == medium


def test_british_single_mark_quotes_are_direct_and_interrupted():
    qs = checked("british_singles")
    direct = [q for q in qs if q.kind == "direct"]
    # one utterance in two stretches: two quotes, one speaker, one utterance number
    assert [q.text for q in direct] == [
        "'Tajikistan is a key partner,'",
        "'We share a concern about the situation across the border.'",
    ]
    assert [q.speaker.text for q in direct] == ["he", "he"]
    assert direct[0].utterance == direct[1].utterance


@pytest.mark.parametrize(
    "key,content,speaker",
    [
        ("short_of_calling", "it an act of war", "The minister"),
        ("unable_to_accuse", "the rebels of breaking the truce", "The envoy"),
        ("conference_announcing", "that her agency was taking the operator to court", "she"),
        ("dateline_appos", "it would ease trade with China", "Minister Aidar Testov"),
    ],
)
def test_speaker_found_through_adjectives_occasions_and_datelines(key, content, speaker):
    # "stopped short of calling", "was unable to ... and accuse", "said at a news conference
    # announcing", "WASHINGTON -- NAME, ..., said": the person, not None, the occasion or the dateline
    q = next(q for q in checked(key) if q.text == content)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(
    "key,speaker",
    [
        ("in_statement_subject", "the defence minister"),  # someone's statement: its author speaks
        ("in_poll_source", "a poll"),  # a poll speaks for itself, even with people as the subject
    ],
)
def test_in_a_source_lead_in_speaker(key, speaker):
    qs = checked(key)
    assert len(qs) == 1 and qs[0].speaker.text == speaker


def test_translated_comma_before_that_is_still_the_report():
    # "X underlined, that ...": the comma Russian-style copy puts before "that" does not make
    # the cue clause a reporting tail ('..., X said')
    qs = checked("comma_that")
    assert [(q.text, q.speaker.text) for q in qs] == [
        ("that Russia considers the normalization between Baku and Yerevan an important task", "The diplomat")
    ]


def test_in_his_opinion_is_his_report():
    qs = checked("in_his_opinion")
    assert [(q.text, q.speaker.text) for q in qs] == [
        ("without the participation of Moscow any agreements will remain on paper only", "his")
    ]


def test_speaker_span_is_the_name_without_the_occasion():
    qs = checked("speaker_at_briefing")
    assert [q.speaker.text for q in qs] == ["Ministry spokeswoman Marina Testova"]


@pytest.mark.parametrize(
    "key,speaker",
    [
        ("colon_prev_para", "Sethi"),  # "X said:" ends a paragraph, the quotation opens the next
        ("colon_far_verb", "Lieutenant General Vikram Testi"),  # "told a press conference in Udhampur:"
        ("put_bluntly", "A senior executive"),  # no speech verb, a person who leads in with a colon
    ],
)
def test_colon_lead_in_gives_the_quotation_its_speaker(key, speaker):
    qs = checked(key)
    assert [q.kind for q in qs] == ["direct"] and qs[0].speaker is not None and qs[0].speaker.text == speaker


def test_colon_after_a_thing_is_no_lead_in():
    assert checked("results_clear") == []


def test_according_to_an_outlet_relays_the_speakers_words():
    # "According to TASS, the embassy called ...": the embassy speaks, TASS is the medium
    qs = checked("according_to_medium")
    assert [(q.speaker.text, q.medium) for q in qs] == [("the Russian embassy", "the TASS news agency")] * 2


def test_single_mark_fragment_in_a_report_makes_it_mixed():
    qs = checked("single_fragment_mixed")
    assert [q.kind for q in qs] == ["mixed"]


def test_single_mark_quote_attributed_after_a_name_with_apposition_is_direct():
    qs = checked("single_after_appos")
    assert [(q.kind, q.speaker.text) for q in qs] == [("direct", "Colonel Souleymane Testa")]


def test_clause_hung_on_the_occasion_is_the_cues_content():
    # "warned in a televised address that ...": the parser makes the clause part of "address"
    qs = checked("warned_in_address")
    assert [(q.text, q.speaker.text) for q in qs] == [
        ("that any ship linked to Israel would remain a legitimate target", "The spokesman")
    ]


def test_in_her_opinion_is_hers_even_before_a_plural_subject():
    qs = checked("opinion_plural_subject")
    assert [q.speaker.text for q in qs] == ["her"]


def test_interrupted_quote_around_an_inverted_name_with_apposition():
    # '"...," said NAME, a ROLE, "..."': one quotation of NAME, even though the parser hung
    # the name on the second part's verb
    qs = checked("inverted_appos_interrupted")
    assert len(qs) == 2 and all(q.kind == "direct" and q.speaker.text == "Peter Testqvist" for q in qs)
    assert qs[1].text.endswith("taking notes.\u201d") and qs[0].utterance == qs[1].utterance


def test_place_inside_a_speakers_phrase_does_not_name_the_speaker():
    text = _specs()["executive_at_place"]["text"]
    at = text.index("Europe")
    europe = Mention(at, at + 6, "Europe", name="Europe", kind="location", code="EUR")
    qs = checked("executive_at_place", [europe])
    assert len(qs) == 1
    assert qs[0].speaker.text == "A senior executive at one of Europe's largest container lines"
    assert qs[0].speaker.name is None and qs[0].speaker.code is None


def test_object_of_a_control_verb_speaks_its_infinitive():
    # "forced X to admit that ...": X admits, not the committee
    q = next(q for q in checked("object_control") if q.text == "that no inspectors had checked the shells")
    assert q.speaker.text == "the defence contractor"


def test_transcript_answer_is_the_quoted_persons_not_the_questions():
    # "ANSWER: ..." is the spokesman's (named before), not "the United States" a reporter's question
    # mentions; a report inside the answer ("I would reject ...") is his too
    text = _specs()["transcript_qa"]["text"]
    spokesman = Mention(
        0,
        len("Spokesman Daniel Testcombe"),
        "Spokesman Daniel Testcombe",
        name="Daniel Testcombe",
        kind="person",
        code="USAGOV",
        country="USA",
    )
    at = text.index("the United States")
    usa = Mention(at, at + 17, "the United States", name="United States", kind="location", code="USA", country="USA")
    qs = checked("transcript_qa", [spokesman, usa])
    answer = next(q for q in qs if q.text.startswith("I am not going"))
    assert answer.kind == "direct" and answer.speaker.text == "ANSWER"
    assert (answer.speaker.name, answer.speaker.code) == ("Daniel Testcombe", "USAGOV")
    inner = next(q for q in qs if q.text == "that characterisation")
    assert inner.speaker.name == "Daniel Testcombe"


def test_transcript_speaker_labels():
    # a capitalised label is a speaker when the article names a person of that surname
    people = [Mention(1000, 1013, "Rustam Karimov", name="Rustam Karimov", kind="person", code="UZBGOV", country="UZB")]
    qs = checked("transcript_names", people)
    assert [(q.speaker.text, q.speaker.name, q.speaker.code, q.kind) for q in qs] == [
        ("KARIMOV", "Rustam Karimov", "UZBGOV", "direct")
    ]


def test_capitalised_dateline_with_a_colon_is_no_speaker():
    qs = checked("dateline_colon")
    assert not any(q.speaker is not None and q.speaker.text == "NEW DELHI" for q in qs)


def test_quotation_taken_whole_and_speaker_named_by_its_apposition():
    # 'are "safe and accounted for."' is one quotation, not 'are "safe'; "Its operator,
    # Piraeus-based Thalassa Maritime," names the speaker by the apposition
    qs = checked("appos_name_whole_quote")
    assert [(q.text, q.kind) for q in qs] == [('all 24 crew members are "safe and accounted for."', "mixed")]
    assert (qs[0].speaker.text, qs[0].speaker.name) == ("Its operator", "Thalassa Maritime")


def test_subordinate_report_between_commas_is_no_aside():
    qs = checked("members_cautioned")
    said = next(q for q in qs if q.cue.text == "said")
    assert said.text.startswith("that at a closed-door meeting") and said.speaker.text == "Diplomats"
    assert not any(q.text.startswith("Diplomats") for q in qs)


def test_second_that_clause_goes_on_with_the_report():
    # "said A, but that B": one report; "support" inside it is no report of its own
    qs = checked("second_that_clause")
    assert [q.text for q in qs] == [
        "the region needs to train more medics and build a field hospital, but that she would not support a draft"
    ]


def test_according_to_an_outlet_stays_when_the_clause_has_no_report_of_its_own():
    qs = checked("according_to_medium_no_content")
    assert len(qs) == 1 and qs[0].cue.text == "According to"


def test_it_goes_without_saying_is_no_report():
    assert checked("goes_without_saying") == []


def test_dialogue_dash_quotations_with_inverted_attribution():
    qs = checked("dash_dialogue")
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert [q.cue.text for q in qs] == ["said", "told"]
    assert "Almazbek Testov" in qs[0].speaker.text and "Gulnara Testova" in qs[1].speaker.text


def test_plain_speech_colon_inside_a_quotation_is_the_speakers_own():
    qs = checked("colon_inside_quote")
    assert [(q.kind, q.speaker.text) for q in qs] == [("direct", "he")]


def test_participle_the_parser_made_the_subject_gives_way_to_the_name():
    qs = checked("participle_subject")
    assert [q.speaker.text for q in qs] == ["Adaeze Testova"]
