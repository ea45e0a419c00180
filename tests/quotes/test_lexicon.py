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
    (folder / "cues.tsv").write_text("lemma\tkind\tframes\tnotes\nopine\tspeech\tc\tours\n", encoding="utf-8")
    (folder / "media.tsv").write_text("word\nwireservice\n", encoding="utf-8")
    try:
        assert datafiles.use_data_dir(tmp_path) == ["lang/en/quotes/cues.tsv", "lang/en/quotes/media.tsv"]
        lex = load_lexicon()
        assert lex.verbs["opine"].clause and lex.verbs["opine"].kinds == {"speech"}
        assert "wireservice" in lex.media and "say" in lex.verbs
    finally:
        datafiles.use_data_dir(None)
    assert "opine" not in load_lexicon().verbs
