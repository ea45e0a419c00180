"""The one loader of knowledge files: parsing, errors with file and line,
and a user's data folder that adds and overrides rows."""

from __future__ import annotations

import pytest

from accord import datafiles
from accord.errors import DataFileError


@pytest.fixture
def user_dir(tmp_path):
    yield tmp_path
    datafiles.use_data_dir(None)
    datafiles.clear()


def test_parse_skips_comments_and_pads_short_rows():
    names, rows = datafiles._parse("# a comment\n\nword\tvalue\nwar\t1\npeace\n", "x.tsv", True, None)
    assert names == ("word", "value")
    assert [tuple(r) for r in rows] == [("war", "1"), ("peace", "")]
    assert rows[1].line == 5 and rows[1].get("value") == "" and rows[0].as_dict() == {"word": "war", "value": "1"}


def test_a_row_with_too_many_cells_names_file_and_line():
    with pytest.raises(DataFileError, match=r"x\.tsv:4: 3 cells, the file has 2 columns"):
        datafiles._parse("# c\nword\tvalue\nwar\t1\npeace\t2\textra\n", "x.tsv", True, None)


def test_headerless_file_is_cut_to_its_columns_when_extra_cells_are_empty():
    _, rows = datafiles._parse("a\tb\t\t\nc\n", "y.tsv", False, 2)
    assert [tuple(r) for r in rows] == [("a", "b"), ("c", "")]


def test_missing_knowledge_file_is_a_clear_error():
    with pytest.raises(DataFileError, match="no such knowledge file"):
        datafiles.table("lang/en/nothing/here.tsv")


def test_user_rows_override_by_key_and_add_new_ones(tmp_path, user_dir, monkeypatch):
    pkg = tmp_path / "pkg"
    (pkg / "lang" / "en" / "x").mkdir(parents=True)
    (pkg / "lang" / "en" / "x" / "words.tsv").write_text(
        "# test words\nlist\tword\tvalue\nverbs\tsay\ts\nverbs\ttell\tt\nnouns\tenvoy\t\n", encoding="utf-8"
    )
    monkeypatch.setattr(datafiles, "package_path", lambda rel: pkg / rel)
    user = tmp_path / "user"
    (user / "lang" / "en" / "x").mkdir(parents=True)
    (user / "lang" / "en" / "x" / "words.tsv").write_text(
        "list\tword\tvalue\nverbs\ttell\tT2\nverbs\tclaim\tc\n", encoding="utf-8"
    )
    datafiles.clear()
    rel = "lang/en/x/words.tsv"
    assert datafiles.word_list(rel, "verbs") == ("say", "tell")
    assert datafiles.use_data_dir(user) == ["lang/en/x/words.tsv"]
    assert datafiles.word_list(rel, "verbs") == ("say", "tell", "claim")
    assert datafiles.word_map(rel, "verbs") == {"say": "s", "tell": "T2", "claim": "c"}
    assert datafiles.words(rel, "nouns") == frozenset({"envoy"})
    with pytest.raises(DataFileError, match="no list named 'adverbs'"):
        datafiles.words(rel, "adverbs")
    datafiles.use_data_dir(None)
    assert datafiles.word_map(rel, "verbs")["tell"] == "t"


def test_user_file_with_other_columns_is_refused(tmp_path, user_dir, monkeypatch):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "t.tsv").write_text("name\tcode\nRussia\tRUS\n", encoding="utf-8")
    monkeypatch.setattr(datafiles, "package_path", lambda rel: pkg / rel)
    user = tmp_path / "user"
    user.mkdir()
    (user / "t.tsv").write_text("name\tiso\nKazakhstan\tKAZ\n", encoding="utf-8")
    datafiles.use_data_dir(user)
    with pytest.raises(DataFileError, match="differ from the packaged file"):
        datafiles.table("t.tsv")


def test_data_dir_must_be_a_folder(tmp_path):
    with pytest.raises(DataFileError, match="names no folder"):
        datafiles.use_data_dir(tmp_path / "missing")


def test_cached_builders_are_rebuilt_when_the_data_dir_changes(tmp_path, user_dir):
    calls = []

    @datafiles.cached
    def build():
        calls.append(datafiles.data_dir())
        return len(calls)

    assert build() == 1 and build() == 1
    datafiles.use_data_dir(tmp_path)
    assert build() == 2 and calls[-1] == tmp_path
