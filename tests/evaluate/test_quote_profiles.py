"""The attribution and speech profiles of ``accord eval quotes``, on
self-written text and annotations."""

import pytest
from click.testing import CliRunner

from accord.cli import cli
from accord.errors import AccordError
from accord.evaluate.polnear import GoldArticle, GoldAttribution
from accord.evaluate.quote_profiles import preds_of, same_name, speech_cue, speech_gold
from accord.evaluate.quotes import Tally, evaluate, score_article, score_docs

TEXT = (
    '"The port will reopen," Dana Whitfield said, "but not this week." '
    "The board plans to sell the ferry line. Whitfield added that crews were ready."
)
A = (0, 23)  # "The port will reopen,"
B = (45, 65)  # "but not this week."
PLAN = (82, 104)  # to sell the ferry line
READY = (127, 144)  # crews were ready.
SRC = (24, 38)  # Dana Whitfield
SRC2 = (106, 115)  # Whitfield


def span(s, e):
    return {"start": s, "end": e, "text": TEXT[s:e]}


def quote(s, e, spk=SRC, name="Dana Whitfield", utterance=None, kind="direct"):
    q = span(s, e)
    q["kind"] = kind
    q["speaker"] = dict(span(*spk), name=name) if spk else None
    if utterance is not None:
        q["utterance"] = utterance
    return q


def gold():
    """PolNeAR style: the interrupted quote is one discontinuous content."""
    return [
        GoldAttribution(content=(A, B), source=(SRC,), cue=((39, 43),)),  # said
        GoldAttribution(content=(PLAN,), source=((66, 75),), cue=((76, 81),)),  # The board ... plans
        GoldAttribution(content=(READY,), source=(SRC2,), cue=((116, 121),)),  # added
    ]


def test_text_offsets_are_what_the_fixture_says():
    assert TEXT[A[0] : A[1]] == '"The port will reopen,"' and TEXT[B[0] : B[1]] == '"but not this week."'
    assert TEXT[PLAN[0] : PLAN[1]] == "to sell the ferry line" and TEXT[76:81] == "plans"
    assert TEXT[READY[0] : READY[1]] == "crews were ready." and TEXT[116:121] == "added"


@pytest.mark.parametrize(
    "cue, want",
    [
        ("said", True),
        ("says", True),
        ("told", True),
        ("has said", True),
        ("tweeted", True),
        ("replied", True),
        ("admitted", True),
        ("according to", True),
        ("\u2015", True),
        ("said:", True),
        ("called for", False),
        ("called on", False),
        ("did not immediately respond", False),
        ("didn't say", False),
        ("plans", False),
        ("shows", False),
        ("believes", False),
        ("pledged", False),
        ("", False),
        (None, False),
    ],
)
def test_speech_cue_words(cue, want):
    assert speech_cue(cue) is want


def test_names_compare_by_their_words():
    assert same_name("China's Defence Ministry", "the Defence Ministry of China")
    assert same_name("an Indian official", "An Indian official")
    assert not same_name("US Embassy", "US Embassy in Astana")
    assert not same_name(None, "Dana Whitfield")


def test_utterance_stretches_merge_into_one_prediction():
    preds, kinds = preds_of([quote(*A, utterance=1), quote(*B, spk=None, name=None, utterance=1)])
    assert len(preds) == 1 and preds[0][0] == (A, B) and preds[0][2] == "Dana Whitfield"
    preds, _ = preds_of([quote(*A, utterance=1), quote(*B, utterance=1)], merge_utterances=False)
    assert len(preds) == 2


def test_attribution_profile_scores_merged_utterance_and_attributions():
    art = GoldArticle("a", TEXT, gold())
    rec = {
        "quotes": [quote(*A, utterance=1), quote(*B, utterance=1), quote(*READY, spk=SRC2)],
        "attributions": [quote(*PLAN, spk=(66, 75), name="The board")],
    }
    f = score_docs([art], [rec])
    assert (f["gold"], f["predicted"], f["matched"]) == (3, 3, 3) and f["speaker_accuracy"] == 1.0
    # without utterance ids the two stretches are two predictions; the longer
    # one covers just over half of the discontinuous content, the other
    # matches nothing and counts against precision
    rec2 = {"quotes": [quote(*A), quote(*B), quote(*READY, spk=SRC2)]}
    f2 = score_docs([art], [rec2])
    assert (f2["predicted"], f2["matched"]) == (3, 2)


def test_attribution_profile_without_new_fields_is_the_old_scoring():
    art = GoldArticle("a", TEXT, gold())
    qs = [quote(A[0], B[1]), quote(*READY, spk=SRC2)]
    old = Tally()
    old.add(art.attributions, [(A[0], B[1], (SRC,)), (READY[0], READY[1], (SRC2,))], ["direct", "direct"])
    assert score_docs([art], [qs]) == old.figures()


def test_speech_gold_splits_at_gaps_and_keeps_speech_cues():
    g, counted = speech_gold(TEXT, gold())
    assert [x.content for x in g] == [(A,), (B,), (PLAN,), (READY,)]
    assert counted == [True, True, False, True]
    # a fragment of fewer than three words is not a quote of its own
    frag = [GoldAttribution(content=((45, 49), (50, 65)), source=(SRC,), cue=((39, 43),))]
    assert speech_gold(TEXT, frag)[1] == [False, True]


def test_speech_profile_ignores_predictions_of_excluded_gold():
    art = GoldArticle("a", TEXT, gold())
    rec = {
        "quotes": [
            quote(*A, utterance=1),
            quote(*B, utterance=1),
            quote(*PLAN, spk=(66, 75), name="The board"),
            quote(*READY, spk=SRC2, name="Dana Whitfield"),
        ]
    }
    f = score_docs([art], [rec], profile="speech")
    # the plan is no quote: its prediction is neither right nor wrong
    assert (f["gold"], f["predicted"], f["matched"]) == (3, 3, 3)
    assert f["precision"] == 1.0 and f["recall"] == 1.0


def test_speech_profile_judges_speaker_by_name():
    art = GoldArticle("a", TEXT, gold())
    t = Tally()
    # the speaker mention is the first one ("Dana Whitfield"), gold's Source the second ("Whitfield")
    score_article(t, art, {"quotes": [quote(*READY, spk=SRC, name="Dana Whitfield")]}, "speech")
    assert t.figures()["speaker_accuracy"] == 1.0
    t = Tally()
    score_article(t, art, {"quotes": [quote(*READY, spk=(66, 75), name="The board")]}, "speech")
    assert t.figures()["speaker_accuracy"] == 0.0
    t = Tally()
    score_article(t, art, {"quotes": [quote(*READY, spk=SRC, name="Dana Whitfield")]}, "attribution")
    assert t.figures()["speaker_accuracy"] == 0.0  # the attribution profile asks for the Source span


def test_unknown_profile_and_sample_folder(tmp_path):
    with pytest.raises(AccordError):
        evaluate("polnear", str(tmp_path), profile="newsroom")
    with pytest.raises(AccordError):
        evaluate("sample", str(tmp_path / "missing"))
    with pytest.raises(AccordError):
        evaluate("sample", str(tmp_path))  # no quotes_gold.json


def test_profile_is_only_for_quotes(tmp_path):
    res = CliRunner().invoke(cli, ["eval", "events", str(tmp_path), "--dataset", "plover", "--profile", "speech"])
    assert res.exit_code == 2 and "--profile" in res.output
