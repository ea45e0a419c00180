"""An event told again with fewer parties is that event (accord.events.told_again)."""

from accord.events.told_again import drop_told_again
from accord.record import Event, EventActor, Span


def _party(code, org=None):
    return EventActor(0, 1, code, code=code, country=None if org else code, org=org)


def _event(kind, actor, recipient, at, **kw):
    return Event(
        type=kind,
        trigger=Span(at, at + 1, "x"),
        sentence={"start": at, "end": at + 10},
        actor=actor,
        recipient=recipient,
        **kw,
    )


def test_a_part_told_event_joins_the_full_one():
    full = _event("SANCTION", _party("RUR"), _party("ZEN"), 0)
    again = _event("SANCTION", _party("RUR"), None, 20, date="2023-01-02", date_text="on Monday")
    nameless = _event("SANCTION", EventActor(0, 1, "the measures"), _party("ZEN"), 40)
    out = drop_told_again([full, again, nameless])
    assert out == [full] and full.id == "ev1"
    assert {"start": 20, "end": 30} in full.evidence and {"start": 40, "end": 50} in full.evidence
    assert full.date_text == "on Monday"  # the part-told one lends its date where the full one has none


def test_other_acts_and_flagged_statements_stay():
    full = _event("SANCTION", _party("RUR"), _party("ZEN"), 0)
    other_type = _event("ACCUSE", _party("RUR"), None, 20)
    other_actor = _event("SANCTION", _party("FRE"), None, 40)
    denied = _event("SANCTION", _party("RUR"), None, 60, negated=True)
    wished = _event("SANCTION", _party("RUR"), None, 80, hypothetical=True)
    by_org = _event("SANCTION", _party("XEU", org="XEU"), None, 100)
    events = [full, other_type, other_actor, denied, wished, by_org]
    assert drop_told_again(list(events)) == events


def test_an_event_alone_stays():
    alone = _event("ASSAULT", _party("RUR"), None, 0)
    assert drop_told_again([alone]) == [alone]


def test_a_party_toward_itself_beside_its_act_toward_another_is_that_act():
    full = _event("SUPPORT", _party("RUR"), _party("XAL", org="XAL"), 0)
    own = _event("SUPPORT", _party("RUR"), _party("RUR"), 20)
    assert drop_told_again([full, own]) == [full]
    alone = _event("COERCE", _party("RUR"), _party("RUR"), 0)  # a domestic act with no other: stays
    assert drop_told_again([alone]) == [alone]


def test_a_party_alone_in_a_mutual_act_takes_part_in_the_act_told_in_full():
    full = _event("CONSULT", _party("XCS", org="XCS"), _party("KAL"), 0)
    opened = _event("CONSULT", _party("KAL"), None, 20)  # "Kalia's envoy opened the meeting"
    assert drop_told_again([full, opened]) == [full]
    assert {"start": 20, "end": 30} in full.evidence


def test_a_party_alone_in_a_one_sided_act_stays():
    full = _event("AGREE", _party("RUR"), _party("XCS", org="XCS"), 0)
    adopted = _event("AGREE", _party("XCS", org="XCS"), None, 20)  # "the bloc adopted a declaration"
    assert drop_told_again([full, adopted]) == [full, adopted]


def test_an_event_without_coded_parties_after_one_of_its_category_is_told_again():
    nameless = EventActor(0, 1, "about 300 soldiers")
    before = _event("COOPERATE", nameless, None, 0)
    full = _event("COOPERATE", _party("RUR"), _party("ZEN"), 20)
    after = _event("COOPERATE", nameless, None, 40)  # "about 300 soldiers took part in the drills"
    other = _event("ASSAULT", nameless, None, 60)
    assert drop_told_again([before, full, after, other]) == [before, full, other]


def test_a_nameless_event_told_again_lends_no_date_or_place():
    full = _event("ASSAULT", _party("RUR"), _party("ZEN"), 0)
    later = _event("ASSAULT", EventActor(0, 1, "gunmen"), None, 40, date="2023-01-03", date_text="on Tuesday")
    assert drop_told_again([full, later]) == [full]
    assert full.date_text is None  # (the nameless one may be another attack)


def test_another_act_of_the_same_sentence_with_no_recipient_stays():
    # "Kalia admitted Rurit as a member and adopted a declaration": two acts of one sentence
    full = _event("SUPPORT", _party("KAL"), _party("RUR"), 0)
    adopted = _event("SUPPORT", _party("KAL"), None, 0)
    adopted.trigger = Span(6, 7, "adopted")
    assert drop_told_again([full, adopted]) == [full, adopted]
    later = _event("SUPPORT", _party("KAL"), None, 20)  # told again in a sentence of its own: that act
    assert drop_told_again([full, later]) == [full]


def test_a_headline_act_with_no_other_party_is_the_bodys_act_of_its_actor():
    # "France delivers radars to Armenia; Baku protests" beside the body's "Baku objected to ... Yerevan"
    headline = _event("PROTEST", _party("RUR"), None, 0)
    body = _event("ACCUSE", _party("RUR"), _party("ZEN"), 20)
    assert drop_told_again([headline, body], frozenset({0})) == [body]
    assert {"start": 0, "end": 10} in body.evidence


def test_a_body_act_with_no_other_party_stays_beside_another_category():
    alone = _event("PROTEST", _party("RUR"), None, 0)
    body = _event("ACCUSE", _party("RUR"), _party("ZEN"), 20)
    assert drop_told_again([alone, body], frozenset({40})) == [alone, body]


def test_aid_to_nobody_beside_a_full_joint_act_is_part_of_it():
    from accord.events.told_again import without_partnerless

    drills = _event("COOPERATE", _party("RUR"), _party("ZEN"), 0)
    sent = _event("AID", _party("FRE"), None, 20)
    uncoded = _event("COOPERATE", _party("SYL"), EventActor(0, 1, "the units"), 40)
    other = _event("ACCUSE", _party("FRE"), None, 60)
    assert without_partnerless([drills, sent, uncoded, other]) == [drills, other]
    assert without_partnerless([sent, other]) == [sent, other]  # no act told in full: it stays


def test_a_headline_act_toward_its_own_side_is_dropped_but_not_one_at_home():
    aid = _event("AID", _party("RUR"), _party("RUR"), 0)
    rally = _event("PROTEST", _party("RUR"), _party("RUR"), 0)
    assert drop_told_again([aid, rally], frozenset({0})) == [rally]
    assert drop_told_again([aid], frozenset()) == [aid]  # (in the body, no headline rule)
