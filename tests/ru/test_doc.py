"""natasha -> spaCy Doc (needs natasha: marker ``ru``). Sentences are ours."""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.ru

TEXT = (
    "  Министр обороны России Сергей Шойгу провёл переговоры с коллегой из Казахстана в Минске.\n\n"
    "«Мы готовы к диалогу», — заявил он журналистам.  \n"
    "— Соглашение не было подписано, — сказал глава МИД Казахстана Мурат Нуртлеу.\n"
)


@pytest.fixture(scope="module")
def doc():
    from accord.ru import analyze

    return analyze(TEXT)


def test_text_and_offsets_are_the_inputs(doc):
    assert doc.text == TEXT
    assert doc.lang_ == "ru"
    for tok in doc:
        assert TEXT[tok.idx : tok.idx + len(tok.text)] == tok.text


def test_lemmas_pos_and_morphology(doc):
    by = {t.text: t for t in doc}
    assert by["провёл"].lemma_ == "провести"
    assert by["провёл"].pos_ == "VERB"
    assert by["России"].lemma_ == "россия"
    assert by["России"].morph.get("Case") == ["Gen"]
    assert by["\n\n"].pos_ == "SPACE"


def test_every_sentence_is_one_tree(doc):
    sents = list(doc.sents)
    assert len(sents) == 3
    for sent in sents:
        roots = [t for t in sent if t.head.i == t.i]
        assert len(roots) == 1
        for tok in sent:
            assert len(list(tok.ancestors)) < len(sent)  # ends: no cycle
            assert sent.start <= tok.head.i < sent.end


def test_entities_with_normal_forms(doc):
    ents = {(e.text, e.label_): e._.normal for e in doc.ents}
    assert ents[("Сергей Шойгу", "PER")] == "Сергей Шойгу"
    assert ents[("Казахстана", "LOC")] == "Казахстан"
    assert ents[("Минске", "LOC")] == "Минск"
    assert ("Мурат Нуртлеу", "PER") in ents


def test_ud_grammar_reads_the_converted_doc(doc):
    from accord.syntax import grammar

    g = grammar(doc)
    said = next(t for t in doc if t.text == "заявил")
    assert g.is_(said, "parataxis")
    assert g.speech_clause(said).text == "готовы"
    assert [t.text for t in g.subjects(said)] == ["он"]
    signed = next(t for t in doc if t.text == "подписано")
    assert g.negated(signed)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\u200b", "Да.\n\xad\nНет.", "Привет.\n \u200b \nПока."])
def test_wordless_sentences_do_not_crash_the_parser(text):
    from accord.ru import analyze

    d = analyze(text)
    assert d.text == text
    assert all(t.pos_ in ("SPACE", "X") for t in d if not any(c.isalnum() or c == "." for c in t.text))


def test_pymorphy3_without_pkg_resources():
    from accord.ru.models import morph_vocab

    v = morph_vocab()
    assert "pymorphy3" in type(v).__mro__[1].__module__
    assert v.lemmatize("России", "PROPN", {"Case": "Gen", "Number": "Sing"}) == "россия"
    assert "pkg_resources" not in sys.modules


def test_repairs_are_counted():
    from accord.ru.doc import Stats, analyze

    st = Stats()
    analyze("Учения прошли в Казахстане. Переговоры продолжатся завтра.", st)
    assert st.sentences == 2
    assert sum(st.repaired.values()) <= 2


@pytest.mark.parametrize(
    "text, first",
    [
        ("Алматы. 5 мая. ИНТЕРФАКС - Пограничники двух стран провели совместный рейд.", "ИНТЕРФАКС -"),
        ("ОШ, 5 мая. КАБАР – Министр провел встречу с послом.", "КАБАР –"),
    ],
)
def test_a_wire_signature_is_a_sentence_of_its_own(text, first):
    from accord.ru import analyze

    sents = [s.text.strip() for s in analyze(text).sents]
    assert first in sents
    assert sents[-1].startswith(first.split()[0]) is False


def test_a_dash_after_another_word_is_no_signature():
    from accord.ru import analyze

    sents = [s.text for s in analyze("Москва, 5 мая. НАТО – крупнейший военный блок.").sents]
    assert any(s.startswith("НАТО –") and s.endswith("блок.") for s in sents)


@pytest.mark.parametrize(
    "text, lead_subject",
    [
        ("ГРОДНО, 12 марта (БелТА) – Пограничники задержали двух нарушителей.", "Пограничники"),
        ("Хорог /ГБАО/, 3 июл — Военные двух стран провели учения.", "Военные"),
        ("Заголовок\n\nАКТАУ, 7 октября – Делегации подписали меморандум.", "Делегации"),
    ],
)
def test_a_dateline_with_a_dash_is_cut_from_the_lead(text, lead_subject):
    from accord.ru import analyze

    doc = analyze(text)
    lead = list(doc.sents)[-1]
    assert lead.text.startswith(lead_subject)
    assert [t.text for t in lead if t.dep_ == "nsubj"] == [lead_subject]


def test_a_date_inside_a_paragraph_is_no_dateline():
    from accord.ru import analyze

    text = "Учения прошли успешно. Россия, 17 июня — день подписания договора."
    assert [s.text for s in analyze(text).sents][-1].startswith("Россия, 17 июня —")
