"""Actor mentions from a parsed Doc: lexicon pieces -> noun phrases -> codes,
then coreference within the article.

The steps, all linear in the number of tokens:

1. *Pieces*: lexicon matches (names, adjectives, capitals, seats, organizations,
   groups, agent words, office holders; longest first) plus spaCy's PERSON,
   ORG and GPE entities the lexicon does not know.
2. *Phrases*: pieces joined by the words a noun phrase has between them
   (adjectives, nouns, hyphens, possessive ``'s``, and ``of [the]`` from a
   body to the state or organization it belongs to): "[US] Indo-Pacific
   [Command]", "[Kazakhstan]'s [Defence Ministry]", "the [Armed Forces] of
   [Kyrgyzstan]". Coordinated nationality words ("Hungarian and Romanian
   officials") make one mention each.
3. *Codes*: country/org from names, adjectives, capitals, seats and
   organizations in the phrase; sector from the agent nearest the head; a
   person's codes from the role the text gives (before the name, or in an
   apposition after it), else from the office-holder table on the article's
   date. Nothing known -> ``None``.
4. *Coreference*: repeated and surname-only names, definite role nouns ("the
   analyst") and personal pronouns link to the person they refer to and carry
   that person's name, codes and ``entity``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..record import Mention, join_code
from .knowledge import REFERENCE_STALE_AFTER, term_on
from .lexicon import (ADJ, AGENT, CAPITAL, CITY, COUNTRY, GROUP, INST, INTL, NAMED, ORG, PERSON, REGION,
                      REGION_ADJ, SEAT, Entry, get_lexicon, surname_key)

GLUE_POS = {"ADJ", "NOUN", "PROPN", "NUM"}
POSSESSIVE = {"'s", "’s", "'", "’"}
DETS = {"the", "a", "an"}
LOCATIVE = {"in", "at", "near", "outside", "inside", "into", "across", "around", "throughout", "to", "from",
            "via", "toward", "towards", "within", "over", "through"}
NEGATING_PREFIX = {"anti", "pro", "non", "post", "pre", "ex"}
NOT_HOME = {"led", "backed", "sponsored", "supported", "funded", "allied", "aligned", "made", "born", "educated",
            "trained", "friendly", "oriented"}
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PRONOUNS = MALE | FEMALE
QUOTE_CHARS = {'"', "“", "”", "«", "»", "„"}
NGO_HEADS = {"group", "center", "centre", "foundation", "fund", "initiative", "association", "society",
             "network", "watch", "movement", "bureau", "club", "forum", "council", "committee", "union"}
EDU_HEADS = {"university", "institute", "academy", "school", "college"}
MED_HEADS = {"agency", "newspaper", "news", "times", "post", "tv", "radio", "channel", "service"}
STATE_KINDS = {COUNTRY, ADJ, CAPITAL, SEAT, CITY, REGION, REGION_ADJ}


@dataclass
class Piece:
    start: int  # token index
    end: int
    type: str
    entry: Entry
    demoted: bool = False  # "anti-Russian", "US-backed": not the actor's own country
    led: bool = False  # "Russian-led": leads the head; the head's country only if the head is generic
    possessive: bool = False  # followed by 's

    @property
    def country(self):
        return None if self.demoted else self.entry.country


@dataclass
class Person:
    name: str
    first: int  # index of the first mention
    surname: str
    country: Optional[str] = None
    org: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    role_cls: set = field(default_factory=set)
    from_text: bool = False  # codes came from the article (role), not the dictionary
    role_words: set = field(default_factory=set)  # last words of the roles the text gives ("general")
    name_from_text: bool = False  # name is the article's full spelling
    entity: Optional[str] = None
    gender: Optional[str] = None  # "m"/"f" once the text shows it (Mr/Mrs, spokeswoman, an unambiguous he/she)


NAME_PARTICLES = {"al", "el", "ad", "as", "ash", "bin", "ibn", "de", "la", "le", "van", "von", "der", "du", "-"}


def _cap_ok(words, lower, s, e) -> bool:
    for i in range(s, e):
        if lower[i] in DETS or (lower[i] in NAME_PARTICLES and i + 1 < e):
            continue
        c = words[i][:1]
        return c.isupper() or c.isdigit()
    return False


def _pieces(doc, lex, date, arr) -> list:
    raw = []
    words, lower, pos = arr.words, arr.lower, arr.pos
    table = lex.table
    acronym = lex.acronym_only
    for s, e, key in lex.matches(doc, lower):
        entries = table.get(key)
        if not entries:
            continue
        cap = None
        cands = []
        for en in entries:
            if en.type in NAMED:
                if cap is None:
                    cap = _cap_ok(words, lower, s, e) and (key not in acronym or words[s].isupper())
                if not cap:
                    continue
                if en.type == PERSON and e < len(words) and words[e][:1].isupper() and words[e].isalpha() \
                        and pos[e] in ("PROPN", ""):
                    continue  # the start of a longer name ("Omar Hassan" in "Omar Hassan al-Bashir")
            elif en.type == AGENT:
                lp = pos[e - 1]
                if lp and lp not in ("NOUN", "PROPN") and e - s == 1:
                    continue
            cands.append(en)
        if not cands:
            continue
        if len(cands) > 1:
            # dated entries (capitals): prefer the one in force, but a name is a name
            cands.sort(key=lambda en: (not en.active(date),))
        raw.append((s, e, cands[0]))
    # longest first, then type priority, then leftmost
    from .lexicon import PRIORITY

    raw.sort(key=lambda x: (-(x[1] - x[0]), PRIORITY[x[2].type], x[0]))
    taken = bytearray(len(doc))
    chosen = []
    for s, e, en in raw:
        if any(taken[s:e]):
            continue
        for i in range(s, e):
            taken[i] = 1
        chosen.append(Piece(s, e, en.type, en))
    _body_of_names(doc, words, pos, chosen, taken)
    # a region or city inside an organisation's name ("Caucasus Security Studies Centre") gives way to
    # it; a city leaves its state to the organisation ("Almaty Centre for Strategic Analysis")
    ent_country = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        inner = [p for p in chosen if ent.start <= p.start and p.end <= ent.end]
        if inner and all(p.type in (REGION, REGION_ADJ, CITY) for p in inner) and not any(
                taken[i] for i in range(ent.start, ent.end) if not any(p.start <= i < p.end for p in inner)):
            for p in inner:
                chosen.remove(p)
                for i in range(p.start, p.end):
                    taken[i] = 0
                if p.type == CITY and p.country:
                    ent_country[ent.start] = p.country
    # spaCy entities the lexicon does not know
    by_end = {p.end: p for p in chosen}
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC"):
            continue
        s, e = ent.start, ent.end
        while s < e and doc[s].lower_ in DETS:
            s += 1
        while e > s and (doc[e - 1].text in POSSESSIVE or doc[e - 1].is_punct):
            e -= 1
        if s >= e:
            continue
        if ent.label_ == "PERSON":
            # a person entity may contain a leading country/title the lexicon found: keep those pieces,
            # the rest of the entity is the name
            free = [i for i in range(s, e) if not taken[i]]
            if not free:
                continue
            fs, fe = free[0], free[-1] + 1
            # two titles in a row inside the name: the second is a given name ("Deputy Defence
            # Minister Sultan Kamaletdinov"), not a sultan
            second = by_end.get(fs) if fs - 1 >= s else None
            if second is not None and second.start == fs - 1 and second.type == AGENT and \
                    doc[fs - 1].text[:1].isupper() and getattr(by_end.get(second.start), "type", None) == AGENT:
                chosen.remove(second)
                by_end.pop(second.end, None)
                taken[fs - 1] = 0
                fs -= 1
            while fs > 0 and fs > s - 2 and not taken[fs - 1] and _is_name_token(doc[fs - 1]) and \
                    fs - 1 > 0 and (taken[fs - 2] or doc[fs - 2].text == ","):
                # a given name the entity left out, after a title or an apposition's comma:
                # "Colonel [Aidos] Zhaksylykov", "The governor of Sinaloa, [Héctor] Zazueta Ibarra,"
                fs -= 1
            last = doc[fe - 1]
            hyphenated = fe - 2 > fs and doc[fe - 2].text == "-" and not doc[fe - 2].whitespace_  # "Wei-lun"
            if any(taken[fs:fe]) or not (last.text[:1].isupper() or hyphenated):
                continue
            for i in range(fs, fe):
                taken[i] = 1
            name = doc[fs:fe].text
            chosen.append(Piece(fs, fe, PERSON, Entry(PERSON, name)))
        elif not any(taken[s:e]):
            typ = "orgent" if ent.label_ in ("ORG", "FAC") else "gpeent"
            if ent.label_ == "NORP":
                continue
            for i in range(s, e):
                taken[i] = 1
            chosen.append(Piece(s, e, typ, Entry(typ, doc[s:e].text, ent_country.get(ent.start))))
    chosen.sort(key=lambda p: p.start)
    chosen = _more_persons(doc, chosen, taken, lex, date, arr.words)
    n = len(words)
    drop = []
    for p in chosen:
        if p.type in (REGION, REGION_ADJ) and p.end < n and not taken[p.end] and words[p.end][:1].isupper() \
                and words[p.end].isalpha() and pos[p.end] in ("PROPN", ""):
            drop.append(p)  # "West Darfur", "West Bank", "Western Union"
    for p in drop:
        chosen.remove(p)
    for p in chosen:
        # "anti-Russian", "US-backed", "Russian-led"
        if p.type in (COUNTRY, ADJ, CAPITAL, REGION_ADJ, REGION):
            if p.start >= 2 and words[p.start - 1] == "-" and lower[p.start - 2] in NEGATING_PREFIX:
                p.demoted = True
            elif p.start >= 1 and lower[p.start - 1] in NEGATING_PREFIX:
                p.demoted = True
            if p.end + 1 < n and words[p.end] == "-" and lower[p.end + 1] in NOT_HOME:
                p.demoted = True
                p.led = lower[p.end + 1] == "led"
            if p.end < n and lower[p.end].lstrip("-") in NOT_HOME and words[p.end].startswith("-"):
                p.demoted = True
        if p.end < n and words[p.end] in POSSESSIVE:
            p.possessive = True
    return chosen


_WHEN_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def _body_of_names(doc, words, pos, chosen, taken) -> None:
    """"Ministry of External Affairs", "Committee on Foreign Relations": a body
    word the dictionary knows, followed by a name it does not, is one body
    (the name stays the article's); a country after it stays its own piece
    ("Ministry of Defence of Armenia")."""
    n = len(words)
    for p in chosen:
        if p.type != AGENT or words[p.end - 1].lower() not in _BODY_HEADS or p.end + 1 >= n:
            continue
        if words[p.end].lower() not in ("of", "for", "on") or taken[p.end]:
            continue
        k = p.end + 1
        while k < n and not taken[k] and doc[k].ent_type_ not in ("DATE", "TIME") and words[k].lower() not in \
                _WHEN_WORDS and (words[k][:1].isupper() and pos[k] in ("PROPN", "NOUN", "ADJ", "") or words[k].lower()
                                 in ("and", "&") and k + 1 < n and words[k + 1][:1].isupper()):
            k += 1  # not "the ministry on Monday"
        while k > p.end + 1 and words[k - 1].lower() in ("and", "&"):
            k -= 1
        if k > p.end + 1:
            for i in range(p.end, k):
                taken[i] = 1
            p.end = k


def _is_name_token(t) -> bool:
    return t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and (t.pos_ in ("PROPN", "") or t.tag_ == "NNP")


def _open(term, date) -> bool:
    """A term still running: open-ended, or (with no article date) running to
    the end of the stale reference dictionary."""
    return term.end is None or (date is None and term.end == REFERENCE_STALE_AFTER)


def _hand_surname(lex, word: str, date) -> bool:
    """A surname the dictionary resolves to one office holder (hand-checked, or still in office)."""
    canon = _pick_surname(lex, word.lower(), Draft(0, 0), date)
    if canon is None:
        return False
    return canon in lex.terms_by_name or any(_open(t, date) and t.start and t.sector != "ELI"
                                             for t in lex.terms_of(canon))


def _more_persons(doc, chosen, taken, lex, date, words) -> list:
    """Names spaCy missed: a run of 2-3 capitalised proper nouns right after a
    role ("Secretary of the Security Council of Armenia Armen Grigoryan"), and
    surnames of people already named in the article ("Satpayev noted")."""
    by_end = {p.end: p for p in chosen}
    added = []
    for p in chosen:
        if p.type not in (COUNTRY, ADJ, AGENT, ORG, INST, "orgent", "gpeent"):
            continue
        i = p.end
        j = i
        while j < len(doc) and j < i + 3 and not taken[j] and _is_name_token(doc[j]):
            j += 1
        # a hyphenated given name stays whole: "Lee Sung-jun", not "Lee Sung"
        while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and \
                not doc[j].whitespace_ and doc[j + 1].is_alpha and not taken[j] and not taken[j + 1]:
            j += 2
        if j - i < 2 or (j < len(doc) and _is_name_token(doc[j])):
            continue
        # a person-noun role must lead into the name
        k, ok = p, False
        steps = 0
        while k is not None and steps < 4:
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
    surnames |= {words[p.end - 1] for p in chosen if p.type == PERSON and p.end - p.start > 1
                 and words[p.end - 1][:1].isupper()}
    out = []
    for p in chosen:
        if p.type in ("orgent", "gpeent") and p.end - p.start == 1 and doc[p.start].is_title and (
                doc[p.start].text in surnames or _hand_surname(lex, doc[p.start].text, date)):
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


def _name_run_start(doc, end: int, taken) -> Optional[int]:
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
        while k > 0 and p.start - k < 6 and doc[k - 1].text != "," and (
                doc[k - 1].pos_ in ("DET", "ADJ", "PROPN", "ADV", "NOUN") or doc[k - 1].text == "-"
                or (k > 1 and doc[k - 2].text == "-" and not doc[k - 2].whitespace_)):
            k -= 1
        if k < 2 or doc[k - 1].text != "," or (k < p.start and doc[k].lower_ not in ("a", "an", "the")):
            continue
        prev = by_end.get(k - 1)
        if prev is not None and prev.type == "orgent" and 2 <= prev.end - prev.start <= 3 and all(
                t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[prev.start:prev.end]):
            out[id(prev)] = Piece(prev.start, prev.end, PERSON, Entry(PERSON, doc[prev.start:prev.end].text))
            continue
        s = _name_run_start(doc, k - 1, taken)
        if s is None:
            continue
        for x in range(s, k - 1):
            taken[x] = 1
        out[("new", s)] = Piece(s, k - 1, PERSON, Entry(PERSON, doc[s:k - 1].text))
    return out


def _glue(doc, a: Piece, b: Piece, sent_end: int) -> Optional[str]:
    """How piece ``b`` attaches to the phrase ending with piece ``a``: 'adj'
    (NP-internal), 'of', 'and' (coordinated nationality words), or None."""
    gap = doc[a.end:b.start]
    if b.start >= sent_end:
        return None
    if not len(gap):
        if a.type == PERSON and b.type == PERSON:
            return None
        return "adj"
    words = [t for t in gap]
    low = [t.lower_ for t in words]
    if len(low) == 2 and low[0] == "-" and low[1] in NOT_HOME and a.led:
        return "adj"  # "Vietnamese-led forces"
    if low in (["to"], ["to", "the"]) and a.type == AGENT and a.entry.cls == "diplomat" and b.type in (
            COUNTRY, ORG, CAPITAL):
        return "to"  # "US Ambassador to Armenia Kristina Kvien": Armenia is where, not whose
    if low[0] in POSSESSIVE:
        if a.type == PERSON and b.type != AGENT:
            return None  # "the senator's pro-Russian stance": the person is an actor of their own
        rest = words[1:]
        if all(t.pos_ in GLUE_POS or t.text == "-" for t in rest) and len(rest) <= 3:
            return "adj"
        return None
    if low[0] == "of" and a.type in (AGENT, ORG, INST, "orgent", PERSON) and b.type in (
            COUNTRY, ORG, INST, CAPITAL, "orgent", "gpeent", REGION, ADJ, AGENT) and len(low) <= 2 and (
            len(low) == 1 or low[1] == "the"):
        return "of"
    if low in (["and"], [","], [",", "and"]) and a.type in (ADJ, REGION_ADJ) and b.type in (ADJ, REGION_ADJ):
        return "and"
    if a.type == COUNTRY and any(t.pos_ in ("NOUN", "NUM") and t.text.islower() for t in words):
        return None  # "Armenia hosts US troops": a state's name does not take a common-noun gap
    if len(words) <= 3 and all((t.pos_ in GLUE_POS or t.text == "-" or (t.pos_ == "" and t.is_alpha and t.text[:1].isupper()))
                               and not t.is_sent_start and t.lower_ not in PRONOUNS for t in words):
        if a.type == PERSON:
            return None
        return "adj"
    return None


@dataclass
class Phrase:
    pieces: list
    links: list  # glue kind before each piece after the first
    start: int = 0
    end: int = 0


def _phrases(doc, pieces, sent_end) -> list:
    out = []
    if not pieces:
        return out
    cur = Phrase([pieces[0]], [])
    for p in pieces[1:]:
        last = cur.pieces[-1]
        g = _glue(doc, last, p, sent_end[last.start])
        if g and not (cur.links.count("of") >= 3 and g == "of"):
            cur.pieces.append(p)
            cur.links.append(g)
        else:
            out.append(cur)
            cur = Phrase([p], [])
    out.append(cur)
    for ph in out:
        ph.start, ph.end = ph.pieces[0].start, ph.pieces[-1].end
        if ph.start > 0 and doc[ph.start - 1].lower_ in DETS:
            ph.start -= 1
    return out


def _sector_from_orgent(doc, p: Piece) -> Optional[str]:
    """An unknown organisation's sector from its head word ("... Group",
    "... Centre for Strategic Analysis", "... University")."""
    words = [t.lower_ for t in doc[p.start:p.end]]
    if "of" in words or "for" in words:
        cut = min(words.index(w) for w in ("of", "for") if w in words)
        words = words[:cut] or words
    head = words[-1]
    if head in EDU_HEADS:
        return "EDU"
    if head in NGO_HEADS:
        return "NGO"
    return None


@dataclass
class Draft:
    start: int  # token span
    end: int
    kind: Optional[str] = None
    name: Optional[str] = None
    country: Optional[str] = None
    org: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    role_cls: Optional[str] = None
    person: Optional[str] = None  # person name (named mention)
    role_noun: bool = False  # a person noun without a name ("the analyst")
    definite: bool = False
    cameo: Optional[str] = None
    from_dict: bool = False
    same_as: Optional["Draft"] = None  # an apposition: the same person as this named draft
    person_text: Optional[str] = None  # the name as the text spells it


def _head_index(ph: Phrase) -> int:
    """Index of the head piece: the piece before 'of', else the last one that
    is not a possessive modifier; a person name wins."""
    for i, p in enumerate(ph.pieces):
        if p.type == PERSON and (not p.possessive or i == len(ph.pieces) - 1):
            # "the Bush administration": a name before a body modifies it
            if any(q.type == AGENT and not q.entry.person for q in ph.pieces[i + 1:]):
                continue
            return i
    if "of" in ph.links:
        return ph.links.index("of")
    idx = len(ph.pieces) - 1
    while idx > 0 and ph.pieces[idx - 1].possessive and ph.pieces[idx].type == PERSON:
        idx -= 1
    return idx


def _resolve(doc, ph: Phrase, date, lex) -> list:
    pieces = ph.pieces
    # coordinated nationality words: "Hungarian and Romanian officials"
    if "and" in ph.links:
        groups, cur = [], [pieces[0]]
        for link, p in zip(ph.links, pieces[1:]):
            if link == "and":
                groups.append(cur)
                cur = [p]
            else:
                cur.append(p)
        groups.append(cur)
        tail = groups[-1]
        out = []
        for gi, g in enumerate(groups):
            sub = Phrase(g + (tail[1:] if gi < len(groups) - 1 else []), [])
            sub.links = ["adj"] * (len(sub.pieces) - 1)
            d = _resolve_one(doc, sub, date, lex)
            d.start = g[0].start if gi else ph.start
            d.end = g[-1].end
            if gi == len(groups) - 1:
                d.end = ph.end
            if not d.name or d.kind != "state":
                d.name = _phrase_text(doc, Phrase([], [], d.start, d.end)) or d.name
            out.append(d)
        return out
    return [_resolve_one(doc, ph, date, lex)]


def _resolve_one(doc, ph: Phrase, date, lex) -> Draft:
    if "to" in ph.links:
        cut = ph.links.index("to") + 1
        ph = Phrase(ph.pieces[:cut] + [p for p in ph.pieces[cut:] if p.type == PERSON],
                    ph.links[:cut - 1] + ["adj"] * sum(1 for p in ph.pieces[cut:] if p.type == PERSON),
                    ph.start, ph.end)
    pieces = ph.pieces
    h = _head_index(ph)
    head = pieces[h]
    if head.type == AGENT:
        for p in pieces[:h]:
            if p.led:  # "Vietnamese-led forces", "US-led coalition": forces of that state
                p.demoted = False
    d = Draft(ph.start, ph.end)
    d.definite = ph.start < ph.end and doc[ph.start].lower_ == "the"
    countries = [p.country for p in pieces if p.country and p.type in (COUNTRY, ADJ, CAPITAL, SEAT, INST, CITY,
                                                                         GROUP)
                 and not (p.entry.cls == "disputed" and head.type != CITY)] + [
        p.country for p in pieces if p.country and p.type in (REGION, REGION_ADJ)]
    orgs = [p.entry.org for p in pieces if p.entry.org and p.type in (ORG, INTL)]
    # country: the modifier's own (first) unless an "of" complement names it
    if "of" in ph.links:
        # "the press service of the Ministry of Defence of the Republic of Kazakhstan": the head's own
        # modifier first, else the nearest complement that names a state
        after = [p.country for p in pieces[ph.links.index("of") + 1:] if p.country]
        before = [p.country for p in pieces[:ph.links.index("of") + 1] if p.country]
        d.country = (before or after or [None])[0]
    elif countries:
        d.country = countries[0]
    if orgs:
        d.org = orgs[0]
    # sector: the head agent's, else the nearest other piece with one
    agents = [p for p in pieces if p.type == AGENT]
    sector = None
    order = [head] + [p for p in reversed(pieces[:h])] + list(pieces[h + 1:])
    for p in order:
        if p.type == AGENT and p.entry.sector:
            sector = p.entry.sector
            break
    if sector is None:
        for p in order:
            if p.type in (ORG, INST, SEAT, GROUP, INTL) and p.entry.sector:
                sector = p.entry.sector
                break
            if p.type == "orgent":  # "members of the Association of African Jurists"
                sector = _sector_from_orgent(doc, p)
                if sector:
                    break
    if sector is None and (d.country or d.org) and any(p.type == AGENT and p.entry.person for p in pieces):
        # a state's official, leader, spokesman or negotiator speaks for its government (CAMEO)
        sector = "GOV"
    d.sector = sector
    # kind and name
    if not (d.country or d.org):
        # a named person modifying a body ("Obama administration", "Putin's government"): their state
        for p in pieces:
            if p.type == PERSON and p is not head and pieces.index(p) < h:
                t = term_on(_terms_for(lex, p.entry, date, role="x"), date)
                if t is not None:
                    d.country, d.org = t.country, t.org
                    break
    groups = [p for p in pieces if p.type == GROUP]
    if groups and not (d.country or d.org):
        d.cameo = groups[0].entry.cameo
    person_pieces = [p for p in pieces if p.type == PERSON and p is head]
    if person_pieces:
        pp = person_pieces[0]
        d.kind = "person"
        d.person = pp.entry.name
        d.name = pp.entry.name
        d.person_text = doc[pp.start:pp.end].text
        roles = [p for p in pieces if p.type == AGENT and p.start < pp.start]
        if roles:
            r0, r1 = roles[0].start, roles[-1].end
            # role text: the agent words, with their "of the ..." complement up to the name
            stop = pp.start
            cs = [p for p in pieces if p.start > r0 and p.end <= stop and p.type in STATE_KINDS]
            if cs and doc[cs[0].start - 1].lower_ == "to":
                stop = cs[0].start - 1
            elif cs and doc[cs[0].start - 1].lower_ in ("of", "the"):
                stop = cs[0].start - (2 if doc[cs[0].start - 1].lower_ == "the" and cs[0].start >= 2 and doc[cs[0].start - 2].lower_ == "of" else 1)
            elif cs:
                stop = cs[0].start if cs[0].start >= r1 else stop
            stop = min(stop, pp.start)
            stop = max(stop, roles[0].end)
            d.role = doc[r0:stop].text.strip(" ,")
            d.role_cls = roles[-1].entry.cls
        pterms = pp.entry.person_terms()
        if pterms:
            t = term_on(pterms, date)
            if t is not None:
                if not (d.country or d.org):
                    d.country, d.org = t.country, t.org
                    if d.sector is None or not roles:
                        d.sector = t.sector
                elif d.sector is None and t.country == d.country:
                    d.sector = t.sector
                if not roles:
                    d.role = t.title or None
                    d.from_dict = True
        return d
    if head.type == AGENT:
        if head.entry.person and not _plural_token(doc[head.end - 1]):
            d.kind = "person"
            d.role_noun = True
            d.role = head.entry.name if head.end - head.start > 1 else doc[head.start:head.end].text
            d.role_cls = head.entry.cls
        elif sector in ("REB", "INS", "UAF", "CVL", "REF", "OPP", "LAB"):
            d.kind = "group"
        else:
            d.kind = "org"
        if d.org and not d.country:
            d.kind = "igo" if d.kind == "org" else d.kind
        d.name = _phrase_text(doc, ph)
        return d
    if head.type in (ORG, INTL):
        d.kind = "igo" if head.entry.org else "org"
        d.name = head.entry.name if len(pieces) == 1 else _phrase_text(doc, ph)
        d.cameo = head.entry.cameo if not head.entry.org else None
        if d.country and head.entry.org:  # "Russian-led CSTO" is demoted; "EU's ..." keeps org
            d.country = None if head.type == ORG and not agents else d.country
        return d
    if head.type == GROUP:
        d.kind = "group"
        d.name = head.entry.name
        d.cameo = head.entry.cameo
        return d
    if head.type == INST:
        d.kind = "org"
        d.name = head.entry.name if len(pieces) == 1 else _phrase_text(doc, ph)
        return d
    if head.type == SEAT:
        d.kind = "org"
        d.name = head.entry.name
        return d
    if head.type == CAPITAL and len(pieces) == 1:
        k = ph.start - 1
        while k > 0 and doc[k].pos_ == "ADJ":  # "in central Baghdad"
            k -= 1
        prev = doc[k].lower_ if k >= 0 else ""
        line_start = ph.start == 0 or "\n" in doc[ph.start - 1].text_with_ws or doc[ph.start - 1].is_space
        if prev in LOCATIVE or (ph.end < len(doc) and doc[ph.end].text == "," and line_start):
            d.kind = "location"
            d.sector = None
        else:
            d.kind = "state"
            d.sector = "GOV"
        d.name = head.entry.name
        return d
    if head.type == CITY or head.type == "gpeent":
        d.kind = "location"
        d.sector = None if head.type == CITY else d.sector
        d.name = head.entry.name
        return d
    if head.type == "orgent":
        d.kind = "org"
        d.name = head.entry.name
        d.sector = d.sector or _sector_from_orgent(doc, head)
        return d
    # names and adjectives of states and regions
    d.kind = "state"
    if head.type == ADJ and head.entry.sector and len(pieces) == 1:
        d.kind, d.sector = "group", head.entry.sector  # "the Kazakhs": the people
    d.name = (lex.knowledge.countries.get(head.country, {}).get("name") if head.country else None) or head.entry.name
    if head.demoted:
        d.kind = None
    if head.type in (ADJ, REGION_ADJ, COUNTRY) and ph.end < len(doc):
        nxt = doc[ph.end].lower_
        if nxt in lex.non_actor_heads:
            d.kind = "skip"
    return d


def _plural_token(tok) -> bool:
    if tok.tag_:
        return tok.tag_ in ("NNS", "NNPS")
    return tok.lower_.endswith("s") and not tok.lower_.endswith("ss")


def _phrase_text(doc, ph) -> str:
    s = ph.start
    while s < ph.end and doc[s].lower_ in DETS:
        s += 1
    return doc[s:ph.end].text


def _hyphen_participle(doc, k: int) -> bool:
    """Token ``k`` ends a hyphenated modifier: "Bishkek-based", "US-backed"."""
    return k > 0 and (doc[k].tag_ == "VBN" or doc[k].pos_ == "VERB") and doc[k - 1].text == "-" \
        and not doc[k - 1].whitespace_


def _based_in(doc, k: int) -> bool:
    """"an analyst based in Almaty": where the person works, part of the apposition."""
    return doc[k].lower_ in ("based", "stationed", "headquartered") and k + 1 < len(doc) \
        and doc[k + 1].lower_ in ("in", "at")


def _appositive(doc, d: Draft, drafts_by_start: dict, pieces_by_start: dict, sent_end: int):
    """``NAME, [a] ROLE [of ORG] [in PLACE],`` -> (role, role_cls, country, org, sector) or None."""
    i = d.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    while j < sent_end and doc[j].lower_ in DETS:
        j += 1
    window_end = j
    while window_end < min(sent_end, j + 16):
        t = doc[window_end]
        if t.text in (",", ";", ".", ":", "(", ")") or t.text in QUOTE_CHARS or (
                t.pos_ in ("VERB", "AUX", "CCONJ") and not _hyphen_participle(doc, window_end)
                and not _based_in(doc, window_end)) \
                or t.lower_ in ("and", "or", "but", "who", "which", "that"):
            break
        p = pieces_by_start.get(window_end)
        if p is not None and p.type == PERSON:
            break  # another person begins ("an aide to President Ilham Aliyev")
        # a name is read whole, "and" in it too ("head of the Center for Democracy and Security")
        window_end = max(window_end + 1, p.end if p is not None else 0)
    # a piece may hold the determiner the loop skipped ("the Kremlin spokesman")
    inside = [q for k in range(i + 1, window_end) if (q := pieces_by_start.get(k)) is not None and q.end <= window_end]
    roles = [p for p in inside if p.type == AGENT and p.entry.person]
    if not roles:
        return None
    role = roles[0]
    # the apposition starts with its role: only adjectives, a nationality or the body it serves before it
    # ("a senior researcher", "an Uzbek analyst", "the Taliban spokesman")
    for k in range(j, role.start):
        p = pieces_by_start.get(k)
        if p is not None:
            if p.type == PERSON:
                return None
            continue
        if not any(q.start <= k < q.end for q in inside) and doc[k].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM", "") \
                and doc[k].text not in POSSESSIVE and doc[k].text != "-" and not _hyphen_participle(doc, k):
            return None
    country = next((p.country for p in inside if p.country and p.type not in (REGION, REGION_ADJ)), None) or next(
        (p.country for p in inside if p.country), None)
    org = next((p.entry.org for p in inside if p.entry.org and p.type in (ORG, INTL)), None)
    sector = role.entry.sector
    if sector is None:
        for p in inside:
            if p is role:
                continue
            if p.type in (AGENT, ORG, INST, INTL, SEAT, GROUP) and p.entry.sector:
                sector = p.entry.sector
                break
            if p.type == "orgent":
                sector = _sector_from_orgent(doc, p)
                if sector:
                    break
    role_text = doc[role.start:role.end].text
    # "Secretary of the Security Council" is one agent phrase already
    return role_text, role.entry.cls, country, org, sector, window_end


LOCATIVE_OF = {"in", "at", "from", "throughout", "across", "inside", "near"}


def _locative_country(doc, drafts, pieces_by_start):
    """CAMEO codes an actor with no nationality by where the text puts it:
    "rebels in Darfur", "Security forces in Guinea"; and a place spaCy found
    but the gazetteer lacks takes the state the text puts it in ("Cizre in
    southeastern Turkey")."""
    for d in drafts:
        if d.country or d.org:
            continue
        if not ((d.kind in ("org", "group") and d.sector is not None) or d.kind == "location"):
            continue
        i = d.end
        if i >= len(doc) or doc[i].lower_ not in LOCATIVE_OF:
            continue
        j = i + 1
        while j < len(doc) and j < i + 3 and (doc[j].lower_ in DETS or doc[j].pos_ == "ADJ"):
            j += 1
        p = pieces_by_start.get(j)
        if p is not None and p.type in (COUNTRY, CAPITAL, CITY) and p.country:
            d.country = p.country


def _quote_mask(words) -> bytearray:
    """1 for tokens inside quotation marks (toggle per paragraph)."""
    mask = bytearray(len(words))
    inside = False
    for i, w in enumerate(words):
        if "\n" in w:
            inside = False
        if w in QUOTE_CHARS:
            if w in ("“", "«", "„"):
                inside = True
            elif w in ("”", "»"):
                inside = False
            else:
                inside = not inside
            continue
        if inside:
            mask[i] = 1
    return mask


class _Arrays:
    """Per-token strings read once (iterating a Doc creates Token objects)."""

    __slots__ = ("words", "lower", "pos", "tag")

    def __init__(self, doc):
        from spacy.attrs import LOWER, ORTH, POS, TAG
        from spacy.parts_of_speech import NAMES

        if not len(doc):
            self.words, self.lower, self.pos, self.tag = [], [], [], []
            return
        rows = doc.to_array([ORTH, LOWER, POS, TAG]).tolist()
        strings = doc.vocab.strings
        cache: dict = {0: ""}

        def s(h):
            v = cache.get(h)
            if v is None:
                v = cache[h] = strings[h]
            return v

        self.words = [s(r[0]) for r in rows]
        self.lower = [s(r[1]) for r in rows]
        self.pos = [NAMES.get(r[2], "") if r[2] else "" for r in rows]
        self.tag = [s(r[3]) for r in rows]


def _sentences(doc):
    n = len(doc)
    sent_of = [0] * n
    sent_end = [n] * n
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        for si, s in enumerate(doc.sents):
            st, en = s.start, s.end
            sent_of[st:en] = [si] * (en - st)
            sent_end[st:en] = [en] * (en - st)
    return sent_of, sent_end


def extract(doc, date: Optional[str] = None, lex=None):
    """``(mentions, chains)`` for ``doc`` (see module doc)."""
    lex = lex or get_lexicon(doc.vocab)
    if date is None and doc.has_extension("published"):
        date = doc._.published
    arr = _Arrays(doc)
    sent_of, sent_end = _sentences(doc)
    pieces = _pieces(doc, lex, date, arr)
    phrases = _phrases(doc, pieces, sent_end)
    drafts = []
    for ph in phrases:
        for d in _resolve(doc, ph, date, lex):
            if d.kind in ("skip", None):
                continue  # a non-actor use ("US dollar") or only a demoted modifier ("pro-Russian")
            drafts.append(d)
    pieces_by_start = {p.start: p for p in pieces}
    # role introductions: "NAME, ROLE of ORG in PLACE" and "ROLE, NAME,"
    by_start = {d.start: d for d in drafts}
    for idx, d in enumerate(drafts):
        if d.kind == "person" and d.person:
            ap = _appositive(doc, d, by_start, pieces_by_start, sent_end[d.start] if d.start < len(doc) else len(doc))
            if ap:
                role, cls, country, org, sector, wend = ap
                if d.role is None or d.from_dict:
                    d.role, d.role_cls = role, cls
                    d.country = country or (None if d.from_dict else d.country)
                    d.org = org or (None if d.from_dict else d.org)
                    d.sector = sector
                    d.from_dict = False
                elif not (d.country or d.org) and (country or org):
                    # "Colonel General X, chief of the CSTO Joint Staff": the title gave the sector only
                    d.country, d.org = country, org
                    d.sector = d.sector or sector
                # the apposition's own phrase describes this person: a mention of the same entity
                for other in drafts:
                    if other is not d and other.start > d.end and other.end <= wend and other.role_noun:
                        other.same_as = d
        elif d.role_noun and idx + 1 < len(drafts):
            # the comma may follow a noun or two the phrase left out ("the commander of the CSTO force, X,")
            # or the body the role serves ("the spokeswoman for the Foreign Ministry, X,")
            comma = d.end
            end = min(len(doc), d.end + 8, sent_end[d.start] if d.start < len(doc) else len(doc))
            while comma < end and doc[comma].text != "," and doc[comma].pos_ in ("NOUN", "PROPN", "ADP", "DET", "ADJ",
                                                                                  "CCONJ"):
                comma += 1
            nxt = next((x for x in drafts[idx + 1:] if x.start >= comma), drafts[idx + 1])
            if (nxt.kind == "person" and nxt.person and comma < len(doc) and doc[comma].text == ","
                    and nxt.start == comma + 1 and (nxt.end >= len(doc) or doc[nxt.end].text in (",", "."))):
                if not (d.country or d.org):
                    # "the spokeswoman for the Russian Foreign Ministry, NAME,": the body the role serves
                    body = None
                    for x in drafts[idx + 1:idx + 8]:
                        if x.start >= comma:
                            break
                        if d.end <= x.start and x.end <= comma and (x.country or x.org) and (
                                x.kind in ("org", "igo", "group") or (
                                x.kind == "location" and doc[x.start - 1].lower_ in ("for", "of"))):
                            body = x
                            break
                    if body is not None:
                        d.country, d.org = body.country, body.org
                        d.sector = d.sector or body.sector
                if nxt.role is None or nxt.from_dict:
                    nxt.role, nxt.role_cls = d.role, d.role_cls
                    nxt.country, nxt.org, nxt.sector = d.country, d.org, d.sector
                    nxt.from_dict = False
                elif not (nxt.country or nxt.org) and (d.country or d.org):
                    nxt.country, nxt.org = d.country, d.org  # "Colonel General X": the body from the role phrase
                    nxt.sector = nxt.sector or d.sector
                d.same_as = nxt
    _locative_country(doc, drafts, pieces_by_start)
    # pronouns
    lower, pos, tag = arr.lower, arr.pos, arr.tag
    for i, w in enumerate(lower):
        if w in PRONOUNS and (not pos[i] or pos[i] == "PRON" or tag[i] in ("PRP", "PRP$")):
            drafts.append(Draft(i, i + 1, kind="pronoun"))
    drafts.sort(key=lambda d: (d.start, -d.end))
    _acronyms(doc, drafts)
    _definite_bodies(doc, drafts)
    qmask = _quote_mask(arr.words)
    return _corefer(doc, drafts, date, lex, sent_of, qmask)


def _acronym_text(doc, d) -> str:
    words = [t.text for t in doc[d.start:d.end] if t.lower_ != "the"]
    return words[0] if len(words) == 1 else ""


def _acronyms(doc, drafts) -> None:
    """"South Korea's Joint Chiefs of Staff (JCS) ... the JCS said": a short
    name in brackets right after a body's name is that body wherever it
    stands (in the brackets and after them), with its name and codes."""
    defs: dict = {}
    for d in drafts:
        if d.kind in ("org", "igo", "group") and (d.country or d.org) and d.end + 2 < len(doc) \
                and doc[d.end].text == "(" and doc[d.end + 2].text == ")":
            short = doc[d.end + 1].text
            if short.isalpha() and short[:1].isupper() and 2 <= len(short) <= 8 and short != d.name:
                defs.setdefault(short, d)
    if not defs:
        return
    for x in drafts:
        body = defs.get(_acronym_text(doc, x))
        if body is not None and x is not body and x.start >= body.end and not (x.country or x.org):
            x.name, x.country, x.org, x.sector, x.kind = body.name, body.country, body.org, body.sector, body.kind


def _body_words(doc, d) -> list:
    return [t.lower_ for t in doc[d.start:d.end] if t.dep_ not in ("det", "case") and t.tag_ != "POS"
            and t.lower_ not in ("the", "'s", "\u2019s")]


# head nouns of bodies a title can name without their state ("ministry spokeswoman", "embassy official")
_BODY_HEADS = {"ministry", "department", "agency", "service", "committee", "council", "commission", "office",
               "embassy", "government", "administration", "parliament", "assembly", "army", "navy", "police",
               "bank", "fund", "court", "party", "secretariat", "directorate", "command", "staff"}


def _take_state(d, body) -> None:
    """``d`` belongs to ``body``: its state or organization, and its sector unless it has none."""
    d.country, d.org = body.country, body.org
    d.sector = body.sector or d.sector


def _definite_bodies(doc, drafts) -> None:
    """"the ministry", "the Defence Ministry", "the government" with no state
    or organization of their own refer to the latest body named before them
    whose name ends in the same words ("Tajikistan's Defence Ministry",
    "the Kazakh government"): they take its name and codes. A bare "the
    NOUN" that no dictionary knows ("the Kyrgyz border service ... the
    service said") becomes a mention of such a body too."""
    bare = _bare_heads(doc, drafts)
    named: list = []  # (words, draft) of coded bodies, latest last
    for d in drafts:
        if d.kind == "person" and d.role and not (d.country or d.org) and named:
            # "ministry spokeswoman Maria Zakharova": the ministry named before
            role_words = set(d.role.lower().split()[:-1]) & _BODY_HEADS
            ante = next((a for w, a in reversed(named) if w[-1] in role_words), None)
            if ante is not None:
                _take_state(d, ante)
            continue
        if d.kind not in ("org", "igo"):
            continue
        words = _body_words(doc, d)
        if not words:
            continue
        if d.country or d.org:
            named.append((words, d))
        elif d.definite and not d.cameo and len(words) <= 4:
            # "the ministry's press service": the possessor is the body named before
            pos_at = next((k for k in range(d.start, d.end) if doc[k].tag_ == "POS"), None)
            owner = _body_words(doc, Draft(d.start, pos_at)) if pos_at is not None else None
            for ante_words, ante in reversed(named):
                if owner and len(ante_words) > len(owner) and ante_words[-len(owner):] == owner:
                    _take_state(d, ante)
                    break
                if len(words) <= 3 and len(ante_words) > len(words) and ante_words[-len(words):] == words:
                    _take_state(d, ante)
                    d.name, d.kind = ante.name, ante.kind
                    break
    drop = {id(d) for d in bare if not (d.country or d.org)}
    if drop:  # no body of that name before it: a common noun ("the service was slow")
        drafts[:] = [d for d in drafts if id(d) not in drop]


# nouns that refer back to an international body: "the CSTO ... the alliance"
_BLOC_WORDS = {"alliance", "bloc", "organization", "organisation", "grouping", "union"}
# nouns that end names of bodies but mostly mean the place ("the White House ... in the house")
_PLACE_NOUNS = {"house", "hall", "building", "theater", "theatre", "center", "centre", "square", "palace",
                "office", "tower", "station", "base", "camp", "port", "airport", "field", "park", "street"}


def _bare_heads(doc, drafts) -> list:
    """Add a draft for each "the NOUN" (NOUN outside every draft) whose noun
    ends the name of a coded body named earlier in the article; the caller
    links it to that body. Plural nouns and nouns with modifiers of their own
    are left alone ("the services", "the security service of Ukraine")."""
    heads = {}  # last body word -> first token index where a coded body ending in it ends
    for d in drafts:
        if d.kind in ("org", "igo") and (d.country or d.org) and d.end - d.start >= 2:
            w = doc[d.end - 1]
            # the noun must head the name ("border service"), not end a modifier ("secretary of the economy")
            if w.pos_ in ("NOUN", "PROPN") and w.tag_ in ("NN", "NNP") and not d.start <= w.head.i < d.end:
                heads.setdefault(w.lower_, d.end)
    bodies = [d for d in drafts if d.kind in ("org", "igo") and (d.country or d.org)]
    if not heads and not any(d.kind == "igo" for d in bodies):
        return []
    covered = bytearray(len(doc))
    for d in drafts:
        covered[d.start:d.end] = b"\x01" * (d.end - d.start)
    by_start = {d.start: d for d in drafts}
    added = []
    for t in doc:
        i = t.i
        if (i == 0 or covered[i] or covered[i - 1] or t.tag_ != "NN" or doc[i - 1].lower_ != "the"
                or doc[i - 1].dep_ != "det"):
            continue
        if t.dep_ == "compound" or t.lower_ in _PLACE_NOUNS or any(
                c.dep_ in ("amod", "compound", "prep", "poss", "nummod") for c in t.children):
            continue
        if t.lower_ in _BLOC_WORDS:
            # "the alliance", "the bloc": the latest body named before, if it is an international one
            ante = next((d for d in reversed(bodies) if d.end <= i - 1), None)
            if ante is None or ante.kind != "igo" or not ante.org:
                continue
            d = Draft(i - 1, i + 1, kind="igo", name=ante.name, country=ante.country, org=ante.org,
                      sector=ante.sector, definite=True)
            owned = by_start.get(i + 2) if i + 2 < len(doc) and doc[i + 1].tag_ == "POS" else None
            if owned is not None and owned.kind in ("org", "igo") and not (owned.country or owned.org):
                owned.org = ante.org  # "the alliance's Joint Staff"
            added.append(d)
        elif heads.get(t.lower_, len(doc)) < i:
            added.append(Draft(i - 1, i + 1, kind="org", name=t.text, definite=True))
    if added:
        drafts.extend(added)
        drafts.sort(key=lambda d: (d.start, -d.end))
    return added


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1].lower() if parts else ""


