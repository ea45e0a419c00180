"""Russian agency-copy rules added with the dev-2 sample (issue #19), on
sentences of our own (natasha)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _run(text, published="2025-05-20"):
    from accord.ru.extract import extract_text

    return extract_text(text, published)


def _said(quotes):
    return {(q.text, q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None) for q in quotes}


def test_converb_cue_takes_the_subject_of_its_verb():
    _m, _c, quotes, _e = _run(
        "Министр обороны Армении Сурен Папикян отверг обвинения, заявив, что армия соблюдает перемирие."
    )
    assert any(q.text.startswith("армия соблюдает") and q.speaker.country == "ARM" for q in quotes), _said(quotes)


def test_not_excluded_is_a_cue_and_an_inverted_speaker_follows_it():
    text = "Если переговоры сорвутся, Ереван может отозвать посла, не исключил вице-спикер парламента Армении Рубен Рубинян."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "отозвать посла" in q.text] == ["Ruben Rubinyan"], _said(quotes)


def test_agency_as_addressee_and_the_place_of_the_body_parsed_elsewhere():
    text = "Пограничники задержали двух нарушителей, сообщили «Интерфаксу» в Пограничной службе Киргизии."
    _m, _c, quotes, _e = _run(text)
    q = [q for q in quotes if q.text.startswith("Пограничники задержали")]
    assert q and q[0].speaker.country == "KGZ", _said(quotes)


def test_bare_acronym_body_and_vedomstvo_take_the_country_named_before():
    text = (
        "Об инциденте сообщили в Государственном комитете национальной безопасности Киргизии. "
        "Как отметили в ГКНБ, нарушители были вооружены. В ведомстве утверждают, что это контрабандисты."
    )
    _m, _c, quotes, _e = _run(text)
    got = {q.text[:12]: q.speaker.country for q in quotes if q.speaker}
    assert got.get("нарушители б") == "KGZ" and got.get("это контраба") == "KGZ", got


def test_a_cue_never_quotes_itself():
    text = "Командование базы привело войска в готовность, сообщили в Министерстве обороны России."
    _m, _c, quotes, _e = _run(text)
    assert all("сообщили" not in q.text for q in quotes), _said(quotes)
    text = "Министерство иностранных дел России заявило протест Варшаве, говорится в сообщении ведомства."
    _m, _c, quotes, _e = _run(text)
    assert all("говорится" not in q.text for q in quotes), _said(quotes)


def _triples(events):
    return {(e.type, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None) for e in events}


@pytest.mark.parametrize(
    "text,triple",
    [
        ("В Кремле назвали заявление грузинского премьера провокационным.", ("ACCUSE", "RUSGOV", "GEOGOV")),
        ("Молдавия заморозила в апреле участие в СНГ.", ("SANCTION", "MDA", "IGOCIS")),
        ("МИД Армении отверг претензии Баку.", ("REJECT", "ARMGOV", "AZEGOV")),
        ("МИД Грузии заявил протест Баку.", ("ACCUSE", "GEOGOV", "AZEGOV")),
        ("Следующее учение Россия и Китай проведут в мае.", ("AGREE", "RUS", "CHN")),
        ("Казахстанские пограничники ликвидировали двух боевиков.", ("ASSAULT", "KAZMIL", None)),
        ("Польша закрыла границу с Литвой.", ("SANCTION", "POL", "LTU")),
        ("Сотрудники полиции Киргизии задержали трех граждан.", ("COERCE", "KGZCOP", None)),
        ("Вооруженные силы Армении и Ирана завершили совместные учения.", ("COOPERATE", "ARMMIL", "IRNMIL")),
    ],
)
def test_event_rules_of_agency_copy(text, triple):
    *_r, events = _run(text)
    assert triple in _triples(events), _triples(events)


def test_each_coordinated_recipient_is_an_event():
    *_r, events = _run("Президент Латвии обвинил Минск и Москву в провокациях.")
    assert {("ACCUSE", "LVAGOV", "BLRGOV"), ("ACCUSE", "LVAGOV", "RUSGOV")} <= _triples(events), _triples(events)


def test_relative_pronoun_is_the_noun_it_agrees_with():
    text = "Британия ввела санкции против казахской компании, которую в Лондоне подозревают в поставках оружия."
    *_r, events = _run(text)
    assert {("SANCTION", "GBR", "KAZ"), ("ACCUSE", "GBRGOV", "KAZ")} <= _triples(events), _triples(events)


def test_a_place_name_in_quotes_after_a_noun_is_a_title():
    *_r, events = _run("Напомним, учение «Запад» прошло в прошлом году.")
    assert not events, _triples(events)


@pytest.mark.parametrize(
    "text,triple",
    [
        ("Индия не может поддержать резолюцию.", ("REJECT", "IND", None)),
        ("Индия и Пакистан обменялись артиллерийскими ударами.", ("ASSAULT", "IND", "PAK")),
        ("Россия и Китай договорились провести совместные учения.", ("AGREE", "RUS", "CHN")),
        (
            "Евросоюз ввел санкции против трех киргизских банков, обвинив их в помощи России.",
            ("ACCUSE", "IGOEU", "KGZ"),
        ),
        ("Евросоюз включил две казахстанские компании в санкционный список.", ("SANCTION", "IGOEU", "KAZ")),
        ("В Москве решение Брюсселя назвали провокацией.", ("ACCUSE", "RUSGOV", "IGOEU")),
        ("Заявление принято не было: министр обороны Индии отказался его подписать.", ("REJECT", "INDMIL", None)),
        ("Алиев и Пашинян парафировали соглашение.", ("SUPPORT", "AZEGOV", "ARMGOV")),
        ("Москва продолжит сотрудничество с Астаной.", ("AGREE", "RUSGOV", "KAZGOV")),
        ("В Минобороны Армении эту информацию назвали дезинформацией.", ("REJECT", "ARMMIL", None)),
    ],
)
def test_event_rules_checked_on_dev3(text, triple):
    *_r, events = _run(text)
    assert triple in _triples(events), _triples(events)


def test_refusal_and_agreed_acts_are_not_coded_as_the_act():
    *_r, events = _run("Россия и Китай договорились провести совместные учения.")
    assert not any(e.type == "COOPERATE" for e in events), _triples(events)
    *_r, events = _run("Индия не может поддержать резолюцию.")
    assert all(not e.hypothetical for e in events), [e.to_dict() for e in events]


def test_plural_cue_without_subject_has_the_place_as_speaker():
    _m, _c, quotes, _e = _run("В Ереване напомнили, что переговоры продолжатся в мае.")
    assert [q.speaker.country for q in quotes if q.speaker] == ["ARM"], _said(quotes)


def test_pronoun_after_a_role_subject_is_the_person_the_role_names():
    text = (
        "Министр обороны России Андрей Белоусов прибыл в Минск. "
        "Глава российского военного ведомства провел встречу с министром обороны Белоруссии Виктором Хрениным. "
        "Он сообщил, что учения пройдут в сентябре."
    )
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes if "учения пройдут" in q.text] == ["Andrei Belousov"], _said(quotes)


def test_converb_cue_after_a_misparsed_subject():
    text = "Коммюнике принято не было: министр обороны Индии отказался его подписать, сочтя, что текст несбалансирован."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.country for q in quotes if "текст" in q.text] == ["IND"], _said(quotes)


def test_a_transliterated_name_takes_the_office_holders_spelling():
    mentions, *_ = _run("Министр обороны Азербайджана Закир Гасанов прибыл в Душанбе.")
    assert any(m.name == "Zakir Hasanov" for m in mentions), [m.name for m in mentions]


def test_a_pronoun_outside_a_quote_is_not_a_person_named_inside_it():
    text = "Советник президента Ирана Али Акбар Велаяти выступил в Тегеране.\n\n«Трамп проиграет», — заявил он."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == ["Ali Akbar Velayati"], _said(quotes)


def test_bare_republic_is_the_dateline_country():
    text = "Заголовок\n\nАлматы, 3 марта. Учения начались, сообщили в Министерстве обороны республики."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.country for q in quotes if q.speaker] == ["KAZ"], _said(quotes)


def test_a_lone_surname_meets_the_full_name_under_the_loose_key():
    text = "Саидов встретился с Амиром Ханом Муттаки. Муттаки заверил, что работы продолжатся."
    _m, _c, quotes, _e = _run(text)
    assert [q.speaker.name for q in quotes] == ["Amir Khan Muttaqi"], _said(quotes)


def test_partners_behind_a_chain_of_modifiers():
    *_r, events = _run("Военнослужащие сил противовоздушной обороны Армении и Ирана провели совместную тренировку.")
    assert ("COOPERATE", "ARMMIL", "IRNMIL") in _triples(events), _triples(events)


def test_dopustil_is_a_cue():
    _m, _c, quotes, _e = _run(
        "Если переговоры затянутся, Минск может закрыть границу, допустил министр обороны Белоруссии."
    )
    assert [q.speaker.country for q in quotes if q.speaker] == ["BLR"], _said(quotes)


def test_conjoined_cue_shares_the_subject_and_a_report_inside_words_is_theirs():
    text = "Министр обороны Польши назвал учения угрозой и заявил, что Варшава усилит границу."
    _m, _c, quotes, events = _run(text)
    assert [q.speaker.country for q in quotes if "Варшава" in q.text] == ["POL"], _said(quotes)
    assert ("ACCUSE", "POLMIL", None) in _triples(events), _triples(events)
    text = "В Кремле считают, что санкции незаконны, заявил пресс-секретарь президента России Дмитрий Песков."
    _m, _c, quotes, _e = _run(text)
    assert {q.speaker.name for q in quotes} == {"Dmitry Peskov"}, _said(quotes)


@pytest.mark.parametrize(
    "text,triple",
    [
        ("Государственный департамент США призвал Минск к сдержанности.", ("REQUEST", "USAGOV", "BLRGOV")),
        ("Токио передал Москве и Пекину серьезную обеспокоенность.", ("ACCUSE", "JPNGOV", "CHNGOV")),
        ("Жогорку Кенеш Киргизии ратифицировал соглашение с Казахстаном.", ("SUPPORT", "KGZLEG", "KAZ")),
    ],
)
def test_event_rules_checked_on_dev5(text, triple):
    *_r, events = _run(text)
    assert triple in _triples(events), _triples(events)


@pytest.mark.parametrize(
    "text,triple",
    [
        ("МИД Армении обвинил российские СМИ в предвзятости.", ("ACCUSE", "ARMGOV", "RUSMED")),
        ("Президент Киргизии поблагодарил Россию за помощь.", ("SUPPORT", "KGZGOV", "RUS")),
    ],
)
def test_event_rules_checked_on_dev6(text, triple):
    *_r, events = _run(text)
    assert triple in _triples(events), _triples(events)
