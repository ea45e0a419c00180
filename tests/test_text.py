from hypothesis import given
from hypothesis import strategies as st

from accord.text import content_id, drop_duplicate_paragraphs, normalize_marks, paragraphs, repair


def test_normalize_marks_keeps_length_and_offsets():
    s = "He said \uff02no\uff02 and \u201fyes\u201d, don\u00b4t\u00a0go."
    out = normalize_marks(s)
    assert len(out) == len(s)
    assert out == 'He said "no" and \u201cyes\u201d, don\'t go.'
    # every character that was not a look-alike is where it was
    for i, (a, b) in enumerate(zip(s, out)):
        if a.isalnum():
            assert a == b, i


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_normalize_marks_never_changes_length(s):
    assert len(normalize_marks(s)) == len(s)


def test_paragraphs_blank_lines_and_lines():
    text = "Title\n\nFirst para.\nstill first.\n\n  Second.  \n"
    ps = [p.text(text) for p in paragraphs(text)]
    assert ps == ["Title", "First para.\nstill first.", "Second."]
    assert [p.text("a\nb\n c") for p in paragraphs("a\nb\n c")] == ["a", "b", "c"]


DUP = "The ministers agreed to hold a joint exercise next spring in the Fergana valley."


def test_consecutive_duplicate_paragraph_removed_with_span():
    text = f"Headline\n\n{DUP}\n\n{DUP}\n\nThe end of the story came later that day."
    r = drop_duplicate_paragraphs(text)
    assert r.text.count(DUP) == 1
    assert len(r.warnings) == 1
    start = text.index(DUP, text.index(DUP) + 1)
    assert f"at {start}-{start + len(DUP)}" in r.warnings[0]
    assert r.text == f"Headline\n\n{DUP}\n\nThe end of the story came later that day."


def test_non_consecutive_duplicate_and_whitespace_variants():
    text = f"{DUP}\n\nMiddle paragraph that is different from the rest.\n\n{DUP.replace(' ', '  ')}\n"
    r = drop_duplicate_paragraphs(text)
    assert r.text.count("Fergana") == 1 and "Middle paragraph" in r.text
    assert len(r.warnings) == 1


def test_short_repeated_lines_are_kept():
    text = "Advertisement\n\nA long enough paragraph about the summit in Astana today.\n\nAdvertisement\n"
    assert drop_duplicate_paragraphs(text).text == text


def test_offsets_after_repair_point_at_same_characters():
    text = f"Intro \uff02quote\uff02 here.\n\n{DUP}\n\n{DUP}\n\nKazakhstan said on Monday it would take part."
    r = repair(text)
    i = r.text.index("Kazakhstan")
    assert r.text[i : i + 10] == "Kazakhstan"
    # before the removed paragraph nothing moved
    j = text.index("quote")
    assert r.text[j : j + 5] == "quote"


def test_no_duplicates_returns_text_unchanged():
    text = "One paragraph.\n\nAnother paragraph entirely different here."
    assert repair(text).text == text
    assert repair(text).warnings == []


def test_content_id_folds_whitespace():
    assert content_id("a  b\nc") == content_id("a b c")
    assert content_id("a b") != content_id("a c")