def _pick_surname(lex, surname: str, d, date):
    """The one dictionary person a surname-only mention can mean: unique, or
    (after a title: "President Obama") the only one in office on the date,
    or the one far better documented than the others."""
    words = surname.split()
    names = lex.surnames.get(surname_key(surname)) or ()
    if len(words) > 1:
        # a full name the dictionary spells differently ("Omar Hassan al-Bashir", "Laurent Gbago"):
        # same first name, same or nearly the same surname, and the text gives a role
        if not d.role:
            return None
        names = {n for n in names if n.split()[0].lower() == words[0]}
        if not names:
            names = lex.near_names(words[0], surname_key(surname))
    if len(names) == 1:
        return next(iter(names))
    cands = []
    for n in names:
        terms = lex.terms_of(n)
        t = term_on(terms, date)
        if t is None or (date and t.sector == "ELI"):
            continue
        if d.country and t.country != d.country:
            continue
        current = date is not None or any(_open(x, date) and (x.start or x.end) for x in terms)
        hand = n in lex.terms_by_name
        cands.append(((current, hand), len(terms) + len(n.split()), n))
    if len(cands) == 1:
        return cands[0][2]
    if len(cands) > 1:
        cands.sort(reverse=True)
        # a hand-checked or still-serving office holder over a stale reference entry; else the far
        # better documented one
        if cands[0][0] > cands[1][0] or cands[0][1] >= 2 * cands[1][1]:
            return cands[0][2]
    return None


