"""The English words the quote finder reads, from ``lang/en/quotes/words.tsv``.

Each list is read at its first use and kept (cleared when the user's data
folder changes): :func:`word_set` for membership tests, :func:`word_seq` where
the order of the words matters (a regular expression built from them).
"""

from __future__ import annotations

from .. import datafiles

LANG = "en"
WORDS = datafiles.lang_path(LANG, "quotes/words.tsv")


def _union(relpath: str, names: tuple[str, ...]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for name in names:
        out |= datafiles.words(relpath, name)
    return out


@datafiles.cached
def word_set(*names: str) -> frozenset[str]:
    """The words of one or more named lists, as one set ("pronouns")."""
    return _union(WORDS, names)


@datafiles.cached
def word_seq(name: str) -> tuple[str, ...]:
    """The words of one list in file order."""
    return datafiles.word_list(WORDS, name)


@datafiles.cached
def alternation(name: str) -> str:
    """A list's entries joined as a regular-expression alternation, in file
    order (the entries are regex fragments: ``emphasi[sz]ed``)."""
    return "|".join(word_seq(name))


@datafiles.cached
def first_names() -> dict[str, str]:
    """Given names with the gender they most often carry (m, f, x), from ``first_names.tsv``."""
    return datafiles.word_map(datafiles.lang_path(LANG, "quotes/first_names.tsv"), "first_names")


@datafiles.cached
def word_values(name: str) -> dict[str, str]:
    """One list of ``words.tsv`` as ``{word: value}`` (its third column)."""
    return datafiles.word_map(WORDS, name)


BACK_REFERENCES = datafiles.lang_path(LANG, "quotes/back_references.tsv")


@datafiles.cached
def back_set(*names: str) -> frozenset[str]:
    """The words of one or more lists of ``back_references.tsv``, as one set."""
    return _union(BACK_REFERENCES, names)


@datafiles.cached
def back_values(name: str) -> dict[str, frozenset[str]]:
    """One list of ``back_references.tsv`` as ``{word: the set of words of its value}``."""
    return {
        k: frozenset(w.strip() for w in v.split(",") if w.strip())
        for k, v in datafiles.word_map(BACK_REFERENCES, name).items()
    }
