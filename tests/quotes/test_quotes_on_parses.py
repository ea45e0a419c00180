"""The quote finder on real parses (self-written news sentences): the place
a generic speaker comes from, descriptions and "it" that point back to a
body named before, and quoted phrases that are acts, not quotes."""

import pytest

pytestmark = pytest.mark.model


def speakers(nlp, text):
    doc = nlp(text)
    return {q.text: (q.speaker.name or q.speaker.text) if q.speaker else None for q in doc._.quotes}


def by_start(found, words):
    return next(v for k, v in found.items() if k.startswith(words))


def test_a_generic_speaker_keeps_its_place(nlp):
    found = speakers(
        nlp,
        "Officials in Kabul and Tehran said the border crossing would reopen on Monday. "
        "The talks went well, the British Embassy in Tbilisi said.",
    )
    assert by_start(found, "the border crossing").lower() == "officials in kabul and tehran"
    assert by_start(found, "The talks").endswith("Embassy in Tbilisi")


def test_a_person_is_not_named_after_a_place(nlp):
    found = speakers(nlp, "John Miller of the State Department said the talks would resume in May.")
    assert by_start(found, "the talks") == "John Miller"


def test_the_committee_is_the_committee_named_before(nlp):
    found = speakers(
        nlp,
        "The State Committee for Border Security of Moldova reported a breach of the frontier on Sunday.\n\n"
        "According to the committee, the intruders were detained near the village.",
    )
    assert "Committee for Border Security" in by_start(found, "the intruders")


def test_it_said_after_a_body(nlp):
    found = speakers(
        nlp,
        'Georgia\'s Defence Ministry called the report false. "Our units did not fire at any time," it said.',
    )
    assert by_start(found, '"Our units') == "Georgia's Defence Ministry"


def classes(nlp, text):
    doc = nlp(text)
    return {q.text: q.cue_class for q in list(doc._.quotes) + list(doc._.attributions)}


def test_a_quoted_phrase_after_an_act_verb_is_an_act(nlp):
    found = classes(
        nlp,
        'The ministry accused Kabul of "reckless provocation". The council called for an "immediate truce". '
        'The envoy called the deal "a victory for dialogue".',
    )
    assert by_start(found, "Kabul of") == "act"
    assert by_start(found, 'an "immediate') == "act"
    assert by_start(found, "the deal") == "speech"


def test_a_label_for_the_writers_own_noun_is_no_quote(nlp):
    found = classes(nlp, 'The ministry protested against a series of steps that it called "unfriendly".')
    assert all(c != "speech" for c in found.values())


def test_a_quoted_infinitive_is_the_speakers_words(nlp):
    found = classes(nlp, 'The governor asked families "to trust the authorities and report anything suspicious."')
    assert by_start(found, "families") == "speech"


def test_a_dialogue_dash_quotation_with_the_speaker_before_the_verb(nlp):
    found = speakers(
        nlp,
        "The analyst Farid Aliyev of the Baku Centre considers the drills routine.\n\n"
        "\u2014 Azerbaijan does not join military blocs, and it does not have to, \u2014 the expert said.",
    )
    assert by_start(found, "\u2014 Azerbaijan does not join") is not None


def test_the_words_around_an_inset_cue_are_two_stretches(nlp):
    doc = nlp(
        "The factory was a giant, Mr. Petrov said, until it went bankrupt in 1999. "
        "Warships began joint drills on Wednesday, the ministry said, days after Japan announced a build-up."
    )
    texts = [q.text for q in doc._.quotes]
    assert "The factory was a giant" in texts and "until it went bankrupt in 1999" in texts
    assert "Warships began joint drills on Wednesday" in texts
    assert not any(t.startswith("days after") for t in texts)  # the writer's, not the ministry's


def test_a_title_and_name_before_a_subjectless_cue_speak(nlp):
    found = speakers(
        nlp,
        "YEREVAN, May 30 (Caucasus Herald) - Armenia will diversify its partnerships in the defence sphere, "
        "Minister of Defence of the Republic of Armenia Suren Papikyan said at a briefing on Thursday.",
    )
    assert by_start(found, "Armenia will diversify") == "Suren Papikyan"
    assert all("Papikyan" not in k for k in found)


def test_descriptions_of_people_and_documents_point_back(nlp):
    found = speakers(
        nlp,
        "Analyst Timur Rahimov, a senior researcher at the Institute of Policy Studies, believes that the talks "
        'will fail. "Nobody wants to pay for the security of the border," the expert said.\n\n'
        "Foreign Minister Sergei Lavrov said Moscow would host the next round. The threat of terrorism remains "
        "high, the Russian minister says.\n\n"
        "The ministers adopted a joint statement. The document says that the parties will meet again in Ashgabat.",
    )
    assert by_start(found, '"Nobody wants') == "Timur Rahimov"
    assert by_start(found, "The threat of terrorism") == "Sergei Lavrov"
    assert by_start(found, "that the parties") != "The document"


