import pytest

import accord
from accord.errors import InputError
from accord.pipeline import process
from accord.readers import RawArticle

pytestmark = pytest.mark.model

PARA = "The defence ministers of Kazakhstan and Kyrgyzstan agreed to hold joint drills next spring."


def test_extract_api_strings_and_dicts(nlp):
    recs = list(
        accord.extract(
            [
                "Russia and China held talks in Beijing.",
                {"id": "d1", "text": "NATO ministers met in Brussels.", "published": "2024-02-01"},
            ],
            published="2024-05-16",
            nlp=nlp,
        )
    )
    assert [r.published for r in recs] == ["2024-05-16", "2024-02-01"]
    assert recs[1].id == "d1"
    for r in recs:
        d = r.to_dict()
        for m in d["mentions"]:
            assert d["text"][m["start"] : m["end"]] == m["text"]


def test_extract_rejects_bad_published():
    with pytest.raises(ValueError):
        list(accord.extract(["x"], published="16 May 2024"))


def test_load_exposes_results_on_doc(nlp):
    names = nlp.pipe_names
    assert names.index("accord_paragraphs") < names.index("parser")
    assert [p for p in names if p in ("accord_actors", "accord_quotes", "accord_events")] == [
        "accord_actors",
        "accord_quotes",
        "accord_events",
    ]
    assert names[-3:] == ["accord_actors", "accord_quotes", "accord_events"]
    doc = nlp.make_doc("Kazakhstan said on Monday it would join the exercise.")
    doc._.published = "2024-05-16"
    doc = nlp(doc)
    assert isinstance(doc._.mentions, list) and isinstance(doc._.quotes, list) and isinstance(doc._.events, list)


def test_duplicate_paragraph_dropped_and_offsets_valid(nlp):
    text = f"Title line\n\n{PARA}\n\n{PARA}\n\nOfficials in Bishkek confirmed the plan."
    [rec] = list(accord.extract([text], nlp=nlp))
    assert rec.text.count(PARA) == 1
    assert any("duplicate paragraph removed" in w for w in rec.warnings)
    for m in rec.mentions:
        assert rec.text[m.start : m.end] == m.text


def test_errors_pass_through_in_order(nlp):
    items = [
        RawArticle("First article about Armenia."),
        InputError("x.jsonl:2", "malformed JSON"),
        RawArticle("Second article about Azerbaijan."),
    ]
    out = list(process(items, nlp, batch_size=2))
    assert [type(o).__name__ for o in out] == ["Record", "InputError", "Record"]
    assert "Armenia" in out[0].text and "Azerbaijan" in out[2].text


def test_component_crash_on_one_doc_does_not_stop_batch(nlp, monkeypatch):

    comp = nlp.get_pipe("accord_quotes")
    original = type(comp).__call__

    def flaky(self, doc):
        if "boom" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    from accord.nlp import safe_component

    monkeypatch.setattr(type(comp), "__call__", safe_component("accord_quotes")(flaky))
    recs = list(accord.extract(["A boom article.", "A calm article about Georgia."], nlp=nlp))
    assert len(recs) == 2
    assert any("accord_quotes failed" in w for w in recs[0].warnings)
    assert not any("failed" in w for w in recs[1].warnings)


def test_model_fallback_message(monkeypatch):
    from accord.errors import ModelNotFound
    from accord.nlp import load_model

    with pytest.raises(ModelNotFound, match="pip install"):
        load_model("no_such_model_package_xyz")


def test_paragraph_breaks_are_sentence_breaks(nlp):
    doc = nlp(
        "Troops begin drills in Tajikistan\n\nDUSHANBE - Soldiers from five countries began drills on Monday."
        "\nThe ministry said the drills were\nroutine."
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Troops begin drills in Tajikistan"
    assert any(s.startswith("The ministry said the drills were\nroutine") for s in sents)


@pytest.mark.ru
def test_a_russian_article_whose_analysis_fails_is_kept_with_a_warning(monkeypatch):
    import accord.ru

    def broken(text, stats=None):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(accord.ru, "analyze", broken)
    from accord.pipeline import extract

    [rec] = list(extract(["Министр обороны России заявил, что учения пройдут в сентябре у границы."]))
    assert rec.language == "ru" and rec.events == [] and rec.quotes == []
    assert any("Russian analysis failed (RuntimeError: parser exploded)" in w for w in rec.warnings)


def test_place_names_are_looked_up_once_per_batch(nlp, monkeypatch):
    import accord.pipeline as pipeline

    batches = []
    real = pipeline.prefetch_records
    monkeypatch.setattr(pipeline, "prefetch_records", lambda recs: batches.append(len(recs)) or real(recs))
    items = [RawArticle(f"Troops from Kazakhstan arrived in Bishkek on day {i}.") for i in range(3)]
    out = list(process(items + [InputError("x", "bad")], nlp, batch_size=2))
    assert batches == [2, 1]  # one lookup for each batch's records, the error passed through
    assert [type(r).__name__ for r in out] == ["Record", "Record", "Record", "InputError"]
