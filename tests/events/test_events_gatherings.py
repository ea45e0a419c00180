"""A gathering told by who attended it (accord.events.gatherings and the 'attend ... by' row)."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _attended(build, dep, head):
    """'The ceremony was attended by Kazakhstan and Uzbekistan .' with 'attended' as <dep> of <head>;
    as a relative clause, 'The ceremony which was attended by ...' (the pronoun in the place of 'was')."""
    clause = dep == "relcl"
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("ceremony", "ceremony", "NOUN", "NN", "ROOT" if clause else "nsubjpass", 1 if clause else 3, "O"),
        (
            "which" if clause else "was",
            "which" if clause else "be",
            "PRON" if clause else "AUX",
            "WDT" if clause else "VBD",
            "nsubjpass" if clause else "auxpass",
            3,
            "O",
        ),
        ("attended", "attend", "VERB", "VBN", dep, head, "O"),
        ("by", "by", "ADP", "IN", "agent", 3, "O"),
        ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "pobj", 4, G),
        ("and", "and", "CCONJ", "CC", "cc", 5, "O"),
        ("Uzbekistan", "Uzbekistan", "PROPN", "NNP", "conj", 5, G),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    return [(c.tok.text, c.cameo) for c in find_candidates(build(rows)[:])]


def test_a_gathering_attended_by_parties_is_their_meeting(build):
    assert ("attended", "040") in _attended(build, "ROOT", 3)


def test_an_attendance_clause_on_a_noun_is_no_meeting_of_its_own(build):
    """'... the ceremony, which was attended by A and B': the clause names the host's counterparts."""
    assert not [c for c in _attended(build, "relcl", 1) if c[1] == "040"]


def _invited(build, passive=False):
    """'Astana invited Beijing to the talks .' / 'Beijing was invited to the talks .'"""
    if passive:
        rows = [
            ("Beijing", "Beijing", "PROPN", "NNP", "nsubjpass", 2, G),
            ("was", "be", "AUX", "VBD", "auxpass", 2, "O"),
            ("invited", "invite", "VERB", "VBN", "ROOT", 2, "O"),
        ]
    else:
        rows = [
            ("Astana", "Astana", "PROPN", "NNP", "nsubj", 1, G),
            ("invited", "invite", "VERB", "VBD", "ROOT", 1, "O"),
            ("Beijing", "Beijing", "PROPN", "NNP", "dobj", 1, G),
        ]
    rows += [
        ("to", "to", "ADP", "IN", "prep", 2 if passive else 1, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("talks", "talk", "NOUN", "NNS", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 2 if passive else 1, "O"),
    ]
    return [(c.tok.text, c.cameo) for c in find_candidates(build(rows)[:])]


def test_an_invitation_is_the_inviters_intent_to_meet(build):
    assert ("invited", "036") in _invited(build)


def test_an_invitation_with_no_inviter_is_no_event(build):
    """'Beijing was invited to the talks': the invitee is no party to its own invitation."""
    assert not [c for c in _invited(build, passive=True) if c[0] == "invited"]
