"""The word lists of the actor extractor, read lazily from the data files.

English words (locative prepositions, body head nouns, honorifics, ...) are in
``accord/lang/en/actors/words.tsv``; language-free code lists (CAMEO sectors)
in ``accord/actors/data/code_lists.tsv``. Each list is read at its first use
and cached until the user's data folder changes
(:func:`accord.datafiles.use_data_dir`)."""

from __future__ import annotations

import re

from .. import datafiles

#: the English word lists of this package (``lang/en/actors/words.tsv``)
WORDS = datafiles.lang_path("en", "actors/words.tsv")
#: language-free code lists (``actors/data/code_lists.tsv``)
CODE_LISTS = "actors/data/code_lists.tsv"


@datafiles.cached
def word_set(name: str) -> frozenset[str]:
    """One English word list as a set (membership tests)."""
    return datafiles.words(WORDS, name)


@datafiles.cached
def word_list(name: str) -> tuple[str, ...]:
    """One English word list in file order (where order matters)."""
    return datafiles.word_list(WORDS, name)


@datafiles.cached
def word_map(name: str) -> dict[str, str]:
    """One English word list as ``{word: value}``."""
    return datafiles.word_map(WORDS, name)


@datafiles.cached
def codes(name: str) -> frozenset[str]:
    """One language-free code list as a set."""
    return datafiles.words(CODE_LISTS, name)


@datafiles.cached
def alternation(name: str, before: str = "", after: str = "", flags: int = 0) -> re.Pattern:
    """A regex ``before(w1|w2|...)after`` of one English word list, in file
    order (the words are used as regex text, as they were in the code)."""
    return re.compile(before + "(" + "|".join(word_list(name)) + ")" + after, flags)
