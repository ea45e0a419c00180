"""A given name that begins a body's name is no person: the speaker of "A
professor at Carlos Lima University said ..." is the professor (no
name), not "Carlos Lima University"."""

import pytest

pytestmark = pytest.mark.model


def test_university_named_after_a_person_is_not_the_speakers_name(nlp):
    doc = nlp("A professor at Carlos Lima University said the drills were a signal to Beijing.")
    names = [q.speaker.name for q in doc._.quotes if q.speaker]
    assert names and "Carlos Lima University" not in names


def test_titled_person_still_named(nlp):
    doc = nlp("Director of the Institute of Strategic Studies Thomas Keller said the drills were a signal.")
    assert [q.speaker.name for q in doc._.quotes if q.speaker] == ["Thomas Keller"]
