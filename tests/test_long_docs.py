"""Long texts are parsed in pieces and joined whole (no model needed: a
blank pipeline with stand-ins for the model's and accord's components)."""

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from accord import long_docs as pieces

SEEN: list[int] = []  # lengths of the Docs the stand-in "parser" saw


@Language.component("test_pieces_parser")
def _parser(doc):
    SEEN.append(len(doc))
    for tok in doc:
        tok.tag_ = "PARSED"
    return doc


@Language.component("test_pieces_accord")
def _accord_stand_in(doc):
    doc.user_data["accord_saw"] = len(doc)
    return doc


@pytest.fixture(autouse=True)
def _stand_in_is_accords(monkeypatch):
    monkeypatch.setattr(pieces, "COMPONENTS", ("test_pieces_accord",))


def _nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("test_pieces_parser")
    nlp.add_pipe("test_pieces_accord")
    return nlp


def _text(paragraphs: int) -> str:
    para = " ".join(f"The minister said talks {i} went well." for i in range(12))
    return "\n\n".join(para for _ in range(paragraphs))


def test_long_doc_parsed_in_pieces_joined_whole():
    nlp = _nlp()
    text = _text(20)
    doc = nlp.make_doc(text)
    doc.user_data["kept"] = "metadata"
    SEEN.clear()
    (out,) = list(pieces.pipe(nlp, [doc], piece_tokens=300))
    assert out.text == text
    assert len(out) == len(doc)
    assert max(SEEN) <= 300 and len(SEEN) > 1 and sum(SEEN) == len(doc)
    assert all(t.tag_ == "PARSED" for t in out)
    # accord's components ran once, on the whole article, with its metadata
    assert out.user_data["accord_saw"] == len(doc)
    assert out.user_data["kept"] == "metadata"


def test_cuts_fall_at_paragraph_starts():
    nlp = _nlp()
    doc = nlp.make_doc(_text(20))
    for start in pieces.cut_points(doc, 300)[1:]:
        assert doc[start - 1].is_space and "\n" in doc[start - 1].text


def test_no_paragraphs_cuts_after_a_sentence_then_any_space():
    nlp = _nlp()
    doc = nlp.make_doc(" ".join(["Talks went well."] * 200))
    starts = pieces.cut_points(doc, 100)
    assert all(doc[s - 2].text == "." for s in starts[1:])
    doc = nlp.make_doc(" ".join(["word"] * 1000))
    starts = pieces.cut_points(doc, 100)
    assert len(starts) == 10 and all(b - a <= 100 for a, b in zip(starts, starts[1:]))


def test_short_docs_keep_their_order_and_are_not_cut():
    nlp = _nlp()
    docs = [nlp.make_doc(_text(n)) for n in (1, 20, 2, 30, 1)]
    SEEN.clear()
    out = list(pieces.pipe(nlp, docs, piece_tokens=300))
    assert [d.text for d in out] == [d.text for d in docs]
    assert all(isinstance(d, Doc) and d.user_data["accord_saw"] == len(d) for d in out)
    assert SEEN.count(len(docs[0])) >= 2  # the short ones went through whole


def test_zero_turns_pieces_off():
    nlp = _nlp()
    doc = nlp.make_doc(_text(20))
    SEEN.clear()
    list(pieces.pipe(nlp, [doc], piece_tokens=0))
    assert SEEN == [len(doc)]
