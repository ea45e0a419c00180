"""The Russian sample scorer's speaker judge (accord.ru.score)."""


def test_an_office_holder_alias_is_the_same_speaker():
    from types import SimpleNamespace

    from accord.ru.score import _speaker_ok

    # office_holders lists "Khawaja Asif" as the alias of "Khawaja Muhammad Asif"
    sp = SimpleNamespace(name="Khawaja Muhammad Asif", country="PAK", org=None)
    assert _speaker_ok({"speaker": "Khawaja Asif"}, sp)
    assert _speaker_ok({"speaker": "khawaja muhammad asif"}, sp)
    assert not _speaker_ok({"speaker": "Asif Ali Zardari"}, sp)


def test_an_organisation_speaker_matches_by_org_or_code():
    from types import SimpleNamespace

    from accord.ru.score import _speaker_ok

    sp = SimpleNamespace(name=None, country=None, org="CSTO", code="IGOCSTO")
    assert _speaker_ok({"speaker_country": "CSTO"}, sp)
    assert _speaker_ok({"speaker_country": "IGOCSTO"}, sp)
    assert not _speaker_ok({"speaker_country": "IGOSCO"}, sp)
