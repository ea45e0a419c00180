"""Codes: the country or organization, sector, kind and name of one phrase.

The country and organization come from names, adjectives, capitals, seats
and organizations in the phrase; the sector from the agent nearest the head;
a person's codes from the role the text gives before the name, else from the
office-holder table on the article's date. Nothing known -> ``None``."""

from __future__ import annotations

from ..syntax import grammar
from .knowledge import term_on
from .lexicon import ADJ, AGENT, CAPITAL, CITY, COUNTRY, GROUP, INST, INTL, ORG, PERSON, REGION, REGION_ADJ, SEAT
from .parts import STATE_KINDS, Draft, Phrase, Piece
from .phrases import head_index
from .surnames import terms_for
from .text import phrase_text, plural_token
from .words import codes, word_map, word_set

EDU_HEADS = {"university", "institute", "academy", "school", "college"}


def resolve(doc, ph: Phrase, date, lex) -> list:
    """The drafts of one phrase: one, or one per coordinated nationality word."""
    pieces = ph.pieces
    if "pair" in ph.links:
        ph = _state_pair(doc, ph)
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
                d.name = phrase_text(doc, Phrase([], [], d.start, d.end)) or d.name
            out.append(d)
        return out
    return [_resolve_one(doc, ph, date, lex)]


def _state_pair(doc, ph: Phrase) -> Phrase:
    """Two states joined by a hyphen ("Kyrgyz-Tajik border guards", "US-China
    talks") are coordinated as "Kyrgyz and Tajik" are; not before one person
    ("Iranian-American journalist NAME": one person of two nationalities)."""
    person = any(
        p.type == PERSON or (p.type == AGENT and p.entry.person and not plural_token(doc[p.end - 1])) for p in ph.pieces
    )
    links = [("adj" if person else "and") if k == "pair" else k for k in ph.links]
    return Phrase(ph.pieces, links, ph.start, ph.end)


def _resolve_one(doc, ph: Phrase, date, lex) -> Draft:
    """The draft of one phrase: codes, then kind and name by the head piece."""
    ph = _without_destination(ph)
    pieces = ph.pieces
    h = head_index(ph)
    head = pieces[h]
    if head.type == AGENT:
        for p in pieces[:h]:
            if p.led:  # "Vietnamese-led forces", "US-led coalition": forces of that state
                p.demoted = False
    d = Draft(ph.start, ph.end)
    d.definite = ph.start < ph.end and doc[ph.start].lower_ == "the"
    _state_and_org(d, ph, head)
    d.sector = _sector(doc, pieces, head, h, d)
    given = d.sector is not None  # the text's own words name the sector
    if not given:
        d.sector = _official(d, pieces)
        d.sector_default = d.sector is not None
    # kind and name
    if not (d.country or d.org):
        _state_of_named_modifier(d, pieces, head, h, date, lex)
    groups = [p for p in pieces if p.type == GROUP]
    if groups and not (d.country or d.org):
        d.cameo = groups[0].entry.cameo
    if head.type == PERSON:
        return _person_draft(doc, d, pieces, head, date, given)
    if head.type == AGENT:
        return _agent_draft(doc, d, ph, head)
    if head.type in (ORG, INTL, GROUP, INST, SEAT, "orgent"):
        return _body_draft(doc, d, ph, head)
    if head.type == CAPITAL and len(pieces) == 1:
        return _capital_draft(doc, d, ph, head)
    if head.type == CITY or head.type == "gpeent":
        if len(pieces) == 1 and _names_document(doc, ph):
            d.kind = "skip"  # "the Tianjin declaration": a document named by a city
            return d
        d.kind = "location"
        d.sector = None if head.type == CITY else d.sector
        d.name = head.entry.name
        return d
    return _state_draft(doc, d, ph, head, lex)


def _without_destination(ph: Phrase) -> Phrase:
    """ "US Ambassador to Armenia Kristina Kvien": the state after "to" is
    where the role serves, not whose it is; only the name after it stays."""
    if "to" not in ph.links:
        return ph
    cut = ph.links.index("to") + 1
    return Phrase(
        ph.pieces[:cut] + [p for p in ph.pieces[cut:] if p.type == PERSON],
        ph.links[: cut - 1] + ["adj"] * sum(1 for p in ph.pieces[cut:] if p.type == PERSON),
        ph.start,
        ph.end,
    )


