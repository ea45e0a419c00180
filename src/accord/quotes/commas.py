"""Words set off by commas that the parser hung in the wrong place, as
translated copy often has them: a speaker's title and name after the words
they report ("..., Vice Minister of Trade X said"), and a participle of
saying after the that-clause of a statement ("X stated that A, adding that
B")."""

from __future__ import annotations

from ..syntax import grammar
from .sentences import sent_bounds
from .vocabulary import word_set

# how far back a speaker's title and name may reach before its cue: translated copy writes the
# whole of a body's official name ("the press service of the Border Troops of the State Committee
# for National Security of the Republic of Tajikistan informs")
NAME_WINDOW = 24


def title_comma(tok, subject=None) -> int | None:
    """'..., Minister of Defence of the Republic of Armenia Suren Papikyan
    said ...': a cue right after a name (and its title) set off by a comma,
    with no subject, or with ``subject`` (its parsed subject) a word before
    that comma ("Kazakhstan complies with X, Vice Minister Y said": the
    parser read "complies" as a noun and its subject), which the parser
    hung inside the words; the index of that comma, else None."""
    gr = grammar(tok)
    subjects = [c for c in tok.children if gr.is_(c, "subject", "passive_subject")]
    if subjects and subject is None:
        return None
    k = name_comma(tok)
    if k is not None and subject is not None and subject.i >= k:
        return None
    return k


def name_comma(tok) -> int | None:
    """The comma before the title and name that cue ``tok`` follows right
    after ("..., Vice Minister of Trade and Integration X Y said"), else None."""
    doc = tok.doc
    if tok.i < 3 or tok.tag_ not in ("VBD", "VBZ"):
        return None
    end = _before_acronym(doc, tok.i)  # "..., the Mine Action Agency (ANAMA) told ..."
    if doc[end - 1].pos_ != "PROPN" or doc[end - 1].ent_type_ in ("DATE", "TIME"):
        return None
    lo = sent_bounds(tok)[0]
    for k in range(end - 1, max(lo, end - NAME_WINDOW), -1):
        t = doc[k]
        if t.text == ",":
            # a title and name never open with a preposition ("..., in an interview with Kabar said")
            return k if k < end - 2 and doc[k + 1].pos_ != "ADP" else None
        if t.pos_ == "CCONJ" and doc[k - 1].pos_ == "PROPN" and doc[k + 1].pos_ == "PROPN":
            continue  # "Minister of Trade and Integration"
        if t.tag_ == "POS" and doc[k - 1].pos_ == "PROPN":
            continue  # "the Prosecutor General's Office of X"
        if t.pos_ not in ("PROPN", "ADP", "DET", "NOUN", "ADJ") and t.text != "-":
            return None
    return None


def _before_acronym(doc, i: int) -> int:
    """Where the words before token ``i`` end without a short parenthesis
    right before it (a body's acronym: "the Mine Action Agency (ANAMA)")."""
    if i >= 4 and doc[i - 1].text == ")":
        for k in range(i - 2, max(0, i - 5), -1):
            if doc[k].text == "(":
                return k if k >= 1 else i
    return i


def speaker_comma(tok, subj) -> int | None:
    """The comma that opens speaker ``subj``'s name and title before cue
    ``tok`` (:func:`title_comma`), else None."""
    gr = grammar(tok)
    parsed = next((c for c in tok.children if gr.is_(c, "subject", "passive_subject")), None)
    k = title_comma(tok, parsed)
    return k if k is not None and subj is not None and k < subj.i < tok.i else None


def comma_name(tok, comma: int):
    """The speaker in the words between ``comma`` and cue ``tok``: a person's
    name that ends them ("Vice Minister of Trade X Y said"), else the word of
    them that heads the phrase ("a source in the National Bank of X told")."""
    doc = tok.doc
    last = doc[_before_acronym(doc, tok.i) - 1]
    if last.ent_type_ == "PERSON":
        return last
    heads = [t for t in doc[comma + 1 : tok.i] if not comma < t.head.i < tok.i and t.pos_ in ("NOUN", "PROPN")]
    return heads[0] if heads else last


def adding_participle(tok) -> bool:
    """Is ``tok`` a participle of saying set off by a comma after the
    that-clause of a verb of statement ("stated that A, adding that B"),
    which the parser hung on the clause's verb?"""
    gr = grammar(tok)
    h = tok.head
    return (
        tok.tag_ == "VBG"
        and gr.is_(tok, "adverbial_clause")
        and tok.i > h.i
        and tok.doc[tok.i - 1].text == ","
        and tok.lemma_.lower() in word_set("adding_participles")
        and gr.is_(h, "clausal_complement")
        and h.head.i < h.i
        and h.head.lemma_.lower() in word_set("statement_verbs")
    )
