"""Names of people the parser missed: a run of capitalised words after a
role ("Secretary of the Security Council of Armenia Armen Grigoryan"),
before a person-noun apposition ("Almaz Toktogulov, a political
scientist"), and surnames of people named before ("Satpayev noted")."""

from __future__ import annotations

from .entnames import given_names
from .lexicon import ADJ, AGENT, COUNTRY, INST, ORG, PERSON, Entry
from .parts import Draft, Piece
from .surnames import open_term, pick_surname
from .text import is_name_token
from .words import word_set


def more_persons(doc, chosen, taken, lex, date, words) -> list:
    """Names spaCy missed: a run of 2-3 capitalised proper nouns right after a
    role ("Secretary of the Security Council of Armenia Armen Grigoryan"), and
    surnames of people already named in the article ("Satpayev noted")."""
    by_end = {p.end: p for p in chosen}
    added = []
    for p in chosen:
        if p.type not in (COUNTRY, ADJ, AGENT, ORG, INST, "orgent", "gpeent"):
            continue
        i = p.end
        j = _name_run(doc, taken, i)
        if j - i < 2 or (j < len(doc) and is_name_token(doc[j])) or _body_named(words, j):
            continue
        # a person-noun role must lead into the name, or the run starts with a
        # known given name after a state ("... Mission in Georgia Karl-Heinrich Lindqvist")
        k, ok = p, p.type == COUNTRY and doc[i].lower_ in given_names()
        steps = 0
        while k is not None and steps < 4 and not ok:
            if k.type == AGENT and k.entry.person:
                ok = True
                break
            prev_end = k.start
            while prev_end > 0 and doc[prev_end - 1].lower_ in ("of", "the", "'s"):
                prev_end -= 1
            k = by_end.get(prev_end)
            steps += 1
        if ok:
            for x in range(i, j):
                taken[x] = 1
            added.append(Piece(i, j, PERSON, Entry(PERSON, doc[i:j].text)))
    renamed = _appositive_names(doc, chosen, taken)
    chosen = [renamed.pop(id(p)) if id(p) in renamed else p for p in chosen]
    added += renamed.values()  # names that were no piece at all
    chosen = sorted(chosen + added, key=lambda p: p.start)
    surnames = {p.entry.name.split()[-1] for p in chosen if p.type == PERSON and len(p.entry.name.split()) > 1}
    surnames |= {
        words[p.end - 1] for p in chosen if p.type == PERSON and p.end - p.start > 1 and words[p.end - 1][:1].isupper()
    }
    out = []
    for p in chosen:
        if (
            p.type in ("orgent", "gpeent")
            and p.end - p.start == 1
            and doc[p.start].is_title
            and (doc[p.start].text in surnames or _hand_surname(lex, doc[p.start].text, date))
        ):
            p = Piece(p.start, p.end, PERSON, Entry(PERSON, doc[p.start].text))
        out.append(p)
    if not surnames:
        return out
    for i, w in enumerate(words):
        if not taken[i] and w in surnames:
            taken[i] = 1
            out.append(Piece(i, i + 1, PERSON, Entry(PERSON, w)))
    out.sort(key=lambda p: p.start)
    return out


def _body_named(words, j: int) -> bool:
    """Does the run of capitalised words ending before ``j`` end with a
    body's head noun ("National [Maritime Council]", "National [Water
    Agency]"): a body's name after a person word, not a person's?"""
    heads = word_set("body_heads") | word_set("ngo_heads") | word_set("entity_heads")
    return words[j - 1].lower() in heads


def _name_run(doc, taken, i: int) -> int:
    """End of the run of up to three name words from token ``i``; a hyphen
    inside a name keeps it whole ("Lee Sung-jun", "Karl-Heinrich Lindqvist"),
    a hyphen right after the role does not start one ("Ambassador-at-Large")."""
    n, j, count = len(doc), i, 0
    while j < n and not taken[j]:
        if count < 3 and is_name_token(doc[j]):
            j, count = j + 1, count + 1
        elif (
            j > i
            and j + 1 < n
            and doc[j].text == "-"
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and doc[j + 1].is_alpha
            and not taken[j + 1]
        ):
            j += 2
        else:
            break
    return j


def _name_run_start(doc, end: int, taken) -> int | None:
    """Start of the 2-4 token capitalised name that ends at token ``end``
    ("Almaz Toktogulov", "Chen Wei-lun"), or None."""
    i, words = end, 0
    while i > 0 and end - i < 5:
        t = doc[i - 1]
        if taken[i - 1]:
            break
        joined = i < end and not t.whitespace_  # "Wei" of "Wei-lun", the hyphen itself
        if t.is_alpha and (t.text[:1].isupper() or joined) and t.pos_ in ("PROPN", "NOUN", "ADJ", "X", ""):
            words += not joined or t.text[:1].isupper()
            i -= 1
        elif t.text == "-" and joined:
            i -= 1
        else:
            break
    if words < 2 or (i < end and not doc[i].text[:1].isupper()):
        return None
    if i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start:
        return None  # part of a longer capitalised run: a title, an organisation
    return i


def _appositive_names(doc, chosen, taken) -> dict:
    """Names spaCy missed or mistyped before a person-noun apposition: '"...,"
    Almaz Toktogulov, a political scientist at ..., said' (tagged a work of
    art after the closing mark), "Gulnara Iskakova, an expert at ..." (tagged
    an organisation). Returns {id(piece it replaces) or a new key: PERSON piece}."""
    out: dict = {}
    by_end = {q.end: q for q in chosen}
    for p in chosen:
        if p.type != AGENT or not p.entry.person:
            continue
        k = p.start
        # back over "a", "an", adjectives and "Bishkek-based" to the comma
        while (
            k > 0
            and p.start - k < 6
            and doc[k - 1].text != ","
            and (
                doc[k - 1].pos_ in ("DET", "ADJ", "PROPN", "ADV", "NOUN")
                or doc[k - 1].text == "-"
                or (k > 1 and doc[k - 2].text == "-" and not doc[k - 2].whitespace_)
            )
        ):
            k -= 1
        if k < 2 or doc[k - 1].text != "," or (k < p.start and doc[k].lower_ not in ("a", "an", "the")):
            continue
        prev = by_end.get(k - 1)
        if (
            prev is not None
            and prev.type == "orgent"
            and 2 <= prev.end - prev.start <= 3
            and all(t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[prev.start : prev.end])
        ):
            out[id(prev)] = Piece(prev.start, prev.end, PERSON, Entry(PERSON, doc[prev.start : prev.end].text))
            continue
        s = _name_run_start(doc, k - 1, taken)
        if s is None:
            continue
        for x in range(s, k - 1):
            taken[x] = 1
        out[("new", s)] = Piece(s, k - 1, PERSON, Entry(PERSON, doc[s : k - 1].text))
    return out


def _hand_surname(lex, word: str, date) -> bool:
    """A surname the dictionary resolves to one office holder (hand-checked, or still in office)."""
    canon = pick_surname(lex, word.lower(), Draft(0, 0), date)
    if canon is None:
        return False
    return canon in lex.terms_by_name or any(
        open_term(t, date) and t.start and t.sector != "ELI" for t in lex.terms_of(canon)
    )
