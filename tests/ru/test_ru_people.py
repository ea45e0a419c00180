"""accord.ru.people on hand-built spans (no natasha needed)."""

from spacy.tokens import Doc

from accord.ru.doc import blank
from accord.ru.people import normal_form, office_holder, person_name


def _span(words):
    return Doc(blank().vocab, words=words, lemmas=[w.lower() for w in words])[:]


def test_a_given_normal_form_stands_for_a_span_natasha_did_not_tag():
    span = _span(["Армана", "Сейтказиева"])
    assert normal_form(span) == "Армана Сейтказиева"  # no normal form of its own: the text
    assert normal_form(span, "Арман Сейтказиев") == "Арман Сейтказиев"


def test_a_chinese_name_is_spelled_in_pinyin():
    assert person_name(_span(["Мао", "Нин"]))[0] == "Mao Ning"


def test_no_office_holder_for_an_unknown_name():
    assert office_holder("Nobody Atall", "2026-06-01") is None


def test_a_genitive_a_stem_surname_after_a_given_name_that_does_not_decline():
    # «по словам министра Эмомали Собирзоды»: nothing else shows the case; the tagger's genitive does
    doc = Doc(blank().vocab, words=["Эмомали", "Собирзоды"], morphs=["Case=Gen", "Case=Gen"])
    doc.user_data["accord_ru_normal"] = {}
    assert normal_form(doc[:], "Эмомали Собирзоды") == "Эмомали Собирзода"
    nominative = Doc(blank().vocab, words=["Эмомали", "Собирзоды"], morphs=["Case=Nom", "Case=Nom"])
    assert normal_form(nominative[:], "Эмомали Собирзоды") == "Эмомали Собирзоды"


def test_a_romanian_given_name_keeps_its_own_spelling():
    assert person_name(_span(["Михай", "Попеску"]))[0].startswith("Mihai ")
