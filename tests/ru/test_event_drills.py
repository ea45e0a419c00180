"""Drills told as the subject of their verb (accord.ru.event_drills), on
sentences of our own (natasha): «учения ОДКБ начались», «учения России и
Казахстана прошли», «стартовали учения с участием военных A, B и C»."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.ru


def _counted(text, published="2026-05-01"):
    from accord.ru.extract import extract_text
    from accord.ru.score import triples

    *_, events = extract_text(text, published)
    return sorted(triples(events), key=str)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Учения ОДКБ начались в Таджикистане в понедельник.", [("COOPERATE", "IGOCSTO", None)]),
        ("Учения НАТО стартовали в Норвегии во вторник.", [("COOPERATE", "IGONATO", None)]),
        ("Совместные учения Китая и Пакистана начались в среду.", [("COOPERATE", "CHN", "PAK")]),
        ("Российско-китайские учения начались в Японском море.", [("COOPERATE", "RUS", "CHN")]),
        ("Казахстанско-узбекские маневры завершились в пятницу.", [("COOPERATE", "KAZ", "UZB")]),
        (
            "Командно-штабные учения вооруженных сил Армении и Ирана завершились в пятницу.",
            [("COOPERATE", "ARMMIL", "IRNMIL")],
        ),
        (
            "В Белоруссии стартовали учения с участием военных России, Белоруссии и Казахстана.",
            [("COOPERATE", "BLRMIL", "KAZMIL"), ("COOPERATE", "RUSMIL", "BLRMIL"), ("COOPERATE", "RUSMIL", "KAZMIL")],
        ),
        (
            "Антитеррористические учения ОДКБ с участием военных Казахстана, Киргизии и России завершились в Алма-Ате.",
            [("COOPERATE", "IGOCSTO", None)],
        ),
    ],
)
def test_drills_as_subject_are_their_owners_and_participants(text, want):
    got = [t for t in _counted(text) if t[0] == "COOPERATE"]
    assert got == sorted(want, key=str)
