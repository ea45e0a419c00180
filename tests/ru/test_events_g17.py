"""Round G rules of accord.ru.events and accord.ru.actors on sentences of
our own (natasha): a dateline agency before the doer, restrictive measures,
an acronym subject whose case the tagger misreads, the speaker of a
conditional threat, pronouns after an unnamed spokesman, the states of a
role with «из», coast guards, judges and enterprises."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _counted(text, published="2026-09-01"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    *_, events = extract_text(text, published)
    return set(triples(events))


def _codes(text, published="2026-09-01"):
    from accord.ru.extract import extract_text

    mentions, *_ = extract_text(text, published)
    return [(m.text, m.code) for m in mentions]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("РИГА. 2 мая. ИНТЕРФАКС - Полиция Латвии задержала в порту двух граждан Белоруссии.", "LVACOP"),
        ("ТАЛЛИН. 5 июня. ИНТЕРФАКС - Береговая охрана Эстонии задержала судно у острова Сааремаа.", "ESTCOP"),
        ("ВИЛЬНЮС. 7 июля. ИНТЕРФАКС - Полиция Литвы задержала в Каунасе трех человек.", "LTUCOP"),
    ],
)
def test_dateline_agency_is_not_the_doer(text, want):
    assert any(t == "COERCE" and a == want for t, a, _r in _counted(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Совет ЕС ввел ограничительные меры против трех граждан Ирана.", ("SANCTION", "IGOEU", "IRN")),
        ("Канада ввела новые меры против белорусских чиновников.", ("SANCTION", "CAN", "BLRGOV")),
    ],
)
def test_restrictive_measures_are_sanctions(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Посол не исключил, что если сделка состоится, США могут ввести санкции против Турции.",
        "Он добавил, что в случае новых закупок США могут ввести санкции против Турции.",
    ],
)
def test_acronym_subject_of_a_conditional_threat(text):
    assert any(t == "THREATEN" and a and a.startswith("USA") and r == "TUR" for t, a, r in _counted(text))


@pytest.mark.parametrize(
    "text",
    [
        "Представитель Государственного департамента США выступил на брифинге. "
        "Он не исключил, что в случае новых закупок США могут ввести санкции против Турции.",
        "Представитель Госдепартамента США провел брифинг. "
        "Он не исключил, что если сделка будет заключена, США могут ввести санкции против Турции.",
    ],
)
def test_the_spokesmans_threat_is_his_governments(text):
    assert ("THREATEN", "USAGOV", "TUR") in _counted(text)


def test_pronoun_after_unnamed_spokesman():
    text = "Министр обороны Индии Раджнатх Сингх прибыл в Москву. Представитель МИД Китая выступил на брифинге. Он заявил, что Пекин готов к диалогу."
    codes = dict(_codes(text))
    assert codes["Он"] == "CHNGOV"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "На учения приглашены офицеры из Казахстана и Киргизии.",
            {("AGREE", None, "KAZMIL"), ("AGREE", None, "KGZMIL")},
        ),
        (
            "В качестве наблюдателей приглашены офицеры из Армении и Белоруссии.",
            {("AGREE", None, "ARMMIL"), ("AGREE", None, "BLRMIL")},
        ),
    ],
)
def test_officers_from_two_states(text, want):
    assert want <= _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Береговая охрана Финляндии задержала судно.", "FINCOP"),
        ("Судьи Грузии отказались комментировать решение.", "GEOJUD"),
        ("Оборонные предприятия Сербии увеличили выпуск снарядов.", "SRBBUS"),
        ("Директор ФСВТС заявил журналистам, что поставки продолжатся.", "RUSGOV"),
    ],
)
def test_body_words(text, want):
    assert want in {c for _t, c in _codes(text)}


def test_representatives_take_their_bodys_sector():
    text = "На учения приглашены представители военно-морских сил Казахстана и Азербайджана."
    assert {("AGREE", None, "KAZMIL"), ("AGREE", None, "AZEMIL")} <= _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Представитель МИД России предупредил Варшаву, что Москва ответит на любые недружественные шаги.", "POL"),
        ("Министр иностранных дел Ирана предупредил Лондон, что Тегеран не оставит это без ответа.", "GBR"),
    ],
)
def test_a_warning_told_to_a_party_is_a_threat_at_it(text, want):
    assert any(t == "THREATEN" and r and r.startswith(want) for t, _a, r in _counted(text))


def test_a_warning_with_no_party_told_is_no_threat_at_anyone():
    text = "Синоптики предупредили, что завтра в Москве ожидается сильный снегопад."
    assert not any(t == "THREATEN" for t, _a, _r in _counted(text))


def test_unanswered_threat_after_own_charge():
    text = (
        "ФСБ обвинила эстонские власти в подготовке провокаций. "
        "В ФСБ предупредили, что подобные действия «не останутся без последствий»."
    )
    assert any(t == "THREATEN" and a == "RUSSPY" and r and r.startswith("EST") for t, a, r in _counted(text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Представитель Турции отверг обвинения.", "TURGOV"),
        ("Представитель министерства обороны Армении отверг обвинения.", "ARMMIL"),
    ],
)
def test_representative_codes(text, code):
    assert code in {c for _t, c in _codes(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Президент Армении поручил министру обороны Сурену Папикяну проверить готовность войск.", "ARMMIL"),
        ("Глава Казахстана поручил министру обороны Руслану Жаксылыкову усилить охрану границы.", "KAZMIL"),
    ],
)
def test_an_order_to_ones_own_minister_is_a_request(text, want):
    assert any(t == "REQUEST" and r == want for t, _a, r in _counted(text))


@pytest.mark.parametrize(
    "text",
    [
        "Евросоюз призывает власти Грузии освободить задержанных и отказаться от нового закона.",
        "Вашингтон призвал Пекин прекратить учения и отказаться от давления на соседей.",
    ],
)
def test_every_infinitive_asked_of_another_is_no_act_of_the_caller(text):
    assert not any(t == "REJECT" for t, _a, _r in _counted(text))


def test_a_given_name_that_is_a_city_is_no_place():
    codes = dict(_codes("Премьер поручил министру обороны Братиславу Петровичу подготовить доклад."))
    assert codes.get("Братиславу Петровичу") != "SVKGOV"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Пограничники Латвии задержали российский грузовик на границе.", "RUS"),
        ("Полиция Норвегии задержала судно под российским флагом.", "RUS"),
        ("Полиция Польши задержала водителя автобуса, гражданина Белоруссии.", "BLR"),
    ],
)
def test_a_party_told_by_its_state(text, want):
    assert any(t == "COERCE" and r == want for t, _a, r in _counted(text))


def test_a_thing_with_no_state_has_no_recipient():
    assert not any(r for t, _a, r in _counted("Полиция Норвегии задержала грузовик на границе.") if t == "COERCE")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Канада ввела санкции против шести граждан Ирана — трех судей и трех сотрудников полиции.",
            {("SANCTION", "CAN", "IRNJUD"), ("SANCTION", "CAN", "IRNCOP")},
        ),
        (
            "Британия ввела ограничительные меры против четырех граждан Белоруссии — двух судей и двух военных.",
            {("SANCTION", "GBR", "BLRJUD"), ("SANCTION", "GBR", "BLRMIL")},
        ),
    ],
)
def test_bodies_listed_after_a_dash(text, want):
    assert want <= _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Россия завершит поставки Вьетнаму истребителей в следующем году.", ("AGREE", "RUS", "VNM")),
        ("Франция завершит поставки Армении радаров до конца года.", ("AGREE", "FRA", "ARM")),
    ],
)
def test_a_delivery_to_be_completed_is_a_promise(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Министр иностранных дел Армении заявил журналистам по итогам переговоров с министром обороны Ирана, "
            "что стороны продолжат диалог.",
            ("CONSULT", "ARMGOV", "IRNMIL"),
        ),
        (
            "Казахстан увеличит закупки зерна, сообщил министр сельского хозяйства Казахстана по итогам "
            "переговоров с президентом Узбекистана.",
            ("CONSULT", "KAZGOV", "UZBGOV"),
        ),
    ],
)
def test_a_meeting_noun_with_a_partner_is_the_doers_meeting(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("МИД Индии выразил обеспокоенность поставками китайских вооружений в Пакистан.", ("ACCUSE", "INDGOV", "CHN")),
        ("Правительство Армении выразило возмущение действиями Азербайджана.", ("ACCUSE", "ARMGOV", "AZE")),
    ],
)
def test_concern_about_anothers_act(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Минск рассчитывает на взвешенную реакцию Варшавы.", ("REQUEST", "BLRGOV", "POLGOV")),
        ("Баку рассчитывает на решительные шаги Брюсселя.", ("REQUEST", "AZEGOV", "IGOEU")),
    ],
)
def test_counting_on_anothers_response_is_a_request(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Мы ожидаем, что польское руководство примет меры, — сказал министр иностранных дел Белоруссии.",
        "Мы надеемся, что литовская сторона примет меры, — заявил представитель МИД России.",
    ],
)
def test_an_act_hoped_of_another_is_not_its_act(text):
    assert not any(t == "THREATEN" for t, _a, _r in _counted(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Министр не исключил, что если Белград не изменит позицию, ЕС может приостановить безвизовый режим "
            "для граждан Сербии.",
            ("THREATEN", "IGOEU", "SRBGOV"),
        ),
        (
            "Посол заявил, что если Кишинев продолжит эту политику, Россия может приостановить выдачу виз "
            "гражданам Молдавии.",
            ("THREATEN", "RUS", "MDAGOV"),
        ),
    ],
)
def test_a_conditional_visa_suspension_is_a_threat_at_the_conditions_government(text, want):
    t, a, r = want
    assert any(x == t and (y or "").startswith(a[:3]) and z == r for x, y, z in _counted(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "«Казахстан является нашим надежным партнером, и мы намерены расширять сотрудничество с ним», — "
            "заявил министр обороны Киргизии.",
            "KAZ",
        ),
        (
            "«Индия — наш давний друг, и мы намерены расширять сотрудничество с ней», — заявил министр "
            "иностранных дел России.",
            "IND",
        ),
    ],
)
def test_a_pronoun_for_a_state_just_named(text, want):
    assert any(t == "AGREE" and r == want for t, _a, r in _counted(text))


def test_a_pronoun_after_a_person_is_not_the_state():
    text = "Министр встретился в Пекине с Ван И и договорился расширять сотрудничество с ним."
    assert not any(r == "CHN" for t, _a, r in _counted(text) if t == "AGREE")
