"""Pieces: the lexicon's matches in an article (names, adjectives, capitals,
seats, organizations, groups, agent words, office holders; longest first),
plus spaCy's PERSON, ORG and GPE entities the lexicon does not know, and
the marks a piece's neighbours put on it ("anti-Russian", "US-backed",
"Russia's")."""

from __future__ import annotations

from .codes import EDU_HEADS
from .entnames import given_before_place, given_names, is_outlet, media_words, trailing_person
from .lexicon import ADJ, AGENT, CAPITAL, CITY, COUNTRY, GROUP, NAMED, PERSON, PRIORITY, REGION, REGION_ADJ, Entry
from .names import more_persons
from .parts import Piece
from .subunits import subunit_pieces
from .surnames import is_region_name
from .text import DETS, POSSESSIVE, is_name_token
from .words import word_set


def _cap_ok(words, lower, s, e) -> bool:
    """The first word of a match that is no article or particle is capitalised (or a number)."""
    particles = word_set("name_particles")
    for i in range(s, e):
        if lower[i] in DETS or (lower[i] in particles and i + 1 < e):
            continue
        c = words[i][:1]
        return c.isupper() or c.isdigit()
    return False


def find_pieces(doc, lex, date, arr) -> list:
    """Every piece of the article, in text order, with its modifier marks set."""
    words, pos = arr.words, arr.pos
    taken = bytearray(len(doc))
    chosen = _longest_matches(_lexicon_matches(doc, lex, date, arr), taken)
    _body_of_names(doc, words, pos, chosen, taken)
    _coordinated_remits(words, chosen, taken)
    _hyphen_tails(doc, chosen, taken)
    subunit_pieces(doc, chosen, taken, words)
    ent_country = _cities_in_org_names(doc, chosen, taken)
    _named_institutions(doc, chosen, taken)
    _entity_pieces(doc, chosen, taken, ent_country, arr)
    chosen.sort(key=lambda p: p.start)
    chosen = more_persons(doc, chosen, taken, lex, date, arr.words)
    _drop_regions_in_names(chosen, taken, words, pos)
    _mark_modifiers(chosen, words, arr.lower)
    return chosen


def _coordinated_remits(words, chosen: list, taken: bytearray) -> None:
    """A person's title with a second remit joined by "and" before "of" its
    state ("Minister of Foreign Affairs [and International Cooperation] of X
    NAME"): the remit is the title's, so the name after the state follows it."""
    for p in chosen:
        if p.type != AGENT or not p.entry.person or p.end + 2 >= len(words) or words[p.end] != "and":
            continue
        j = p.end + 1
        while j < len(words) and j - p.end <= 4 and not taken[j] and words[j][:1].isupper() and words[j].isalpha():
            j += 1
        if j == p.end + 1 or j >= len(words) or words[j] != "of":
            continue
        for i in range(p.end, j):
            taken[i] = 1
        p.end = j


def _lexicon_matches(doc, lex, date, arr) -> list:
    """``(start, end, entry)`` for each lexicon match that fits the text: a
    name capitalised as names are, an agent word used as a noun."""
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
                if (
                    en.type == PERSON
                    and e < len(words)
                    and words[e][:1].isupper()
                    and words[e].isalpha()
                    and pos[e] in ("PROPN", "")
                ):
                    continue  # the start of a longer name ("Omar Hassan" in "Omar Hassan al-Bashir")
            elif en.type == AGENT:
                if key in lex.knowledge.name_only_ranks:
                    if not _rank_before_name(doc, words, s, e):
                        continue
                    cands.append(en)  # "Major Yerlan Abenov": a rank whatever its tag
                    continue
                lp = pos[e - 1]
                if lp and lp not in ("NOUN", "PROPN") and e - s == 1:
                    continue
            cands.append(en)
        if not cands:
            continue
        if len(cands) > 1:
            # dated entries (capitals): prefer the one in force, but a name is a name
            cands.sort(key=lambda en: _out_of_force(en, date))
        raw.append((s, e, cands[0]))
    return raw


