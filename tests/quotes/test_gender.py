"""Pronoun speakers agree in gender with the person they go back to."""

from accord.quotes.gender import agrees, pronoun_gender, speaker_gender
from accord.record import Speaker


def sp(text, name=None, role=None):
    return Speaker(start=0, end=len(text), text=text, name=name, role=role)


def test_text_evidence_before_the_name_table():
    assert speaker_gender(sp("Ms Jordan Lee", "Jordan Lee")) == "f"
    assert speaker_gender(sp("spokesman Alex Petrov", "Alex Petrov")) == "m"
    assert speaker_gender(sp("Maria Zakharova", "Maria Zakharova")) == "f"
    assert speaker_gender(sp("Farid Shafiyev", "Farid Shafiyev")) == "m"
    assert speaker_gender(sp("the ministry", None)) is None


def test_pronouns_agree_or_not():
    assert pronoun_gender("His") == "m" and pronoun_gender("she") == "f" and pronoun_gender("they") is None
    assert not agrees("she", sp("Sergei Lavrov", "Sergei Lavrov"))
    assert agrees("he", sp("Sergei Lavrov", "Sergei Lavrov"))
    assert agrees("she", sp("the committee"))
