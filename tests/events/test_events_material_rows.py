"""Trigger rows for material cooperation and calls for sanctions (events/data/triggers.tsv):
easing tariffs and bans, returning people and property, war games, peacekeeping,
flying in aid, and a call for sanctions as a threat (CAMEO CALL (FOR SANCTIONS) 1312)."""

from accord.events.triggers import find_candidates

G = "B-GPE"
JAPAN = [(0, 1, "JPN", "JPN", None, None, "state")]


def _svo(build, verb, lemma, obj, obj_lemma, particle=None, obj_ent="O", pos="VERB", tag="VBD"):
    """'Japan <verb> [<particle>] <obj> .'"""
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G), (verb, lemma, pos, tag, "ROOT", 1, "O")]
    if particle:
        rows.append((particle, particle, "ADP", "RP", "prt", 1, "O"))
    rows += [(obj, obj_lemma, "NOUN", "NNS", "dobj", 1, obj_ent), (".", ".", "PUNCT", ".", "punct", 1, "O")]
    doc = build(rows, JAPAN)
    return [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def _verb_prep(build, verb, lemma, prep, obj, obj_lemma, compound=None):
    """'Japan <verb> <prep> [<compound>] <obj> .'"""
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G), (verb, lemma, "VERB", "VBD", "ROOT", 1, "O")]
    rows.append((prep, prep, "ADP", "IN", "prep", 1, "O"))
    k = len(rows)
    if compound:
        rows.append((compound, compound, "NOUN", "NN", "compound", k + 1, "O"))
    rows.append((obj, obj_lemma, "NOUN", "NNS", "pobj", 2, "O"))
    rows.append((".", ".", "PUNCT", ".", "punct", 1, "O"))
    doc = build(rows, JAPAN)
    return [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_cutting_tariffs_eases_economic_sanctions(build):
    assert ("cut", "085") in _svo(build, "cut", "cut", "tariffs", "tariff")
    assert ("lowered", "085") in _svo(build, "lowered", "lower", "duties", "duty")


def test_cutting_aid_stays_a_discontinued_aid(build):
    assert ("cut", "162") in _svo(build, "cut", "cut", "aid", "aid")


def test_rolling_back_tariffs_eases_them(build):
    assert ("rolled", "085") in _svo(build, "rolled", "roll", "tariffs", "tariff", particle="back")


def test_lifting_curbs_and_a_boycott_eases_them(build):
    assert ("lifted", "085") in _svo(build, "lifted", "lift", "curbs", "curb")
    assert ("lifted", "085") in _svo(build, "lifted", "lift", "boycott", "boycott")


def test_removing_tariffs_is_no_expulsion(build):
    assert _svo(build, "removed", "remove", "tariffs", "tariff") == [("removed", "085")]


def test_releasing_named_nationals_is_a_release(build):
    assert ("released", "0841") in _svo(build, "released", "release", "Britons", "Briton", obj_ent="B-NORP")


def test_releasing_a_report_is_no_release_of_people(build):
    codes = [c for _, c in _svo(build, "released", "release", "report", "report")]
    assert "0841" not in codes and "0842" not in codes


def test_releasing_seized_vessels_returns_property(build):
    assert ("released", "0842") in _svo(build, "released", "release", "tankers", "tanker")


def test_released_from_custody(build):
    assert ("released", "0841") in _verb_prep(build, "released", "release", "from", "custody", "custody")


def test_returning_antiquities_returns_property(build):
    assert ("returned", "0842") in _svo(build, "returned", "return", "antiquities", "antiquity")


def test_returning_home_is_no_event(build):
    assert not _svo(build, "returned", "return", "home", "home")


def test_letting_activists_free_releases_them(build):
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("let", "let", "VERB", "VBD", "ROOT", 1, "O"),
        ("free", "free", "ADJ", "JJ", "amod", 3, "O"),
        ("activists", "activist", "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, JAPAN)
    assert ("let", "0841") in [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_war_games_are_military_cooperation(build):
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("performed", "perform", "VERB", "VBD", "ROOT", 1, "O"),
        ("war", "war", "NOUN", "NN", "compound", 3, "O"),
        ("games", "game", "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, JAPAN)
    codes = {c.cameo for c in find_candidates(doc[:])}
    assert codes == {"062"}


def test_olympic_games_are_no_exercise(build):
    assert not _verb_prep(build, "competed", "compete", "in", "games", "game", compound="Olympic")
    assert not [c for c in _verb_prep(build, "joined", "join", "in", "games", "game") if c[1] == "062"]


def test_peacekeeping_is_military_protection(build):
    got = _verb_prep(build, "participated", "participate", "in", "operations", "operation", compound="peacekeeping")
    assert ("participated", "074") in got


def test_flying_in_medicine_is_humanitarian_aid(build):
    assert ("flew", "073") in _svo(build, "flew", "fly", "medicine", "medicine")


def test_hand_over_misread_as_a_noun_still_hands_over_aid(build):
    assert ("hand", "073") in _svo(build, "hand", "hand", "supplies", "supply", particle="over", pos="NOUN", tag="NN")


def test_calling_for_sanctions_threatens_them(build):
    assert ("called", "1312") in _verb_prep(build, "called", "call", "for", "sanctions", "sanction")


def test_calling_for_talks_stays_an_appeal(build):
    assert ("called", "020") in _verb_prep(build, "called", "call", "for", "talks", "talk")


def test_urging_an_embargo_threatens_it(build):
    assert ("urged", "1312") in _svo(build, "urged", "urge", "embargo", "embargo")


def _denial(build, verb, lemma, obj, obj_lemma):
    """'Japan <verb> the <obj> .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        (verb, lemma, "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        (obj, obj_lemma, "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, JAPAN)
    return [(c.tok.text, c.cameo, c.type) for c in find_candidates(doc[:])]


def test_denying_accusations_is_a_denial_of_responsibility(build):
    """CAMEO DENY/REJECT/DISMISS * ACCUSATION is 016 (a statement in the Phoenix classes);
    accord's category stays REJECT (the sample gold's speech-act convention)."""
    assert _denial(build, "denied", "deny", "accusations", "accusation") == [("denied", "016", "REJECT")]
    assert _denial(build, "rejected", "reject", "allegations", "allegation") == [("rejected", "016", "REJECT")]
    assert _denial(build, "dismissed", "dismiss", "charges", "charge") == [("dismissed", "016", "REJECT")]


def test_rejecting_a_proposal_stays_a_rejection(build):
    assert _denial(build, "rejected", "reject", "proposal", "proposal") == [("rejected", "120", "REJECT")]
    assert _denial(build, "dismissed", "dismiss", "demands", "demand") == [("dismissed", "120", "REJECT")]


def test_other_comment_codes_stay_no_event(build):
    """Only the 01 code accord's table lists (016) is an event: a CAMEO comment pattern is none."""
    assert not _denial(build, "issued", "issue", "statement", "statement")


def _call_on(build, date: bool):
    """'Japan called Seoul on Tuesday .' (a date) or 'Japan called on Seoul .' (an appeal)."""
    if date:
        rows = [
            ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
            ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
            ("Seoul", "Seoul", "PROPN", "NNP", "dobj", 1, G),
            ("on", "on", "ADP", "IN", "prep", 1, "O"),
            ("Tuesday", "Tuesday", "PROPN", "NNP", "pobj", 3, "B-DATE"),
            (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ]
    else:
        rows = [
            ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
            ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
            ("on", "on", "ADP", "IN", "prep", 1, "O"),
            ("Seoul", "Seoul", "PROPN", "NNP", "pobj", 2, G),
            (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ]
    doc = build(rows, JAPAN)
    return [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_a_date_after_call_is_no_appeal(build):
    assert not [c for c in _call_on(build, date=True) if c[1] == "020"]
    assert ("called", "020") in _call_on(build, date=False)


def test_sending_supplies_is_aid(build):
    assert ("sent", "073") in _svo(build, "sent", "send", "supplies", "supply")


def test_deploying_medics_is_aid_not_mobilisation(build):
    assert ("deployed", "073") in _svo(build, "deployed", "deploy", "medics", "medic")
    assert ("deployed", "154") in _svo(build, "deployed", "deploy", "troops", "troop")


def test_conceding_defeat_is_a_concession(build):
    assert ("conceded", "080") in _svo(build, "conceded", "concede", "defeat", "defeat")


def test_called_for_a_party_to_act_is_an_appeal(build):
    """'Japan called on Friday for Seoul to stay .': the for of a for-to clause, the date left out."""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("on", "on", "ADP", "IN", "prep", 1, "O"),
        ("Friday", "Friday", "PROPN", "NNP", "pobj", 2, "B-DATE"),
        ("for", "for", "SCONJ", "IN", "mark", 7, "O"),
        ("Seoul", "Seoul", "PROPN", "NNP", "nsubj", 7, G),
        ("to", "to", "PART", "TO", "aux", 7, "O"),
        ("stay", "stay", "VERB", "VB", "advcl", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, JAPAN)
    assert ("called", "020") in [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_calling_a_named_party_is_a_phone_call(build):
    """'Japan called Seoul on Tuesday .': a named party called (no appeal, no characterisation) is a call (041)."""
    assert ("called", "041") in _call_on(build, date=True)


def _call_named(build, pred: str):
    """'Japan called Seoul a <pred> .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("Seoul", "Seoul", "PROPN", "NNP", "dobj", 1, G),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        (pred, pred, "NOUN", "NN", "oprd", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, JAPAN)
    return [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_calling_a_party_a_name_is_no_phone_call(build):
    """The predicate decides: an accusation ('a threat'), or nothing ('a partner'), not the named object."""
    assert _call_named(build, "threat") == [("called", "111")]
    assert _call_named(build, "partner") == []