def _state_and_org(d: Draft, ph: Phrase, head: Piece) -> None:
    """The phrase's state (the modifier's own, first, unless an "of"
    complement names it) and organization."""
    pieces = ph.pieces
    countries = [
        p.country
        for p in pieces
        if p.country
        and p.type in (COUNTRY, ADJ, CAPITAL, SEAT, INST, CITY, GROUP, "orgent")
        and not (p.entry.cls == "disputed" and head.type != CITY)
    ] + [p.country for p in pieces if p.country and p.type in (REGION, REGION_ADJ)]
    orgs = [p.entry.org for p in pieces if p.entry.org and p.type in (ORG, INTL)]
    # country: the modifier's own (first) unless an "of" complement names it
    if "of" in ph.links:
        # "the press service of the Ministry of Defence of the Republic of Kazakhstan": the head's own
        # modifier first, else the nearest complement that names a state
        # an institution's dictionary state yields to a state the text names after it too ("Ministry of
        # Defence of India": the British ministry of that name is only the dictionary's reading)
        rest = [p for p in pieces[ph.links.index("of") + 1 :] if p.country]
        after = [p.country for p in rest if p.type != INST] + [p.country for p in rest if p.type == INST]
        before = [p.country for p in pieces[: ph.links.index("of") + 1] if p.country]
        # an institution's dictionary state yields to the state the text names ("State Committee for
        # National Security of Tajikistan": several states have one of that name)
        own = [p.country for p in pieces[: ph.links.index("of") + 1] if p.country and p.type != INST]
        d.country = (own or after or before or [None])[0]
    elif countries:
        d.country = countries[0]
    if orgs:
        d.org = orgs[0]


def _sector(doc, pieces: list, head: Piece, h: int, d: Draft) -> str | None:
    """The head agent's sector, else the nearest other piece's that has one;
    ``None`` when no word of the phrase names one."""
    sector = None
    order = [head] + [p for p in reversed(pieces[:h])] + list(pieces[h + 1 :])
    for p in order:
        if p.type == AGENT and p.entry.sector:
            sector = p.entry.sector
            break
    if sector is None:
        for p in order:
            if p.type in (ORG, INST, SEAT, GROUP, INTL) and p.entry.sector:
                sector = p.entry.sector
                break
            if p.type == "orgent":  # "members of the Union of Caspian Lawyers"
                sector = sector_from_orgent(doc, p)
                if sector:
                    break
    return sector


def _official(d: Draft, pieces: list) -> str | None:
    """A state's official, leader, spokesman or negotiator whose role names
    no sector speaks for its government (CAMEO): GOV."""
    if (d.country or d.org) and any(p.type == AGENT and p.entry.person for p in pieces):
        return "GOV"
    return None


def _state_of_named_modifier(d: Draft, pieces: list, head: Piece, h: int, date, lex) -> None:
    """A named person modifying a body ("Obama administration", "Putin's
    government"): their state."""
    for p in pieces:
        if p.type == PERSON and p is not head and pieces.index(p) < h:
            t = term_on(terms_for(lex, p.entry, date, role="x"), date)
            if t is not None:
                d.country, d.org = t.country, t.org
                break


def _person_draft(doc, d: Draft, pieces: list, pp: Piece, date, given: bool = True) -> Draft:
    """A named person: the role the text gives before the name, else the
    office-holder table's term on the date. A role without a sector of its
    own ("his Tajik counterpart Sherali Mirzo") takes the sector of the
    holder's office (a defence minister: MIL) over the official's GOV."""
    d.kind = "person"
    d.person = pp.entry.name
    d.name = pp.entry.name
    d.person_text = doc[pp.start : pp.end].text
    roles = [p for p in pieces if p.type == AGENT and p.start < pp.start]
    if roles:
        d.role = _role_text(doc, pieces, roles, pp)
        d.role_cls = roles[-1].entry.cls
    pterms = pp.entry.person_terms()
    if pterms:
        t = term_on(pterms, date)
        if t is not None:
            if not (d.country or d.org):
                d.country, d.org = t.country, t.org
                if d.sector is None or not roles:
                    d.sector, d.sector_default = t.sector, False
            elif (d.sector is None or not given) and t.country == d.country and t.sector:
                d.sector, d.sector_default = t.sector, False
            if not roles:
                d.role = t.title or None
                d.from_dict = True
    return d


def _role_text(doc, pieces: list, roles: list, pp: Piece) -> str:
    """The role text before a name: the agent words, with their "of the ..."
    complement up to the name."""
    r0, r1 = roles[0].start, roles[-1].end
    stop = pp.start
    cs = [p for p in pieces if p.start > r0 and p.end <= stop and p.type in STATE_KINDS]
    if cs and doc[cs[0].start - 1].lower_ == "to":
        stop = cs[0].start - 1
    elif cs and doc[cs[0].start - 1].lower_ in ("of", "the"):
        stop = cs[0].start - (
            2
            if doc[cs[0].start - 1].lower_ == "the" and cs[0].start >= 2 and doc[cs[0].start - 2].lower_ == "of"
            else 1
        )
    elif cs:
        stop = cs[0].start if cs[0].start >= r1 else stop
    stop = min(stop, pp.start)
    stop = max(stop, roles[0].end)
    return doc[r0:stop].text.strip(" ,")


