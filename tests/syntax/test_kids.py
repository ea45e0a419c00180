"""The per-Doc tree index answers as ``Token.children`` and ``Token.dep_`` do."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from accord.syntax import EN
from accord.syntax.kids import KEY, tree


def _doc():
    # "Officials said the talks , which began Monday , ended ." and a second sentence "Rain fell ."
    words = [
        "Officials",
        "said",
        "the",
        "talks",
        ",",
        "which",
        "began",
        "Monday",
        ",",
        "ended",
        ".",
        "Rain",
        "fell",
        ".",
    ]
    heads = [1, 1, 3, 9, 3, 6, 3, 6, 3, 1, 1, 12, 12, 12]
    deps = ["nsubj", "ROOT", "det", "nsubj", "punct", "nsubj", "relcl", "npadvmod", "punct", "ccomp", "punct"]
    deps += ["nsubj", "ROOT", "punct"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_tree_matches_children_and_labels():
    doc = _doc()
    kids, deps = tree(doc)
    for t in doc:
        assert kids[t.i] == [c.i for c in t.children]
        assert deps[t.i] == t.dep_


def test_tree_is_kept_and_rebuilt_for_another_length():
    doc = _doc()
    first = tree(doc)
    assert tree(doc) is first
    doc.user_data[KEY] = ([[]], ["x"])  # an index of another Doc's length is not used
    assert tree(doc)[1] == [t.dep_ for t in doc]


def test_grammar_children_from_the_index():
    doc = _doc()
    said, talks = doc[1], doc[3]
    assert [t.i for t in EN.children(said, "subject", "clausal_complement")] == [0, 9]
    assert EN.child(talks, "relative_clause").i == 6
    assert EN.child(talks, "object") is None
    assert [t.i for t in EN.kids(doc[12])] == [11, 13]


def test_empty_doc():
    assert tree(Doc(Vocab(), words=[])) == ([], [])


def test_having_picks_the_tokens_of_a_role_from_the_label_index():
    import spacy
    from spacy.tokens import Doc

    from accord.syntax import grammar

    nlp = spacy.blank("en")
    doc = Doc(
        nlp.vocab,
        words=["Baku", "said", "Yerevan", "must", "withdraw", "troops"],
        heads=[1, 1, 4, 4, 1, 4],
        deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj"],
    )
    g = grammar(doc)
    assert [t.i for t in g.having(doc, "clausal_complement")] == [4]
    assert [t.i for t in g.having(list(doc)[2:], "subject")] == [2]
    assert g.having([], "subject") == []
