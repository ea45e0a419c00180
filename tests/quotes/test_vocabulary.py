"""The quote finder's English word lists: lang/en/quotes/words.tsv."""

from accord import datafiles
from accord.quotes.vocabulary import alternation, word_seq, word_set


def test_lists_load_with_their_words():
    assert {"he", "she", "who"} <= word_set("pronouns")
    assert "spokeswoman" in word_set("person_nouns")
    assert word_set("events", "venues") == word_set("events") | word_set("venues")
    assert word_seq("people_endings")[:2] == ("ers", "ists")
    assert "EDITOR'S NOTE" in word_set("not_speakers")  # case kept
    assert alternation("colon_lead_verbs").startswith("said|says|told|stated|noted|emphasi[sz]ed|")
    assert datafiles.word_map("lang/en/quotes/words.tsv", "cue_frame_flags")["c"] == "clause"


def test_a_users_data_folder_adds_a_word(tmp_path):
    folder = tmp_path / "lang" / "en" / "quotes"
    folder.mkdir(parents=True)
    (folder / "words.tsv").write_text("list\tword\tvalue\nperson_nouns\tombudsman\t\n", encoding="utf-8")
    try:
        datafiles.use_data_dir(tmp_path)
        assert "ombudsman" in word_set("person_nouns") and "senator" in word_set("person_nouns")
    finally:
        datafiles.use_data_dir(None)
    assert "ombudsman" not in word_set("person_nouns")


def test_a_bodys_name_rest_is_glued_by_the_data_words(tmp_path):
    from accord.quotes.titles import coord_tail

    assert coord_tail().fullmatch(", Migration and Employment of Population of the Republic of Tajikistan")
    assert not coord_tail().fullmatch(", Banco de Mexico")
    assert {"of", "for", "on", "and", "-"} == word_set("title_name_joiners")
    folder = tmp_path / "lang" / "en" / "quotes"
    folder.mkdir(parents=True)
    (folder / "words.tsv").write_text("list\tword\tvalue\nname_glue_words\tde\t\n", encoding="utf-8")
    try:
        datafiles.use_data_dir(tmp_path)
        assert coord_tail().fullmatch(", Banco de Mexico")
    finally:
        datafiles.use_data_dir(None)