def _terms_for(lex, entry, date, role=None) -> list:
    """Terms of a person piece: its own (dictionary match) or, for a name spaCy
    found, those of the one dictionary person the surname can mean."""
    terms = entry.person_terms()
    if terms:
        return terms
    canon = _pick_surname(lex, entry.name.lower(), Draft(0, 0, role=role), date)
    return lex.terms_of(canon) if canon else []


def _role_word(role: Optional[str]) -> str:
    """The last word of a role, lower-cased: "general" of "Brigadier General"."""
    parts = (role or "").split()
    return parts[-1].lower() if parts else ""


def _nameless(d, first: int, word: str) -> "Person":
    """A person the text describes but does not name ("an Uzbek analyst", "the French defence minister")."""
    return Person(None, first, "", d.country, d.org, d.sector, d.role, {x for x in (d.role_cls, word) if x},
                  from_text=True, role_words={word} if word else set())


def _corefer(doc, drafts, date, lex, sent_of, qmask):
    persons: list = []  # Person
    by_full: dict = {}
    by_surname: dict = {}
    assign: list = []  # per draft: Person or None
    last_mention: dict = {}  # person id -> token index of last mention
    last_subject: dict = {}
    last_out: dict = {}  # person id -> token index of last mention outside quotation marks
    def by_recency() -> list:
        return sorted(persons, key=lambda c: -last_mention.get(id(c), -1))

    for d in drafts:
        p = None
        word = _role_word(d.role)  # "general" of "Brigadier General"
        if d.kind == "person" and d.person:
            full = d.person.lower()
            if full in by_full:
                p = by_full[full]
            elif len(full.split()) == 1 and full in by_surname:
                p = by_surname[full]
            elif (len(full.split()) == 1 or (not d.country and not d.org and not d.from_dict)) and \
                    _pick_surname(lex, full, d, date):
                canon = _pick_surname(lex, full, d, date)
                if canon.lower() in by_full:
                    p = by_full[canon.lower()]
                else:
                    terms = lex.terms_of(canon)
                    t = term_on(terms, date)
                    if t is not None:
                        p = Person(canon, len(assign), _surname(canon), d.country or t.country,
                                   d.org if d.country else t.org, d.sector or t.sector, d.role or t.title or None,
                                   {d.role_cls} if d.role_cls else set(), from_text=bool(d.role))
                        persons.append(p)
                        by_full[canon.lower()] = p
                        by_surname.setdefault(p.surname, p)
            else:
                # a longer form of a known surname-only person ("Peskov" ... "Dmitry Peskov") or a first mention
                p0 = by_surname.get(_surname(full))
                if p0 is not None and len(p0.name.split()) == 1:
                    p = p0
                    p.name = d.person
            if p is None:
                p = Person(d.person, len(assign), _surname(d.person), d.country, d.org, d.sector, d.role,
                           {d.role_cls} if d.role_cls else set(), from_text=not d.from_dict)
                persons.append(p)
                by_surname.setdefault(p.surname, p)
                parts = d.person.split()
                if len(parts) == 2:
                    # "Xi Jinping" ... "Xi": family names come first in Chinese, Korean, Hungarian names
                    by_surname.setdefault(parts[0].lower(), p)
            by_full[d.person.lower()] = p
            by_surname.setdefault(_surname(d.person), p)
            if d.person_text:  # "Kamchybek Tashiev" (dictionary: Tashiyev) ... "Tashiev"
                by_surname.setdefault(_surname(d.person_text), p)
                by_full.setdefault(d.person_text.lower(), p)
                # the name as the article spells it in full ("Mevlüt Çavuşoğlu", "Kamchybek
                # Tashiev"), not the reference dictionary's transliteration; codes stay its own
                if not p.name_from_text and len(d.person_text.split()) >= 2 and not d.person_text.isupper():
                    p.name, p.name_from_text = d.person_text, True
            # the text's role wins over the dictionary, for the whole article
            if d.role and (not p.from_text or p.role is None) and not d.from_dict:
                p.role, p.country, p.org, p.sector, p.from_text = d.role, d.country, d.org, d.sector, True
            elif p.country is None and p.org is None and (d.country or d.org):
                p.country, p.org, p.sector = d.country, d.org, d.sector or p.sector
            if p.gender is None:
                p.gender = _gender_of(doc, d)
            if d.role_cls:
                p.role_cls.add(d.role_cls)
            if word:
                p.role_cls.add(word)
                p.role_words.add(word)
        elif d.same_as is not None:
            p = None  # filled below, once the named person is known
        elif d.kind == "person" and d.role_noun and not d.definite:
            # "an Uzbek political analyst": a person without a name, whom "the analyst" and "he" may refer to
            p = _nameless(d, len(assign), word)
            persons.append(p)
        elif d.kind == "person" and d.role_noun and d.definite and not d.country and not d.org:
            # "the analyst": the most recent compatible person
            recent = by_recency()
            # the same role word first ("the general": Brigadier General Deane, not a
            # colonel named since), then the same class ("the analyst": a senior fellow)
            best = next((c for c in recent if word and word in c.role_words), None)
            if best is None:
                best = next((c for c in recent if (word and word in c.role_cls)
                             or (d.role_cls and d.role_cls in c.role_cls)), None)
            if best is None and d.sector:
                best = next((c for c in recent if c.sector == d.sector and c.role), None)
            p = best
        elif d.kind == "person" and d.role_noun and d.definite:
            # "the French defence minister": the person of that state and role named before, or a
            # person without a name whom "he" and "the minister" may refer to
            recent = by_recency()
            p = next((c for c in recent if word and word in c.role_words and (c.country, c.org) == (d.country, d.org)),
                     None)
            if p is None and word in _LEADER_WORDS:
                # "Lukashenko ... The Belarusian leader": the state's leader named before
                p = next((c for c in recent if c.name and (c.country, c.org) == (d.country, d.org)
                          and c.sector in ("GOV", None)), None)
            if p is None:
                p = _nameless(d, len(assign), word)
                persons.append(p)
        elif d.kind == "pronoun":
            p = _pronoun_antecedent(doc, d, persons, (last_mention, last_out), last_subject, sent_of, qmask)
        assign.append(p)
        if p is not None:
            last_mention[id(p)] = d.start
            if not qmask[d.start]:
                last_out[id(p)] = d.start
            if doc[d.start].dep_ in ("nsubj", "nsubjpass") or (d.end < len(doc) and doc[d.end].lemma_ in ("say", "tell")):
                last_subject[id(p)] = d.start
    index = {id(d): i for i, d in enumerate(drafts)}
    for i, d in enumerate(drafts):
        if d.same_as is not None and id(d.same_as) in index:
            assign[i] = assign[index[id(d.same_as)]]
    # build mentions
    mentions = []
    keep = []
    for d, p in zip(drafts, assign):
        if d.kind == "pronoun" and p is None:
            continue
        keep.append((d, p))
    ent_ids: dict = {}
    chains_map: dict = {}
    for d, p in keep:
        span = doc[d.start:d.end]
        if p is not None:
            # a person with no name: a definite role of a state keeps its own words ("French defence minister")
            name = p.name if p.name is not None or not (d.role_noun and d.definite and (d.country or d.org)) \
                else d.name
            m = Mention(start=span.start_char, end=span.end_char, text=span.text, name=name, kind="person",
                        code=join_code(p.country, p.org, p.sector), country=p.country, org=p.org, sector=p.sector,
                        role=p.role)
            key = ("person", id(p))
        else:
            m = Mention(start=span.start_char, end=span.end_char, text=span.text, name=d.name, kind=d.kind,
                        code=join_code(d.country, d.org, d.sector), country=d.country, org=d.org,
                        sector=d.sector, role=d.role)
            if m.code is None and d.cameo and not d.country and not d.org:
                m.code = d.cameo  # a group/NGO with no state: its CAMEO dictionary code
            key = ("code", m.code, m.org, m.kind) if m.code else ("own", len(mentions))
        if key not in ent_ids:
            ent_ids[key] = f"e{len(ent_ids) + 1}"
        m.entity = ent_ids[key]
        chains_map.setdefault(m.entity, []).append(len(mentions))
        mentions.append(m)
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, -mentions[i].end))
    remap = {old: new for new, old in enumerate(order)}
    mentions = [mentions[i] for i in order]
    chains = [sorted(remap[i] for i in idxs) for idxs in chains_map.values() if len(idxs) >= 2]
    chains.sort(key=lambda c: c[0])
    return mentions, chains


