"""The fallback recipient skips another clause's party, a joined act's target
and the setting of a statement (accord.events.fallback_roles); hand-built Docs."""

from accord.events.actor_groups import ActorGroups
from accord.events.assemble import _first_coded_after
from accord.events.fallback_roles import (
    implicit_actor_head,
    implicit_actors,
    in_setting,
    joined_act_target,
    no_fallback_party,
    other_clause_party,
)


def _sent_and_contributed(build):
    # "Kalia sent a platoon, and Rurit contributed officers."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("sent", "send", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("platoon", "platoon", "NOUN", "NN", "dobj", 1, "O"),
        (",", ",", "PUNCT", ",", "punct", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 7, "B-GPE"),
        ("contributed", "contribute", "VERB", "VBD", "conj", 1, "O"),
        ("officers", "officer", "NOUN", "NNS", "dobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    d = build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (6, 7, "RUR", "RUR", None, None, "state")])
    return d, ActorGroups(d)


def test_the_subject_of_a_joined_clause_is_no_recipient(build):
    d, actors = _sent_and_contributed(build)
    assert other_clause_party(d[6], d[1])
    assert _first_coded_after(d[1], actors.group(d[0]), actors) == []


def _talks_brokered(build):
    # "Kalia remained committed to talks brokered by Rurit."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("remained", "remain", "VERB", "VBD", "ROOT", 1, "O"),
        ("committed", "committed", "ADJ", "JJ", "acomp", 1, "O"),
        ("to", "to", "ADP", "IN", "prep", 2, "O"),
        ("talks", "talk", "NOUN", "NNS", "pobj", 3, "O"),
        ("brokered", "broker", "VERB", "VBN", "acl", 4, "O"),
        ("by", "by", "ADP", "IN", "agent", 5, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "pobj", 6, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    d = build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (7, 8, "RUR", "RUR", None, None, "state")])
    return d, ActorGroups(d)


def test_the_agent_of_a_participle_on_a_noun_is_no_recipient(build):
    d, actors = _talks_brokered(build)
    assert other_clause_party(d[7], d[1])
    assert _first_coded_after(d[1], actors.group(d[0]), actors) == []


def test_an_unmarked_complements_subject_stays_the_one_helped(build):
    # "Kalia will help Rurit strengthen its border."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 2, "B-GPE"),
        ("will", "will", "AUX", "MD", "aux", 2, "O"),
        ("help", "help", "VERB", "VB", "ROOT", 2, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 4, "B-GPE"),
        ("strengthen", "strengthen", "VERB", "VB", "ccomp", 2, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 6, "O"),
        ("border", "border", "NOUN", "NN", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    d = build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (3, 4, "RUR", "RUR", None, None, "state")])
    actors = ActorGroups(d)
    assert not other_clause_party(d[3], d[2])
    assert _first_coded_after(d[2], actors.group(d[0]), actors) == actors.group(d[3])


