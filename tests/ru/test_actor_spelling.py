"""accord.ru.actors.to_mention: a person's name in a mention is spelt as
his country's press spells it, as quote speakers are (hand-built Docs)."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.ru.actors import Actor, to_mention
from accord.ru.doc import blank


def _mention(words, name, normal, country, kind="person"):
    doc = Doc(blank().vocab, words=words)
    a = Actor(0, len(words), kind, country=country, sector="GOV", name=name, named=True)
    a.extra["normal"] = normal
    return to_mention(doc, [a], a)


def test_a_persons_name_follows_his_countrys_spelling():
    # the plain transliteration of «Хоссейн» is Khossein; Iranian press writes Hossein
    m = _mention(["Хоссейн", "Ханзади"], "Khossein Khanzadi", "Хоссейн Ханзади", "IRN")
    assert m.name == "Hossein Hanzadi"
    m = _mention(["Байба", "Браже"], "Baiba Brazhe", "Байба Браже", "LVA")
    assert m.name == "Baiba Braze"


def test_a_russian_name_and_a_body_keep_their_spelling():
    m = _mention(["Сергей", "Шойгу"], "Sergei Shoigu", "Сергей Шойгу", "RUS")
    assert m.name == "Sergei Shoigu"
    m = _mention(["Хоссейн"], "Khossein", "Хоссейн", "IRN", kind="org")
    assert m.name == "Khossein"
