"""The sample corpus's quote gold and its scorer (``accord eval quotes
--dataset sample``), on self-written text; and checks that the gold file
itself is well formed."""

import json
from pathlib import Path

import pytest

from accord.errors import AccordError
from accord.evaluate.quote_gold import Counts, score_article, speaker_right

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "data" / "sample"

TEXT = (
    "\u201cWe will reopen the crossing,\u201d said Aigerim Sadykova, a spokeswoman for the ministry.\n\n"
    "\u201cThe trucks have waited long enough. They will move on Monday,\u201d she added.\n\n"
    "The ministry said the inspections would continue. Recall that the crossing closed in May."
)


def q(snippet, name=None, text="she", end_snippet=None):
    s = TEXT.find(snippet)
    e = TEXT.find(end_snippet) + len(end_snippet) if end_snippet else s + len(snippet)
    return {"start": s, "end": e, "text": TEXT[s:e], "speaker": {"name": name, "text": text}}


ENTRIES = [
    {"content": "We will reopen the crossing", "speaker": "Aigerim Sadykova", "kind": "direct", "cue_class": "speech"},
    {
        "content": "The trucks have waited long enough",
        "speaker": "Aigerim Sadykova",
        "kind": "direct",
        "cue_class": "speech",
    },
    {
        "content": "the inspections would continue",
        "speaker": ["the ministry", "Kazakhstan's Trade Ministry"],
        "kind": "indirect",
        "cue_class": "speech",
    },
]


def score(quotes, entries=ENTRIES):
    c = Counts()
    score_article(c, entries, {"text": TEXT, "quotes": quotes}, "a.txt")
    return c


def test_all_found_with_right_speakers():
    c = score(
        [
            q("We will reopen the crossing", "Aigerim Sadykova"),
            q("The trucks have waited long enough. They will move on Monday", "Aigerim Sadykova"),
            q("the inspections would continue", None, "The ministry"),
        ]
    )
    f = c.figures()
    assert (f["gold"], f["predicted"], f["matched"], f["attributed"]) == (3, 3, 3, 3)
    assert f["attributed_recall"] == 1.0 and f["precision"] == 1.0 and f["speaker_accuracy"] == 1.0


def test_wrong_speaker_missed_quote_and_a_quote_that_is_no_quote():
    c = score(
        [
            q("We will reopen the crossing", "Sadykova"),  # partial name: wrong
            q("the crossing closed in May", "Recall"),
        ]
    )  # the writer's background
    f = c.figures()
    assert (f["gold"], f["predicted"], f["matched"], f["attributed"]) == (3, 2, 1, 0)
    assert f["recall"] == pytest.approx(1 / 3, abs=1e-3) and f["precision"] == 0.0
    assert len(c.misses) == 2 and any("not a gold quote" in w for w in c.wrong)


def test_one_prediction_over_two_stretches_matches_one():
    c = score([q("We will reopen the crossing", "Aigerim Sadykova", end_snippet="They will move on Monday")])
    f = c.figures()
    assert f["matched"] == 1 and f["predicted"] == 1


def test_half_of_the_snippet_must_be_covered():
    s = TEXT.find("We will reopen the crossing")
    short = {"start": s, "end": s + 6, "text": TEXT[s : s + 6], "speaker": {"name": "Aigerim Sadykova"}}
    assert score([short]).figures()["matched"] == 0


def test_continuation_after_a_paragraph_break_is_not_counted_twice():
    entries = [dict(ENTRIES[0], content="We will reopen the crossing", continues="They will move on Monday")]
    two = [q("We will reopen the crossing", "Aigerim Sadykova"), q("They will move on Monday", "Aigerim Sadykova")]
    f = score(two, entries).figures()
    assert (f["gold"], f["predicted"], f["matched"], f["attributed"]) == (1, 1, 1, 1)
    f = score(two[1:], entries).figures()
    assert (f["predicted"], f["matched"]) == (1, 1)


def test_speaker_names_and_a_missing_snippet():
    assert speaker_right(ENTRIES[2], {"speaker": {"name": "Trade Ministry of Kazakhstan"}})
    assert speaker_right(ENTRIES[2], {"speaker": {"name": None, "text": "The ministry"}})
    assert not speaker_right(ENTRIES[2], {"speaker": None})
    with pytest.raises(AccordError):
        score([], [dict(ENTRIES[0], content="words that are not there")])


# -- the gold file itself -------------------------------------------------------------

MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def _texts():
    from accord.readers import RawArticle, read
    from accord.text import repair

    out = {}
    for it in read([SAMPLE]):
        if isinstance(it, RawArticle):
            src = it.source.split(":")[0]
            # the record's text: marks repaired, repeated paragraphs dropped
            out[(Path(src).name, it.id if ".jsonl" in src else None)] = repair(it.text).text.translate(MARKS)
    return out


def test_quote_gold_covers_every_article_with_unique_snippets():
    gold = json.loads((SAMPLE / "quotes_gold.json").read_text(encoding="utf-8"))
    texts = _texts()
    keys = {(a["file"], a["article_id"]) for a in gold["articles"]}
    assert keys == set(texts), "one gold entry list per sample article"
    for a in gold["articles"]:
        text = texts[(a["file"], a["article_id"])]
        for e in a["quotes"]:
            assert e["kind"] in ("direct", "indirect", "mixed") and e["cue_class"] in (
                "speech",
                "writing",
                "report",
                "opinion",
            ), e
            assert e["speaker"], e
            for part in (e["content"], e.get("continues")):
                if part:
                    assert text.count(part.translate(MARKS)) == 1, (a["file"], part)
    assert sum(a.get("style") == "translated-press" for a in gold["articles"]) >= 6


def test_recall_per_cue_class_and_cue_class_accuracy():
    qs = [
        q("We will reopen the crossing", "Aigerim Sadykova"),
        q("the inspections would continue", None, "The ministry"),
    ]
    qs[0]["cue_class"], qs[1]["cue_class"] = "speech", "report"
    entries = [ENTRIES[0], dict(ENTRIES[2], cue_class="speech"), dict(ENTRIES[1], cue_class="writing")]
    f = score(qs, entries).figures()
    assert f["attributed_recall_speech"] == 1.0 and f["attributed_recall_writing"] == 0.0
    assert f["cue_class_accuracy"] == 0.5
