"""Language detection and routing: Cyrillic languages told from Russian.

Every sentence here is our own writing."""

from __future__ import annotations

import pytest

pycld2 = pytest.importorskip("pycld2")

from accord.errors import ConfigError  # noqa: E402
from accord.lang.detect import check_language, detect_language, route  # noqa: E402

SENTENCES = {
    "ru": [
        "Министр обороны России провёл переговоры со своим казахстанским коллегой в Астане.",
        "Учения пройдут в следующем месяце.",
    ],
    "kk": [
        "Қазақстан Республикасының Президенті бүгін Астанада шетелдік делегацияны қабылдады.",
        "Әскери жаттығулар келесі айда өтеді.",
    ],
    "ky": [
        "Кыргызстандын президенти бүгүн Бишкекте чет өлкөлүк делегацияны кабыл алды.",
        "Аскердик машыгуулар кийинки айда өтөт.",
    ],
    "tg": [
        "Президенти Ҷумҳурии Тоҷикистон имрӯз дар Душанбе бо ҳайати хориҷӣ мулоқот кард.",
        "Машқҳои ҳарбӣ моҳи оянда мегузаранд.",
    ],
    "uk": [
        "Міністр закордонних справ України сьогодні провів переговори з колегами у Києві.",
        "Навчання відбудуться наступного місяця.",
    ],
    "be": [
        "Міністр замежных спраў Беларусі сёння правёў перамовы з калегамі ў Мінску.",
        "Вучэнні адбудуцца ў наступным месяцы.",
    ],
    "mn": [
        "Монгол Улсын Ерөнхийлөгч өнөөдөр Улаанбаатар хотод гадаадын төлөөлөгчдийг хүлээн авлаа.",
        "Цэргийн сургуулилт ирэх сард болно.",
    ],
    "en": ["Russia and Kazakhstan held joint exercises near Almaty on Monday.", "Talks resumed."],
}

CASES = [(lang, s) for lang, ss in SENTENCES.items() for s in ss]


@pytest.mark.parametrize("lang,sentence", CASES)
def test_each_language_is_told_apart(lang, sentence):
    code, conf = detect_language(sentence)
    assert code == lang
    assert conf > 0.4


@pytest.mark.parametrize("lang,sentence", CASES)
def test_only_english_and_russian_get_a_pipeline(lang, sentence):
    r = route(sentence)
    if lang in ("en", "ru"):
        assert (r.pipeline, r.warning) == (lang, None)
    else:
        assert r.pipeline == "other"
        assert r.language == lang
        assert f"language {lang}" in r.warning and "no quotes or events" in r.warning


def test_override_replaces_detection():
    r = route(SENTENCES["kk"][0], override="ru")
    assert (r.language, r.pipeline, r.source, r.warning) == ("ru", "ru", "given", None)
    assert route(SENTENCES["ru"][0], override="auto").source == "detected"
    assert route("Бишкек", override="ky").pipeline == "other"


@pytest.mark.parametrize("bad", ["russian", "RUS", "r", "12"])
def test_bad_override_is_a_clear_error(bad):
    with pytest.raises(ConfigError, match="two-letter ISO 639-1"):
        check_language(bad)


@pytest.mark.parametrize("text", ["", "   ", "2024-08-16 12:00", "«»—…", "\ud800 \x00"])
def test_no_letters_is_undetermined(text):
    assert detect_language(text) == ("und", 0.0)
    r = route(text)
    assert r.pipeline == "other" and "not determined" in r.warning


def test_broken_text_does_not_raise():
    code, _ = detect_language("Министр \ud800 обороны\x00 России провёл переговоры в Москве с коллегами.")
    assert code == "ru"


def test_long_article_reads_its_opening():
    text = SENTENCES["ru"][0] * 2000
    assert detect_language(text)[0] == "ru"


def test_an_unreliable_answer_with_no_rival_language_keeps_its_confidence(monkeypatch):
    import pycld2

    def fake(text, bestEffort=True):  # noqa: N803 - pycld2's own keyword
        return False, len(text), (("RUSSIAN", "ru", 67, 900.0), ("Unknown", "un", 0, 0.0), ("Unknown", "un", 0, 0.0))

    monkeypatch.setattr(pycld2, "detect", fake)
    assert detect_language("Минобороны России сообщило о поставке.") == ("ru", 0.67)

    def rival(text, bestEffort=True):  # noqa: N803
        return False, len(text), (("RUSSIAN", "ru", 60, 900.0), ("KAZAKH", "kk", 38, 700.0), ("Unknown", "un", 0, 0.0))

    monkeypatch.setattr(pycld2, "detect", rival)
    assert detect_language("Минобороны России сообщило о поставке.") == ("ru", 0.3)