def test_an_adverbial_clauses_subject_is_left_to_the_fallback(build):
    # "Access improved as Rurit eased curbs.": often a misparse whose subject is the party
    rows = [
        ("Access", "access", "NOUN", "NN", "nsubj", 1, "O"),
        ("improved", "improve", "VERB", "VBD", "ROOT", 1, "O"),
        ("as", "as", "SCONJ", "IN", "mark", 4, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 4, "B-GPE"),
        ("eased", "ease", "VERB", "VBD", "advcl", 1, "O"),
        ("curbs", "curb", "NOUN", "NNS", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    d = build(rows, [(3, 4, "RUR", "RUR", None, None, "state")])
    assert not other_clause_party(d[3], d[1])


def test_the_object_of_a_joined_act_is_its_own_target(build):
    # "Kalia rejected the offer and criticised Rurit."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("offer", "offer", "NOUN", "NN", "dobj", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("criticised", "criticise", "VERB", "VBD", "conj", 1, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "dobj", 5, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    d = build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (6, 7, "RUR", "RUR", None, None, "state")])
    actors = ActorGroups(d)
    assert joined_act_target(d[6], d[1])
    assert not joined_act_target(d[6], d[5])  # of the joined verb itself, its object is its target
    assert _first_coded_after(d[1], actors.group(d[0]), actors) == []


def _signed_in_capital(build):
    # "Leaders of the bloc signed a declaration in the Rurit capital."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("signed", "sign", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("declaration", "declaration", "NOUN", "NN", "dobj", 1, "O"),
        ("in", "in", "ADP", "IN", "prep", 3, "O"),
        ("the", "the", "DET", "DT", "det", 7, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "compound", 7, "B-NORP"),
        ("capital", "capital", "NOUN", "NN", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    d = build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (5, 7, "RUR", "RUR", None, None, "state")])
    return d, ActorGroups(d)


def test_a_name_qualifying_the_place_of_a_statement_is_no_recipient(build):
    d, actors = _signed_in_capital(build)
    assert in_setting(d[6], d[1])
    assert no_fallback_party(d[6], d[1], "SUPPORT")
    assert _first_coded_after(d[1], actors.group(d[0]), actors, "SUPPORT") == []


def test_the_place_of_a_material_act_stays_its_target(build):
    # "struck a target in the Rurit capital": CAMEO's target is the place
    d, actors = _signed_in_capital(build)
    assert not no_fallback_party(d[6], d[1], "ASSAULT")
    assert _first_coded_after(d[1], actors.group(d[0]), actors, "ASSAULT") == actors.group(d[6])


def test_a_phase_dated_after_publication_is_no_promise(build):
    # "The exercise will end on Sunday." (published on a Tuesday): the exercise told again, not a future one
    from accord.events.coding import coding_of
    from accord.events.lexicon import lexicon
    from accord.events.triggers import Candidate

    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("exercise", "exercise", "NOUN", "NN", "nsubj", 3, "O"),
        ("will", "will", "AUX", "MD", "aux", 3, "O"),
        ("end", "end", "VERB", "VB", "ROOT", 3, "O"),
        ("on", "on", "ADP", "IN", "prep", 3, "O"),
        ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 4, "B-DATE"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    d = build(rows, published="2023-06-20")
    c = Candidate(d[1], "062", "COOPERATE", "1", None, [], 1.0, "noun")
    coding = coding_of(c, list(d.ents), "2023-06-20", lexicon())
    assert coding.date == "2023-06-25"
    assert not coding.future and coding.type == "COOPERATE"


def _coordinate_on_situation(build, place_ent="B-GPE"):
    # "Kalia and Rurit will coordinate their approaches to the situation in Zemia."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 4, "B-GPE"),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "conj", 0, "B-GPE"),
        ("will", "will", "AUX", "MD", "aux", 4, "O"),
        ("coordinate", "coordinate", "VERB", "VB", "ROOT", 4, "O"),
        ("their", "their", "PRON", "PRP$", "poss", 6, "O"),
        ("approaches", "approach", "NOUN", "NNS", "dobj", 4, "O"),
        ("to", "to", "ADP", "IN", "prep", 6, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        ("situation", "situation", "NOUN", "NN", "pobj", 7, "O"),
        ("in", "in", "ADP", "IN", "prep", 9, "O"),
        ("Zemia", "Zemia", "PROPN", "NNP", "pobj", 10, place_ent),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    mentions = [(0, 1, "KAL", "KAL", None, None, "state"), (2, 3, "RUR", "RUR", None, None, "state")]
    mentions.append((11, 12, "ZEM", "ZEM", None, None, "state"))
    d = build(rows, mentions)
    return d, ActorGroups(d)


def test_a_place_in_the_topic_of_an_inner_act_is_no_recipient(build):
    from accord.events.assemble import _inner_recipients, _unplaced
    from accord.events.triggers import Candidate

    d, actors = _coordinate_on_situation(build)
    zem = actors.group(d[11])
    assert zem and _unplaced(actors, zem, d[4]) == []
    inner = Candidate(d[4], "030", "AGREE", "1", None, [], 1.0, "verb")
    outer = Candidate(d[3], "030", "AGREE", "1", None, [], 1.0, "verb", inner=[inner])
    assert _inner_recipients(outer, actors) == []
    # a party named as the object stays: "will coordinate with Zemia" is told by the object's own mention
    assert _unplaced(actors, actors.group(d[2]), d[4]) == actors.group(d[2])


def _declaration_demanding(build, noun="declaration", lemma="declaration"):
    # "Kalia issued a declaration demanding that Rurit release the prisoners."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("issued", "issue", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        (noun, lemma, "NOUN", "NN", "dobj", 1, "O"),
        ("demanding", "demand", "VERB", "VBG", "acl", 3, "O"),
        ("that", "that", "SCONJ", "IN", "mark", 7, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 7, "B-GPE"),
        ("release", "release", "VERB", "VB", "ccomp", 4, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        ("prisoners", "prisoner", "NOUN", "NNS", "dobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    d = build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (6, 7, "RUR", "RUR", None, None, "state")])
    return d, ActorGroups(d)


def test_a_documents_issuer_acts_in_its_participle(build):
    d, actors = _declaration_demanding(build)
    assert implicit_actor_head(d[4], actors).i == 0
    assert [a.code for a in implicit_actors(d[4], actors, actors.group(d[6]))] == ["KAL"]


def test_a_participle_on_another_noun_gets_no_implicit_actor(build):
    # "Kalia issued a warrant demanding ...": no document a party speaks through
    d, actors = _declaration_demanding(build, "warrant", "warrant")
    assert implicit_actor_head(d[4], actors) is None


def test_an_agent_adjective_on_a_noun_gives_its_noun(build):
    # "Kalia trained hackers capable of attacking Rurit."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("trained", "train", "VERB", "VBD", "ROOT", 1, "O"),
        ("hackers", "hacker", "NOUN", "NNS", "dobj", 1, "O"),
        ("capable", "capable", "ADJ", "JJ", "amod", 2, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("attacking", "attack", "VERB", "VBG", "pcomp", 4, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "dobj", 5, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    d = build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (6, 7, "RUR", "RUR", None, None, "state")])
    actors = ActorGroups(d)
    assert implicit_actor_head(d[5], actors).i == 2
    got = implicit_actors(d[5], actors, actors.group(d[6]))
    assert [(a.text, a.code) for a in got] == [("hackers", None)]  # Rurit, below it, is the target


def test_the_subject_of_responsible_for_a_noun_act_is_its_actor(build):
    # "Kalia is responsible for the killings in Rurit."
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("is", "be", "AUX", "VBZ", "ROOT", 1, "O"),
        ("responsible", "responsible", "ADJ", "JJ", "acomp", 1, "O"),
        ("for", "for", "ADP", "IN", "prep", 2, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("killings", "killing", "NOUN", "NNS", "pobj", 3, "O"),
        ("in", "in", "ADP", "IN", "prep", 5, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "pobj", 6, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    d = build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (7, 8, "RUR", "RUR", None, None, "state")])
    actors = ActorGroups(d)
    assert implicit_actor_head(d[5], actors).i == 0
    assert implicit_actor_head(d[7], actors) is None


def _events(build, rows, ms):
    from accord.events.extract import extract_events

    evs = extract_events(build(rows, ms), classifier=None, min_confidence=0.0)
    return {(e.type, e.actor and e.actor.code, e.recipient and e.recipient.code) for e in evs}


def test_a_passive_subjects_owner_is_the_actor_of_an_act_with_no_agent(build):
    # "Rurit soldiers were deployed to Kalia ."
    rows = [
        ("Rurit", "Rurit", "PROPN", "NNP", "compound", 1, "B-NORP"),
        ("soldiers", "soldier", "NOUN", "NNS", "nsubjpass", 3, "O"),
        ("were", "be", "AUX", "VBD", "auxpass", 3, "O"),
        ("deployed", "deploy", "VERB", "VBN", "ROOT", 3, "O"),
        ("to", "to", "ADP", "IN", "prep", 3, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (5, 6, "KAL", "KAL", None, None, "state")]
    assert ("MOBILIZE", "RUR", "KAL") in _events(build, rows, ms)


def test_a_released_persons_place_is_the_actor_of_a_release_with_no_agent(build):
    # "Two Rurit citizens were released in Kalia ."
    rows = [
        ("Two", "two", "NUM", "CD", "nummod", 2, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "compound", 2, "B-NORP"),
        ("citizens", "citizen", "NOUN", "NNS", "nsubjpass", 4, "O"),
        ("were", "be", "AUX", "VBD", "auxpass", 4, "O"),
        ("released", "release", "VERB", "VBN", "ROOT", 4, "O"),
        ("in", "in", "ADP", "IN", "prep", 4, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "pobj", 5, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    ms = [(1, 3, "RURCVL", "RUR", "CVL", None, "group"), (6, 7, "KAL", "KAL", None, None, "state")]
    assert {a for _, a, _ in _events(build, rows, ms)} == {"KAL"}


def test_the_subject_of_a_root_read_as_a_noun_is_its_actor(build):
    # "Rurit hand over medicines to Kalia ." (the tagger read "hand" as a noun)
    rows = [
        ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("hand", "hand", "NOUN", "NN", "ROOT", 1, "O"),
        ("over", "over", "ADP", "RP", "prt", 1, "O"),
        ("medicines", "medicine", "NOUN", "NNS", "dobj", 1, "O"),
        ("to", "to", "ADP", "IN", "prep", 3, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (5, 6, "KAL", "KAL", None, None, "state")]
    assert ("AID", "RUR", "KAL") in _events(build, rows, ms)


def test_the_place_an_expulsion_is_from_is_its_actor(build):
    # "Rurit inspectors were expelled from Kalia ."
    rows = [
        ("Rurit", "Rurit", "PROPN", "NNP", "compound", 1, "B-NORP"),
        ("inspectors", "inspector", "NOUN", "NNS", "nsubjpass", 3, "O"),
        ("were", "be", "AUX", "VBD", "auxpass", 3, "O"),
        ("expelled", "expel", "VERB", "VBN", "ROOT", 3, "O"),
        ("from", "from", "ADP", "IN", "prep", 3, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    ms = [(0, 1, "RURGOV", "RUR", "GOV", None, "group"), (5, 6, "KAL", "KAL", None, None, "state")]
    assert {(t, a) for t, a, _ in _events(build, rows, ms)} == {("SANCTION", "KAL")}


def test_the_holder_of_released_people_is_the_releaser(build):
    # "Sailors held by Kalia were released ."
    rows = [
        ("Sailors", "sailor", "NOUN", "NNS", "nsubjpass", 5, "O"),
        ("held", "hold", "VERB", "VBN", "acl", 0, "O"),
        ("by", "by", "ADP", "IN", "agent", 1, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "pobj", 2, "B-GPE"),
        ("were", "be", "AUX", "VBD", "auxpass", 5, "O"),
        ("released", "release", "VERB", "VBN", "ROOT", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    ms = [(3, 4, "KAL", "KAL", None, None, "state")]
    assert {(t, a) for t, a, _ in _events(build, rows, ms)} == {("RETREAT", "KAL")}


def test_a_subject_hung_on_the_auxiliary_is_the_actor(build):
    # "Rurit however has opposed Kalia ." (the parser hung the subject on "has")
    rows = [
        ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 2, "B-GPE"),
        ("however", "however", "ADV", "RB", "advmod", 3, "O"),
        ("has", "have", "AUX", "VBZ", "aux", 3, "O"),
        ("opposed", "oppose", "VERB", "VBN", "ROOT", 3, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "dobj", 3, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (4, 5, "KAL", "KAL", None, None, "state")]
    assert {(a, r) for _, a, r in _events(build, rows, ms)} == {("RUR", "KAL")}


def test_an_acronym_read_as_an_adverb_is_the_subject(build):
    # "RURAID provided food to Kalia ." (the tagger read the unknown acronym as an adverb)
    rows = [
        ("RURAID", "RURAID", "ADJ", "JJ", "advmod", 1, "B-ORG"),
        ("provided", "provide", "VERB", "VBD", "ROOT", 1, "O"),
        ("food", "food", "NOUN", "NN", "dobj", 1, "O"),
        ("to", "to", "ADP", "IN", "prep", 1, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "pobj", 3, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RURDEV", "RUR", "DEV", None, "org"), (4, 5, "KAL", "KAL", None, None, "state")]
    assert {(a, r) for _, a, r in _events(build, rows, ms)} == {("RURDEV", "KAL")}


def test_the_announcer_of_a_suspension_is_its_actor(build):
    # "RURAID announced a suspension of aid to Kalia ." (the acronym read as an adverb: no subject)
    rows = [
        ("RURAID", "RURAID", "ADJ", "JJ", "advmod", 1, "B-ORG"),
        ("announced", "announce", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("suspension", "suspension", "NOUN", "NN", "dobj", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("aid", "aid", "NOUN", "NN", "pobj", 4, "O"),
        ("to", "to", "ADP", "IN", "prep", 3, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "pobj", 6, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RURDEV", "RUR", "DEV", None, "org"), (7, 8, "KAL", "KAL", None, None, "state")]
    assert {(a, r) for _, a, r in _events(build, rows, ms)} == {("RURDEV", "KAL")}


def test_the_subject_of_a_when_clause_did_the_passive_act(build):
    # "Two soldiers were killed when Rurit shelled the post ."
    rows = [
        ("Two", "two", "NUM", "CD", "nummod", 1, "O"),
        ("soldiers", "soldier", "NOUN", "NNS", "nsubjpass", 3, "O"),
        ("were", "be", "AUX", "VBD", "auxpass", 3, "O"),
        ("killed", "kill", "VERB", "VBN", "ROOT", 3, "O"),
        ("when", "when", "SCONJ", "WRB", "advmod", 6, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 6, "B-GPE"),
        ("shelled", "shell", "VERB", "VBD", "advcl", 3, "O"),
        ("the", "the", "DET", "DT", "det", 8, "O"),
        ("post", "post", "NOUN", "NN", "dobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    ms = [(5, 6, "RUR", "RUR", None, None, "state")]
    assert "RUR" in {a for t, a, _ in _events(build, rows, ms) if t == "ASSAULT"}


def test_the_reports_source_is_no_fallback_recipient(build):
    # "The EU adopted sanctions, a source in the Bank of Ruritania told us." with the source
    # misparsed as an apposition of "sanctions": the one who reports the act is not its target
    from accord.events.fallback_roles import no_fallback_party
    from accord.record import Quote, Speaker

    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("EU", "EU", "PROPN", "NNP", "nsubj", 2, "B-ORG"),
        ("adopted", "adopt", "VERB", "VBD", "ccomp", 11, "O"),
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 2, "O"),
        (",", ",", "PUNCT", ",", "punct", 3, "O"),
        ("a", "a", "DET", "DT", "det", 6, "O"),
        ("source", "source", "NOUN", "NN", "appos", 3, "O"),
        ("in", "in", "ADP", "IN", "prep", 6, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        ("Bank", "Bank", "PROPN", "NNP", "pobj", 7, "B-ORG"),
        ("of", "of", "ADP", "IN", "prep", 9, "O"),
        ("told", "tell", "VERB", "VBD", "ROOT", 11, "O"),
        ("us", "we", "PRON", "PRP", "dobj", 11, "O"),
        (".", ".", "PUNCT", ".", "punct", 11, "O"),
    ]
    doc = build(rows)
    assert not no_fallback_party(doc[9], doc[3], "SANCTION")
    sp = doc[5:11]
    doc._.quotes = [Quote(0, doc[3].idx + 9, doc[0:4].text, "indirect", Speaker(sp.start_char, sp.end_char, sp.text))]
    assert no_fallback_party(doc[9], doc[3], "SANCTION")


def _after_rows(noun, word):
    # "Banks tightened checks after new <word> <noun> ." / "... after talks with the <word> ."
    return [
        ("Banks", "bank", "NOUN", "NNS", "nsubj", 1, "O"),
        ("tightened", "tighten", "VERB", "VBD", "ROOT", 1, "O"),
        ("checks", "check", "NOUN", "NNS", "dobj", 1, "O"),
        (word, word.lower(), "ADP", "IN", "prep", 1, "O"),
        ("new", "new", "ADJ", "JJ", "amod", 6, "O"),
        ("Ruritanian", "Ruritanian", "PROPN", "NNP", "compound", 6, "B-NORP"),
        (noun, noun, "NOUN", "NNS", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]


def test_a_name_in_the_acts_time_phrase_is_no_fallback_recipient(build):
    from accord.events.fallback_roles import no_fallback_party

    for word, noun in (("after", "sanctions"), ("following", "tariffs"), ("amid", "strikes")):
        doc = build(_after_rows(noun, word), [(5, 6, "RUR", "RUR", None, None, "state")])
        assert no_fallback_party(doc[5], doc[1], "SANCTION"), word
    doc = build(_after_rows("sanctions", "against"), [(5, 6, "RUR", "RUR", None, None, "state")])
    assert not no_fallback_party(doc[5], doc[1], "SANCTION")


def test_a_partner_below_the_time_phrase_stays_the_target(build):
    # "Teachers called off the strike after talks with the Ruritanian government ."
    from accord.events.fallback_roles import no_fallback_party

    rows = [
        ("Teachers", "teacher", "NOUN", "NNS", "nsubj", 1, "O"),
        ("ended", "end", "VERB", "VBD", "ROOT", 1, "O"),
        ("strikes", "strike", "NOUN", "NNS", "dobj", 1, "O"),
        ("after", "after", "ADP", "IN", "prep", 1, "O"),
        ("talks", "talk", "NOUN", "NNS", "pobj", 3, "O"),
        ("with", "with", "ADP", "IN", "prep", 4, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 5, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(6, 7, "RUR", "RUR", None, None, "state")])
    assert not no_fallback_party(doc[6], doc[1], "CONCEDE")