def _out_of_force(en, date) -> bool:
    """Sort key of a name's dated entries: the one in force on the date
    first. With no date, a group's entry that begins at a date (the Taliban
    governing from 2021) is not assumed: the group as such comes first."""
    if date is None and en.type == GROUP:
        return en.start is not None
    return not en.active(date)


def _rank_before_name(doc, words, s: int, e: int) -> bool:
    """A word that is a rank only before a name ("Major", "Private") is one
    here: capitalised, and a person's name the parser found follows it."""
    return words[s][:1].isupper() and e < len(words) and is_name_token(doc[e]) and doc[e].ent_type_ == "PERSON"


def _longest_matches(raw: list, taken: bytearray) -> list:
    """Pieces of the matches that do not overlap: longest first, then type
    priority, then leftmost. Marks their tokens in ``taken``."""
    raw.sort(key=lambda x: (-(x[1] - x[0]), PRIORITY[x[2].type], x[0]))
    chosen = []
    for s, e, en in raw:
        if any(taken[s:e]):
            continue
        for i in range(s, e):
            taken[i] = 1
        chosen.append(Piece(s, e, en.type, en))
    return chosen


def _cities_in_org_names(doc, chosen: list, taken: bytearray) -> dict:
    """A region or city inside an organisation's name ("Caucasus Security
    Studies Centre") gives way to it; a city leaves its state to the
    organisation ("Almaty Centre for Strategic Analysis"). Returns {entity
    start: that state}."""
    ent_country = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        inner = [p for p in chosen if ent.start <= p.start and p.end <= ent.end]
        if (
            inner
            and all(p.type in (REGION, REGION_ADJ, CITY) for p in inner)
            and not any(taken[i] for i in range(ent.start, ent.end) if not any(p.start <= i < p.end for p in inner))
        ):
            for p in inner:
                chosen.remove(p)
                for i in range(p.start, p.end):
                    taken[i] = 0
                if p.type == CITY and p.country:
                    ent_country[ent.start] = p.country
    return ent_country


def _named_institutions(doc, chosen: list, taken: bytearray) -> None:
    """A university or institute named after a person whose name holds a
    place word ("Carlos Lima University") is one body, not "Carlos"
    and the capital's "Lima University": the place gives way to the
    organisation spaCy found, which :func:`_entity_pieces` then adds. (A
    surname alone before the head, "the Nazarbayev University", is the
    person modifier :func:`.names.more_persons` reads.)"""
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC") or len(ent) < 3 or ent[-1].lower_ not in EDU_HEADS:
            continue
        inner = [p for p in chosen if ent.start <= p.start and p.end <= ent.end]
        places = [
            p
            for p in inner
            if p.type in (CAPITAL, CITY)
            and p.start > ent.start
            and not taken[p.start - 1]
            and is_name_token(doc[p.start - 1])
            and p.end < ent.end
        ]
        if not places or any(p.type not in (CAPITAL, CITY, AGENT) for p in inner):
            continue
        if any(taken[i] for i in range(ent.start, ent.end) if not any(p.start <= i < p.end for p in inner)):
            continue  # a piece runs out of the entity
        for p in inner:
            chosen.remove(p)
            for i in range(p.start, p.end):
                taken[i] = 0


