"""Where a gathering is held names its host (accord.events.venues)."""

from story_docs import event_with as _event

from accord.events.venues import link_venues, off_the_venue
from accord.record import EventActor

# "Ghana , Togo and Benin met in Accra . Chad sent its minister ."
ROWS = [
    ("Ghana", "Ghana", "PROPN", "NNP", "nsubj", 5, "B-GPE"),
    (",", ",", "PUNCT", ",", "punct", 0, "O"),
    ("Togo", "Togo", "PROPN", "NNP", "conj", 0, "B-GPE"),
    ("and", "and", "CCONJ", "CC", "cc", 2, "O"),
    ("Benin", "Benin", "PROPN", "NNP", "conj", 2, "B-GPE"),
    ("met", "meet", "VERB", "VBD", "ROOT", 5, "O"),
    ("in", "in", "ADP", "IN", "prep", 5, "O"),
    ("Accra", "Accra", "PROPN", "NNP", "pobj", 6, "B-GPE"),
    (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ("Chad", "Chad", "PROPN", "NNP", "nsubj", 10, "B-GPE"),
    ("sent", "send", "VERB", "VBD", "ROOT", 10, "O"),
    ("its", "its", "PRON", "PRP$", "poss", 12, "O"),
    ("minister", "minister", "NOUN", "NN", "dobj", 10, "O"),
    (".", ".", "PUNCT", ".", "punct", 10, "O"),
]
STATES = {0: "GHA", 2: "TGO", 4: "BEN", 9: "TCD"}


def _doc(build, rows=ROWS, mentions=None, starts=(0, 9)):
    if mentions is None:
        mentions = [(i, i + 1, c, c, None, None, "state") for i, c in STATES.items()]
        mentions.insert(3, (7, 8, "GHA", "GHA", None, None, "location"))
    return build(rows, mentions, sent_starts=starts)


def _side(doc, i, code, org=None):
    t = doc[i]
    return EventActor(t.idx, t.idx + len(t), t.text, code=code, country=None if org else code, org=org)


def _dyads(events):
    return sorted((e.type, e.actor.code, e.recipient.code if e.recipient else "") for e in events)


def _meeting(doc):
    parties = [(0, "GHA"), (2, "TGO"), (4, "BEN")]
    return [
        _event(doc, "CONSULT", 5, _side(doc, i, x), _side(doc, j, y)) for i, x in parties for j, y in parties if x != y
    ]


def test_a_meeting_of_a_list_in_one_members_state_is_that_states_with_each(build):
    doc = _doc(build)
    out = link_venues(doc, _meeting(doc))
    assert {tuple(sorted(d[1:])) for d in _dyads(out)} == {("BEN", "GHA"), ("GHA", "TGO")}


def test_a_meeting_in_a_state_of_no_member_stays_every_pair(build):
    doc = _doc(build)
    mentions = [(i, i + 1, c, c, None, None, "state") for i, c in STATES.items()] + [
        (7, 8, "NGA", "NGA", None, None, "location")
    ]
    doc = _doc(build, mentions=mentions)
    assert len(link_venues(doc, _meeting(doc))) == 6


def test_an_envoy_sent_after_the_meeting_meets_its_host(build):
    doc = _doc(build)
    chad = _event(doc, "CONSULT", 10, _side(doc, 9, "TCD"), EventActor(doc[11].idx, doc[12].idx + 8, "its minister"))
    out = link_venues(doc, _meeting(doc) + [chad])
    assert ("CONSULT", "TCD", "GHA") in _dyads(out)


def test_an_organisations_exercise_in_the_datelines_sentence_is_hosted_by_its_state(build):
    # "ACCRA , May 1 -- The drills of ECOWAS ended ."
    rows = [
        ("ACCRA", "Accra", "PROPN", "NNP", "ROOT", 0, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("The", "the", "DET", "DT", "det", 3, "O"),
        ("drills", "drill", "NOUN", "NNS", "nsubj", 6, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("ECOWAS", "ECOWAS", "PROPN", "NNP", "pobj", 4, "B-ORG"),
        ("ended", "end", "VERB", "VBD", "ROOT", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 6, "O"),
    ]
    mentions = [(0, 1, "GHA", "GHA", None, None, "location"), (5, 6, "IGOECOWAS", None, None, "ECOWAS", "igo")]
    doc = _doc(build, rows, mentions, starts=(0, 2))
    ex = _event(doc, "COOPERATE", 6, _side(doc, 5, "IGOECOWAS", org="ECOWAS"))
    assert _dyads(link_venues(doc, [ex])) == [("COOPERATE", "IGOECOWAS", "GHA")]


def test_the_place_of_the_meeting_an_act_was_done_at_is_no_target(build):
    # "Ruritania agreed at a meeting in Zenda ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 1, "O"),
        ("at", "at", "ADP", "IN", "prep", 1, "O"),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        ("meeting", "meeting", "NOUN", "NN", "pobj", 2, "O"),
        ("in", "in", "ADP", "IN", "prep", 4, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "pobj", 5, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [(0, 1, "RUR", "RUR", None, None, "state"), (6, 7, "FRE", "FRE", None, None, "location")]
    doc = build(rows, mentions)
    agree = _event(doc, "AGREE", 1, _side(doc, 0, "RUR"), _side(doc, 6, "FRE"))
    met = _event(doc, "CONSULT", 1, _side(doc, 0, "RUR"), _side(doc, 6, "FRE"))  # (a meeting's host is its party)
    off_the_venue([agree, met], doc)
    assert agree.recipient is None and met.recipient.code == "FRE"


def test_a_place_named_only_in_a_relative_clause_on_the_actor_is_no_target(build):
    # "Ruritania , whose brigade in Zenda grew , sent engineers ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 8, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("whose", "whose", "DET", "WP$", "poss", 3, "O"),
        ("brigade", "brigade", "NOUN", "NN", "nsubj", 6, "O"),
        ("in", "in", "ADP", "IN", "prep", 3, "O"),
        ("Zenda", "Zenda", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        ("grew", "grow", "VERB", "VBD", "relcl", 0, "O"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("sent", "send", "VERB", "VBD", "ROOT", 8, "O"),
        ("engineers", "engineer", "NOUN", "NNS", "dobj", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ]
    mentions = [(0, 1, "RUR", "RUR", None, None, "state"), (5, 6, "FRE", "FRE", None, None, "state")]
    doc = build(rows, mentions)
    sent = _event(doc, "AID", 8, _side(doc, 0, "RUR"), _side(doc, 5, "FRE"))
    grew = _event(doc, "MOBILIZE", 6, _side(doc, 0, "RUR"), _side(doc, 5, "FRE"))  # (the clause's own act keeps it)
    off_the_venue([sent, grew], doc)
    assert sent.recipient is None and grew.recipient.code == "FRE"
