"""Headline lines (events.extract): a title line without a final mark is a headline only in an article
with a body; a lone line, as a coded sentence of a data set, is none."""

import accord.events.extract as X

G = "B-GPE"


def _headlines(build, monkeypatch, rows, sent_starts):
    seen = {}

    def spy(events, headlines=frozenset()):
        seen["h"] = headlines
        return events

    monkeypatch.setattr(X, "drop_told_again", spy)
    X.extract_events(build(rows, [], sent_starts=sent_starts), classifier=None, min_confidence=0.0)
    return seen["h"]


def test_a_lone_line_is_no_headline(build, monkeypatch):
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("protests", "protest", "VERB", "VBZ", "ROOT", 1, "O"),
    ]
    assert _headlines(build, monkeypatch, rows, (0,)) == frozenset()


def test_a_title_line_above_a_body_is_a_headline(build, monkeypatch):
    rows = [
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 1, G),
        ("protests", "protest", "VERB", "VBZ", "ROOT", 1, "O"),
        ("Rurland", "Rurland", "PROPN", "NNP", "nsubj", 3, G),
        ("protested", "protest", "VERB", "VBD", "ROOT", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    assert _headlines(build, monkeypatch, rows, (0, 2)) == frozenset({0})
