"""The contract's rules, checked on every record of the sample corpus."""

from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"

pytestmark = pytest.mark.model

PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
QUADS = {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}


@pytest.fixture(scope="module")
def records(nlp):
    from accord.config import settings
    from accord.pipeline import process
    from accord.readers import read

    cfg = settings()
    out = list(process(read([SAMPLE]), nlp, settings=cfg))
    assert all(hasattr(r, "to_dict") for r in out), [str(r) for r in out if not hasattr(r, "to_dict")]
    return [r.to_dict() for r in out]


def span_ok(text, span):
    return (
        span is not None
        and 0 <= span["start"] <= span["end"] <= len(text)
        and text[span["start"] : span["end"]] == span["text"]
    )


def test_every_sample_article_is_read(records):
    assert len(records) >= 30
    assert len({r["id"] for r in records}) == len(records)
    assert all(r["published"] for r in records), "every sample article has a date"


def test_no_component_failed(records):
    for r in records:
        assert not [w for w in r["warnings"] if "failed" in w], (r["id"], r["warnings"])


def test_offsets_point_at_their_text(records):
    for r in records:
        t = r["text"]
        for m in r["mentions"]:
            assert span_ok(t, m), (r["id"], m)
        for q in r["quotes"]:
            assert span_ok(t, q), (r["id"], q)
            if q["speaker"]:
                assert span_ok(t, q["speaker"]), (r["id"], q["speaker"])
            if q["cue"]:
                assert span_ok(t, q["cue"]), (r["id"], q["cue"])
        for e in r["events"]:
            assert span_ok(t, e["trigger"]), (r["id"], e["trigger"])
            s = e["sentence"]
            assert s["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= s["end"]
            for side in ("actor", "recipient"):
                if e[side]:
                    assert span_ok(t, e[side]), (r["id"], side, e[side])


def test_codes_and_categories_follow_the_ontology(records):
    for r in records:
        for m in r["mentions"]:
            if m["country"]:
                assert len(m["country"]) == 3 and m["country"].isupper()
            if m["code"]:
                # a state or organization, or a CAMEO transnational actor (IMG militant group, NGO, IGO)
                assert m["code"].isupper() and (m["country"] or m["org"] or m["code"][:3] in ("IMG", "NGO", "IGO"))
        for e in r["events"]:
            assert e["type"] in PLOVER and e["quad"] in QUADS
            assert 0.0 <= e["confidence"] <= 1.0
            if e["quote"] is not None:
                assert 0 <= e["quote"] < len(r["quotes"])
