"""The frames of attribution are data: lang/en/quotes/frames.tsv rows, each
naming one small matcher."""

from accord import datafiles
from accord.quotes.contents import FRAMES, MATCHERS, frames
from accord.quotes.lexicon import Cue
from accord.quotes.passes import PASSES


def test_every_frame_row_names_an_existing_matcher():
    verb, article = frames("verb"), frames("article")
    assert [f.name for f in verb][:3] == ["quoted_as_saying", "second_word_clause", "raising"]
    assert [f.name for f in article][0] == "verb_cues"
    assert {f.matcher for f in verb} == set(MATCHERS)
    assert {f.matcher for f in article} == set(PASSES)
    for f in verb:
        assert f.when in ("always", "none_yet") and f.result in ("final", "content")
        assert all(hasattr(Cue("x"), flag) for flag in f.cue), f.name
        assert f.description and f.example
    rows = datafiles.table(FRAMES)
    assert len(rows) == len(verb) + len(article)


def test_a_frame_applies_by_its_cue_flags_and_what_was_found():
    clause = next(f for f in frames("verb") if f.name == "reporting_tail")
    from accord.quotes.contents import _Found

    assert clause.applies(Cue("say", clause=True), _Found([]))
    assert not clause.applies(Cue("say", obj=True), _Found([]))
    assert not clause.applies(Cue("say", clause=True), _Found([], out=[(0, 2)]))  # only when none found yet
