"""Russian rules drawn from the translated pairs of the sample (issue #19:
the Russian and English pipelines give the same dyads), on sentences of
our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _triples(text, published="2026-03-10"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    return set(triples(extract_text(text, published)[3]))


def _codes(text):
    from accord.ru import analyze
    from accord.ru.actors import mentions

    return [(m.text, m.code) for m in mentions(analyze(text))[0]]


def test_a_bare_repeated_base_is_the_base_named_before():
    text = (
        "В штабе 102-й российской военной базы заявили, что военнослужащие базы "
        "проведут совместные учения с армянской армией в мае."
    )
    assert ("базы", "RUSMIL") in _codes(text)
    assert ("AGREE", "RUSMIL", "ARMMIL") in _triples(text)


def test_a_plural_group_word_does_not_take_the_country_of_a_mixed_group():
    text = (
        "Военнослужащие Армении и Ирана провели учения у границы. В маневрах участвовали около трехсот военнослужащих."
    )
    codes = dict(_codes(text))
    assert codes.get("военнослужащих") is None, codes


def test_ready_to_finance_or_to_set_up_production_is_an_intent_to_cooperate():
    assert ("AGREE", "CHNGOV", None) in _triples("Пекин готов профинансировать строительство нового моста.")
    assert ("AGREE", "TURGOV", None) in _triples("Анкара готова организовать производство дронов в Грузии.")
    assert ("AGREE", "JPNGOV", None) in _triples("Токио готов участвовать в финансировании порта.")


def test_financing_done_is_economic_aid():
    assert ("AID", "KOR", None) in _triples("Южная Корея профинансировала строительство школ в Монголии.")


def test_the_side_an_act_comes_from_is_the_one_accused():
    text = "Министр иностранных дел Эстонии назвал полеты дронов «провокацией» со стороны Москвы."
    assert ("ACCUSE", "ESTGOV", "RUSGOV") in _triples(text)
    assert ("ACCUSE", "ARMGOV", "AZE") in _triples("МИД Армении осудил агрессию со стороны Азербайджана.")


def test_the_agency_three_genitives_down_is_the_party():
    text = "Полиция Казахстана задержала двух сотрудников алматинского бюро агентства ТАСС."
    assert ("COERCE", "KAZCOP", "RUSMED") in _triples(text)


def test_a_clause_on_a_document_speaks_for_its_adopters_and_each_owner_is_a_recipient():
    text = (
        "Министры иностранных дел стран — членов Организации Договора о коллективной безопасности "
        "приняли заявление, в котором осудили действия Польши и Литвы."
    )
    got = _triples(text)
    assert {("ACCUSE", "IGOCSTO", "POL"), ("ACCUSE", "IGOCSTO", "LTU")} <= got, got


def test_a_clause_with_its_own_subject_is_not_the_adopters():
    text = "Министры стран ОДКБ приняли заявление, которое Токио осудил."
    got = _triples(text)
    assert not any(t[1] == "IGOCSTO" and t[0] == "ACCUSE" for t in got), got


def test_the_words_after_a_verb_hold_its_accusative_and_prepositional_nouns():
    from accord.ru.event_rows import _prep_nouns_after

    from .ud_docs import ud_doc

    # «… передаст Киргизии вооружения по программе, глава …»: «вооружения» hung on another verb
    doc = ud_doc(
        [
            ("поможет", 0, "root", "VERB", "Tense=Fut"),
            ("обучить", 0, "xcomp", "VERB", "VerbForm=Inf"),
            ("передаст", 0, "conj", "VERB", "Tense=Fut"),
            ("Киргизии", 2, "iobj", "PROPN", "Case=Dat"),
            ("вооружения", 1, "obj", "NOUN", "Case=Acc"),
            ("по", 6, "case", "ADP", ""),
            ("программе", 2, "obl", "NOUN", "Case=Dat"),
            (",", 8, "punct", "PUNCT", ""),
            ("глава", 0, "nsubj", "NOUN", "Case=Nom"),
        ]
    )
    assert _prep_nouns_after(doc[2]) == {"вооружения", "программе"}
    # «назвал учения «угрозой» и заявил …»: the instrumental inside quotation marks, hung on a later verb
    doc = ud_doc(
        [
            ("назвал", 0, "root", "VERB", "Tense=Past"),
            ("учения", 0, "obj", "NOUN", "Case=Acc"),
            ("«", 3, "punct", "PUNCT", ""),
            ("угрозой", 6, "obl", "NOUN", "Case=Ins"),
            ("»", 3, "punct", "PUNCT", ""),
            ("и", 6, "cc", "CCONJ", ""),
            ("заявил", 0, "conj", "VERB", "Tense=Past"),
        ]
    )
    assert _prep_nouns_after(doc[0]) == {"учения", "угрозой"}


def test_a_nominative_after_the_verb_is_no_object_of_it():
    text = "Во встрече приняли участие глава МИД России и министр иностранных дел Казахстана."
    assert not any(t[0] == "CONSULT" for t in _triples(text))


def test_a_plural_pronoun_stands_for_the_plural_that_names_a_party_not_a_word_of_a_name():
    text = (
        "Санкции против двух казахстанских компаний и торговой площадки были введены Министерством "
        "финансов Японии, которое обвинило их в поставках электроники России."
    )
    assert ("ACCUSE", "JPNGOV", "KAZ") in _triples(text)


def test_counting_on_support_from_a_party_is_an_appeal_to_it():
    assert ("REQUEST", "ARMGOV", "FRA") in _triples("Ереван рассчитывает на помощь со стороны Франции.")
    assert not any(t[0] == "REQUEST" for t in _triples("Москва рассчитывает на продолжение диалога."))


def test_a_body_word_after_an_envoy_is_not_the_envoys_state():
    text = (
        "Министерство иностранных дел Армении вручило послу России Михаилу Евдокимову ноту протеста. "
        "Как говорится в заявлении ведомства, Ереван требует объяснений."
    )
    assert ("ведомства", "ARMGOV") in _codes(text)


def test_a_plural_role_renamed_by_two_names_gives_both_parties():
    text = "Президенты двух стран Шавкат Мирзиёев и Садыр Жапаров провели телефонный разговор."
    assert ("CONSULT", "UZBGOV", "KGZGOV") in _triples(text)


def test_the_adjective_of_a_naming_complement_can_make_the_trigger():
    assert ("ACCUSE", "GEOGOV", None) in _triples("Министр экономики Грузии назвал новые пошлины «враждебным шагом».")
    assert not any(t[0] == "ACCUSE" for t in _triples("Министр экономики Грузии назвал соглашение «важным шагом»."))
