"""The gender a text gives a speaker, so that "he" and "she" go back to
someone they can stand for: the text's own evidence first (a title such as
Mr or Ms, a role noun such as spokeswoman), then the given name's usual
gender from ``first_names.tsv``. Unknown is None, and None agrees with all."""

from __future__ import annotations

from ..record import Speaker
from .vocabulary import first_names, word_set


def pronoun_gender(word: str) -> str | None:
    """'m' for he/him/his, 'f' for she/her, else None."""
    w = word.lower()
    if w in word_set("male_pronouns"):
        return "m"
    if w in word_set("female_pronouns"):
        return "f"
    return None


def speaker_gender(sp: Speaker | None) -> str | None:
    """'m', 'f' or None for a named or described speaker."""
    if sp is None:
        return None
    words = [w.lower().strip(",") for w in " ".join(x for x in (sp.text, sp.role) if x).split()]
    if any(w in word_set("female_words") for w in words):
        return "f"
    if any(w in word_set("male_words") for w in words):
        return "m"
    given = (sp.name or "").split()
    g = first_names().get(given[0]) if given else None
    return g if g in ("m", "f") else None


def agrees(pronoun: str, sp: Speaker | None) -> bool:
    """Whether ``pronoun`` can stand for ``sp`` (unknown genders agree)."""
    p, s = pronoun_gender(pronoun), speaker_gender(sp)
    return p is None or s is None or p == s
