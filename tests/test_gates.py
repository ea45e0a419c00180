"""Evaluation gates: the pipeline's scores on the gold sets and on the
sample corpus's own cases must not drop below pinned floors. The floors sit
a little under the figures measured when they were pinned (see the commit
that set them); raise them when the scores rise."""

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
# the gold sets live beside the checkout (../shared/data), or where ACCORD_SHARED_DATA says
SHARED = Path(os.environ.get("ACCORD_SHARED_DATA") or ROOT.parent / "shared" / "data")

pytestmark = [pytest.mark.model, pytest.mark.slow]

GATES = [
    # (kind, dataset, path under ../shared/data, {figure: floor})
    ("actors", "plover", "plover/PLOVER_GSR_CAMEO.json", {"country_accuracy": 0.89, "sector_accuracy": 0.81}),
    ("actors", "conflibert-ner", "conflibert/cameo_ner_train.txt", {"span_recall": 0.85}),
    ("quotes", "polnear", "polnear/dev", {"f1": 0.725, "speaker_accuracy": 0.92}),
    (
        "events",
        "plover",
        "plover/PLOVER_GSR_CAMEO.json",
        {"category_accuracy": 0.80, "actor_accuracy": 0.80, "recipient_accuracy": 0.80},
    ),
    ("events", "conflibert-args", "conflibert/cameo_ner_train.txt", {"f1": 0.70}),  # 0.7054 / 0.7075 in sessions 9 / 10
    # 0.8298 since the top event is classed by its CAMEO code as the labels are (Phoenix quad classes: 0.7029 ->
    # 0.8013) and the classifier gates sure statements and types the main verb (accord.events.choose); a
    # classifier veto of every rule trigger gains here but loses on real-news arguments and the sample events
    # 0.8386 (session 8 end) after the aid/release rows and ongoing-aid rule; 0.882 (session 9) after the
    # material-cooperation, denial, refusal, failure and call-for-sanctions rows and the no-act senses; 0.8705
    # (session 12: the rules that lifted the own sample's events F1 0.7887 -> 0.849 cost 0.0115 here); 0.8824
    # (session 13: actors found for agentless passives and misparsed subjects won it back)
    ("events", "conflibert-class", "conflibert/cameo_class_train.tsv", {"macro_f1": 0.87}),
]


@pytest.mark.parametrize("kind,dataset,rel,floors", GATES, ids=[f"{g[0]}-{g[1]}" for g in GATES])
def test_gold_gate(kind, dataset, rel, floors, nlp):
    import importlib

    path = SHARED / rel
    if not path.exists():
        pytest.skip(f"gold set not available at {path}")
    figures = importlib.import_module(f"accord.evaluate.{kind}").evaluate(dataset, str(path), nlp=nlp)
    for name, floor in floors.items():
        if floor is None:
            continue
        assert figures[name] >= floor, f"{kind}/{dataset}: {name} {figures[name]} fell below {floor}"


SAMPLE_FLOORS = {
    "reader_pass": 1.0,
    "actors_pass": 0.96,  # 0.96 in session 9, 0.977 in session 10
    "quotes_pass": 0.97,
    "dates_pass": 0.74,  # 0.736 in sessions 9 and 10, 0.752 in session 12
    "events_pass": 0.74,  # 0.663 at the end of session 8, 0.704 in session 9, 0.724 in 10, 0.755 in 12 (issue #16)
    "flags_pass": 0.50,  # 0.367 since events with no party at all are dropped; 0.433 in session 9, 0.467 in 10, 0.533 in 12
}


def test_sample_corpus_gate(nlp):
    from accord.evaluate.sample import evaluate

    figures = evaluate("cases", str(SAMPLE), nlp=nlp)
    for name, floor in SAMPLE_FLOORS.items():
        if floor is not None:
            assert figures[name] >= floor, (
                f"sample {name} {figures[name]} fell below {floor}: {figures['failures_sample']}"
            )


PROBES = ROOT / "data" / "probes"


def test_quote_probes_gate(nlp):
    # held-out-style articles in house styles the demo corpus lacks (data/probes/README.md)
    from accord.evaluate.sample import evaluate

    figures = evaluate("cases", str(PROBES), nlp=nlp)
    assert figures["quotes_pass"] >= 0.85, f"probes quotes_pass {figures['quotes_pass']}: {figures['failures_sample']}"