def test_in_his_words_and_is_convinced(nlp):
    doc = nlp(
        "Papikyan noted that the bloc remains frozen. In his words, Yerevan will not finance its activities. "
        "Military expert Karen Melikyan is convinced that French supplies will not replace Russian weapons."
    )
    got = {q.text[:20]: (q.speaker.name if q.speaker else None, q.cue_class) for q in doc._.quotes}
    assert got["Yerevan will not fin"] == ("Papikyan", "report")
    assert got["that French supplies"] == ("Karen Melikyan", "opinion")


def test_a_cue_hung_on_a_content_whose_subject_cannot_speak(nlp):
    found = speakers(
        nlp,
        "Iran, which borders the conflict zone, said stray shells had landed in its territory and warned "
        "both sides that it would not tolerate violations of its border.",
    )
    assert by_start(found, "that it would not tolerate") == "Iran"


def test_he_after_an_unnamed_spokesman_and_a_proper_name_kept_whole(nlp):
    found = speakers(
        nlp,
        "A British Embassy spokesman in Tbilisi said London valued the partnership. "
        '"We respect the right of Georgia to choose its partners," he said. '
        "The Eastern Theatre Command said it had fired missiles into waters east of the island.",
    )
    assert by_start(found, '"We respect') == "British Embassy spokesman in Tbilisi"
    assert by_start(found, "it had fired") == "Eastern Theatre Command"


def test_a_that_clause_of_a_noun_after_the_cue_is_not_its_words(nlp):
    found = speakers(
        nlp,
        "YEREVAN, Feb 23 (Caucasus Herald) - Armenia has in effect frozen its participation in the bloc, "
        "Prime Minister Nikol Pashinyan said, in the clearest sign yet that Yerevan is distancing itself from Moscow. "
        'The council said in a statement that the country "will not be intimidated".',
    )
    assert by_start(found, "Armenia has in effect frozen") == "Nikol Pashinyan"
    assert not any(k.startswith("that Yerevan") for k in found)
    assert any(k.startswith("that the country") for k in found)


def test_a_that_clause_after_the_hearer_is_the_cues_words(nlp):
    found = speakers(
        nlp,
        "The senator admitted to reporters that she and the lobbyist had met several times. "
        "The mayor explained to the crowd that the bridge would stay closed until May.",
    )
    assert by_start(found, "that she and the lobbyist").lower().endswith("senator")
    assert by_start(found, "that the bridge would stay closed").lower().endswith("mayor")


def test_a_that_clause_hung_on_a_second_occasion_is_the_cues_words(nlp):
    found = speakers(nlp, "He warned voters on television and in speeches that the tax would hurt farmers.")
    assert by_start(found, "that the tax would hurt farmers") == "He"


def test_a_quotation_in_double_apostrophes_goes_on_after_its_speaker(nlp):
    found = speakers(nlp, "Residents were angry. ''We have waited for years,'' she said. ''Nobody listens to us.''")
    assert found.get("''Nobody listens to us.''") == "she"


def test_a_capitalised_sentence_in_marks_is_said_not_a_title(nlp):
    found = speakers(
        nlp,
        "Both campaigns need voters. “There are two people in this race with the money to do that,” said John Smith, "
        "a Republican strategist who once worked for Jones. “That is Jones and Brown.”",
    )
    assert found.get("“That is Jones and Brown.”") == "John Smith"


def test_in_his_opinion_before_a_speech_verb(nlp):
    found = speakers(
        nlp,
        "Haydarov noted that Tajikistan had refused to open talks. "
        "In his opinion, Dushanbe will insist on a role for ethnic Tajiks in any future government.",
    )
    assert by_start(found, "Dushanbe will insist") == "Haydarov"


def test_a_small_clause_after_an_opinion_verb(nlp):
    found = speakers(
        nlp,
        "Political scientist Farrukh Ismoilov considers the exercise a logical continuation of the cooperation.",
    )
    assert by_start(found, "the exercise a logical continuation") == "Farrukh Ismoilov"


def test_according_to_at_the_end_covers_its_own_clause_after_another_report(nlp):
    found = speakers(
        nlp,
        "Moscow said it had brokered a ceasefire on Tuesday morning, but the shelling continued for several "
        "more hours, according to Armenian officials.",
    )
    assert by_start(found, "it had brokered") == "Moscow"
    assert by_start(found, "the shelling continued") == "Armenian officials"