# role nouns that refer back to a state's leader by any title: "the Belarusian leader"
_LEADER_WORDS = {"leader", "strongman"}

HONORIFIC = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f",
             "sir": "m", "lady": "f"}
FEMALE_ROLE = ("woman", "women", "wife", "mother", "queen", "actress", "chairwoman", "congresswoman")


def _gender_of(doc, d) -> Optional[str]:
    """What the mention itself says: an honorific before the name, or a female role noun."""
    k = d.start - 1
    if k >= 0 and doc[k].text == "." and k >= 1:
        k -= 1
    if k >= 0:
        g = HONORIFIC.get(doc[k].lower_) or HONORIFIC.get(doc[k].lower_ + ".")
        if g:
            return g
    if _role_word(d.role).endswith(FEMALE_ROLE):
        return "f"
    return None


def _pronoun_antecedent(doc, d, persons, last, last_subject, sent_of, qmask):
    """The person "he"/"she" at ``d`` refers to. ``last``: (last mention, last
    mention outside quotation marks) per person. Outside quotation marks the
    writer's own mentions count first: in '"Pashinyan is sending a signal,"
    he said', "he" is the speaker named before, not the name in the quote."""
    last_mention, last_out = last
    i = d.start
    if not persons:
        return None
    g = "m" if doc[i].lower_ in MALE else "f"
    si = sent_of[i] if i < len(sent_of) else 0
    in_quote = bool(qmask[i])
    cands = []
    for c in persons:
        lm = last_mention.get(id(c))
        if lm is None or lm >= i:
            continue
        if si - sent_of[lm] > 3:
            continue
        if in_quote and not qmask[lm]:
            # inside a quote, "he" is not the speaker: only people mentioned inside quotes qualify
            continue
        if c.gender is not None and c.gender != g:
            continue
        out = None if in_quote else last_out.get(id(c))
        if out is not None and si - sent_of[out] <= 3:
            lm = out
        cands.append((c, lm))
    if not cands:
        return None
    if len(cands) == 1 and cands[0][0].gender is None and sum(
            1 for c in persons if c.gender in (None, g) and last_mention.get(id(c)) is not None) == 1:
        cands[0][0].gender = g  # the only person around: the pronoun tells their gender
    # prefer a subject in the nearest sentence, then the most recent mention
    def score(x):
        c, lm = x
        subj = last_subject.get(id(c))
        same_or_prev = si - sent_of[lm]
        quoted = 1 if qmask[lm] and not in_quote else 0  # named only inside a quotation
        return (quoted, same_or_prev, 0 if subj is not None and sent_of[subj] == sent_of[lm] else 1, -lm)

    cands.sort(key=score)
    return cands[0][0]
