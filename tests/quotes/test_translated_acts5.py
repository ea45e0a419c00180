"""Acts with a quoted phrase in translated copy (issue #17): a speech verb
whose noun-phrase object only holds a quoted phrase inside it is what the
speaker acted on, not a quote; a whole quoted object stays the speaker's
words."""

import pytest

pytestmark = pytest.mark.model


def test_a_quoted_phrase_inside_the_object_of_noted_is_an_act(nlp):
    doc = nlp('Deputy Foreign Minister Arman Issetov noted the "businesslike tone" of the consultations.')
    assert not [q for q in doc._.quotes if "businesslike" in q.text]
    assert [a.cue_class for a in doc._.attributions if "businesslike" in a.text] == ["act"]


def test_a_whole_quoted_object_stays_a_quote(nlp):
    doc = nlp('The agency reported "2,521 violations" last week.')
    assert [q.cue_class for q in doc._.quotes if "violations" in q.text] == ["speech"]
