"""The PolNeAR reader and the quote scorer, on self-written data."""

import json

import pytest

from accord.errors import AccordError
from accord.evaluate.polnear import parse_ann, read_split
from accord.evaluate.quotes import Tally, evaluate, iou, match

TEXT = (
    "The minister said that the border would reopen soon. \u201cWe are ready,\u201d she added.\n\nCritics doubt it.\n"
)

ANN = (
    "T1\tSource 0 12\tThe minister\n"
    "T2\tCue 13 17\tsaid\n"
    "T3\tContent 18 51\tthat the border would reopen soon\n"
    "T4\tAttribution 13 17\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 53 60;61 68\t\u201cWe are ready,\u201d\n"
    "a continuation line of a multi-line text\n"
    "T6\tCue 73 78\tadded\n"
    "T7\tSource 69 72\tshe\n"
    "T8\tAttribution 73 78\tadded\n"
    "E2\tAttribution:T8 Content:T5 Cue:T6 Source:T7\n"
    "T9\tContent 89 97\tdoubt it\n"
    "T10\tAttribution-no-source 89 94\tdoubt\n"
    "E3\tAttribution-no-source:T10 Content:T9\n"
    "#1\tAnnotatorNotes T9\ta note\n"
)


def test_parse_ann_discontinuous_and_no_source():
    atts = parse_ann(ANN)
    assert [a.content for a in atts] == [((18, 51),), ((53, 60), (61, 68)), ((89, 97),)]
    assert atts[0].source == ((0, 12),) and atts[1].source == ((69, 72),)
    assert atts[2].source is None


def test_read_split_uses_first_annotator_file(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a_1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_1_aaaa.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "a_1_bbbb.ann").write_text("", encoding="utf-8")
    arts = list(read_split(tmp_path))
    assert len(arts) == 1 and arts[0].ann_file == "a_1_aaaa.ann" and len(arts[0].attributions) == 3


def test_read_split_bad_folder(tmp_path):
    with pytest.raises(AccordError):
        list(read_split(tmp_path))


def test_iou_and_one_to_one_matching():
    atts = parse_ann(ANN)
    assert iou(((0, 10),), ((5, 15),)) == pytest.approx(5 / 15)
    # one prediction covering two gold spans matches at most one
    preds = [(18, 51, ((0, 12),)), (18, 50, None), (53, 68, ((69, 72),))]
    pairs = match(atts, preds)
    assert sorted(pairs) == [(0, 0), (1, 2)]
    t = Tally()
    t.add(atts, preds)
    f = t.figures()
    assert f["matched"] == 2 and f["gold"] == 3 and f["predicted"] == 3
    assert f["precision"] == pytest.approx(2 / 3, abs=1e-3) and f["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert f["speaker_accuracy"] == 1.0 and f["speaker_n"] == 2


def test_speaker_denominator_skips_gold_without_source():
    atts = parse_ann(ANN)
    t = Tally()
    t.add(atts, [(89, 97, ((0, 3),))])
    f = t.figures()
    assert f["matched"] == 1 and f["speaker_n"] == 0


def test_wrong_dataset_or_path(tmp_path):
    with pytest.raises(AccordError):
        evaluate("nosuch", str(tmp_path))
    with pytest.raises(AccordError):
        evaluate("polnear", str(tmp_path / "missing"))


@pytest.mark.model
def test_evaluate_end_to_end(tmp_path, nlp):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a_1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "a_1_aaaa.ann").write_text(ANN, encoding="utf-8")
    seen = []
    out = evaluate("polnear", str(tmp_path), nlp=nlp, progress=lambda i, n: seen.append((i, n)))
    json.dumps(out)
    assert seen == [(1, 1)]
    assert out["articles"] == 1 and out["gold"] == 3
    assert out["matched"] >= 2 and out["speaker_accuracy"] == 1.0
