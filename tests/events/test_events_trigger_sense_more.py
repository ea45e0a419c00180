"""Trigger sense, more cases (events.sense.no_act, events.triggers embedding, events/data/triggers.tsv),
on hand-built Docs of sentences written for these tests."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _cands(build, rows):
    doc = build(rows, [(0, 1, "JPN", "JPN", None, None, "state")])
    return [(c.tok.text, c.cameo, c.type) for c in find_candidates(doc[:])]


def _row(word, lemma, pos, tag, dep, head, ent="O"):
    return (word, lemma, pos, tag, dep, head, ent)


def test_opening_a_meeting_is_no_event_of_its_own(build):
    # "Japan opened the meeting ." -> the meeting is told elsewhere; opening it is chairing, no event
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("opened", "open", "VERB", "VBD", "ROOT", 1),
        _row("the", "the", "DET", "DT", "det", 3),
        _row("meeting", "meeting", "NOUN", "NN", "dobj", 1),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert not _cands(build, rows)


def test_opening_fire_is_still_an_assault(build):
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("opened", "open", "VERB", "VBD", "ROOT", 1),
        _row("fire", "fire", "NOUN", "NN", "dobj", 1),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert [c for c in _cands(build, rows) if c[2] == "ASSAULT"]


def _expelled(obj, obj_lemma, prep_obj=None):
    """'Japan expelled <obj> [from the <prep_obj>] .'"""
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("expelled", "expel", "VERB", "VBD", "ROOT", 1),
        _row(obj, obj_lemma, "NOUN", "NNS", "dobj", 1),
    ]
    if prep_obj:
        rows += [
            _row("from", "from", "ADP", "IN", "prep", 1),
            _row("the", "the", "DET", "DT", "det", 5),
            _row(prep_obj, prep_obj, "NOUN", "NN", "pobj", 3),
        ]
    return rows + [_row(".", ".", "PUNCT", ".", "punct", 1)]


def test_expelling_a_party_from_a_programme_reduces_relations(build):
    got = _cands(build, _expelled("partners", "partner", "programme"))
    assert [c for c in got if c[2] == "SANCTION"] and not [c for c in got if c[2] == "COERCE"]


def test_expelling_diplomats_and_people_keeps_its_codes(build):
    assert ("expelled", "166", "SANCTION") in _cands(build, _expelled("diplomats", "diplomat"))
    assert ("expelled", "174", "COERCE") in _cands(build, _expelled("migrants", "migrant", "country"))


def _talked(subj, subj_lemma, with_obj, with_lemma):
    """'<subj> talked with <with_obj> .'"""
    return [
        _row(subj, subj_lemma, "NOUN" if subj.islower() else "PROPN", "NN", "nsubj", 1, "O" if subj.islower() else G),
        _row("talked", "talk", "VERB", "VBD", "ROOT", 1),
        _row("with", "with", "ADP", "IN", "prep", 1),
        _row(with_obj, with_lemma, "NOUN" if with_obj.islower() else "PROPN", "NN", "pobj", 2),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]


def test_a_conversation_with_the_press_is_an_interview(build):
    assert not _cands(build, _talked("correspondent", "correspondent", "Smith", "Smith"))
    assert not _cands(build, _talked("Japan", "Japan", "journalists", "journalist"))


def test_talking_with_a_party_is_a_consultation(build):
    assert [c for c in _cands(build, _talked("Japan", "Japan", "Smith", "Smith")) if c[2] == "CONSULT"]


def _support(recipient=None):
    """'Japan provided air support [to Kyiv] .'"""
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("provided", "provide", "VERB", "VBD", "ROOT", 1),
        _row("air", "air", "NOUN", "NN", "compound", 3),
        _row("support", "support", "NOUN", "NN", "dobj", 1),
    ]
    if recipient:
        rows += [_row("to", "to", "ADP", "IN", "prep", 1), _row(recipient, recipient, "PROPN", "NNP", "pobj", 4, G)]
    return rows + [_row(".", ".", "PUNCT", ".", "punct", 1)]


def test_air_support_with_no_one_supported_is_a_combat_role(build):
    assert not [c for c in _cands(build, _support()) if c[2] == "AID"]


def test_air_support_given_to_a_party_is_aid(build):
    assert [c for c in _cands(build, _support("Kyiv")) if c[2] == "AID"]


def test_relations_frozen_with_no_doer_are_a_state(build):
    # "Relations between the two have been frozen ."
    rows = [
        _row("Relations", "relation", "NOUN", "NNS", "nsubjpass", 6),
        _row("between", "between", "ADP", "IN", "prep", 0),
        _row("the", "the", "DET", "DT", "det", 3),
        _row("two", "two", "NUM", "CD", "pobj", 1),
        _row("have", "have", "AUX", "VBP", "aux", 6),
        _row("been", "be", "AUX", "VBN", "auxpass", 6),
        _row("frozen", "freeze", "VERB", "VBN", "ROOT", 6),
        _row(".", ".", "PUNCT", ".", "punct", 6),
    ]
    assert not _cands(build, rows)


def test_relations_frozen_by_a_party_are_its_act(build):
    # "Japan froze relations ."
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("froze", "freeze", "VERB", "VBD", "ROOT", 1),
        _row("relations", "relation", "NOUN", "NNS", "dobj", 1),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert [c for c in _cands(build, rows) if c[2] == "SANCTION"]


def test_an_attack_that_dates_a_measure_is_an_act_of_its_own(build):
    # "Japan imposed sanctions after a Russian attack ." -> two acts, the attack no content of the sanctions
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("imposed", "impose", "VERB", "VBD", "ROOT", 1),
        _row("sanctions", "sanction", "NOUN", "NNS", "dobj", 1),
        _row("after", "after", "ADP", "IN", "prep", 1),
        _row("a", "a", "DET", "DT", "det", 6),
        _row("Russian", "russian", "ADJ", "JJ", "amod", 6, "B-NORP"),
        _row("attack", "attack", "NOUN", "NN", "pobj", 3),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    types = {c[2] for c in _cands(build, rows)}
    assert {"SANCTION", "ASSAULT"} <= types
    del rows[5]  # "after an attack" names no party: the background of the sanctions
    rows[3:6] = [rows[3], _row("an", "an", "DET", "DT", "det", 5), _row("attack", "attack", "NOUN", "NN", "pobj", 3)]
    assert {c[2] for c in _cands(build, rows)} == {"SANCTION"}


def test_a_deal_brokered_by_a_third_party_is_its_own_act(build):
    # "Japan signed a deal brokered by Kyiv ." -> the signing and the mediation
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("signed", "sign", "VERB", "VBD", "ROOT", 1),
        _row("a", "a", "DET", "DT", "det", 3),
        _row("deal", "deal", "NOUN", "NN", "dobj", 1),
        _row("brokered", "broker", "VERB", "VBN", "acl", 3),
        _row("by", "by", "ADP", "IN", "agent", 4),
        _row("Kyiv", "Kyiv", "PROPN", "NNP", "pobj", 5, G),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    got = _cands(build, rows)
    assert [c for c in got if c[0] == "signed"] and [c for c in got if c[0] == "brokered" and c[2] == "CONSULT"]


def test_leaving_with_no_body_left_is_no_meeting(build):
    # "Japan has left ." -> a departure, no consultation
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 2, G),
        _row("has", "have", "AUX", "VBZ", "aux", 2),
        _row("left", "leave", "VERB", "VBN", "ROOT", 2),
        _row(".", ".", "PUNCT", ".", "punct", 2),
    ]
    assert not _cands(build, rows)


def test_a_participle_that_describes_a_noun_is_no_act(build):
    # "Japan values the expanding partnership ." -> "expanding" describes the partnership
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("values", "value", "VERB", "VBZ", "ROOT", 1),
        _row("the", "the", "DET", "DT", "det", 4),
        _row("expanding", "expand", "VERB", "VBG", "amod", 4),
        _row("partnership", "partnership", "NOUN", "NN", "dobj", 1),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert not [c for c in _cands(build, rows) if c[0] == "expanding"]


def test_a_banned_deployment_is_not_done(build):
    # "Japan bans the deployment of troops ." -> the ban is the act, the deployment none
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("bans", "ban", "VERB", "VBZ", "ROOT", 1),
        _row("the", "the", "DET", "DT", "det", 3),
        _row("deployment", "deployment", "NOUN", "NN", "dobj", 1),
        _row("of", "of", "ADP", "IN", "prep", 3),
        _row("troops", "troop", "NOUN", "NNS", "pobj", 4),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    got = _cands(build, rows)
    assert not [c for c in got if c[0] == "deployment"] and [c for c in got if c[0] == "bans"]


def test_an_act_joined_to_an_agreed_one_is_agreed_too(build):
    # "Japan agreed to a ceasefire and the withdrawal of troops ." -> one agreement, no withdrawal told as done
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("agreed", "agree", "VERB", "VBD", "ROOT", 1),
        _row("to", "to", "ADP", "IN", "prep", 1),
        _row("a", "a", "DET", "DT", "det", 4),
        _row("ceasefire", "ceasefire", "NOUN", "NN", "pobj", 2),
        _row("and", "and", "CCONJ", "CC", "cc", 4),
        _row("the", "the", "DET", "DT", "det", 7),
        _row("withdrawal", "withdrawal", "NOUN", "NN", "conj", 4),
        _row("of", "of", "ADP", "IN", "prep", 7),
        _row("troops", "troop", "NOUN", "NNS", "pobj", 8),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    doc = build(rows, [(0, 1, "JPN", "JPN", None, None, "state")])
    got = find_candidates(doc[:])
    assert [c.tok.text for c in got] == ["agreed"]
    assert {x.tok.text for x in got[0].inner} >= {"ceasefire", "withdrawal"}


def test_kept_closed_read_as_a_clause_still_restricts(build):
    # "Japan kept the crossings closed ." (the parser reads "closed" as a clause of its own)
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("kept", "keep", "VERB", "VBD", "ROOT", 1),
        _row("the", "the", "DET", "DT", "det", 3),
        _row("crossings", "crossing", "NOUN", "NNS", "dobj", 1),
        _row("closed", "close", "VERB", "VBD", "ccomp", 1),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert ("kept", "191", "COERCE") in _cands(build, rows)


def test_asking_with_an_infinitive_read_as_a_purpose_clause_is_a_request(build):
    # "Japan asked the authorities to explain ." (the infinitive parsed as an adverbial clause)
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("asked", "ask", "VERB", "VBD", "ROOT", 1),
        _row("the", "the", "DET", "DT", "det", 3),
        _row("authorities", "authority", "NOUN", "NNS", "dobj", 1),
        _row("to", "to", "PART", "TO", "aux", 5),
        _row("explain", "explain", "VERB", "VB", "advcl", 1),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert [c for c in _cands(build, rows) if c[0] == "asked" and c[2] == "REQUEST"]


def test_a_name_joined_to_a_listed_modifier_counts(build):
    # "Japan called the deal a serious and dangerous step ." -> criticism (111)
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("called", "call", "VERB", "VBD", "ROOT", 1),
        _row("the", "the", "DET", "DT", "det", 3),
        _row("deal", "deal", "NOUN", "NN", "dobj", 1),
        _row("a", "a", "DET", "DT", "det", 8),
        _row("serious", "serious", "ADJ", "JJ", "amod", 8),
        _row("and", "and", "CCONJ", "CC", "cc", 5),
        _row("dangerous", "dangerous", "ADJ", "JJ", "conj", 5),
        _row("step", "step", "NOUN", "NN", "oprd", 1),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert ("called", "111", "ACCUSE") in _cands(build, rows)


def test_an_agreement_reached_by_parties_is_their_agreement(build):
    # "Japan honours the agreement reached by Kyiv ." -> "reached" (with its noun) is an agreement of its own
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("honours", "honour", "VERB", "VBZ", "ROOT", 1),
        _row("the", "the", "DET", "DT", "det", 3),
        _row("agreement", "agreement", "NOUN", "NN", "dobj", 1),
        _row("reached", "reach", "VERB", "VBN", "acl", 3),
        _row("by", "by", "ADP", "IN", "agent", 4),
        _row("Kyiv", "Kyiv", "PROPN", "NNP", "pobj", 5, G),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert [c for c in _cands(build, rows) if c[0] == "reached" and c[2] == "AGREE"]


def _svp(verb, lemma, prep, obj, obj_lemma, det=None):
    """'Japan <verb> <prep> [<det>] <obj> .'"""
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row(verb, lemma, "VERB", "VBD", "ROOT", 1),
        _row(prep, prep, "ADP", "IN", "prep", 1),
    ]
    if det:
        rows.append(_row(det, det, "DET", "DT", "det", 4))
    rows.append(_row(obj, obj_lemma, "NOUN", "NNS", "pobj", 2))
    return rows + [_row(".", ".", "PUNCT", ".", "punct", 1)]


def test_helping_with_something_is_aid(build):
    assert [c for c in _cands(build, _svp("helped", "help", "with", "maps", "map")) if c[2] == "AID"]


def test_flying_near_airspace_is_a_show_of_force(build):
    got = _cands(build, _svp("flew", "fly", "near", "airspace", "airspace"))
    assert ("flew", "150", "MOBILIZE") in got
    assert not [c for c in _cands(build, _svp("flew", "fly", "to", "capital", "capital")) if c[0] == "flew"]


def test_paying_attention_is_no_cooperation(build):
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("paid", "pay", "VERB", "VBD", "ROOT", 1),
        _row("little", "little", "ADJ", "JJ", "amod", 3),
        _row("attention", "attention", "NOUN", "NN", "dobj", 1),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert not _cands(build, rows)


def test_a_military_build_up_mobilises(build):
    # "Japan announced a military build - up ."
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("announced", "announce", "VERB", "VBD", "ROOT", 1),
        _row("a", "a", "DET", "DT", "det", 6),
        _row("military", "military", "ADJ", "JJ", "amod", 6),
        _row("build", "build", "NOUN", "NN", "compound", 6),
        ("-", "-", "PUNCT", "HYPH", "punct", 6, "O"),
        _row("up", "up", "NOUN", "NN", "dobj", 1),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert [c for c in _cands(build, rows) if c[2] == "MOBILIZE"]


def test_the_same_partys_circumstance_stays_content(build):
    # "Japan fired missiles while it was visiting Seoul ." -> the pronoun's clause is the circumstance
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("fired", "fire", "VERB", "VBD", "ROOT", 1),
        _row("missiles", "missile", "NOUN", "NNS", "dobj", 1),
        _row("while", "while", "SCONJ", "IN", "mark", 6),
        _row("it", "it", "PRON", "PRP", "nsubj", 6),
        _row("was", "be", "AUX", "VBD", "aux", 6),
        _row("visiting", "visit", "VERB", "VBG", "advcl", 1),
        _row("Seoul", "Seoul", "PROPN", "NNP", "dobj", 6, G),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert "visiting" not in {c[0] for c in _cands(build, rows)}


def test_an_act_during_another_is_no_content_of_it(build):
    # "Japan fired missiles while Kyiv was visiting Seoul ." -> two acts
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("fired", "fire", "VERB", "VBD", "ROOT", 1),
        _row("missiles", "missile", "NOUN", "NNS", "dobj", 1),
        _row("while", "while", "SCONJ", "IN", "mark", 6),
        _row("Kyiv", "Kyiv", "PROPN", "NNP", "nsubj", 6, G),
        _row("was", "be", "AUX", "VBD", "aux", 6),
        _row("visiting", "visit", "VERB", "VBG", "advcl", 1),
        _row("Seoul", "Seoul", "PROPN", "NNP", "dobj", 6, G),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    got = {c[0] for c in _cands(build, rows)}
    assert {"fired", "visiting"} <= got


def test_expanding_contacts_with_a_party_is_consultation(build):
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("expanded", "expand", "VERB", "VBD", "ROOT", 1),
        _row("contacts", "contact", "NOUN", "NNS", "dobj", 1),
        _row("with", "with", "ADP", "IN", "prep", 1),
        _row("Kyiv", "Kyiv", "PROPN", "NNP", "pobj", 3, G),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert ("expanded", "040", "CONSULT") in _cands(build, rows)


def test_announcing_justified_measures_is_a_threat(build):
    # "Japan will take justified measures ."
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 2, G),
        _row("will", "will", "AUX", "MD", "aux", 2),
        _row("take", "take", "VERB", "VB", "ROOT", 2),
        _row("justified", "justified", "ADJ", "JJ", "amod", 4),
        _row("measures", "measure", "NOUN", "NNS", "dobj", 2),
        _row(".", ".", "PUNCT", ".", "punct", 2),
    ]
    assert ("take", "130", "THREATEN") in _cands(build, rows)


def test_an_act_before_another_is_no_content_of_it(build):
    # "Japan signed the pact before Kyiv invaded Seoul ." -> two acts
    rows = [
        _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        _row("signed", "sign", "VERB", "VBD", "ROOT", 1),
        _row("the", "the", "DET", "DT", "det", 3),
        _row("pact", "pact", "NOUN", "NN", "dobj", 1),
        _row("before", "before", "SCONJ", "IN", "mark", 6),
        _row("Kyiv", "Kyiv", "PROPN", "NNP", "nsubj", 6, G),
        _row("invaded", "invade", "VERB", "VBD", "advcl", 1),
        _row("Seoul", "Seoul", "PROPN", "NNP", "dobj", 6, G),
        _row(".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert {"signed", "invaded"} <= {c[0] for c in _cands(build, rows)}


def _under(head_pos, head_dep):
    """'Japan helps an ally under attack .' (head_pos NOUN) / 'Japan came under attack .' (VERB)"""
    if head_pos == "NOUN":
        rows = [
            _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
            _row("helps", "help", "VERB", "VBZ", "ROOT", 1),
            _row("an", "an", "DET", "DT", "det", 3),
            _row("ally", "ally", "NOUN", "NN", head_dep, 1),
            _row("under", "under", "ADP", "IN", "prep", 3),
            _row("attack", "attack", "NOUN", "NN", "pobj", 4),
        ]
    else:
        rows = [
            _row("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
            _row("came", "come", "VERB", "VBD", "ROOT", 1),
            _row("under", "under", "ADP", "IN", "prep", 1),
            _row("attack", "attack", "NOUN", "NN", "pobj", 2),
        ]
    return rows + [_row(".", ".", "PUNCT", ".", "punct", 1)]


def test_an_ally_under_attack_names_a_condition(build):
    assert not [c for c in _cands(build, _under("NOUN", "dobj")) if c[0] == "attack"]


def test_coming_under_attack_is_an_attack(build):
    assert [c for c in _cands(build, _under("VERB", None)) if c[0] == "attack"]
