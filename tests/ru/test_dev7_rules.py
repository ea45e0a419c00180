"""Russian rules added after the dev-7 sample (issue #19): names that no
list holds, epithet and statement speakers, quotes across paragraphs, on
sentences of our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _run(text, published="2026-06-01"):
    from accord.ru.extract import extract_text

    return extract_text(text, published)


def _said(quotes):
    return {(q.text, q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None) for q in quotes}


def test_a_name_in_an_oblique_case_is_named_in_the_nominative():
    text = (
        "Переговоры прошли с послом Ирана Хосейном Моради. По мнению политолога Бахтияра Джумабекова, сроки сорвутся."
    )
    mentions, _c, quotes, _e = _run(text)
    names = {m.name for m in mentions}
    assert "Bakhtiyar Jumabekov" in names, names
    assert [q.speaker.name for q in quotes if "сроки" in q.text] == ["Bakhtiyar Jumabekov"], _said(quotes)


def test_a_chinese_speaker_is_named_in_pinyin():
    text = "Официальный представитель МИД КНР Мао Нин заявила, что Пекин выступает за диалог."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == ["Mao Ning"], _said(quotes)


def test_an_epithet_object_of_a_citing_verb_is_the_person_named_before():
    text = (
        "Депутат парламента Айгуль Сатыбалдиева выступила в среду. "
        "«Бюджет нужно пересмотреть», — цитирует депутата агентство «Кабар»."
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == ["Aigul Satybaldiyeva"], _said(quotes)


def test_a_quote_across_paragraphs_takes_the_speaker_of_its_second_part():
    text = (
        "Эксперт Тимур Асанов оценил ситуацию. «Рынок растет.\n\n"
        "«Цены на зерно пойдут вверх уже осенью», — считает эксперт."
    )
    _m, _c, quotes, _e = _run(text)
    assert {(q.text, q.speaker.name) for q in quotes if q.speaker} >= {
        ("Рынок растет.", "Timur Asanov"),
        ("Цены на зерно пойдут вверх уже осенью", "Timur Asanov"),
    }, _said(quotes)


def test_an_ownerless_statement_is_the_body_that_spoke_before():
    text = (
        "Пограничники задержали нарушителя, сообщили в Погранслужбе Казахстана. "
        "«У задержанного изъято оружие», — говорится в сообщении."
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.country for q in quotes if "оружие" in q.text] == ["KAZ"], _said(quotes)


def test_head_of_the_ministry_is_the_minister_named_before():
    text = (
        "Министр обороны Узбекистана Шухрат Халмухамедов принял партию техники от России, сообщили в Минобороны РФ.\n\n"
        "«Это важный шаг», — сказал глава ведомства."
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "важный" in q.text] == ["Shukhrat Khalmukhamedov"], _said(quotes)


def test_an_agency_passing_on_someones_words_is_no_speaker():
    text = "«Мы не допустим эскалации», — передает агентство Анадолу слова министра обороны Турции Яшара Гюлера."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == ["Yasar Guler"], _said(quotes)


def test_a_woman_by_her_surname_is_she():
    text = "Депутат Айнура Токтосунова выступила против закона. «Это ошибка», — подчеркнула она."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "ошибка" in q.text] == ["Ainura Toktosunova"], _said(quotes)


def _triples(events):
    return {(e.type, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None) for e in events}


def test_a_deputy_calling_on_the_government_calls_on_his_own_countrys():
    *_r, events = _run("Депутат Мажилиса Арман Сейтказиев призвал правительство ограничить импорт топлива.")
    assert ("REQUEST", "KAZLEG", "KAZGOV") in _triples(events), _triples(events)


def test_one_state_is_no_partner_of_its_own_minister():
    text = "Министры обороны Армении и Ирана Сурен Папикян и Азиз Насирзаде провели переговоры в Ереване."
    *_r, events = _run(text)
    assert all(e.recipient is None or e.actor.code != e.recipient.code for e in events), _triples(events)


def test_an_accusative_read_as_a_second_subject_is_the_recipient():
    *_r, events = _run("Министр заявил, что Япония и впредь будет поддерживать «дружественную Монголию».")
    assert any(t[0] == "AGREE" and t[2] == "MNG" for t in _triples(events)), _triples(events)


def test_a_place_names_what_a_plural_verb_calls_a_thing():
    *_r, events = _run("В Тбилиси маневры назвали «провокацией».")
    assert ("ACCUSE", "GEOGOV", None) in _triples(events), _triples(events)


def test_a_role_takes_the_state_named_right_after_it():
    text = "Посол Монголии провел встречу с помощником министра иностранных дел КНР Ван Ганом."
    *_r, events = _run(text)
    assert any(t[0] == "CONSULT" and t[2] == "CHNGOV" for t in _triples(events)), _triples(events)


def test_an_epithet_subject_is_the_person_of_its_country_named_before():
    text = (
        "Глава МИД Армении Арарат Мирзоян провел переговоры в Тегеране.\n\n"
        "Армянский дипломат поблагодарил Иран за поддержку."
    )
    *_r, events = _run(text)
    assert ("SUPPORT", "ARMGOV", "IRN") in _triples(events), _triples(events)


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Министр обороны Армении Сурен Папикян подтвердил, что учения отменены.", "Suren Papikyan"),
        ("Президент Киргизии Садыр Жапаров объявил, что выборы пройдут осенью.", "Sadyr Japarov"),
        ("«Мы готовы к диалогу», — резюмировал министр иностранных дел России Сергей Лавров.", "Sergei Lavrov"),
        (
            "Премьер-министр Армении Никол Пашинян заявил в парламенте: «Мы не вернемся к прежней политике».",
            "Nikol Pashinyan",
        ),
    ],
)
def test_more_speech_frames(text, speaker):
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == [speaker], _said(quotes)


def test_po_utverzhdeniyu_names_the_source():
    _m, _c, quotes, _e = _run("По утверждению Минобороны Азербайджана, армянские военные открыли огонь.")
    assert [q.speaker.country for q in quotes] == ["AZE"], _said(quotes)


def test_a_pronoun_with_no_one_before_it_is_no_speaker():
    _m, _c, quotes, _e = _run("Она напомнила, что Москва предупреждала об этом.")
    assert [q for q in quotes if q.speaker is not None] == [], _said(quotes)


def test_an_epithet_with_a_country_adjective_is_the_person_of_that_country():
    text = (
        "Президент Узбекистана Шавкат Мирзиёев провел переговоры с Касым-Жомартом Токаевым. "
        "Узбекский лидер отметил: «Мы должны действовать вместе»."
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "вместе" in q.text] == ["Shavkat Mirziyoyev"], _said(quotes)


def test_a_statement_published_on_a_bodys_site_is_that_bodys():
    text = "«Переговоры будут продолжены», — отмечается в документе, размещенном на сайте МИД Таджикистана."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.country for q in quotes if q.speaker] == ["TJK"], _said(quotes)


def test_an_anonymous_source_is_no_speaker():
    _m, _c, quotes, _e = _run("«На участке все спокойно», — рассказал «Интерфаксу» источник в силовых структурах.")
    assert [q for q in quotes if q.speaker is not None] == [], _said(quotes)


def test_deputy_head_and_speaker_roles_give_their_country():
    _m, _c, quotes, _e = _run("Замглавы МИД Казахстана Роман Василенко сообщил, что визит отложен.")
    assert [q.speaker.country for q in quotes] == ["KAZ"], _said(quotes)
    _m, _c, quotes, _e = _run("Спикер парламента Армении Ален Симонян заявил, что закон будет принят.")
    assert [q.speaker.country for q in quotes] == ["ARM"], _said(quotes)


@pytest.mark.parametrize(
    "text,triple",
    [
        ("Евросоюз продлил санкции против Белоруссии на полгода.", ("SANCTION", "IGOEU", "BLR")),
        (
            "Токио вызвал посла Китая.",
            ("ACCUSE", "JPNGOV", "CHNGOV"),
        ),  # the envoy is his government, as «послу России» in the gold
        ("Анкара предложила Еревану посредничество.", ("AGREE", "TURGOV", "ARMGOV")),
    ],
)
def test_event_rows_added_after_dev7(text, triple):
    *_r, events = _run(text)
    assert triple in _triples(events), _triples(events)


def test_a_patronymic_is_left_out_and_common_given_names_take_the_press_spelling():
    mentions, *_ = _run("Заместитель министра Юлия Андреевна Ковальчукова провела совещание.")
    assert "Yulia Kovalchukova" in {m.name for m in mentions}, [m.name for m in mentions]


def test_a_verbless_clause_after_chto_is_what_was_said():
    text = (
        "Президент Киргизии Садыр Жапаров принял делегацию ШОС. Глава государства отметил, что граница под контролем."
    )
    _m, _c, quotes, _e = _run(text)
    assert [(q.text, q.speaker.name) for q in quotes] == [("граница под контролем", "Sadyr Japarov")], _said(quotes)


def test_a_bare_role_is_the_subject_of_the_sentence_before():
    text = (
        "Министр обороны Белоруссии Виктор Хренин встретился с российским коллегой Андреем Белоусовым. "
        "Министр подчеркнул, что Минск ценит помощь."
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == ["Viktor Khrenin"], _said(quotes)


def test_so_is_a_s_recipient_and_a_special_envoy_is_a_role():
    text = (
        "Заместитель министра иностранных дел России Андрей Руденко провел консультации со специальным "
        "представителем президента Монголии по отношениям с Китаем Батором Дашдоржем."
    )
    *_r, events = _run(text)
    assert ("CONSULT", "RUSGOV", "MNGGOV") in _triples(events), _triples(events)


def test_a_country_three_modifiers_down_codes_the_troops():
    text = "Военнослужащие сил специальных операций Армении и вооруженных сил Ирана начали совместные учения."
    *_r, events = _run(text)
    assert ("COOPERATE", "ARMMIL", "IRNMIL") in _triples(events), _triples(events)


def test_a_given_name_in_a_in_the_genitive_is_named_in_the_nominative():
    _m, _c, quotes, _e = _run("По мнению политолога Гелы Хуцишвили, переговоры затянутся.")
    assert [q.speaker.name for q in quotes] == ["Gela Khutsishvili"], _said(quotes)
