"""Round-B constructions of Russian agency copy on sentences of our own
(natasha): «назвал X «попыткой <враждебный инфинитив>»», «назвал обвинения
абсурдными»."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _counted(text, published="2026-05-01"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    *_, events = extract_text(text, published)
    return triples(events)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Официальный представитель МИД Литвы назвал заявление Минска «попыткой отвлечь внимание от проблем».",
            ("ACCUSE", "LTUGOV", "BLRGOV"),
        ),
        (
            "Министр иностранных дел Польши назвал действия Москвы «попыткой вмешаться во внутренние дела».",
            ("ACCUSE", "POLGOV", "RUSGOV"),
        ),
        (
            "Президент Молдавии назвала заявление Кремля попыткой дестабилизировать ситуацию.",
            ("ACCUSE", "MDAGOV", "RUSGOV"),
        ),
    ],
)
def test_an_attempt_with_a_hostile_infinitive_is_an_accusation(text, want):
    assert want in _counted(text)


def test_a_neutral_infinitive_under_the_complement_is_no_event():
    assert not _counted("Президент Казахстана назвал главной задачей укрепить сотрудничество с Китаем.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Президент Армении назвал обвинения Баку беспочвенными.", ("REJECT", "ARMGOV", "AZEGOV")),
        ("Министр иностранных дел Эстонии Маргус Цахкна назвал обвинения «абсурдными».", ("REJECT", "ESTGOV", None)),
    ],
)
def test_calling_accusations_absurd_rejects_them(text, want):
    got = _counted(text)
    assert want in got and not any(t[0] == "ACCUSE" for t in got), got


def _speakers(text):
    from accord.ru.extract import extract_text

    _m, _c, quotes, _e = extract_text(text, "2026-05-01")
    return [(q.text, q.speaker.code if q.speaker else None) for q in quotes]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Как сообщили в пресс-службе Тихоокеанского флота, в Японском море проходят учения.", "RUSMIL"),
        ("Как сообщили в пресс-службе Южного военного округа, военнослужащие провели стрельбы.", "RUSMIL"),
        ("Как сообщили в пресс-службе Каспийской флотилии, корабли вышли в море.", "RUSMIL"),
    ],
)
def test_russian_fleets_and_military_districts_are_russian_military(text, code):
    assert [c for _t, c in _speakers(text)] == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Как сообщили в пресс-службе министерства обороны Киргизии, учения начались во вторник. "
        "По данным пресс-службы, Казахстан прислал на учения наблюдателей.",
        "Пресс-служба Минобороны Киргизии сообщила, что военные прибыли в Ош. "
        "Как уточнили в пресс-службе, учения продлятся неделю.",
    ],
)
def test_a_bare_press_service_is_the_body_that_spoke_last(text):
    assert [c for _t, c in _speakers(text)] == ["KGZMIL", "KGZMIL"]


def test_a_bare_press_service_after_a_news_agency_has_no_speaker():
    text = "Как сообщил ТАСС, учения начались. По данным пресс-службы, в них участвуют тысячи военных."
    assert all(c is None for _t, c in _speakers(text))


@pytest.mark.parametrize(
    ("text", "igo"),
    [
        (
            "Учения ОДКБ «Взаимодействие» начались в Белоруссии. "
            "В маневрах участвуют подразделения России, Белоруссии, Казахстана и Киргизии.",
            "IGOCSTO",
        ),
        (
            "Масштабные учения НАТО стартовали в Польше. В маневрах участвуют военнослужащие из Польши, США и Литвы.",
            "IGONATO",
        ),
        ("В учениях ШОС участвуют военные Китая, России и Пакистана.", "IGOSCO"),
    ],
)
def test_an_organizations_drills_are_its_own_act_whoever_takes_part(text, igo):
    """The sample's gold (three articles of CSTO and NATO drills with their
    participants named) codes an organization's drills once, with no
    recipient, not once per participant."""
    got = _counted(text)
    assert {t for t in got if t[0] == "COOPERATE"} == {("COOPERATE", igo, None)}, got


def test_drills_of_states_with_no_organization_stay_pairwise():
    got = _counted("В учениях участвуют подразделения России, Белоруссии и Казахстана.")
    assert len({t for t in got if t[0] == "COOPERATE"}) == 3, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "«Китай — наш стратегический партнер и союзник», — заявил президент Таджикистана.",
            ("SUPPORT", "TJKGOV", "CHN"),
        ),
        (
            "Президент Казахстана заявил, что Китай зарекомендовал себя как надежный партнер.",
            ("SUPPORT", "KAZGOV", "CHN"),
        ),
        (
            "«Россия является нашим стратегическим союзником», — сказал президент Белоруссии.",
            ("SUPPORT", "BLRGOV", "RUS"),
        ),
        ("Президент Азербайджана заявил, что Турция остается братским союзником.", ("SUPPORT", "AZEGOV", "TUR")),
    ],
)
def test_a_state_called_a_partner_or_ally_in_a_quote_is_praised(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "«Китай — наш крупнейший торговый партнер», — заявил президент Таджикистана.",
        "«Россия не является нашим союзником», — сказал министр иностранных дел Литвы.",
    ],
)
def test_a_trade_partner_or_a_denied_ally_is_no_praise(text):
    assert not any(t[0] == "SUPPORT" for t in _counted(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("«Мы не допустим этого», — заявил замминистра Андрей Николаев.", "Andrei Nikolaev"),
        ("«Это неприемлемо», — сказал генерал Алексей Беляев.", "Alexei Belyaev"),
        ("Посол Сергей Алексеев заявил, что переговоры продолжатся.", "Sergei Alekseev"),
        ("Министр Айбек Толубаев заявил, что граница открыта.", "Aibek Tolubayev"),
    ],
)
def test_a_slavic_name_takes_the_press_spelling_of_e_after_a_vowel(text, name):
    from accord.ru.extract import extract_text

    _m, _c, quotes, _e = extract_text(text, "2026-05-01")
    assert [q.speaker.name for q in quotes] == [name]


def test_a_named_unit_of_a_body_takes_the_bodys_sector():
    text = "Гражданин Эстонии задержан в Псковской области, сообщили в ЦОС ФСБ России."
    assert [c for _t, c in _speakers(text)] == ["RUSSPY"]
    assert ("COERCE", "RUSSPY", "EST") in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "В МИД Латвии заявили, что уже направили российской стороне ноту с требованием объяснений.",
            ("REQUEST", "LVAGOV", "RUS"),
        ),
        ("Казахстан направил Киргизии ноту с требованием разъяснений.", ("REQUEST", "KAZ", "KGZ")),
        ("МИД Польши направил Белоруссии ноту протеста.", ("ACCUSE", "POLGOV", "BLR")),
    ],
)
def test_a_note_with_a_demand_is_a_request(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Министры обороны Казахстана и Киргизии подписали план сотрудничества. "
            "Ранее в этом году военные двух стран провели совместные учения в Ошской области.",
            ("COOPERATE", "KAZMIL", "KGZMIL"),
        ),
        (
            "Узбекистан передал Таджикистану партию зерна. Правительства обеих стран договорились расширить торговлю.",
            ("AGREE", "UZBGOV", "TJKGOV"),
        ),
    ],
)
def test_the_two_countries_after_an_act_of_two_states_are_those_two(text, want):
    assert want in _counted(text)


def test_a_bare_press_service_is_the_body_whose_press_service_was_named():
    text = (
        "Пресс-служба МИД Узбекистана сообщила о визите министра. "
        "Как отметили в пресс-службе, министр проведет переговоры в Ташкенте."
    )
    assert [c for _t, c in _speakers(text)] == ["UZBGOV"]


def test_a_press_service_of_a_bare_noun_is_the_body_named_with_it():
    text = "Корабли Северного флота вышли в Баренцево море, сообщили в пресс-службе флота."
    assert [c for _t, c in _speakers(text)] == ["RUSMIL"]
