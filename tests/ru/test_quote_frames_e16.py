"""Round E agency frames on sentences of our own (natasha): a speaker the
parser hung on an opening converb clause («Открывая форум, министр …
отметил, что …»), and a bare document («В документе подчеркивается», «в
нем отмечается», «отмечается в сообщении») that is the statement or the
report a coded body made a sentence before."""

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
            "Открывая учения, заместитель министра обороны России генерал-полковник Иван Сидоров отметил, "
            "что их сценарий предусматривает освобождение поселка.",
            "Sidorov",
        ),
        (
            "Открывая форум, министр обороны Казахстана генерал-лейтенант Руслан Жаксылыков подчеркнул, "
            "что армия готова к любым вызовам.",
            "Zhaksylykov",
        ),
    ],
)
def test_the_speaker_after_an_opening_converb_clause(text, name):
    (q,) = _quotes(text)
    assert q.speaker is not None and q.speaker.name and q.speaker.name.endswith(name)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "МИД Литвы опубликовал ноту протеста. В документе подчеркивается, что Вильнюс требует объяснений.",
            "LTUGOV",
        ),
        (
            "Министерство обороны Азербайджана распространило заявление. "
            "В нем отмечается, что армянская сторона обстреляла позиции.",
            "AZEMIL",
        ),
        (
            "Пресс-служба МВД Грузии сообщила о задержании троих граждан. "
            "Задержанные подозреваются в шпионаже, отмечается в сообщении.",
            "GEOCOP",
        ),
    ],
)
def test_a_bare_document_is_the_one_a_body_issued_just_before(text, code):
    (q,) = _quotes(text)
    assert q.speaker is not None and q.speaker.code == code


def test_a_bare_document_far_from_any_body_has_no_speaker():
    text = (
        "МИД Литвы опубликовал ноту протеста. Погода в Вильнюсе была теплой. Улицы были пусты. "
        "Магазины закрылись рано. Вечером прошел дождь. В документе подчеркивается, что Вильнюс требует объяснений."
    )
    qs = [q for q in _quotes(text) if q.text.startswith("Вильнюс требует")]
    assert all(q.speaker is None for q in qs)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("По заявлению Министерства обороны Украины, российские войска обстреляли Херсон.", "UKRMIL"),
        ("Согласно заявлению МИД Польши, посол России вызван в министерство.", "POLGOV"),
        ("По подсчетам Министерства обороны Израиля, в результате обстрела погибли трое.", "ISRMIL"),
    ],
)
def test_by_the_statement_of_a_body(text, code):
    (q,) = _quotes(text)
    assert q.speaker is not None and q.speaker.code == code
