"""Speakers: who can take a stand (frozen parses, no model)."""

from quotes_docs import make_doc


def test_plural_things_are_not_people_who_take_a_stand():
    # "-ans" is Republicans and Americans, not plans; "-ents" is residents, not statements
    from accord.quotes.speakers import _agentive

    doc = make_doc("plans_calling")
    by_word = {t.lower_: t for t in doc}
    assert not _agentive(by_word["plans"])
    assert _agentive(by_word["voters"])
