"""Round F Russian quotes on sentences of our own (natasha): a converb clause
between the cue and the speaker («…», — заявил, открывая заседание,
министр …), a pronoun speaker right after a sentence whose quote a named
person spoke («Генеральный секретарь заявил, что … «…», — сказал он»), a
bare «следствие» for the body that reported before it, a hyphen typed for
the dash of direct speech, and straight "…" marks."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _quotes(text):
    from accord.ru.extract import extract_text

    return extract_text(text)[2]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "«Мы не допустим эскалации на наших рубежах», — заявил, открывая совещание, "
            "министр обороны Казахстана генерал-лейтенант Руслан Жаксылыков.",
            "Zhaksylykov",
        ),
        (
            "«Ответ будет соразмерным», — сказал, выступая на брифинге, "
            "официальный представитель МИД России Мария Захарова.",
            "Zakharova",
        ),
        (
            "Переговоры зашли в тупик, заявил, отвечая на вопросы журналистов, "
            "министр иностранных дел Армении Арарат Мирзоян.",
            "Mirzoyan",
        ),
    ],
)
def test_the_speaker_after_a_converb_clause_set_off_after_the_cue(text, name):
    (q,) = _quotes(text)
    assert q.speaker is not None and q.speaker.name and q.speaker.name.endswith(name)


def test_a_converb_after_the_speaker_changes_nothing():
    (q,) = _quotes("«Мы готовы к диалогу», — сказал министр обороны России Андрей Белоусов, открывая заседание.")
    assert q.speaker is not None and q.speaker.name.endswith("Belousov")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "На встрече присутствовал генеральный секретарь ОДКБ Таалатбек Масадыков. "
            "Министр обороны Таджикистана Эмомали Собирзода призвал союзников ускорить поставки.\n\n"
            "Генеральный секретарь ОДКБ заявил журналистам, что организация не получала запросов от Еревана. "
            "«Мы открыты к диалогу», — сказал он.",
            "Masadykov",
        ),
        (
            "В переговорах участвовал постоянный представитель России при ООН Василий Небензя. "
            "Министр иностранных дел Ирана Аббас Аракчи предложил провести новый раунд.\n\n"
            "Постоянный представитель России заявил, что Москва поддерживает этот формат. "
            "По его словам, переговоры пройдут в Женеве.",
            "Nebenzya",
        ),
    ],
)
def test_a_pronoun_speaker_is_the_named_person_who_spoke_just_before(text, name):
    q = _quotes(text)[-1]
    assert q.speaker is not None and q.speaker.name and q.speaker.name.endswith(name)


def test_a_pronoun_in_a_new_paragraph_keeps_its_own_reference():
    text = (
        "Министр обороны Таджикистана Эмомали Собирзода заявил, что граница под защитой.\n\n"
        "Министр обороны Казахстана Руслан Жаксылыков провел совещание. «Мы готовы помочь», — сказал он."
    )
    q = _quotes(text)[-1]
    assert q.speaker is not None and q.speaker.name.endswith("Zhaksylykov")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Полиция Франции задержала двух граждан, подозреваемых в шпионаже, сообщила Генеральная прокуратура "
            "Франции.\n\nПо данным следствия, задержанные фотографировали военные объекты.",
            "FRA",
        ),
        (
            "Сотрудники ФСБ задержали жителя Калининграда, сообщила прокуратура России.\n\n"
            "По версии следствия, мужчина передавал сведения иностранной разведке.",
            "RUS",
        ),
    ],
)
def test_a_bare_investigation_is_the_body_that_reported_before(text, code):
    (q,) = [q for q in _quotes(text) if q.start > text.index("\n")]
    assert q.speaker is not None and q.speaker.country == code


@pytest.mark.parametrize(
    "text",
    [
        "- Мы не получили никаких доказательств. Это провокация, - сказал посол России в Германии Сергей Нечаев.",
        "- Мы готовы к переговорам. Но условия не изменились, - сказал министр иностранных дел России Сергей Лавров.",
    ],
)
def test_a_hyphen_typed_for_the_dash_opens_direct_speech(text):
    (q,) = _quotes(text)
    assert q.kind == "direct" and q.text.startswith("Мы ") and q.speaker is not None


def test_a_dash_paragraph_goes_on_past_a_hyphenated_rank():
    text = (
        "— Мы отработали все задачи, — заявил министр обороны Узбекистана генерал-лейтенант Шухрат Холмухамедов. "
        "— Никто не пересекал границу."
    )
    qs = _quotes(text)
    assert [q.text for q in qs] == ["Мы отработали все задачи", "Никто не пересекал границу"]
    assert all(q.speaker is not None and q.speaker.name for q in qs)


def test_straight_marks_quote_direct_speech():
    (q,) = _quotes('"Мы не позволим запугать наше общество", - заявил министр внутренних дел Германии Нэнси Фезер.')
    assert q.kind == "direct" and q.text == "Мы не позволим запугать наше общество"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Представитель МИД Литвы заявил, что Вильнюс «лишь исполняет решения Евросоюза».",
            "Вильнюс «лишь исполняет решения Евросоюза»",
        ),
        (
            "Министр обороны Армении Сурен Папикян заявил, что учения «не направлены против соседей» "
            "и пройдут по плану.",
            "учения «не направлены против соседей» и пройдут по плану",
        ),
    ],
)
def test_a_clause_around_a_quoted_part_is_told_indirectly_whole(text, said):
    (q,) = _quotes(text)
    assert q.kind == "indirect" and q.text == said


def test_a_wholly_quoted_clause_stays_direct():
    (q,) = _quotes("Министр иностранных дел России Сергей Лавров заявил: «Мы не ищем конфронтации».")
    assert q.kind == "direct" and q.text == "Мы не ищем конфронтации"


@pytest.mark.parametrize(
    "text",
    [
        "АСТАНА, 3 мая (Казинформ) – Учения миротворческих сил завершились в Алматинской области, "
        "сообщает пресс-служба Министерства обороны Казахстана.",
        "ЕРЕВАН, 12 марта (Арменпресс) – Пограничники усилили охрану участка границы, "
        "сообщает пресс-служба Службы национальной безопасности Армении.",
    ],
)
def test_a_dateline_is_no_part_of_what_was_said(text):
    (q,) = _quotes(text)
    assert q.text.startswith(("Учения", "Пограничники"))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Казахстанский политолог Данияр Ашимбаев считает, что если санкции продлят, "
            "Астана может пересмотреть торговые соглашения с Брюсселем.",
            "если санкции",
            "с Брюсселем",
        ),
        (
            "Как считает московский военный эксперт Игорь Коротченко, если закупки продолжатся в таком темпе, "
            "Индия может в ближайшие годы стать крупнейшим после Китая покупателем российских вертолетов.",
            "если закупки",
            "российских вертолетов",
        ),
    ],
)
def test_a_condition_before_the_main_clause_is_said_with_it(text, start, end):
    (q,) = _quotes(text)
    assert q.text.startswith(start) and q.text.endswith(end)
