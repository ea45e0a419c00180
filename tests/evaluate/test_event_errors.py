"""Error kinds of the sample events score (accord.evaluate.event_errors)."""

from accord.evaluate.event_errors import classify_article
from accord.evaluate.sample_events import matches, score_article


def _g(t, a, r, sym=False):
    return (frozenset([t]), frozenset([a]), frozenset([r]), sym)


def _p(t, a, r):
    return (t, frozenset([a]), frozenset([r]))


def _kinds(gold, preds):
    _, _, _, missed, false = score_article(gold, set(preds))
    return classify_article(missed, false, gold, set(preds), matches)


def test_wrong_recipient_and_its_false_twin():
    miss, wrong = _kinds([_g("ACCUSE", "ARM", "AZE")], [_p("ACCUSE", "ARM", "TUR")])
    assert dict(miss) == {"wrong_recipient": 1}
    assert dict(wrong) == {"wrong_recipient": 1}


def test_reversed_sides():
    miss, wrong = _kinds([_g("ACCUSE", "ARM", "AZE")], [_p("ACCUSE", "AZE", "ARM")])
    assert dict(miss) == {"reversed": 1}
    assert dict(wrong) == {"reversed": 1}


def test_taken_when_only_a_matched_prediction_relates():
    gold = [_g("ACCUSE", "ARM", "AZE"), _g("ACCUSE", "AZE", "ARM")]
    miss, wrong = _kinds(gold, [_p("ACCUSE", "ARM", "AZE")])
    assert dict(miss) == {"reversed_taken": 1}
    assert not wrong


def test_wrong_type_none_and_spurious():
    gold = [_g("CONSULT", "KAZ", "UZB"), _g("AID", "CHN", "SRB"), _g("RETREAT", "IND", "CHN")]
    miss, wrong = _kinds(gold, [_p("AGREE", "KAZ", "UZB"), _p("SANCTION", "EST", "LVA"), _p("AID", None, None)])
    assert miss["wrong_type"] == 1 and miss["type_only"] == 1 and miss["none"] == 1
    assert wrong["wrong_type"] == 1 and wrong["spurious"] == 1 and wrong["uncoded"] == 1
