"""Which dyads one event gives (#16): a lead or host party with each
participant, however many; all pairs only for a joint act of a few parties;
no dyad of one state with itself; the fallback recipient is no topic of
talk and no party of a clause opened by 'that'."""

from accord.events.actor_groups import ActorGroups
from accord.events.assemble import _lead_party, _off_the_act, _pairs
from accord.events.pairs import joint_pairs, same_party
from accord.record import EventActor

G = "B-GPE"
CODES = ["RUR", "FRE", "ZEN", "SYL", "GRN", "OST", "BOR"]


def _party(code, sector=None, org=None, n=0):
    return EventActor(n, n + 1, code, code=code + (sector or ""), country=code, sector=sector, org=org)


def _codes(pairs):
    return [(x and x.code, y and y.code) for x, y in pairs]


def _verb(build, lemma="hold"):
    return build([(lemma, lemma, "VERB", "VBD", "ROOT", 0, "O")])[0]


def test_a_lead_party_pairs_with_every_participant_however_many():
    parties = [_party(c, n=i) for i, c in enumerate(CODES[:6])]
    lead = _party("RUR", n=40)
    pairs = joint_pairs(parties, lead)
    assert _codes(pairs) == [("RUR", c) for c in CODES[1:6]]


def test_all_pairs_only_for_a_joint_act_of_a_few_parties():
    few = [_party(c, n=i) for i, c in enumerate(CODES[:3])]
    assert len(joint_pairs(few, None)) == 6  # each toward each other
    many = [_party(c, n=i) for i, c in enumerate(CODES[:6])]
    assert joint_pairs(many, None) == []  # a multilateral activity: no dyads


def test_a_lead_named_only_as_modifier_acts_with_the_participants(build):
    tok = _verb(build)
    pairs = _pairs("COOPERATE", tok, [], [_party("FRE")], set(), lead=_party("RUR"))
    assert _codes(pairs) == [("RUR", "FRE")]


def test_one_host_meets_each_of_many_guests(build):
    guests = [_party(c, n=i) for i, c in enumerate(CODES[1:])]
    pairs = _pairs("CONSULT", _verb(build, "host"), [_party("RUR", n=50)], guests, set())
    assert _codes(pairs) == [("RUR", c) for c in CODES[1:]]  # seven guests, none dropped


def test_one_state_on_both_sides_is_no_dyad(build):
    assert same_party(_party("RUR", "MIL"), _party("RUR"))
    assert same_party(_party("RUR", "GOV"), _party("RUR", "GOV"))
    assert not same_party(_party("RUR", "COP"), _party("RUR", "OPP"))  # a domestic dyad
    assert not same_party(_party("RUR"), _party("FRE"))
    pairs = _pairs("ACCUSE", _verb(build, "accuse"), [_party("RUR", "MIL")], [_party("RUR"), _party("FRE")], set())
    assert _codes(pairs) == [("RURMIL", "FRE")]


