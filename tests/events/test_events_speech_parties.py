"""Parties read off the telling (accord.events.speech, accord.events.sense) on hand-built Docs."""

from accord.events.extract import extract_events

G = "B-GPE"
P = "B-PERSON"


def test_a_request_made_in_a_call_is_addressed_to_the_one_called(build):
    rows = [
        ("Pashinyan", "Pashinyan", "PROPN", "NNP", "nsubj", 1, P),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1, "O"),
        ("with", "with", "ADP", "IN", "prep", 1, "O"),
        ("Putin", "Putin", "PROPN", "NNP", "pobj", 2, P),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("asked", "ask", "VERB", "VBD", "conj", 1, "O"),
        ("for", "for", "ADP", "IN", "prep", 5, "O"),
        ("help", "help", "NOUN", "NN", "pobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [
        (0, 1, "ARMGOV", "ARM", "GOV", None, "person"),
        (3, 4, "RUSGOV", "RUS", "GOV", None, "person"),
    ]
    evs = extract_events(build(rows, mentions), classifier=None, min_confidence=0.0)
    req = [e for e in evs if e.type == "REQUEST"]
    assert req and req[0].recipient is not None and req[0].recipient.country == "RUS"


def test_a_members_proposal_to_its_own_organisation_is_not_coded(build):
    rows = [
        ("Uzbekistan", "Uzbekistan", "PROPN", "NNP", "nsubj", 1, G),
        ("proposed", "propose", "VERB", "VBD", "ROOT", 1, "O"),
        ("expanding", "expand", "VERB", "VBG", "xcomp", 1, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("SCO", "SCO", "PROPN", "NNP", "poss", 5, "B-ORG"),
        ("structure", "structure", "NOUN", "NN", "dobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [
        (0, 1, "UZB", "UZB", None, None, "state"),
        (4, 5, "IGOSCO", None, None, "SCO", "org"),
    ]
    evs = extract_events(build(rows, mentions, published="2019-06-15"), classifier=None, min_confidence=0.0)
    assert not [e for e in evs if e.type == "AGREE" and e.recipient is not None and e.recipient.org == "SCO"]


def _called_for(build, noun, lemma):
    """'China called for the <noun> of an SCO bank .' (China a member of the SCO on the day)"""
    rows = [
        ("China", "China", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("for", "for", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        (noun, lemma, "NOUN", "NN", "pobj", 2, "O"),
        ("of", "of", "ADP", "IN", "prep", 4, "O"),
        ("an", "an", "DET", "DT", "det", 8, "O"),
        ("SCO", "SCO", "PROPN", "NNP", "compound", 8, "B-ORG"),
        ("bank", "bank", "NOUN", "NN", "pobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [(0, 1, "CHN", "CHN", None, None, "state"), (7, 8, "IGOSCO", None, None, "SCO", "org")]
    evs = extract_events(build(rows, mentions, published="2025-09-01"), classifier=None, min_confidence=0.0)
    return [e for e in evs if e.type == "REQUEST" and e.recipient is not None and e.recipient.org == "SCO"]


def test_a_members_call_to_found_a_body_of_its_organisation_is_not_coded(build):
    assert not _called_for(build, "creation", "creation")


def test_a_members_call_for_an_act_of_its_organisation_stays(build):
    assert _called_for(build, "help", "help")
