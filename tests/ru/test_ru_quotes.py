"""accord.ru.quotes helpers that need no parser: paragraph ends and the
cue's paragraph on a hand-built Doc."""

from accord.ru.quote_marks import _paragraph_end, quoted_spans
from accord.ru.quote_spans import in_paragraph as _in_paragraph
from accord.ru.quote_spans import line_breaks as _line_breaks

from .ud_docs import ud_doc


def test_paragraph_end_looks_past_spaces_on_both_sides():
    text = "«Мы готовы.  \n \t\nДа"
    assert _paragraph_end(text, text.index("\n"))  # a blank line follows (spaces only)
    text = "«Мы готовы.  \nждать"
    assert _paragraph_end(text, text.index("\n"))  # the line ends a sentence (spaces before the break)
    text = "«Мы готовы  \nждать"
    assert not _paragraph_end(text, text.index("\n"))  # a hard-wrapped line


def test_a_quote_left_open_ends_before_the_spaces_of_its_paragraph():
    text = "Он сказал: «Мы готовы.   \n\nДалее текст."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["Мы готовы."]


def test_what_was_said_stays_in_the_cue_paragraph():
    rows = [
        ("Да", 0, "root", "INTJ"),
        (".", 0, "punct", "PUNCT"),
        ("\n", 1, "dep", "SPACE"),
        ("Мы", 4, "nsubj", "PRON"),
        ("готовы", 4, "root", "ADJ"),
        (",", 6, "punct", "PUNCT"),
        ("сказал", 4, "parataxis", "VERB"),
        ("он", 6, "nsubj", "PRON"),
        ("\n", 6, "dep", "SPACE"),
        ("Нет", 9, "root", "INTJ"),
    ]
    doc = ud_doc(rows)
    breaks = _line_breaks(doc)
    assert breaks == [2, 8]
    toks = list(doc)
    cue, clause = doc[6], doc[4]  # from the break before the cue up to the break after it
    assert [t.i for t in _in_paragraph(cue, clause, toks, breaks)] == [3, 4, 5, 6, 7, 8]
    assert _in_paragraph(cue, clause, toks, []) == toks


def _said_words(verb: str, lemma: str):
    # «Министр <verb> слова посла» (our own sentence), with lemmas
    from spacy.tokens import Doc

    from accord.ru.doc import blank

    return Doc(
        blank().vocab,
        words=["Министр", verb, "слова", "посла", "."],
        heads=[1, 1, 1, 2, 1],
        deps=["nsubj", "root", "obj", "nmod", "punct"],
        pos=["NOUN", "VERB", "NOUN", "NOUN", "PUNCT"],
        lemmas=["министр", lemma, "слово", "посол", "."],
    )


def test_only_a_citing_or_relaying_cue_cites_the_owner_of_the_words():
    from accord.ru.quotes import _cited
    from accord.syntax import grammar

    doc = _said_words("передает", "передавать")
    assert _cited(grammar(doc), doc[1]).text == "посла"  # «передает слова посла»: the envoy speaks
    doc = _said_words("приводит", "приводить")
    assert _cited(grammar(doc), doc[1]).text == "посла"
    doc = _said_words("подтвердил", "подтвердить")
    assert _cited(grammar(doc), doc[1]) is None  # «подтвердил слова посла»: the minister speaks