def _exercise_doc(build):
    # "Ruritania and Freedonia began a Zenda - led exercise ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 3, G),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 0, G),
        ("began", "begin", "VERB", "VBD", "ROOT", 3, "O"),
        ("a", "a", "DET", "DT", "det", 8, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "npadvmod", 7, G),
        ("-", "-", "PUNCT", "HYPH", "punct", 7, "O"),
        ("led", "lead", "VERB", "VBN", "amod", 8, "O"),
        ("exercise", "exercise", "NOUN", "NN", "dobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (2, 3, "FRE", "FRE", None, None, "state")]
    ms.append((5, 6, "ZEN", "ZEN", None, None, "state"))
    return build(rows, ms)


def test_the_x_led_modifier_names_the_lead_party(build):
    doc = _exercise_doc(build)
    lead = _lead_party(doc[3], ActorGroups(doc))
    assert lead is not None and lead.code == "ZEN"
    assert _lead_party(doc[7], ActorGroups(doc)) is None  # "led" itself is no activity it leads


def test_the_topic_of_talk_is_no_party(build):
    # "Ruritania discussed the situation around Zenda ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("discussed", "discuss", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("situation", "situation", "NOUN", "NN", "dobj", 1, "O"),
        ("around", "around", "ADP", "IN", "prep", 3, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "pobj", 4, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    assert _off_the_act(doc[5], doc[1])
    # "Ruritania supported the situation around Zenda": not a verb of talking
    rows[1] = ("supported", "support", "VERB", "VBD", "ROOT", 1, "O")
    doc = build(rows)
    assert not _off_the_act(doc[5], doc[1])


def test_the_subject_of_a_marked_complement_is_not_the_triggers(build):
    # "Ruritania warned that Zenda will train troops ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("warned", "warn", "VERB", "VBD", "ROOT", 1, "O"),
        ("that", "that", "SCONJ", "IN", "mark", 5, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "nsubj", 5, G),
        ("will", "will", "AUX", "MD", "aux", 5, "O"),
        ("train", "train", "VERB", "VB", "ccomp", 1, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows)
    assert _off_the_act(doc[3], doc[1])


def test_the_subject_of_an_unmarked_complement_is_the_one_helped(build):
    # "Ruritania will help Zenda strengthen its army ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 2, G),
        ("will", "will", "AUX", "MD", "aux", 2, "O"),
        ("help", "help", "VERB", "VB", "ROOT", 2, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "nsubj", 4, G),
        ("strengthen", "strengthen", "VERB", "VB", "ccomp", 2, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 6, "O"),
        ("army", "army", "NOUN", "NN", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    doc = build(rows)
    assert not _off_the_act(doc[3], doc[2])


def test_the_partners_of_a_promised_joint_exercise_are_each_others_too(build):
    # "Kalia will host the exercise with Frendo and Zenda": AGREE Kalia -> each, and Frendo <-> Zenda
    from accord.events.dyads import with_partners

    kal = _party("RUR")
    pairs = [(kal, _party("FRE", n=2)), (kal, _party("ZEN", n=4))]
    tok = _verb(build, "host")
    got = with_partners(list(pairs), "COOPERATE", "AGREE", [kal], None, "0331", tok)
    assert _codes(got) == [("RUR", "FRE"), ("RUR", "ZEN"), ("FRE", "ZEN")]
    refused = with_partners(list(pairs), "COOPERATE", "REJECT", [kal], None, "120", tok)
    assert _codes(refused) == [("RUR", "FRE"), ("RUR", "ZEN")]  # a refused exercise joins no one


def test_a_region_beside_named_states_is_no_participant_of_a_meeting(build):
    # "Kalia hosted the meeting, attended by Frendo, Zenda and the leaders of Central Asian states"
    kal = _party("RUR")
    region = _party("CAS", n=8)
    r = [_party("FRE", n=2), _party("ZEN", n=4), region]
    assert _codes(_pairs("CONSULT", _verb(build, "host"), [kal], r, set())) == [("RUR", "FRE"), ("RUR", "ZEN")]
    # a one-way act keeps its region: "urged Europe and Frendo to press ..."
    got = _pairs("REQUEST", _verb(build, "urge"), [kal], [_party("FRE", n=2), region], set())
    assert _codes(got) == [("RUR", "FRE"), ("RUR", "CAS")]
    # a region alone is a counterpart: "met the leaders of Central Asian states"
    assert _codes(_pairs("CONSULT", _verb(build, "meet"), [kal], [region], set())) == [("RUR", "CAS")]


def test_the_named_parties_of_a_meeting_with_no_actor_met_each_other(build):
    # "Kalia and Frendo were seated apart but did not hold a meeting": no actor in the parse
    r = [_party("RUR", n=0), _party("FRE", n=2)]
    got = _pairs("CONSULT", _verb(build, "hold"), [], r, set())
    assert _codes(got) == [("RUR", "FRE"), ("FRE", "RUR")]
    # a one-way act with no actor gives no participants: "sanctions on Kalia and Frendo"
    assert _codes(_pairs("SANCTION", _verb(build, "impose"), [], list(r), set())) == [(None, "RUR"), (None, "FRE")]
    # an uncoded party among them: no pairs of the coded ones alone
    half = [_party("RUR", n=0), EventActor(4, 5, "the rebels")]
    assert _codes(_pairs("CONSULT", _verb(build, "hold"), [], half, set())) == [(None, "RUR"), (None, None)]


def test_a_promised_bilateral_act_is_the_promisers_alone(build):
    # "Rurland is ready to continue bilateral cooperation with Frendo": AGREE Rurland -> Frendo only;
    # "Rurland continued bilateral cooperation with Frendo": each toward the other
    from accord.events.dyads import with_partners

    rows = [
        ("continue", "continue", "VERB", "VB", "ROOT", 0, "O"),
        ("bilateral", "bilateral", "ADJ", "JJ", "amod", 2, "O"),
        ("cooperation", "cooperation", "NOUN", "NN", "dobj", 0, "O"),
    ]
    tok = build(rows)[0]
    rur = _party("RUR")
    pair = [(rur, _party("FRE", n=2))]
    assert _codes(with_partners(list(pair), "COOPERATE", "AGREE", [rur], None, "031", tok)) == [("RUR", "FRE")]
    done = with_partners(list(pair), "COOPERATE", "COOPERATE", [rur], None, "060", tok)
    assert _codes(done) == [("RUR", "FRE"), ("FRE", "RUR")]
