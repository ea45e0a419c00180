"""Round G (evA): a counted group whose event names one of its own members
as the other side acts among its members (accord.events.listed)."""

import pytest
from story_docs import event_with as _event
from story_docs import listed_doc
from story_docs import side as _side

from accord.events.listed import list_group_act


# "Ghana , Togo and Benin met . Nigeria urged the three states . The leaders accused France ."
@pytest.fixture
def doc(build):
    return listed_doc(build)


@pytest.mark.parametrize(
    "etype,member", [("SUPPORT", (2, 3, "TGO")), ("AGREE", (0, 1, "GHA")), ("SUPPORT", (4, 5, "BEN"))]
)
def test_a_counted_group_beside_its_own_member_acts_among_its_members(doc, etype, member):
    a, b, code = member
    e = _event(doc, etype, 15, _side(doc, 9, 12), _side(doc, a, b, code))
    if etype == "SUPPORT":
        e.cameo = "057"  # a signing: a joint act of any type (listed_joint_codes)
    out = list_group_act(e, doc)
    pairs = {(x.actor.code, x.recipient.code) for x in out}
    assert len(pairs) == 6 and ("GHA", "TGO") in pairs and ("TGO", "BEN") in pairs and ("BEN", "GHA") in pairs


def test_a_counted_groups_praise_of_its_own_member_is_the_others_act(doc):
    # review G must-fix 5: only a joint act is done among the members; praise goes from the others to the member
    e = _event(doc, "SUPPORT", 15, _side(doc, 9, 12), _side(doc, 2, 3, "TGO"))
    out = list_group_act(e, doc)
    assert sorted((x.actor.code, x.recipient.code) for x in out) == [("BEN", "TGO"), ("GHA", "TGO")]


def test_a_counted_group_beside_an_outsider_still_acts_toward_it(doc):
    e = _event(doc, "ACCUSE", 15, _side(doc, 9, 12), _side(doc, 16, 17, "FRA"))
    out = list_group_act(e, doc)
    assert sorted((x.actor.code, x.recipient.code) for x in out) == [("BEN", "FRA"), ("GHA", "FRA"), ("TGO", "FRA")]
