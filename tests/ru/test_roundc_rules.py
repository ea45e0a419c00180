"""Round-C constructions of Russian agency copy on sentences of our own
(natasha): denial of involvement, the threat idiom «ответ не заставит себя
ждать», and the others of /work/roundC_causes.md's RU events list."""

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
        ("Эстонская сторона отрицает свою причастность.", ("REJECT", "EST", None)),
        ("Латвийская сторона свою причастность к инциденту отрицает.", ("REJECT", "LVA", None)),
        ("Министерство обороны Армении отрицает обвинения Баку.", ("REJECT", "ARMMIL", "AZEGOV")),
    ],
)
def test_denying_involvement_is_a_rejection(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Мария Захарова заявила, что ответ Москвы «не заставит себя ждать».", ("THREATEN", "RUSGOV", None)),
        (
            "Министр иностранных дел Литвы Кястутис Будрис заявил, что ответ Вильнюса не заставит себя ждать.",
            ("THREATEN", "LTUGOV", None),
        ),
        ("Ответ России не заставит себя ждать.", ("THREATEN", "RUS", None)),
    ],
)
def test_a_response_that_will_not_keep_itself_waiting_is_a_threat(text, want):
    assert want in _counted(text)


def test_a_plain_negated_wait_is_no_threat():
    assert not [t for t in _counted("Россия не заставит партнеров ждать поставок.") if t[0] == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Литва выслала трех российских дипломатов.", ("SANCTION", "LTU", "RUSGOV")),
        ("Польша объявила персоной нон грата сотрудника посольства Белоруссии.", ("SANCTION", "POL", "BLRGOV")),
        ("Москва объявила персоной нон грата сотрудника латвийского посольства.", ("SANCTION", "RUSGOV", "LVAGOV")),
        ("Эстония выслала временного поверенного в делах России.", ("SANCTION", "EST", "RUSGOV")),
        (
            "Ранее корабли Северного флота провели совместные учения с ВМС Норвегии в Баренцевом море.",
            ("COOPERATE", "RUSMIL", "NORMIL"),
        ),
        (
            "Каспийская флотилия провела учения с военно-морскими силами Азербайджана.",
            ("COOPERATE", "RUSMIL", "AZEMIL"),
        ),
    ],
)
def test_diplomats_and_embassies_are_government_navies_military(text, want):
    assert want in _counted(text)


def test_a_bare_embassy_is_the_one_named_in_full_before():
    from accord.ru.extract import extract_text

    text = (
        "Министерство иностранных дел Эстонии объявило персоной нон грата советника посольства России в Таллине, "
        "сообщили РИА Новости в посольстве."
    )
    quotes = extract_text(text, "2026-05-01")[2]
    assert [q.speaker.code for q in quotes if q.speaker is not None] == ["RUSGOV"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Временный поверенный в делах Польши вызван в МИД Беларуси, где ему вручена нота протеста. "
            "Об этом сообщил официальный представитель МИД Беларуси Анатолий Глаз.",
            ("ACCUSE", "BLRGOV", "POLGOV"),
        ),
        ("Посол Литвы был вызван в Министерство иностранных дел России.", ("ACCUSE", "RUSGOV", "LTUGOV")),
        ("Временный поверенный в делах Эстонии был вызван в российский МИД.", ("ACCUSE", "RUSGOV", "ESTGOV")),
    ],
)
def test_an_envoy_summoned_to_a_ministry_is_that_ministry_s_act(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "По данным литовского МИД, российский дипломат занимался деятельностью, несовместимой с его статусом.",
            ("ACCUSE", "LTUGOV", "RUSGOV"),
        ),
        (
            "«Российское посольство систематически пытается вмешиваться во внутренние дела Латвии», - заявил "
            "министр иностранных дел Латвии.",
            ("ACCUSE", "LVAGOV", "RUSGOV"),
        ),
        (
            "«Литовские власти последовательно разрушают отношения между нашими странами», - сказала Мария Захарова.",
            ("ACCUSE", "RUSGOV", "LTUGOV"),
        ),
        (
            "Министр иностранных дел Польши заявил, что Минск пытается отвлечь внимание от внутренних проблем.",
            ("ACCUSE", "POLGOV", "BLRGOV"),
        ),
        (
            "Министр иностранных дел Латвии Байба Браже назвала заявление Минска «очередным элементом гибридной атаки».",
            ("ACCUSE", "LVAGOV", "BLRGOV"),
        ),
    ],
)
def test_charges_with_no_accusation_verb(text, want):
    assert want in _counted(text)