def _entity_pieces(doc, chosen: list, taken: bytearray, ent_country: dict, arr) -> None:
    """Add pieces for spaCy's entities the lexicon does not know. A person's
    name that ends an organisation entity is a person ("the Institute for
    Border Studies Bakyt Sultanov"); a "person" whose name ends in an outlet
    word is the outlet ("told Tulpar Info")."""
    by_end = {p.end: p for p in chosen}
    words, pos = arr.words, arr.pos
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
        label = ent.label_
        if label == "PERSON" and is_outlet(words, s, e):
            label = "ORG"
        elif label == "PERSON" and e - s == 1 and is_region_name(words[s]):
            label = "GPE"  # "the Sahel": a region the parser took for a person
        elif label == "GPE" and given_before_place(words, pos, taken, s, e):
            label, s = "PERSON", s - 1
        elif label in ("ORG", "GPE", "FAC") and _name_after_role(words, pos, by_end.get(s), s, e):
            label = "PERSON"  # "Deputy [Dastan Sydykov]", "deputy [Nurlanbek Abdyrakhmanov]": a name, not a body
        elif label in ("ORG", "FAC"):
            _person_word_in_body_name(chosen, taken, words, s, e)
            k = trailing_person(words, pos, s, e)
            if k is not None and not any(taken[k:e]):
                for i in range(k, e):
                    taken[i] = 1
                for p in chosen:
                    if s <= p.start and p.end <= k:
                        p.body_from = s  # the body's own pieces ("Mazhilis") lead into the name
                chosen.append(Piece(k, e, PERSON, Entry(PERSON, doc[k:e].text), body_from=s))
                e = k
            s = _after_state(chosen, taken, words, s, e)
            e = _before_state(chosen, taken, words, s, e)
            if _agent_body_tail(chosen, taken, words, s, e):
                continue
        if label == "PERSON":
            _person_entity(doc, s, e, chosen, taken, by_end)
        elif not any(taken[s:e]):
            typ = "orgent" if label in ("ORG", "FAC") else "gpeent"
            if label == "NORP":
                continue
            for i in range(s, e):
                taken[i] = 1
            chosen.append(Piece(s, e, typ, Entry(typ, doc[s:e].text, ent_country.get(ent.start))))


def _name_after_role(words, pos, role, s: int, e: int) -> bool:
    """An entity right after a person's role ("Deputy", "political
    scientist") is that person's name where it is shaped as one: two or three
    capitalised words, none an outlet's or a body's head word."""
    if role is None or role.type != AGENT or not role.entry.person or not 2 <= e - s <= 3:
        return False
    if not all(
        words[i][:1].isupper() and words[i].replace("-", "").isalpha() and pos[i] in ("PROPN", "") for i in range(s, e)
    ):
        return False
    heads = word_set("body_heads") | word_set("ngo_heads") | word_set("entity_heads") | word_set("title_body_heads")
    low = {w.lower() for w in words[s:e]}
    return not (low & (heads | EDU_HEADS | media_words()))


def _after_state(chosen: list, taken: bytearray, words, s: int, e: int) -> int:
    """Where an organisation entity's own name starts after a state's name
    that leads it ("the Kazakhstan [Association of Unmanned Aviation]"),
    so that the body is a piece and a name after it follows a role: else ``s``."""
    if not taken[s]:
        return s
    lead = next((p for p in chosen if p.start == s), None)
    if lead is None or lead.type not in (COUNTRY, ADJ) or e - lead.end < 2 or any(taken[lead.end : e]):
        return s
    rest = [w.lower() for w in words[lead.end : e]]
    heads = word_set("body_heads") | word_set("ngo_heads") | word_set("entity_heads") | EDU_HEADS
    if not words[lead.end][:1].isupper() or not (rest[-1] in heads or {"of", "for", "on"} & set(rest)):
        return s  # "Foreign Minister of Georgia [Lasha Darsalia]": a person, not a body
    return lead.end


def _before_state(chosen: list, taken: bytearray, words, s: int, e: int) -> int:
    """Where an organisation entity's own name ends before "of" and the state
    that ends it ("the State Border Committee [of Belarus]"), so that the body
    is a piece the state's name then joins: else ``e``."""
    last = next((p for p in chosen if p.end == e), None)
    if last is None or last.type != COUNTRY:
        return e
    of = last.start - 1
    if of > s and words[of].lower() == "the":
        of -= 1  # "the National Maritime Council [of the Philippines]"
    if of - s < 1 or words[of].lower() != "of":
        return e
    if any(taken[s:of]) or words[of - 1].lower() not in _body_heads():
        return e
    return of


