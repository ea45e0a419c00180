"""A group named by a counted plural noun ("the three leaders") stands for the
latest list of as many coded parties (accord.events.listed)."""

import pytest
from story_docs import event_with as _event
from story_docs import listed_doc
from story_docs import side as _side

from accord.events.listed import list_group_act, list_reference, named_lists
from accord.events.pairs import expand_pairs


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the three leaders", (3, True)),
        ("The four countries", (4, True)),
        ("the leaders", (None, True)),
        ("the two leaders", (None, False)),  # a pair: accord.events.pairs
        ("the three men", (None, False)),
        ("three leaders", (None, False)),
        (None, (None, False)),
    ],
)
def test_list_reference(text, expected):
    assert list_reference(text) == expected


# "Ghana , Togo and Benin met . Nigeria urged the three states . The leaders accused France ."
@pytest.fixture
def doc(build):
    return listed_doc(build)


def _dyads(events):
    return sorted((e.type, e.actor and e.actor.code, e.recipient and e.recipient.code) for e in events)


def test_the_latest_list_of_three_coded_parties(doc):
    lists = named_lists(doc, len(doc.text))
    assert [[p.code for p in ps] for _, ps in lists] == [["GHA", "TGO", "BEN"]]


def test_a_counted_group_object_is_the_recipient_once_per_member(doc):
    e = _event(doc, "REQUEST", 8, _side(doc, 7, 8, "NGA"))
    out = list_group_act(e, doc)
    assert _dyads(out) == [("REQUEST", "NGA", "BEN"), ("REQUEST", "NGA", "GHA"), ("REQUEST", "NGA", "TGO")]
    assert all(x.recipient.text == "the three states" for x in out)


def test_an_uncounted_group_actor_with_a_recipient_follows_the_counted_one(doc):
    e = _event(doc, "ACCUSE", 15, _side(doc, 13, 15), _side(doc, 16, 17, "FRA"))
    out = expand_pairs([e], doc)
    assert _dyads(out) == [("ACCUSE", "BEN", "FRA"), ("ACCUSE", "GHA", "FRA"), ("ACCUSE", "TGO", "FRA")]


def test_a_counted_group_actor_of_a_joint_act_is_each_toward_each_other(doc):
    e = _event(doc, "AGREE", 15, _side(doc, 9, 12))
    out = list_group_act(e, doc)
    assert len(out) == 6 and {x.actor.code for x in out} == {"GHA", "TGO", "BEN"}
    assert all(x.actor.code != x.recipient.code for x in out)


def test_a_counted_group_with_no_list_of_that_size_stays(build):
    rows = [
        ("Ghana", "Ghana", "PROPN", "NNP", "nsubj", 3, "B-GPE"),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Togo", "Togo", "PROPN", "NNP", "conj", 0, "B-GPE"),
        ("met", "meet", "VERB", "VBD", "ROOT", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
        ("The", "the", "DET", "DT", "det", 7, "O"),
        ("three", "three", "NUM", "CD", "nummod", 7, "O"),
        ("leaders", "leader", "NOUN", "NNS", "nsubj", 8, "O"),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ]
    doc = build(
        rows, [(0, 1, "GHA", "GHA", None, None, "state"), (2, 3, "TGO", "TGO", None, None, "state")], sent_starts=(0, 5)
    )
    e = _event(doc, "AGREE", 8, _side(doc, 5, 8))
    assert list_group_act(e, doc) is None


def test_a_counted_group_object_with_no_such_list_leaves_the_event_as_it_came(build):
    # "Ghana and Togo met . Nigeria urged the three states ." : no list of three, so no recipient is put in
    rows = [
        ("Ghana", "Ghana", "PROPN", "NNP", "nsubj", 3, "B-GPE"),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Togo", "Togo", "PROPN", "NNP", "conj", 0, "B-GPE"),
        ("met", "meet", "VERB", "VBD", "ROOT", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
        ("Nigeria", "Nigeria", "PROPN", "NNP", "nsubj", 6, "B-GPE"),
        ("urged", "urge", "VERB", "VBD", "ROOT", 6, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        ("three", "three", "NUM", "CD", "nummod", 9, "O"),
        ("states", "state", "NOUN", "NNS", "dobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 6, "O"),
    ]
    mentions = [(i, i + 1, c, c, None, None, "state") for i, c in {0: "GHA", 2: "TGO", 5: "NGA"}.items()]
    doc = build(rows, mentions, sent_starts=(0, 5))
    e = _event(doc, "REQUEST", 6, _side(doc, 5, 6, "NGA"))
    assert list_group_act(e, doc) is None
    assert e.recipient is None