def test_plain_activity_is_no_charge():
    got = _counted("В МИД Эстонии заявили, что российский дипломат занимался культурной деятельностью.")
    assert not [t for t in got if t[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "В качестве наблюдателей на учения приглашены представители вооруженных сил Киргизии и Таджикистана.",
            {("AGREE", None, "KGZMIL"), ("AGREE", None, "TJKMIL")},
        ),
        (
            "На маневры были приглашены военные атташе Китая и Индии, сообщили в Минобороны России.",
            {("AGREE", "RUSMIL", "CHN"), ("AGREE", "RUSMIL", "IND")},
        ),
        ("Россия пригласила Казахстан на учения.", {("AGREE", "RUS", "KAZ")}),
    ],
)
def test_an_invitation_in_the_passive_names_its_guests(text, want):
    assert want <= set(_counted(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Корабли Балтийского флота прибыли в китайский порт Циндао для участия в совместных учениях.",
            ("CONSULT", "RUSMIL", "CHN"),
        ),
        ("Отряд кораблей Северного флота прибыл в норвежский порт Берген с визитом.", ("CONSULT", "RUSMIL", "NOR")),
        ("Отряд кораблей Тихоокеанского флота прибыл в Индию для участия в учениях.", ("CONSULT", "RUSMIL", "IND")),
        (
            "Военные России и Монголии отработали взаимодействие при ликвидации условных бандформирований.",
            ("COOPERATE", "RUSMIL", "MNGMIL"),
        ),
        ("Делегацию Казахстана в аэропорту встретил министр обороны Киргизии.", ("CONSULT", "KGZMIL", "KAZ")),
    ],
)
def test_ships_arriving_for_drills_and_drills_rehearsed(text, want):
    assert want in _counted(text)


def test_meeting_the_dawn_is_no_meeting():
    assert not [t for t in _counted("Экипажи встретили рассвет в море.") if t[0] == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Литва призвала Германию отказаться от строительства газопровода.",
        "МИД Азербайджана призвал Индию отказаться от поставок оружия Армении.",
    ],
)
def test_the_act_asked_of_another_is_not_the_caller_s(text):
    got = _counted(text)
    assert [t for t in got if t[0] == "REQUEST"] and not [t for t in got if t[0] == "REJECT"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "— Литовские спецслужбы годами вербуют жителей Калининградской области, — сказала Мария Захарова.",
            ("ACCUSE", "RUSGOV", "LTUSPY"),
        ),
        (
            "По словам министра обороны Армении, азербайджанские спецслужбы пытались завербовать армянских военных.",
            ("ACCUSE", "ARMMIL", "AZESPY"),
        ),
        (
            "«Британская разведка вербует наших граждан», — заявил министр иностранных дел России.",
            ("ACCUSE", "RUSGOV", "GBRSPY"),
        ),
    ],
)
def test_recruiting_agents_is_a_charge_and_an_intelligence_service_is_spy(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "«Это попытка Минска отвлечь внимание от внутренних проблем», — заявил министр иностранных дел Польши.",
            ("ACCUSE", "POLGOV", "BLRGOV"),
        ),
        (
            "«Мы расцениваем это как попытку Баку сорвать мирный процесс», — сказал премьер-министр Армении Никол Пашинян.",
            ("ACCUSE", "ARMGOV", "AZEGOV"),
        ),
    ],
)
def test_an_attempt_of_another_state_at_a_hostile_act_is_a_charge(text, want):
    assert want in _counted(text)


def test_a_welcomed_attempt_at_dialogue_is_no_charge():
    got = _counted("«Мы приветствуем попытку Ташкента наладить диалог», — заявил министр иностранных дел Таджикистана.")
    assert not [t for t in got if t[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Директор департамента МИД России Сергей Беляев прокомментировал учения. "
            "Он обвинил Осло в превращении северных районов страны в плацдарм.",
            ("ACCUSE", "RUSGOV", "NORGOV"),
        ),
        (
            "Заместитель начальника Генштаба Армении Артак Давтян прибыл в Тегеран. Он обвинил Баку в провокациях.",
            ("ACCUSE", "ARMMIL", "AZEGOV"),
        ),
    ],
)
def test_a_person_under_an_uncoded_title_takes_the_body_it_names(text, want):
    assert want in _counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Как сообщили в МИД Литвы, Вильнюс вызвал посла России и вручил ему ноту протеста.",
        "Как сообщили в МИД Латвии, Рига вызвала временного поверенного в делах Беларуси и передала ему ноту протеста.",
    ],
)
def test_him_after_a_summons_is_the_envoy_summoned(text):
    got = _counted(text)
    assert not [t for t in got if t[0] == "ACCUSE" and t[2] is None], got
