"""Each token's children and dependency label, found once per Doc.

``Token.children`` scans the token's whole subtree span and makes a
``Token`` for every child each time it is asked (a sentence's root: the
whole sentence); the grammar asks for the children of the same verbs again
and again, rule after rule. :func:`tree` reads the Doc's heads once into a
list of child indices per token (in text order, as ``Token.children``
yields them) and the labels into a list, kept in ``doc.user_data`` (plain
lists), so a grammar makes a ``Token`` only for the children it returns.
Accord never changes a parse once made; a Doc whose length changed gets a
new index.
"""

from __future__ import annotations

#: the ``doc.user_data`` key of the index
KEY = "accord.tree"


#: the Doc last asked about and its index (a component reads one Doc at a time): one comparison
_LAST: tuple = (None, None)


def tree(doc) -> tuple[list, list]:
    """``(children, deps)``: per token, the indices of its children in text
    order, and its dependency label (``Token.dep_``)."""
    global _LAST
    last = _LAST
    if last[0] is doc and len(last[1][1]) == len(doc):
        return last[1]
    got = doc.user_data.get(KEY)
    if got is None or len(got[1]) != len(doc):
        got = doc.user_data[KEY] = _build(doc)
    _LAST = (doc, got)
    return got


def _build(doc) -> tuple[list, list]:
    from spacy.attrs import DEP, HEAD

    n = len(doc)
    kids: list[list[int]] = [[] for _ in range(n)]
    if not n:
        return kids, []
    arr = doc.to_array([HEAD, DEP])
    strings = doc.vocab.strings
    offsets = arr[:, 0].astype("int64").tolist()  # the head's offset from the token
    ids = arr[:, 1].tolist()
    names = {d: strings[d] for d in set(ids)}  # a few dozen labels: each read from the store once
    deps = [names[d] for d in ids]
    for j, off in enumerate(offsets):
        if off:
            kids[j + off].append(j)
    return kids, deps
