"""Round E: a document subject speaks for the body that adopted or issued it
in the same or the previous sentence (events.document_voices; needs the model)."""

import pytest

import accord

pytestmark = pytest.mark.model


def _events(text):
    rec = next(accord.extract([{"id": "t", "text": text, "published": "2025-05-01"}]))
    return [(e.type, e.actor and e.actor.code, e.recipient and e.recipient.code, e.trigger.text) for e in rec.events]


def test_issued_statement_speaks_for_its_issuer():
    ev = _events("Russia issued a statement on Monday. The statement calls on Kyiv to return to talks.")
    assert ("REQUEST", "RUS", "UKRGOV", "calls") in ev, ev


def test_adopted_declaration_speaks_for_the_organisation():
    ev = _events(
        "The leaders of the CSTO met in Minsk and adopted a declaration. "
        "The declaration urges Azerbaijan to withdraw its troops."
    )
    assert any(t == "REQUEST" and a == "IGOCSTO" and r and r.startswith("AZE") for t, a, r, _ in ev), ev


def test_document_without_an_adopter_stays_uncoded():
    ev = _events("Analysts wrote a report last year. The statement urges Tehran to stop enrichment.")
    assert not any(tr == "urges" and a for _t, a, _r, tr in ev), ev
