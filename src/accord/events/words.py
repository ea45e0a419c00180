"""The events component's word lists and category sets, read from data files.

English words (prepositions, auxiliaries, trigger nouns, date words) are in
``lang/en/events/words.tsv``; language-free PLOVER category sets in
``events/data/category_sets.tsv`` and the classifier's label sets in
``events/data/classifier_labels.tsv``. Each accessor is cached (and cleared
when the user's data folder changes), so the code asks for a list by name
wherever it needs it.
"""

from __future__ import annotations

from .. import datafiles

LANG = "en"
WORDS = datafiles.lang_path(LANG, "events/words.tsv")
CATEGORY_SETS = "events/data/category_sets.tsv"
CLASSIFIER_LABELS = "events/data/classifier_labels.tsv"


@datafiles.cached
def words(name: str) -> frozenset[str]:
    """One English word list of the events component, as a set."""
    return datafiles.words(WORDS, name)


@datafiles.cached
def word_list(name: str) -> tuple[str, ...]:
    """One English word list, in file order (for regex alternations)."""
    return datafiles.word_list(WORDS, name)


@datafiles.cached
def word_map(name: str) -> dict[str, str]:
    """One English word list as ``{word: value}``, in file order."""
    return datafiles.word_map(WORDS, name)


@datafiles.cached
def int_map(name: str) -> dict[str, int]:
    """One English word list whose values are whole numbers (month numbers, counts)."""
    return {w: int(v) for w, v in datafiles.word_map(WORDS, name).items()}


@datafiles.cached
def categories(name: str) -> frozenset[str]:
    """A named set of PLOVER categories (``framing``, ``reciprocal``, ...)."""
    return datafiles.words(CATEGORY_SETS, name)


@datafiles.cached
def category_map(name: str) -> dict[str, str]:
    """A named PLOVER category -> value table (``threat_code``)."""
    return datafiles.word_map(CATEGORY_SETS, name)


@datafiles.cached
def labels(name: str) -> frozenset[str]:
    """A named set of spaCy labels the sentence classifier uses."""
    return datafiles.words(CLASSIFIER_LABELS, name)
