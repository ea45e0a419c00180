"""Speakers and frames of translated copy added for issue #17 (the second
set of translated articles), on real parses of sentences written for these
tests: titled names, "the head of X" as the person quoted before, "the
agency quotes X", a ministry "in its comment to" an outlet, a sentence-final
"informs", acronyms before a reporting tail, documents that name their
issuer, "told at", "drew attention to the fact that", "shared her opinion
with X:", "This opinion was expressed by X", "The same view is held by X:"."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


def found(nlp, text):
    """(quote text, speaker name or text, cue class, medium) of each quote."""
    return quote_rows(nlp, text, "cue_class", "medium")


def test_the_head_of_a_body_is_the_titled_person_quoted_before(nlp):
    qs = found(
        nlp,
        "Chairman of the Board of the Water Agency of the Republic of Tajikistan Farrukh Nazarov said that "
        "the new canal would open in June.\n\n"
        '"We have finished the hardest part," the head of the agency added.',
    )
    assert one(qs, "hardest part")[1] == "Farrukh Nazarov"


def test_the_agency_quotes_the_one_it_quotes(nlp):
    qs = found(
        nlp,
        "Defence Minister of the Republic of Kazakhstan Ruslan Zhaksylykov spoke in Astana on Monday.\n\n"
        '"The brigade is ready for the exercise," Steppe Wire quotes Zhaksylykov.',
    )
    assert one(qs, "brigade is ready")[1] == "Ruslan Zhaksylykov"


def test_a_ministry_in_its_comment_to_an_outlet_speaks_itself(nlp):
    qs = found(
        nlp,
        "The Ministry of Foreign Affairs of Georgia in its comment to Kartli Wire noted that Tbilisi "
        "considers the proposal premature.",
    )
    text, who, _, medium = one(qs, "considers the proposal")
    assert "Ministry of Foreign Affairs of Georgia" in who and medium == "Kartli Wire"


def test_a_sentence_final_informs_and_an_acronym_before_told(nlp):
    qs = found(
        nlp,
        "From March 1 all hunting rifles will have to be registered again in Kyrgyzstan, the press service "
        "of the Ministry of Internal Affairs of the Kyrgyz Republic informs.\n\n"
        "Since January, more than 900 rifles have been handed over voluntarily, the State Agency for Arms "
        "Control (SAAC) told Ala-Too Wire.",
    )
    who = one(qs, "hunting rifles")[1]
    assert "Ministry of Internal Affairs" in who and "informs" not in who
    assert "State Agency for Arms Control" in one(qs, "900 rifles")[1]


def test_a_document_speaks_for_the_issuer_it_names(nlp):
    qs = found(
        nlp,
        '"The exercise will last five days," reads the statement published on the website of the Ministry '
        "of Emergency Situations of Kyrgyzstan.",
    )
    assert "Ministry of Emergency Situations" in one(qs, "five days")[1]


def test_the_body_an_outlet_was_told_at_speaks(nlp):
    qs = found(
        nlp,
        "Customs officers seized two tonnes of cigarettes near the Uzbek border, Pamir Wire was told at the "
        "Customs Service under the Government of Tajikistan.",
    )
    assert "Customs Service" in one(qs, "two tonnes")[1]


def test_drew_attention_to_the_fact_that(nlp):
    qs = found(nlp, "The minister drew attention to the fact that the bridge will be closed for repairs.")
    text, who, cls, _ = one(qs, "bridge will be closed")
    assert text.startswith("that the bridge") and cls == "speech"


def test_shared_her_opinion_with_an_outlet_and_her_pronoun_after(nlp):
    qs = found(
        nlp,
        "Economist Aigul Serikbayeva shared her opinion with Baiterek Info: the new tariffs will hit "
        "small traders first.\n\n"
        '"The big companies will simply raise their prices," she believes.',
    )
    text, who, cls, medium = one(qs, "new tariffs")
    assert who == "Aigul Serikbayeva" and cls == "opinion" and medium == "Baiterek Info"
    assert one(qs, "raise their prices")[1] == "Aigul Serikbayeva"


def test_this_opinion_was_expressed_by(nlp):
    qs = found(
        nlp,
        "The new railway will double the trade between the two countries within five years. This opinion "
        "was expressed by the director of the Almaty Centre for Transport Studies Kanat Abenov in a "
        "commentary for Steppe Wire.",
    )
    text, who, cls, _ = one(qs, "double the trade")
    assert who == "Kanat Abenov" and cls == "opinion"


def test_the_same_view_is_held_by(nlp):
    qs = found(
        nlp,
        'The same view is held by economist Vugar Mammadli: "Prices will not fall this year. The harvest '
        'was too small."',
    )
    text, who, cls, _ = one(qs, "Prices will not fall")
    assert who == "Vugar Mammadli" and cls == "opinion" and "harvest" in text


def test_the_expert_is_convinced_after_a_quotation_is_an_opinion(nlp):
    qs = found(
        nlp,
        "According to the analyst Daniyar Sultanov, the deal will hold. "
        '"Nobody in the region wants a new war, least of all the two capitals," the expert is convinced.',
    )
    text, who, cls, _ = one(qs, "Nobody in the region")
    assert who == "Daniyar Sultanov" and cls == "opinion"


def test_a_quotation_written_is_writing(nlp):
    qs = found(nlp, 'Senator Lena Orlova was angry. "The vote was rigged," the senator wrote on her page.')
    assert one(qs, "vote was rigged")[2] == "writing"


def test_expressed_confidence_that_is_an_opinion(nlp):
    qs = found(nlp, "The analyst Kanat Omarov expressed confidence that the border will reopen in spring.")
    assert one(qs, "border will reopen")[2] == "opinion"


def test_head_of_a_service_with_no_name_is_no_persons_name(nlp):
    doc = nlp("Head of the Migration Service of Kyrgyzstan said that 300 people were deported on Monday.")
    q = next(q for q in doc._.quotes if "deported" in q.text)
    assert q.speaker.name is None and q.speaker.text.startswith("Head of the Migration Service")


def test_in_the_ministry_it_was_reported_that(nlp):
    qs = found(
        nlp,
        "In the Ministry of Emergency Situations of Kyrgyzstan it was reported, that in the night to Tuesday "
        "the mudflow destroyed two bridges in the Batken region.\n\n"
        "Ministry of Internal Affairs of Georgia refuted this information. In the ministry added, that the "
        "police did not detain any journalists.",
    )
    assert "Ministry of Emergency Situations of Kyrgyzstan" in one(qs, "mudflow destroyed")[1]
    assert "Ministry of Internal Affairs of Georgia" in one(qs, "detain any journalists")[1]


def test_the_outlet_of_a_conversation_is_not_the_speaker(nlp):
    qs = found(
        nlp,
        "Economist Dilshod Rakhimov, the senior fellow of the Centre of Trade Studies, in the conversation "
        "with «Kun Press» noted, that the West tries to slow the new railway.",
    )
    assert one(qs, "slow the new railway")[1] == "Dilshod Rakhimov"


def test_the_agency_cites_the_words_of_a_source(nlp):
    qs = found(
        nlp,
        "Agency «Steppe Wire» cites the words of the source in diplomatic circles of Astana: «Astana expects "
        "from Bishkek concrete steps, and not declarations».",
    )
    text, who, cls, _ = one(qs, "concrete steps")
    assert who == "the source" and cls == "report"
