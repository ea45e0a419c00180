"""The cue lexicon is data: lang/en/quotes/cues.tsv and media.tsv."""

from accord.quotes.lexicon import load_lexicon


def test_lexicon_is_data():
    lex = load_lexicon()
    assert "say" in lex.verbs and lex.verbs["say"].clause
    assert ("according", "to") in lex.adverbials
    assert "newspaper" in lex.media


def test_lexicon_noun_frames_and_new_verbs():
    lex = load_lexicon()
    assert {"that", "of"} <= lex.nouns["claim"].preps
    assert "inf" in lex.nouns["refusal"].preps
    assert lex.verbs["liken"].obj and lex.verbs["speculate"].clause
    assert "support" in lex.verbs and "support" in lex.nouns  # a verb cue and a noun cue


def test_a_users_data_folder_adds_a_cue_and_an_outlet(tmp_path):
    from accord import datafiles

    folder = tmp_path / "lang" / "en" / "quotes"
    folder.mkdir(parents=True)
    (folder / "cues.tsv").write_text(
        "lemma\tkind\tframes\tclass\tnotes\nopine\tthought\tc\topinion\tours\n", encoding="utf-8"
    )
    (folder / "media.tsv").write_text("word\nwireservice\n", encoding="utf-8")
    try:
        assert datafiles.use_data_dir(tmp_path) == ["lang/en/quotes/cues.tsv", "lang/en/quotes/media.tsv"]
        lex = load_lexicon()
        assert lex.verbs["opine"].clause and lex.verbs["opine"].kinds == {"thought"}
        assert lex.verbs["opine"].cls == "opinion"
        assert "wireservice" in lex.media and "say" in lex.verbs
    finally:
        datafiles.use_data_dir(None)
    assert "opine" not in load_lexicon().verbs


def test_every_cue_has_a_class():
    from accord.quotes.classes import QUOTE_CLASSES

    known = QUOTE_CLASSES | {"intention", "evidence", "perception", "thought", "stance", "act"}
    lex = load_lexicon()
    cues = (
        list(lex.verbs.values())
        + list(lex.nouns.values())
        + list(lex.adjectives.values())
        + list(lex.adverbials.values())
        + [c for d in lex.particles.values() for c in d.values()]
    )
    assert all(c.cls in known for c in cues)
    assert lex.verbs["say"].cls == "speech" and lex.verbs["tweet"].cls == "writing"
    assert lex.verbs["believe"].cls == "opinion" and lex.verbs["plan"].cls == "intention"
    assert lex.verbs["agree"].frame_cls["c"] == "speech" and lex.verbs["agree"].frame_cls["x"] == "intention"
