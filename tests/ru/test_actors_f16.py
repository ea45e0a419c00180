"""Round F (session 16) rules of the Russian actor layer, on sentences of our own (natasha)."""

from __future__ import annotations

import pytest

from accord.ru.romanize import _plain, by_country

pytestmark = pytest.mark.ru


def _run(text, published="2026-09-01"):
    from accord.ru.extract import extract_text

    mentions, _chains, quotes, _events = extract_text(text, published)
    return mentions, quotes


def _speakers(quotes):
    return [(q.speaker.name, q.speaker.code) for q in quotes if q.speaker is not None]


@pytest.mark.parametrize(
    ("russian", "country", "english"),
    [
        ("Халид Махмуд", "PAK", "Khalid Mahmood"),
        ("Халил Ахмед", "PAK", "Khalil Ahmed"),
        ("Масуд Хан", "PAK", "Masood Khan"),
        ("Фархад Мамедов", "AZE", "Farhad Mammadov"),
        ("Ильхам Мамедъяров", "AZE", "Ilham Mammadyarov"),
        ("Айхан Мамедли", "AZE", "Aykhan Mammadli"),
    ],
)
def test_pakistani_and_azerbaijani_names_follow_their_press_spelling(russian, country, english):
    assert by_country(_plain(russian.split()), russian, country) == english


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "«Мы видим рост угроз на западе», – заявил, открывая совещание, министр обороны Беларуси "
            "генерал-майор Петр Соколовский.",
            ("Pyotr Sokolovsky", "BLRMIL"),
        ),
        (
            "«Наши двери открыты для всех», – сказал, отвечая на вопросы журналистов, министр иностранных дел "
            "Казахстана Мурат Нуртлеу.",
            ("Murat Nurtleu", "KAZGOV"),
        ),
        (
            "«Мы не позволим давить на нас», – сказала, выступая на брифинге, официальный представитель МИД России "
            "Мария Захарова.",
            ("Maria Zakharova", "RUSGOV"),
        ),
    ],
)
def test_a_speaker_after_a_converb_clause_speaks_the_quote(text, speaker):
    _m, quotes = _run(text)
    assert _speakers(quotes) == [speaker]


def test_he_is_the_role_that_was_subject_of_the_sentence_before():
    text = (
        "На встрече был генеральный секретарь ОДКБ Таалатбек Масадыков. "
        "Министр обороны Киргизии Бакыт Осмонов призвал партнеров ускорить поставки. "
        "Генеральный секретарь ОДКБ сообщил, что организация готова помочь. "
        "«Мы поможем всем союзникам», – добавил он."
    )
    _m, quotes = _run(text)
    assert _speakers(quotes)[-1] == ("Taalatbek Masadykov", "IGOCSTO")


def test_a_title_renaming_a_title_gives_the_first_title_s_country():
    text = (
        "Представитель Индии, генеральный координатор Национального совета безопасности Раджив Мехра отверг обвинения."
    )
    mentions, _q = _run(text)
    person = next(m for m in mentions if m.text == "Раджив Мехра")
    assert (person.name, person.country) == ("Rajiv Mehra", "IND")


def test_an_organisation_does_not_take_the_country_of_its_conjunct():
    mentions, _q = _run("Баку призвал Брюссель и Ереван отказаться от продления мандата миссии.")
    brussels = next(m for m in mentions if m.text == "Брюссель")
    assert brussels.code == "IGOEU"


def test_the_eeas_is_the_eu():
    mentions, _q = _run("Официальный представитель ЕСВД Петер Стано заявил, что миссия продолжит работу.")
    assert next(m.code for m in mentions if m.text == "ЕСВД") == "IGOEU"


def test_the_investigation_is_the_body_that_investigates():
    text = (
        "Полиция Польши задержала двух граждан Белоруссии, сообщила прокуратура Польши. "
        "По данным следствия, задержанные фотографировали военные объекты."
    )
    _m, quotes = _run(text)
    told = [q.speaker.code for q in quotes if q.speaker and "фотографировали" in text[q.start : q.end]]
    assert told == ["POLJUD"]


@pytest.mark.parametrize(
    "text",
    ["Директор РАТС заявил, что угроза терроризма растет.", "Исполком РАТС провел заседание в Ташкенте."],
)
def test_the_rats_is_the_sco(text):
    mentions, _q = _run(text)
    assert next(m.code for m in mentions if m.text == "РАТС") == "IGOSCO"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Представитель Индии, генеральный координатор Национального совета безопасности Раджив Мехра "
            "отверг обвинения.",
            "Раджив Мехра",
            "INDGOV",
        ),
        ("Представитель Ирана Хоссейн Хатами отверг обвинения.", "Хоссейн Хатами", "IRNGOV"),
    ],
)
def test_a_state_s_representative_is_its_government(text, name, code):
    mentions, _q = _run(text)
    assert next(m.code for m in mentions if m.text == name) == code
