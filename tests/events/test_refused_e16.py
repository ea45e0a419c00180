"""A joint document or initiative a party did not join is its REJECT of the owner (events.refused)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-06-20", level="country_or_org", factual=True)


@pytest.mark.parametrize(
    "text, triple",
    [
        ("Hungary did not sign the joint statement of the EU on Ukraine.", ("REJECT", "HUN", "EU")),
        ("Turkey did not join the Western sanctions against Russia.", ("REJECT", "TUR", "WST")),
        (
            "The SCO ministers signed the final communique. The Indian delegation did not join the paragraph of the "
            "communique on the new transport corridor.",
            ("REJECT", "IND", "SCO"),
        ),
    ],
)
def test_not_joining_a_joint_document_is_a_rejection_of_its_owner(nlp, text, triple):
    evs = _events(text)
    assert triple in evs


def test_other_negated_acts_stay_negated(nlp):
    assert not _events("Russia and Ukraine did not meet on Monday.")