def _agent_draft(doc, d: Draft, ph: Phrase, head: Piece) -> Draft:
    """A phrase headed by an agent word: a person without a name ("the
    analyst"), a group ("rebels") or a body ("the ministry")."""
    if head.entry.person and not plural_token(doc[head.end - 1]):
        d.kind = "person"
        d.role_noun = True
        d.role = head.entry.name if head.end - head.start > 1 else doc[head.start : head.end].text
        d.role_cls = head.entry.cls
    elif d.sector in codes("group_sectors"):
        d.kind = "group"
    else:
        d.kind = "org"
    if d.org and not d.country:
        d.kind = "igo" if d.kind == "org" else d.kind
    d.name = phrase_text(doc, ph)
    return d


def _body_draft(doc, d: Draft, ph: Phrase, head: Piece) -> Draft:
    """A phrase headed by an organization, group, institution, seat of
    government or an organisation spaCy found."""
    pieces = ph.pieces
    if head.type in (ORG, INTL):
        d.kind = "igo" if head.entry.org else "org"
        d.name = head.entry.name if len(pieces) == 1 else phrase_text(doc, ph)
        d.cameo = head.entry.cameo if not head.entry.org else None
        if d.country and head.entry.org:  # "Russian-led CSTO" is demoted; "EU's ..." keeps org
            agents = [p for p in pieces if p.type == AGENT]
            d.country = None if head.type == ORG and not agents else d.country
    elif head.type == GROUP:
        d.kind = "group"
        d.name = head.entry.name
        d.cameo = head.entry.cameo
    elif head.type == INST:
        d.kind = "org"
        d.name = head.entry.name if len(pieces) == 1 else phrase_text(doc, ph)
    elif head.type == SEAT:
        d.kind = "org"
        d.name = head.entry.name
    else:  # "orgent"
        d.kind = "org"
        d.name = head.entry.name
        d.sector = d.sector or sector_from_orgent(doc, head)
    return d


def _names_document(doc, ph: Phrase) -> bool:
    """A document head follows the place ("the Bishkek declaration")."""
    return ph.end < len(doc) and doc[ph.end].lower_ in word_set("document_heads")


def _addressing(w) -> bool:
    """The word "to"/"from" depends on addresses a government: a word of
    addressing itself ("a message to", "demanded from") or a verb whose
    object is one ("sent a protest note to")."""
    heads = word_set("addressee_heads")
    if w.lemma_.lower() in heads:
        return True
    g = grammar(w.doc)
    return w.pos_ in ("VERB", "AUX") and any(c.lemma_.lower() in heads for c in g.children(w, "object"))


def _capital_draft(doc, d: Draft, ph: Phrase, head: Piece) -> Draft:
    """A capital alone: its government ("Washington said"), or a place after
    a locative preposition or as a dateline ("in central Baghdad", "BISHKEK,")
    unless "to"/"from" follows a word of addressing ("a message to Moscow",
    "demanded from Baku", ``addressee_heads``): the government again;
    no actor before a document it names (``document_heads``: "the Bishkek
    declaration", "the Washington Treaty")."""
    k = ph.start - 1
    while k > 0 and doc[k].pos_ == "ADJ":  # "in central Baghdad"
        k -= 1
    prev = doc[k].lower_ if k >= 0 else ""
    if _names_document(doc, ph):
        d.kind = "skip"  # "the Bishkek declaration", "the Minsk agreements": a document named by a city
        return d
    line_start = ph.start == 0 or "\n" in doc[ph.start - 1].text_with_ws or doc[ph.start - 1].is_space
    addressed = k >= 0 and prev in ("to", "from") and _addressing(doc[k].head)
    if (prev in word_set("locative") and not addressed) or (
        ph.end < len(doc) and doc[ph.end].text == "," and line_start
    ):
        d.kind = "location"
        d.sector = None
    else:
        d.kind = "state"
        d.sector = "GOV"
    d.name = head.entry.name
    return d


def _state_draft(doc, d: Draft, ph: Phrase, head: Piece, lex) -> Draft:
    """Names and adjectives of states and regions: the state (or its people,
    "the Kazakhs"); skipped before a non-actor noun ("US dollar")."""
    pieces = ph.pieces
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
        elif head.type == REGION_ADJ and nxt in word_set("compass_place_heads"):
            d.kind = "skip"  # "the common Western borders", "the Eastern flank": a direction, not the West
    return d


def sector_from_orgent(doc, p: Piece) -> str | None:
    """An unknown organisation's sector from its head word ("... Group",
    "... Centre for Strategic Analysis", "... University")."""
    words = [t.lower_ for t in doc[p.start : p.end]]
    if "of" in words or "for" in words:
        cut = min(words.index(w) for w in ("of", "for") if w in words)
        words = words[:cut] or words
    head = words[-1]
    if head in EDU_HEADS:
        return "EDU"
    state = bool(word_set("state_body_words") & set(words[:-1]))
    if state and head in word_set("state_body_remit_heads"):
        # "the State Border Committee" (MIL), "the Federal Intelligence Service" (SPY): a state body's remit
        remits = word_map("state_body_remits")
        return next((remits[w] for w in words[:-1] if w in remits), "GOV")
    if head in word_set("ngo_heads"):
        # "the State Security Committee": a state's own body, not an NGO
        return "GOV" if state else "NGO"
    return None