def _person_word_in_body_name(chosen: list, taken: bytearray, words, s: int, e: int) -> None:
    """A capitalised person word that leads an organisation entity ending in
    a body noun is a word of the body's name ("the [National] Maritime
    Council of X", not a national named "Maritime Council"): drop its piece."""
    lead = next((p for p in chosen if p.start == s and p.end == s + 1), None)
    if lead is None or lead.type != AGENT or not lead.entry.person or not words[s][:1].isupper():
        return
    last = e
    while last > s + 1 and words[last - 1].lower() not in _body_heads():
        last -= 1  # "... Council [of the Philippines]": the body noun before the state
    if last - s < 3 or any(taken[s + 1 : last]) or not all(w[:1].isupper() for w in words[s + 1 : last]):
        return
    chosen.remove(lead)
    taken[s] = 0


def _agent_body_tail(chosen: list, taken: bytearray, words, s: int, e: int) -> bool:
    """An agent word that an organisation entity ends with a body noun ("the
    [Border Guard] Service"): the body noun is the agent's, one piece."""
    if e - s < 2 or taken[e - 1] or words[e - 1].lower() not in _body_heads():
        return False
    agent = next((p for p in chosen if p.end == e - 1 and p.start >= s), None)
    if agent is None or agent.type != AGENT or any(not taken[i] for i in range(s, e - 1) if i >= agent.start):
        return False
    if any(not taken[i] for i in range(s, agent.start)):
        return False
    agent.end, taken[e - 1] = e, 1
    return True


def _body_heads() -> set:
    return word_set("body_heads") | word_set("ngo_heads")


def _person_entity(doc, s: int, e: int, chosen: list, taken: bytearray, by_end: dict) -> None:
    """A person entity may contain a leading country/title the lexicon found:
    keep those pieces, the rest of the entity is the name."""
    free = [i for i in range(s, e) if not taken[i]]
    if not free:
        return
    fs, fe = free[0], free[-1] + 1
    # two titles in a row inside the name: the second is a given name ("Deputy Defence
    # Minister Sultan Kamaletdinov"), not a sultan
    second = by_end.get(fs) if fs - 1 >= s else None
    if (
        second is not None
        and second.start == fs - 1
        and second.type == AGENT
        and doc[fs - 1].text[:1].isupper()
        and getattr(by_end.get(second.start), "type", None) == AGENT
    ):
        chosen.remove(second)
        by_end.pop(second.end, None)
        taken[fs - 1] = 0
        fs -= 1
    while (
        fs > 0
        and fs > s - 2
        and not taken[fs - 1]
        and is_name_token(doc[fs - 1])
        and fs - 1 > 0
        and (taken[fs - 2] or doc[fs - 2].text == ",")
        and _left_out_given(doc[fs - 1], doc[fs])
    ):
        # a given name the entity left out, after a title or an apposition's comma:
        # "Colonel [Aidos] Zhaksylykov", "The governor of Sinaloa, [Héctor] Zazueta Ibarra,"
        fs -= 1
    last = doc[fe - 1]
    hyphenated = fe - 2 > fs and doc[fe - 2].text == "-" and not doc[fe - 2].whitespace_  # "Wei-lun"
    if any(taken[fs:fe]) or not (last.text[:1].isupper() or hyphenated):
        return
    for i in range(fs, fe):
        taken[i] = 1
    name = doc[fs:fe].text
    chosen.append(Piece(fs, fe, PERSON, Entry(PERSON, name)))