# the project's own exhaustive gold (quotes_gold.json, events_gold.json in data/sample); floors a
# little under the figures measured when they were set (issue #16/#17 session 7)
OWN_GOLD = [
    # 0.9805 / 0.9583 on 53 articles (session 12); 0.9774 / 0.9589 on 60 (session 13: the seven added scored unseen
    # first at 0.889 / 0.923 and 0.767 / 0.885)
    ("quotes", "sample", {"attributed_recall": 0.96, "precision": 0.94}),
    # 0.6385 / 0.6264 at the end of session 8; 0.7149 / 0.7325 in session 9; 0.7855 / 0.8075 in session 10 (issue #16);
    # 0.849 / 0.878 on 53 articles in session 12 (six of them scored unseen first: F1 0.5827); 0.8547 / 0.8865 on
    # 60 in session 13 (set unseen-2026-12-08 first scored F1 0.439; set heldback-2026-12-07, kept from the
    # fixers, 0.5818 before the session's fixes and 0.6557 after)
    ("sample", "events", {"f1": 0.84, "precision": 0.87}),
]


@pytest.mark.parametrize("kind,dataset,floors", OWN_GOLD, ids=[f"own-{g[0]}-{g[1]}" for g in OWN_GOLD])
def test_own_gold_gate(kind, dataset, floors, nlp):
    import importlib

    figures = importlib.import_module(f"accord.evaluate.{kind}").evaluate(dataset, str(SAMPLE), nlp=nlp)
    for name, floor in floors.items():
        assert figures[name] >= floor, f"own {kind}/{dataset}: {name} {figures[name]} fell below {floor}"


def test_translated_events_gate(nlp):
    # the events of the translated-press articles (data/sample-translated/events_gold.json, issue #16's translated
    # security articles): 17 articles, P 0.7547 R 0.4878 F1 0.5926 in session 13; first runs before that session's
    # fixes were F1 0.325 (nine articles) and 0.3774 (eight held back), after them 0.659 and 0.4906. Session 14:
    # 29 articles, P 0.7881 R 0.6103 F1 0.6879, core recall 0.7419; the twelve added (sets unseen-s14, unseen-s14b)
    # scored first at F1 0.5349 and 0.5455, after the session's fixes 0.6897 (its causes were drawn on) and 0.5893
    # (kept blind from every fixer). Session 15: 35 articles, P 0.8333 R 0.7063 F1 0.7646, core recall 0.8529;
    # set unseen-s15 (six, blind to every fixer) scored first at F1 0.4762 (core 0.575), after the session 0.6331
    # (core 0.70); floors raised from 0.66 / 0.76. Session 16: 47 articles, P 0.8651 R 0.7108 F1 0.7804, core 0.8177;
    # set unseen-s16b (six, drawn on) first 0.4959, after 0.736; set unseen-s16 (six, blind) first 0.5556, after 0.56.
    # Session 17: 53 articles, P 0.8399 R 0.7284 F1 0.7802, core 0.8631; set unseen-s16 (drawn on this time) 0.80;
    # set unseen-s17 (six, blind to every fixer) first 0.4933 (core 0.5306), after the session's rules 0.5033
    from accord.evaluate.sample import evaluate

    figures = evaluate("events", str(ROOT / "data" / "sample-translated"), nlp=nlp)
    for name, floor in {"f1": 0.74, "precision": 0.81}.items():
        assert figures[name] >= floor, f"translated events {name} {figures[name]} fell below {floor}"


def test_speech_profile_gate(nlp):
    from accord.evaluate.quotes import evaluate

    path = SHARED / "polnear" / "dev"
    if not path.exists():
        pytest.skip(f"gold set not available at {path}")
    figures = evaluate("polnear", str(path), nlp=nlp, profile="speech")
    assert figures["f1"] >= 0.845, f"PolNeAR speech profile f1 {figures['f1']} fell below 0.845"


# the own Russian sample (data/sample-ru, issue #19): all 53 articles (sets dev-1 .. dev-12); measured 2026-12-07
# (session 13) at quotes R 0.9738 P 0.9811, events F1 0.9593 (dev-11 first run: quotes 0.846 / 0.846, events F1
# 0.25; dev-12: 0.8 / 0.8, 0.6875); on 47 articles (session 12) quotes R 0.9791 P 0.9873, events F1 0.9575 (45 articles in session 9: 0.9785 / 0.987, 0.9239). The honest unseen figures are lower: each later set (dev-2 ..
# dev-9 in the gold file's "sets") was scored before any rule was drawn from it, e.g. dev-9 quotes R 0.73 P 0.85,
# events F1 0.47. The events floor went from 0.93 to 0.92 when dev-9's six unseen articles joined the sample.
# Session 14: 61 articles with the eight of sets unseen-s14-ru and unseen-s14b-ru (first runs: quotes R 0.70 P 0.81
# and R 0.63 P 0.74, events F1 0.19 and 0.41 on full codes, 0.38 and 0.52 by country): quotes R 0.9444 P 0.9592,
# events F1 0.8449 (by country 0.8812); translation agreement 19 of 41 over all pairs, 13 of 16 on the earlier ones.
# Session 15: 66 articles with set unseen-s15-ru (five, blind to every fixer; first run quotes R 0.5676 P 0.6774,
# events F1 0.3889, core recall 0.29; after the session 0.6486 / 0.7273, 0.5316, 0.4516): quotes R 0.9557
# P 0.9664, events F1 0.853 (by country 0.8821), core recall 0.597; agreement 0.50; events floor raised from 0.83.
# Session 16: 76 articles with sets unseen-s16b-ru (five, drawn on: first run quotes R 0.7429 P 0.7879, events
# F1 0.3797; after 1.0 / 1.0, 0.7097) and unseen-s16-ru (five, blind to every fixer: first run quotes R 0.6098
# P 0.6757, events F1 0.3636, core 0.29; after the session 0.7805 / 0.80, 0.40, core 0.29): quotes R 0.9794
# P 0.9817, events F1 0.8281 (0.8706 without the blind five); the events floor follows the grown set down to 0.81.
# Session 17: 81 articles with set unseen-s17-ru (five, blind to every fixer: first run quotes R 0.6863 P 0.7447,
# events F1 0.4112, core 0.30; the session's rules, drawn from unseen-s16-ru (now 0.71, core 0.77), changed none of
# its figures): quotes R 0.9611 P 0.967, events F1 0.8052 (0.8523 without the blind five); floor 0.81 -> 0.80
AGREEMENT_ALL = 0.45
RU_SAMPLE_FLOORS = {("quotes", "recall"): 0.93, ("quotes", "precision"): 0.95, ("events", "f1"): 0.80}


