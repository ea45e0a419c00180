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
    if k is not None and subject is not None and (subject.i >= k or _comma_in_name(subject, k, tok)):
        return None
    return k


def _comma_in_name(subject, k: int, tok) -> bool:
    """Is comma ``k`` inside a body's proper name in the parsed subject's own
    phrase, which runs up to cue ``tok`` ("The Ministry of Labour, Migration
    and Employment of Population of X reported", "the press service of the
    Ministry of Digital Development, Innovations and Aerospace Industry of X
    reports")? Only proper nouns and the small words of a name follow the
    comma, with no person and no title among them (else ", Vice Minister X
    said" is a title comma)."""
    doc = tok.doc
    if not subject.left_edge.i < k < tok.i or subject.right_edge.i < tok.i - 1 or doc[k - 1].pos_ != "PROPN":
        return False
    after = doc[k + 1 : tok.i]
    return all(
        (t.pos_ == "PROPN" or t.text == "," or t.lower_ in word_set("body_name_words"))
        and t.ent_type_ != "PERSON"
        and t.lower_ not in word_set("role_nouns", "person_nouns")
        for t in after
    )


def name_comma(tok) -> int | None:
    """The comma before the title and name that cue ``tok`` follows right
    after ("..., Vice Minister of Trade and Integration X Y said"), else None."""
    doc = tok.doc
    plural = tok.tag_ == "VBP" and tok.i > 0 and doc[tok.i - 1].lower_ in word_set("plural_sources")
    if tok.i < 3 or (tok.tag_ not in ("VBD", "VBZ") and not plural):
        return None  # a plural only after a plural source: "..., the Japanese media report."
    end = _before_acronym(doc, tok.i)  # "..., the Mine Action Agency (ANAMA) told ..."
    unit = (
        doc[end - 1].lower_ in word_set("body_units", "generic_bodies") and doc[end - 1].pos_ == "NOUN"
    )  # "..., its press service reports", "..., the press service of the ministry reports"
    named = doc[end - 1].pos_ == "PROPN" or unit or plural
    if doc[end - 1].ent_type_ in ("DATE", "TIME") or (not named and doc[end - 1].pos_ != "NOUN"):
        return None
    lo = sent_bounds(tok)[0]
    for k in range(end - 1, max(lo, end - NAME_WINDOW), -1):
        t = doc[k]
        if t.text == ",":
            # a title and name never open with a preposition ("..., in an interview with Kabar said");
            # "..., the agency's source in the delegation reports": a person described by their unit
            ok = k < end - 2 and doc[k + 1].pos_ != "ADP" and (named or source_in(doc, k + 1, end))
            return k if ok else None
        if t.pos_ == "CCONJ" and doc[k - 1].pos_ == "PROPN" and doc[k + 1].pos_ == "PROPN":
            continue  # "Minister of Trade and Integration"
        if t.tag_ == "POS" and doc[k - 1].pos_ in ("PROPN", "NOUN"):
            continue  # "the Prosecutor General's Office of X", "the agency's source"
        if t.pos_ not in ("PROPN", "ADP", "DET", "NOUN", "ADJ") and t.text != "-" and t.tag_ != "PRP$":
            return None
    return None


def source_in(doc, lo: int, hi: int) -> bool:
    """Do tokens ``lo``-``hi`` describe a person by a person noun placed "in"
    a unit ("the agency's source in the delegation", "an official in the
    ministry")?"""
    return any(doc[k].lower_ in word_set("person_nouns") and doc[k + 1].lower_ == "in" for k in range(lo, hi - 2))


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


#: the longest title and name after a description and its comma ("Deputy Minister of Mines and
#: Petroleum of Afghanistan Abdul Qadir Jalali")
_TITLED_NAME_WORDS = 14


def described_name(tok):
    """'Military expert, reserve colonel Nurlan Smagulov, ...', 'The head of
    the delegation, Deputy Minister of Mines X Y, assured ...': a speaker
    described by a common noun (no name of its own) and then, set off by a
    comma, a title that ends in a person's name; that name's last token, else
    None. The name must end the set-off words (a comma, a verb or the
    sentence's end follows)."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in word_set("person_nouns", "role_nouns", "describing_nouns"):
        return None
    end = max(tok.i, max((c.right_edge.i for c in tok.rights if grammar(c).is_(c, "prep")), default=tok.i)) + 1
    if end >= len(doc) or doc[end].text != ",":
        return None
    last = None
    k = end + 1
    while k < min(len(doc), end + 1 + _TITLED_NAME_WORDS):
        t = doc[k]
        if t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or t.lower_ in word_set("title_name_joiners"):
            last = t if t.pos_ == "PROPN" else last
            k += 1
            continue
        break
    if last is None or last.i != k - 1 or last.ent_type_ != "PERSON" or doc[last.i - 1].ent_type_ != "PERSON":
        return None
    if k < len(doc) and not (doc[k].text == "," or doc[k].pos_ in ("VERB", "AUX") or doc[k].is_sent_start):
        return None
    return last