def _left_out_given(cand, first) -> bool:
    """``cand`` may be a given name the entity left out before ``first``: a
    known given name, or any name word when the entity does not already start
    with one and ``cand`` is no plural ("Institute of CIS Countries [Olga
    Lebedeva]" keeps "Countries" out)."""
    given = given_names()
    if cand.lower_ in given:
        return True
    return first.lower_ not in given and cand.tag_ not in ("NNS", "NNPS")


def _drop_regions_in_names(chosen: list, taken: bytearray, words, pos) -> None:
    """A region word before a capitalised name is part of that name: "West
    Darfur", "West Bank", "Western Union"."""
    n = len(words)
    drop = []
    for p in chosen:
        if (
            p.type in (REGION, REGION_ADJ)
            and p.end < n
            and not taken[p.end]
            and words[p.end][:1].isupper()
            and words[p.end].isalpha()
            and pos[p.end] in ("PROPN", "")
        ):
            drop.append(p)  # "West Darfur", "West Bank", "Western Union"
    for p in drop:
        chosen.remove(p)


def _mark_modifiers(chosen: list, words, lower) -> None:
    """Mark state pieces that are not the actor's own state ("anti-Russian",
    "US-backed"; "Russian-led" leads the head) and pieces followed by 's."""
    n = len(words)
    negating, not_home = word_set("negating_prefix"), word_set("not_home")
    for p in chosen:
        # "anti-Russian", "US-backed", "Russian-led"
        if p.type in (COUNTRY, ADJ, CAPITAL, REGION_ADJ, REGION):
            if p.start >= 2 and words[p.start - 1] == "-" and lower[p.start - 2] in negating:
                p.demoted = True
            elif p.start >= 1 and lower[p.start - 1] in negating:
                p.demoted = True
            if p.end + 1 < n and words[p.end] == "-" and lower[p.end + 1] in not_home:
                p.demoted = True
                p.led = lower[p.end + 1] == "led"
            if p.end < n and lower[p.end].lstrip("-") in not_home and words[p.end].startswith("-"):
                p.demoted = True
        if p.end < n and words[p.end] in POSSESSIVE:
            p.possessive = True


def _hyphen_tails(doc, chosen, taken) -> None:
    """A title written with hyphens is one word: "Ambassador-at-Large" keeps
    its tail in the role's piece (else the tail reads as a name)."""
    n = len(doc)
    for p in chosen:
        if p.type != AGENT or not p.entry.person:
            continue
        j = p.end
        while (
            j + 1 < n
            and doc[j].text == "-"
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and doc[j + 1].is_alpha
            and not taken[j]
            and not taken[j + 1]
        ):
            j += 2
        for i in range(p.end, j):
            taken[i] = 1
        p.end = j


def _body_of_names(doc, words, pos, chosen, taken) -> None:
    """ "Ministry of External Affairs", "Committee on Foreign Relations": a body
    word the dictionary knows, followed by a name it does not, is one body
    (the name stays the article's); a country after it stays its own piece
    ("Ministry of Defence of Armenia")."""
    n = len(words)
    body_heads, when_words = word_set("body_heads"), word_set("when_words")
    for p in chosen:
        if p.type != AGENT or words[p.end - 1].lower() not in body_heads or p.end + 1 >= n:
            continue
        if words[p.end].lower() not in ("of", "for", "on") or taken[p.end]:
            continue
        k = p.end + 1
        while (
            k < n
            and not taken[k]
            and doc[k].ent_type_ not in ("DATE", "TIME")
            and words[k].lower() not in when_words
            and (
                words[k][:1].isupper()
                and pos[k] in ("PROPN", "NOUN", "ADJ", "")
                or words[k].lower() in ("and", "&")
                and k + 1 < n
                and words[k + 1][:1].isupper()
            )
        ):
            k += 1  # not "the ministry on Monday"
        while k > p.end + 1 and words[k - 1].lower() in ("and", "&"):
            k -= 1
        if k > p.end + 1:
            for i in range(p.end, k):
                taken[i] = 1
            p.end = k
