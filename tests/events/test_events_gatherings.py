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
