"""Round E quote sources on sentences of our own (natasha): an acronym
speaker is the body named before that it abbreviates («по данным ГПС»,
«в пресс-службе СГБ», a bracketed «(ISI)»), and a bare «говорится в
сообщении» carries on the source of the statement just named."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _quotes(text):
    from accord.ru.extract import extract_text

    return extract_text(text)[2]


@pytest.mark.parametrize(
    ("text", "said", "code"),
    [
        (
            "Государственная пограничная служба Узбекистана задержала трех нарушителей границы.\n\n"
            "По данным ГПС, нарушители пытались перейти границу ночью.",
            "нарушители пытались",
            "UZB",
        ),
        (
            "Служба государственной безопасности Грузии задержала двух граждан. Как сообщили в пресс-службе СГБ, "
            "задержанные собирали сведения о воинских частях.",
            "задержанные собирали",
            "GEO",
        ),
        (
            "Межведомственное разведывательное управление (ISI) Пакистана провело операцию в Белуджистане. "
            "По данным ISI, уничтожены два лагеря боевиков.",
            "уничтожены два лагеря",
            "PAK",
        ),
    ],
)
def test_an_acronym_speaker_is_the_body_it_abbreviates(text, said, code):
    (q,) = [q for q in _quotes(text) if q.text.startswith(said)]
    assert q.speaker is not None and q.speaker.country == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Министерство обороны Казахстана провело учения на полигоне, говорится в заявлении ведомства. "
            "В учениях участвовали более 500 военнослужащих, говорится в сообщении.",
            "KAZMIL",
        ),
        (
            "Китай выразил протест Японии, сообщила пресс-служба МИД КНР. "
            "Протест связан с визитом японской делегации на Тайвань, говорится в сообщении.",
            "CHNGOV",
        ),
    ],
)
def test_a_bare_report_noun_carries_on_the_statement_just_named(text, code):
    qs = _quotes(text)
    assert len(qs) == 2 and all(q.speaker is not None and q.speaker.code == code for q in qs)


def test_an_acronym_named_nowhere_before_stays_unresolved():
    (q,) = _quotes("По данным ГПС, нарушители пытались перейти границу ночью.")
    assert q.speaker is None
