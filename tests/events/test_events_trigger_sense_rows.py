"""Trigger sense in the trigger layer (events.sense.no_act, events/data/triggers.tsv):
words whose sense in the sentence names no event, on hand-built Docs."""

from accord.events.triggers import arg_words, find_candidates

G = "B-GPE"
JAPAN = [(0, 1, "JPN", "JPN", None, None, "state")]


def _cands(build, rows):
    doc = build(rows, JAPAN)
    return [(c.tok.text, c.cameo, c.type) for c in find_candidates(doc[:])]


def _svo(build, verb, lemma, obj, obj_lemma, det=None, pred=None):
    """'Japan <verb> [<det>] <obj> [<pred>] .'"""
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G), (verb, lemma, "VERB", "VBD", "ROOT", 1, "O")]
    o = len(rows) + (1 if det else 0)
    if det:
        rows.append((det, det, "DET", "DT", "det", o, "O"))
    rows.append((obj, obj_lemma, "NOUN", "NNS", "dobj", 1, "O"))
    if pred:
        rows.append((pred, pred, "ADJ", "JJ", "oprd", 1, "O"))
    rows.append((".", ".", "PUNCT", ".", "punct", 1, "O"))
    return _cands(build, rows)


def test_a_practised_event_noun_is_the_drills_scenario(build):
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("practised", "practise", "VERB", "VBD", "ROOT", 1, "O"),
        ("humanitarian", "humanitarian", "ADJ", "JJ", "amod", 3, "O"),
        ("assistance", "assistance", "NOUN", "NN", "dobj", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 3, "O"),
        ("evacuation", "evacuation", "NOUN", "NN", "conj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not [c for c in _cands(build, rows) if c[0] == "assistance"]


def test_assistance_sent_is_still_aid(build):
    assert [c for c in _svo(build, "sent", "send", "assistance", "assistance") if c[2] == "AID"]


def test_welcoming_any_effort_is_no_support(build):
    assert not _svo(build, "welcomed", "welcome", "effort", "effort", det="any")


def test_welcoming_the_agreement_is_support(build):
    assert ("welcomed", "051", "SUPPORT") in _svo(build, "welcomed", "welcome", "agreement", "agreement", det="the")


def test_a_response_met_is_no_meeting(build):
    assert not _svo(build, "met", "meet", "response", "response", det="a")


def test_calling_sanctions_illegal_criticises(build):
    got = _svo(build, "called", "call", "sanctions", "sanction", det="the", pred="illegal")
    assert [c for c in got if c[1] == "111"] and not [c for c in got if c[1] == "1312"]


def test_suspending_meetings_halts_negotiations(build):
    assert ("suspended", "164", "SANCTION") in _svo(build, "suspended", "suspend", "meetings", "meeting")


def test_training_with_someone_is_no_agreement(build):
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("trains", "train", "VERB", "VBZ", "ROOT", 1, "O"),
        ("with", "with", "ADP", "IN", "prep", 1, "O"),
        ("allies", "ally", "NOUN", "NNS", "pobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not [c for c in _cands(build, rows) if c[2] == "AGREE"]


def test_withstanding_a_test_is_no_rejection(build):
    assert not _svo(build, "withstood", "withstand", "test", "test", det="the")


def test_deepening_ties_describes_relations(build):
    assert not _svo(build, "deepened", "deepen", "ties", "tie")


def test_a_phrase_on_the_last_conjunct_is_an_argument_of_all(build):
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("sent", "send", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("battalion", "battalion", "NOUN", "NN", "dobj", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 3, "O"),
        ("jets", "jet", "NOUN", "NNS", "conj", 3, "O"),
        ("to", "to", "ADP", "IN", "prep", 5, "O"),
        ("the", "the", "DET", "DT", "det", 8, "O"),
        ("exercise", "exercise", "NOUN", "NN", "pobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, JAPAN)
    assert "exercise" in arg_words(doc[1])
    assert ("sent", "062", "COOPERATE") in [(c.tok.text, c.cameo, c.type) for c in find_candidates(doc[:])]


def test_a_call_for_a_cessation_of_hostilities_goes_to_the_conflict_dyad(build):
    from accord.events.pairs import expand_pairs
    from accord.record import Event, EventActor, Span

    rows = [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, G),
        ("called", "call", "VERB", "VBD", "ROOT", 1, "O"),
        ("for", "for", "ADP", "IN", "prep", 1, "O"),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        ("cessation", "cessation", "NOUN", "NN", "pobj", 2, "O"),
        ("of", "of", "ADP", "IN", "prep", 4, "O"),
        ("hostilities", "hostility", "NOUN", "NNS", "pobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    side = lambda text, code, at: EventActor(at, at + len(text), text, code=code, country=code)  # noqa: E731
    fight = Event("ASSAULT", Span(-300, -299, "x"), {"start": -300, "end": -250})
    fight.actor, fight.recipient, fight.quad = (
        side("Armenia", "ARM", -300),
        side("Azerbaijan", "AZE", -290),
        "material_conflict",
    )
    req = Event("REQUEST", Span(7, 13, "called"), {"start": 0, "end": 40}, actor=side("Russia", "RUS", 0))
    out = expand_pairs([fight, req], doc)
    assert sorted(e.recipient.code for e in out[1:]) == ["ARM", "AZE"]


def _noun_under(build, prep, noun, noun_lemma, pcomp=None):
    """'Japan's prices rose <prep> [<pcomp>] <noun> .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "poss", 1, G),
        ("prices", "price", "NOUN", "NNS", "nsubj", 2, "O"),
        ("rose", "rise", "VERB", "VBD", "ROOT", 2, "O"),
        (prep, prep, "ADP", "IN", "prep", 2, "O"),
    ]
    if pcomp:
        rows.append((pcomp, pcomp, "ADP", "IN", "pcomp", 3, "O"))
    rows += [(noun, noun_lemma, "NOUN", "NNS", "pobj", 3, "O"), (".", ".", "PUNCT", ".", "punct", 1, "O")]
    return [c[0] for c in _cands(build, rows)]


def test_an_event_noun_given_as_cause_is_no_event(build):
    assert "sanctions" not in _noun_under(build, "because", "sanctions", "sanction", pcomp="of")
    assert "clashes" not in _noun_under(build, "amid", "clashes", "clash")


def test_an_event_noun_with_another_preposition_stays(build):
    assert "clashes" in _noun_under(build, "over", "clashes", "clash")


def test_a_failure_to_support_is_no_support(build):
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("criticised", "criticise", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("failure", "failure", "NOUN", "NN", "dobj", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 5, "O"),
        ("support", "support", "VERB", "VB", "acl", 3, "O"),
        ("allies", "ally", "NOUN", "NNS", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert "support" not in [c[0] for c in _cands(build, rows)]


def _allowed(build, subj, subj_lemma, subj_pos="NOUN"):
    """'<subj> allowed Japan to buy goods .'"""
    rows = [
        (subj, subj_lemma, subj_pos, "NNS", "nsubj", 1, "O"),
        ("allowed", "allow", "VERB", "VBD", "ROOT", 1, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 4, G),
        ("to", "to", "PART", "TO", "aux", 4, "O"),
        ("buy", "buy", "VERB", "VB", "ccomp", 1, "O"),
        ("goods", "good", "NOUN", "NNS", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(2, 3, "JPN", "JPN", None, None, "state")])
    return [c.tok.text for c in find_candidates(doc[:])]


def test_a_thing_that_allows_enables_no_concession(build):
    assert _allowed(build, "transactions", "transaction") == []


def test_authorities_that_allow_concede(build):
    assert "allowed" in _allowed(build, "authorities", "authority")


def _summit_did(build, verb, lemma):
    """'The summit <verb> divisions .'"""
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("summit", "summit", "NOUN", "NN", "nsubj", 2, "O"),
        (verb, lemma, "VERB", "VBD", "ROOT", 2, "O"),
        ("divisions", "division", "NOUN", "NNS", "dobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    return [c.tok.text for c in find_candidates(build(rows)[:])]


def test_an_event_noun_commented_on_is_told_elsewhere(build):
    assert "summit" not in _summit_did(build, "exposed", "expose")


def test_an_event_noun_that_takes_place_is_news(build):
    assert "summit" in _summit_did(build, "began", "begin")


def test_receiving_drones_is_no_aid_given_by_the_receiver(build):
    assert not _svo(build, "received", "receive", "drones", "drone")


def test_receiving_inspectors_still_allows_access(build):
    assert ("received", "086", "RETREAT") in _svo(build, "received", "receive", "inspectors", "inspector")


def test_building_an_army_is_no_mobilisation(build):
    assert not _svo(build, "built", "build", "army", "army", det="an")


def _assistance_under(build, noun, lemma):
    """'Japan eased <noun> on military assistance .': is the assistance no act?"""
    from types import SimpleNamespace

    from accord.events.sense import no_act

    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("eased", "ease", "VERB", "VBD", "ROOT", 1, "O"),
        (noun, lemma, "NOUN", "NNS", "dobj", 1, "O"),
        ("on", "on", "ADP", "IN", "prep", 2, "O"),
        ("military", "military", "ADJ", "JJ", "amod", 5, "O"),
        ("assistance", "assistance", "NOUN", "NN", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return no_act(SimpleNamespace(tok=build(rows)[5], type="AID"))


def test_assistance_a_restriction_is_on_is_no_aid(build):
    assert _assistance_under(build, "restrictions", "restriction")
    assert not _assistance_under(build, "talks", "talk")


def _measure_did(build, subj, lemma):
    """'The <subj> froze assets .'"""
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        (subj, lemma, "NOUN", "NNS", "nsubj", 2, "O"),
        ("froze", "freeze", "VERB", "VBD", "ROOT", 2, "O"),
        ("assets", "asset", "NOUN", "NNS", "dobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    return [c.tok.text for c in find_candidates(build(rows)[:])]


def test_what_a_measure_does_is_no_act_of_a_party(build):
    assert "froze" not in _measure_did(build, "sanctions", "sanction")


def test_what_authorities_do_is_an_act(build):
    assert "froze" in _measure_did(build, "authorities", "authority")


def test_recognising_republics_is_diplomatic_recognition(build):
    assert ("recognised", "054", "SUPPORT") in _svo(
        build, "recognised", "recognise", "republics", "republic", det="the"
    )


def _travelled(build, subject, lemma):
    """'<subject> travelled to Japan .'"""
    rows = [
        (subject, lemma, "NOUN", "NNS", "nsubj", 1, "O"),
        ("travelled", "travel", "VERB", "VBD", "ROOT", 1, "O"),
        ("to", "to", "ADP", "IN", "prep", 1, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "pobj", 2, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(3, 4, "JPN", "JPN", None, None, "state")])
    return [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_refugees_travelling_make_no_visit(build):
    assert not _travelled(build, "refugees", "refugee")
    assert ("travelled", "042") in _travelled(build, "ministers", "minister")


def _not_allowed(build, obj, lemma, ent):
    """'Japan will not allow <obj> .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 3, G),
        ("will", "will", "AUX", "MD", "aux", 3, "O"),
        ("not", "not", "PART", "RB", "neg", 3, "O"),
        ("allow", "allow", "VERB", "VB", "ROOT", 3, "O"),
        (obj, lemma, "NOUN" if ent == "O" else "PROPN", "NNS", "dobj", 3, ent),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    mentions = JAPAN + ([(4, 5, "CHN", "CHN", None, None, "state")] if ent != "O" else [])
    doc = build(rows, mentions)
    return [(c.tok.text, c.cameo) for c in find_candidates(doc[:])]


def test_not_allowing_a_thing_is_a_stance_not_a_refusal(build):
    assert not _not_allowed(build, "bases", "base", "O")


def test_not_allowing_a_party_stays(build):
    assert _not_allowed(build, "China", "China", G)


def _considers(build, noun):
    """'Japan considers the bloc a <noun> .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("considers", "consider", "VERB", "VBZ", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("bloc", "bloc", "NOUN", "NN", "nsubj", 5, "O"),
        ("a", "a", "DET", "DT", "det", 5, "O"),
        (noun, noun, "NOUN", "NN", "ccomp", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return _cands(build, rows)


def test_considering_a_party_a_pillar_praises_it_and_a_threat_criticises_it(build):
    assert ("considers", "051", "SUPPORT") in _considers(build, "pillar")
    assert ("considers", "111", "ACCUSE") in _considers(build, "threat")
    assert not _considers(build, "matter")


def _meeting_took_place(build, adjective):
    """'The <adjective> meeting with Japan took place .'"""
    rows = [
        ("The", "the", "DET", "DT", "det", 2, "O"),
        (adjective, adjective, "ADJ", "JJ", "amod", 2, "O"),
        ("meeting", "meeting", "NOUN", "NN", "nsubj", 5, "O"),
        ("with", "with", "ADP", "IN", "prep", 2, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "pobj", 3, G),
        ("took", "take", "VERB", "VBD", "ROOT", 5, "O"),
        ("place", "place", "NOUN", "NN", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ]
    doc = build(rows, [(4, 5, "JPN", "JPN", None, None, "state")])
    return [c.tok.text for c in find_candidates(doc[:])]


def test_the_previous_meeting_recalls_past_news(build):
    assert "meeting" not in _meeting_took_place(build, "previous")
    assert "meeting" in _meeting_took_place(build, "bilateral")


def _strengthen(build, future):
    """'Japan [will] strengthen(ed) the border .'"""
    rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 2 if future else 1, G)]
    if future:
        rows.append(("will", "will", "AUX", "MD", "aux", 2, "O"))
    v = len(rows)
    rows += [
        ("strengthen" if future else "strengthened", "strengthen", "VERB", "VB" if future else "VBD", "ROOT", v, "O"),
        ("the", "the", "DET", "DT", "det", v + 2, "O"),
        ("border", "border", "NOUN", "NN", "dobj", v, "O"),
        (".", ".", "PUNCT", ".", "punct", v, "O"),
    ]
    return _cands(build, rows)


def test_a_promise_to_strengthen_a_border_is_an_announced_act(build):
    assert [c for c in _strengthen(build, True) if c[0] == "strengthen" and c[1] == "070"]
    assert not _strengthen(build, False)


def test_a_promise_to_keep_trade_is_an_announced_act(build):
    """'Japan will continue trade .' promises economic cooperation (061); 'Japan continued trade .' is no trigger."""

    def trade(future):
        rows = [("Japan", "Japan", "PROPN", "NNP", "nsubj", 2 if future else 1, G)]
        if future:
            rows.append(("will", "will", "AUX", "MD", "aux", 2, "O"))
        v = len(rows)
        rows += [
            ("continue" if future else "continued", "continue", "VERB", "VB" if future else "VBD", "ROOT", v, "O"),
            ("trade", "trade", "NOUN", "NN", "dobj", v, "O"),
            (".", ".", "PUNCT", ".", "punct", v, "O"),
        ]
        return [c for c in _cands(build, rows) if c[1] == "061"]

    assert trade(True) and not trade(False)


def test_departing_a_place_is_no_visit_or_meeting(build):
    # "Japan departed the airport ." (a motion verb: the CAMEO dictionary's go-somewhere block codes it a visit)
    assert _svo(build, "departed", "depart", "airport", "airport", det="the") == []


def test_the_dispersal_of_protesters_is_repression(build):
    # "Japan ordered the dispersal of protesters ."
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("ordered", "order", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("dispersal", "dispersal", "NOUN", "NN", "dobj", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("protesters", "protester", "NOUN", "NNS", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert ("dispersal", "175") in {(t, code) for t, code, _ in _cands(build, rows)}


def test_standing_with_a_party_is_support(build):
    """'Japan stands with its ally .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("stands", "stand", "VERB", "VBZ", "ROOT", 1, "O"),
        ("with", "with", "ADP", "IN", "prep", 1, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 4, "O"),
        ("ally", "ally", "NOUN", "NN", "pobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert ("stands", "051", "SUPPORT") in _cands(build, rows)


def test_chairing_a_meeting_is_consultation(build):
    """'The meeting was chaired by Japan .'"""
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("meeting", "meeting", "NOUN", "NN", "nsubjpass", 3, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 3, "O"),
        ("chaired", "chair", "VERB", "VBN", "ROOT", 3, "O"),
        ("by", "by", "ADP", "IN", "agent", 3, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "pobj", 4, G),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    doc = build(rows, [(5, 6, "JPN", "JPN", None, None, "state")])
    assert ("chaired", "040", "CONSULT") in [(c.tok.text, c.cameo, c.type) for c in find_candidates(doc[:])]


def test_an_act_expected_of_a_party_is_a_request(build):
    """'Japan expects its withdrawal .' asks for it; 'Japan expects growth .' asks nothing."""
    assert ("expects", "020", "REQUEST") in _svo(build, "expects", "expect", "withdrawal", "withdrawal", det="its")
    assert not [c for c in _svo(build, "expects", "expect", "growth", "growth") if c[2] == "REQUEST"]


def test_extending_a_mandate_or_truce_is_an_agreement(build):
    assert ("extended", "030", "AGREE") in _svo(build, "extended", "extend", "mandate", "mandate", det="the")
    assert ("extended", "163", "SANCTION") in _svo(build, "extended", "extend", "sanctions", "sanction")


def test_learning_from_the_media_is_no_consultation(build):
    assert not [c for c in _svo(build, "learned", "learn", "intentions", "intention", det="the") if c[2] == "CONSULT"]


def test_heading_a_delegation_is_no_cooperation(build):
    assert not [c for c in _svo(build, "headed", "head", "delegation", "delegation", det="the") if c[2] == "COOPERATE"]


def test_what_a_thing_should_be_is_no_demand(build):
    """'Japan said the answer should be joint .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("answer", "answer", "NOUN", "NN", "nsubj", 5, "O"),
        ("should", "should", "AUX", "MD", "aux", 5, "O"),
        ("be", "be", "AUX", "VB", "ccomp", 1, "O"),
        ("joint", "joint", "ADJ", "JJ", "acomp", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not [c for c in _cands(build, rows) if c[1] == "100"]


def test_initialling_an_agreement_is_signing_it(build):
    assert ("initialled", "057", "SUPPORT") in _svo(build, "initialled", "initial", "agreement", "agreement", det="the")


def test_what_a_named_party_must_be_is_a_demand(build):
    """'Japan said Kalia must be ready .'"""
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 4, G),
        ("must", "must", "AUX", "MD", "aux", 4, "O"),
        ("be", "be", "AUX", "VB", "ccomp", 1, "O"),
        ("ready", "ready", "ADJ", "JJ", "acomp", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert [c for c in _cands(build, rows) if c[1] == "100"]


def test_an_event_noun_naming_a_weapons_kind_is_no_event(build):
    """'Kyrgyzstan received strike drones .': the drones' kind, no strike."""
    rows = [
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "nsubj", 1, G),
        ("received", "receive", "VERB", "VBD", "ROOT", 1, "O"),
        ("strike", "strike", "NOUN", "NN", "compound", 3, "O"),
        ("drones", "drone", "NOUN", "NNS", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not [c for c in _cands(build, rows) if c[0] == "strike"]


def test_checkpoints_closed_are_a_restriction(build):
    assert ("closed", "191", "COERCE") in _svo(build, "closed", "close", "checkpoints", "checkpoint", det="the")