def test_russian_sample_gate():
    pytest.importorskip("natasha")
    from accord.ru.score import score_sample

    figures = score_sample(ROOT / "data" / "sample-ru")
    for (part, name), floor in RU_SAMPLE_FLOORS.items():
        got = figures[part][name]
        assert got >= floor, f"Russian sample {part} {name} {got} fell below {floor}"


def test_translation_agreement_gate():
    # issue #19: each Russian sample and its English translation give the same dyads, >= 80% of the Russian
    # events agreeing on (type, actor, recipient); 0.7333 in session 9, 0.8125 (13 of 16) in session 10. The four
    # pairs of set unseen-s14-ru (session 14) were scored before any rule was drawn from them: 5 of 21 then;
    # the 0.80 is held on the earlier pairs and the whole list has its own floor (AGREEMENT_ALL)
    pytest.importorskip("natasha")
    from accord.ru.score import agreement

    gold = json.loads((ROOT / "data" / "sample-ru" / "gold.json").read_text(encoding="utf-8"))
    unseen = {a["file"] for a in gold["articles"] if str(a.get("set", "")).startswith("unseen-s14")}
    pairs = agreement(ROOT / "data" / "sample-ru")["pairs"]
    earlier = [row for name, row in pairs.items() if name not in unseen]
    shared, total = sum(r["shared"] for r in earlier), sum(len(r["russian"]) for r in earlier)
    assert shared / total >= 0.80, f"translation agreement on the earlier pairs {shared}/{total} fell below 0.80"
    everything = sum(r["shared"] for r in pairs.values()) / sum(len(r["russian"]) for r in pairs.values())
    assert everything >= AGREEMENT_ALL, (
        f"translation agreement on all pairs {everything:.4f} fell below {AGREEMENT_ALL}"
    )


def test_translated_gold_gate(nlp):
    # the translated-press articles of data/sample-translated (issue #17): 0.9634 / 0.9634 when set on seven;
    # 0.9838 / 0.9838 on all 19 (session 9; the last two sets of six were scored unseen first: 0.58/0.67, 0.63/0.61);
    # 0.9915 / 0.9873 on all 25 (session 10; the fourth set of six scored unseen first: 0.8039 / 0.8367);
    # 0.9967 / 0.9967 on all 31 (session 12; the fifth set of six scored unseen first: 0.6571 / 0.6765);
    # 0.9887 / 0.9971 on all 35 (session 13; the sixth set, four, scored unseen first: 0.5319 / 0.625);
    # 0.9681 / 0.9681 on all 47 (session 14; sets unseen-s14 and unseen-s14b first 0.8409 / 0.8222 and
    # 0.8333 / 0.814, after the session 0.9318 / 0.8913 (drawn on) and 0.8571 / 0.8372 (blind));
    # 0.971 / 0.9743 on all 59 (session 16; set unseen-s16b first 0.8039 / 0.82, after 0.9608 / 0.98 (drawn on);
    # set unseen-s16 first 0.8125 / 0.8125, after 0.8542 / 0.8367 (blind)); 0.9651 / 0.977 on all 71 (session 17;
    # set unseen-s16 drawn on: 1.0 / 1.0; set unseen-s17, blind, first 0.7945 / 0.8529 and unchanged after)
    from accord.evaluate.quotes import evaluate

    figures = evaluate("sample", str(ROOT / "data" / "sample-translated"), nlp=nlp)
    for name, floor in {"attributed_recall": 0.96, "precision": 0.96}.items():
        assert figures[name] >= floor, f"translated {name} {figures[name]} fell below {floor}"
