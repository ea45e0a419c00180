"""Roles the text gives a person around the name: "NAME, ROLE of ORG in
PLACE," after it and "ROLE, NAME," before it; and the state a place after an
actor gives it ("rebels in Darfur")."""

from __future__ import annotations

from ..syntax import grammar
from .codes import sector_from_orgent
from .lexicon import ADJ, AGENT, CAPITAL, CITY, COUNTRY, GROUP, INST, INTL, ORG, PERSON, REGION, REGION_ADJ, SEAT
from .parts import Draft
from .text import DETS, POSSESSIVE
from .words import word_set


def _hyphen_participle(doc, k: int) -> bool:
    """Token ``k`` ends a hyphenated modifier: "Bishkek-based", "US-backed"."""
    return (
        k > 0
        and (doc[k].tag_ == "VBN" or doc[k].pos_ == "VERB")
        and doc[k - 1].text == "-"
        and not doc[k - 1].whitespace_
    )


def _based_in(doc, k: int) -> bool:
    """ "an analyst based in Almaty": where the person works, part of the apposition."""
    return (
        doc[k].lower_ in ("based", "stationed", "headquartered")
        and k + 1 < len(doc)
        and doc[k + 1].lower_ in ("in", "at")
    )


def _appositive(doc, d: Draft, drafts_by_start: dict, pieces_by_start: dict, sent_end: int):
    """``NAME, [a] ROLE [of ORG] [in PLACE],`` -> (role, role_cls, country, org, sector) or None."""
    i = d.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    while j < sent_end and doc[j].lower_ in DETS:
        j += 1
    window_end = j
    stop_punct, quote_chars = word_set("apposition_stop_punct"), word_set("quote_chars")
    stop_words = word_set("apposition_stop_words")
    while window_end < min(sent_end, j + 16):
        t = doc[window_end]
        if (
            t.text in stop_punct
            or t.text in quote_chars
            or (
                t.pos_ in ("VERB", "AUX", "CCONJ")
                and not _hyphen_participle(doc, window_end)
                and not _based_in(doc, window_end)
            )
            or t.lower_ in stop_words
        ):
            break
        p = pieces_by_start.get(window_end)
        if p is not None and p.type == PERSON:
            break  # another person begins ("an aide to President Ilham Aliyev")
        # a name is read whole, "and" in it too ("head of the Center for Democracy and Security")
        window_end = max(window_end + 1, p.end if p is not None else 0)
    served, window_end = _served_person(doc, drafts_by_start, j, window_end)
    if served is False:
        return None  # another named person: a list ("Biden, South Korean President Yoon and ..."), no apposition
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
        if (
            not any(q.start <= k < q.end for q in inside)
            and doc[k].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM", "")
            and doc[k].text not in POSSESSIVE
            and doc[k].text != "-"
            and not _hyphen_participle(doc, k)
        ):
            return None
    country = next((p.country for p in inside if p.country and p.type not in (REGION, REGION_ADJ)), None) or next(
        (p.country for p in inside if p.country), None
    )
    org = next((p.entry.org for p in inside if p.entry.org and p.type in (ORG, INTL)), None)
    if served is not None and not (country or org):
        country, org = served.country, served.org  # "an aide to President Ilham Aliyev": the president's state
    sector = role.entry.sector
    if sector is None:
        for p in inside:
            if p is role:
                continue
            if p.type in (AGENT, ORG, INST, INTL, SEAT, GROUP) and p.entry.sector:
                sector = p.entry.sector
                break
            if p.type == "orgent":
                sector = sector_from_orgent(doc, p)
                if sector:
                    break
    if sector is None and served is not None:
        sector = served.sector  # the aide of a president serves the government
    role_text = doc[role.start : role.end].text
    # "Secretary of the Security Council" is one agent phrase already
    return role_text, role.entry.cls, country, org, sector, window_end


def _served_person(doc, drafts_by_start: dict, j: int, window_end: int) -> tuple:
    """The named person in an apposition's window: one the role serves,
    after "to" / "for" ("NAME, an aide to President Ilham Aliyev,"), cuts the
    window before that word and is returned; any other is a list, not an
    apposition (``False``). ``(served or None or False, window end)``."""
    for k in range(j, window_end):
        x = drafts_by_start.get(k)
        if x is None or x.kind != "person" or not x.person or x.role_noun:
            continue
        if k - 1 > j and doc[k - 1].lower_ in word_set("served_person_words") and (x.country or x.org):
            return x, k - 1
        return False, window_end
    return None, window_end


def locative_country(doc, drafts, pieces_by_start):
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
        if i >= len(doc) or doc[i].lower_ not in word_set("locative_of") or _not_whose(doc, d, i):
            continue
        j = i + 1
        while j < len(doc) and j < i + 3 and (doc[j].lower_ in DETS or doc[j].pos_ == "ADJ"):
            j += 1
        p = pieces_by_start.get(j)
        if p is not None and p.type in (COUNTRY, CAPITAL, CITY) and p.country:
            d.country = p.country


def _not_whose(doc, d, i: int) -> bool:
    """The place phrase at ``i`` does not say whose the actor is: a possessive
    names the owner ("its forces in Japan"), or "from" belongs to a verb of
    moving away ("pull troops from Syria"), not to the actor's noun ("rebels
    from Chechnya"). ("in" is not read so: the parser hangs "the authorities
    in Nur-Sultan" on the verb before them as often as not.)"""
    if d.start > 0 and doc[d.start - 1].tag_ == "PRP$":
        return True
    head = doc[i].head
    return doc[i].lower_ == "from" and head.i != i and not d.start <= head.i < d.end and head.pos_ in ("VERB", "AUX")


def subject_possessions(doc, drafts: list) -> None:
    """ "Chad sent its foreign minister": a person object with no state that
    "its" owns belongs to the verb's subject when that is a coded state or
    body (the subject a singular "its" stands for). A body takes it only as
    the subject of the clause the owner reports ("Georgia said its border
    police detained ..."): as an object ("Israel has strengthened its forces
    in Lebanon") it would give the event coder the actor's own forces as the
    recipient, not Lebanon."""
    owners = [x for x in drafts if (x.country or x.org) and x.kind in ("state", "org", "igo")]
    if not owners:
        return
    g = grammar(doc)
    for d in drafts:
        k = d.start - 1
        while k > 0 and d.start - k <= 2 and doc[k].pos_ in ("NOUN", "ADJ") and d.start <= doc[k].head.i < d.end:
            k -= 1  # "its [border] police": a modifier the mention left out
        if d.kind not in ("person", "org") or d.country or d.org or k < 0 or doc[k].tag_ != "PRP$":
            continue
        if doc[k].lower_ not in word_set("subject_possessives"):
            continue
        root = doc[d.start : d.end].root
        subj = _reporting_subject(g, root) if d.kind == "org" else None
        if d.kind == "person":
            if not g.is_(root, "object", "dative"):
                continue
            subj = g.child(root.head, "subject")
        owner = next((x for x in owners if subj is not None and x.start <= subj.i < x.end), None)
        if owner is not None:
            d.country, d.org = owner.country, owner.org
            if d.sector is None and owner.kind != "state":
                d.sector = owner.sector


def _reporting_subject(g, root):
    """ "Finland announced that its coast guard would ...", "Georgia said its
    border police detained ...": the subject of the verb whose reported clause
    a body "its" owns is the subject of; that body is the reporter's own (it
    acts in the clause, so it is never the reporter's recipient). Else None."""
    if not g.is_(root, "subject", "passive_subject"):
        return None
    verb = root.head
    if not g.is_(verb, "clausal_complement"):
        return None
    return g.child(verb.head, "subject")


def introduce_roles(doc, drafts: list, pieces: list, sent_end: list) -> None:
    """Role introductions: "NAME, ROLE of ORG in PLACE" gives the person
    that role and codes, "ROLE, NAME," too; the role's phrase is then a
    mention of the same person."""
    pieces_by_start = {p.start: p for p in pieces}
    by_start = {d.start: d for d in drafts}
    for idx, d in enumerate(drafts):
        if d.kind == "person" and d.person:
            _role_after_name(doc, d, drafts, by_start, pieces_by_start, sent_end)
        elif d.role_noun and idx + 1 < len(drafts):
            _role_before_name(doc, d, idx, drafts, sent_end)


def coordinated_officials(doc, drafts: list) -> None:
    """ "Defence Minister A, Energy Minister B and Interior Minister C": a
    titled official with no state in a list of titled officials takes the
    state of the coded others where they have one and the same (the list names
    one government's members; a foreign one would carry its state: "US
    Energy Secretary"). A list of several states' officials gives none."""
    chain: list = []
    for d in drafts:
        titled = d.kind == "person" and d.person and d.role and not d.org
        if titled and chain and _listed_after(doc, chain[-1], d):
            chain.append(d)
            continue
        _share_state(chain)
        chain = [d] if titled else []
    _share_state(chain)


def _listed_after(doc, prev: Draft, d: Draft) -> bool:
    if not 1 <= d.start - prev.end <= 2:
        return False  # no list's gap: the words between are not read
    gap = [t.lower_ for t in doc[prev.end : d.start]]
    return gap in ([","], ["and"], [",", "and"]) and not doc[d.start].is_sent_start


def _share_state(chain: list) -> None:
    states = {d.country for d in chain if d.country}
    if len(chain) < 2 or len(states) != 1:
        return
    state = states.pop()
    for d in chain:
        d.country = d.country or state


def coordinated_sectors(doc, drafts: list, pieces: list) -> None:
    """A bare state coordinated into a sector's phrase shares its sector:
    "Kazakh and Uzbek troops" (the nationality word before the phrase whose
    head names the agent: both are troops) and "the armed forces of Russia and
    Belarus" (the state joined to the phrase's own state: both have forces).
    A state with a head of its own ("Russia and Belarusian officials") is
    its own phrase and keeps what it has."""
    adjectives = {p.start for p in pieces if p.type == ADJ}
    for i in range(len(drafts) - 2, -1, -1):
        a, b = drafts[i], drafts[i + 1]
        if not _listed_after(doc, a, b):
            continue
        if _bare_state(a) and b.sector and b.country and b.start in adjectives and _adjective(doc, a, adjectives):
            a.sector = b.sector
        elif _bare_state(b) and a.sector and a.country and _joined_to(doc[b.start], a):
            b.sector = a.sector


def coordinated_bodies(doc, drafts: list) -> None:
    """ "the Police and Border Guard Service of Estonia": a body named by a
    capitalised name with no state of its own, joined by "and" to a body
    whose name ends in "of" its state, is that state's body too (one
    body's name, or two bodies of the one state)."""
    for a, b in zip(drafts, drafts[1:]):
        if a.kind != "org" or b.kind != "org" or a.country or a.org or not b.country or b.org:
            continue
        if [t.lower_ for t in doc[a.end : b.start]] != ["and"] or not doc[a.end - 1].text[:1].isupper():
            continue
        if not any(t.lower_ == "of" for t in doc[b.start : b.end]) or not doc[b.start].text[:1].isupper():
            continue
        a.country = b.country


def _bare_state(d: Draft) -> bool:
    return d.kind == "state" and d.end - d.start == 1 and bool(d.country) and not (d.sector or d.org)


def _adjective(doc, d: Draft, adjectives: set) -> bool:
    """A nationality word: typed so, or a state word that is not the state's
    own name ("Kazakh" for Kazakhstan) modifying the head after it."""
    tok = doc[d.start]
    return d.start in adjectives or (tok.head.i > tok.i and bool(d.name) and d.name.lower() != tok.lower_)


def _joined_to(tok, d: Draft) -> bool:
    """Is ``tok`` a conjunct of the state named at the end of ``d`` after "of"?"""
    head = tok.head
    return (
        tok.dep_ == "conj"
        and head.i == d.end - 1
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and d.start <= head.head.i
    )


def late_served_bodies(doc, drafts: list) -> None:
    """ "X, a spokesman for the Cabinet of Ministers,": where the body the
    apposition's role serves got its state only from a body named before it
    (after the roles were read), the role and the person take it."""
    for role, body in zip(drafts, drafts[1:]):
        person = role.same_as
        if not (role.role_noun and person is not None and not (role.country or role.org)):
            continue
        if person.country or person.org or not (body.country or body.org) or body.kind not in ("org", "igo"):
            continue
        if [t.lower_ for t in doc[role.end : body.start]] not in (["for"], ["of"]):
            continue
        for d in (role, person):
            d.country, d.org = body.country, body.org
            d.sector = d.sector or body.sector


def _role_after_name(doc, d: Draft, drafts: list, by_start: dict, pieces_by_start: dict, sent_end: list) -> None:
    """ "NAME, ROLE of ORG in PLACE,": the apposition's role and codes."""
    ap = _appositive(doc, d, by_start, pieces_by_start, sent_end[d.start] if d.start < len(doc) else len(doc))
    if not ap:
        return
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


def _role_before_name(doc, d: Draft, idx: int, drafts: list, sent_end: list) -> None:
    """ "ROLE, NAME,": the comma may follow a noun or two the phrase left out
    ("the commander of the CSTO force, X,") or the body the role serves
    ("the spokeswoman for the Foreign Ministry, X,")."""
    comma = d.end
    end = min(len(doc), d.end + 8, sent_end[d.start] if d.start < len(doc) else len(doc))
    gap_pos = word_set("role_gap_pos")
    while comma < end and doc[comma].text != "," and doc[comma].pos_ in gap_pos:
        comma += 1
    nxt = next((x for x in drafts[idx + 1 :] if x.start >= comma), drafts[idx + 1])
    if not (
        nxt.kind == "person"
        and nxt.person
        and comma < len(doc)
        and doc[comma].text == ","
        and _title_gap(doc, comma + 1, nxt.start)
        and (nxt.end >= len(doc) or doc[nxt.end].text in (",", ".") or _titled(doc, nxt))
    ):
        return
    if not (d.country or d.org):
        # "the spokeswoman for the Russian Foreign Ministry, NAME,": the body the role serves
        body = _served_body(doc, d, idx, drafts, comma) or _possessor_body(doc, d, idx, drafts)
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


def _title_gap(doc, start: int, end: int) -> bool:
    """The name follows the comma at once, or after a capitalised word or two
    its mention left out ("Its commander, Senior Colonel NAME")."""
    return 0 <= end - start <= 2 and all(doc[k].is_alpha and doc[k].text[:1].isupper() for k in range(start, end))


def _possessor_body(doc, d: Draft, idx: int, drafts: list):
    """ "Armenia's Defence Ministry denied it. Its spokeswoman, NAME, said":
    the body "its" / "their" before the role stands for: the coded body that
    is a subject in the sentence before or earlier in this one, else the
    latest coded body there; None without one."""
    k = d.start - 1
    if k < 0 or doc[k].lower_ not in word_set("body_possessives") or doc[k].tag_ != "PRP$":
        return None
    sent = doc[d.start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    bodies = []
    for x in reversed(drafts[:idx]):
        if x.start < first:
            break
        if x.kind in ("org", "igo") and (x.country or x.org):
            bodies.append(x)
    if not bodies:
        return None
    subjects = [x for x in bodies if doc[x.start : x.end].root.dep_ in ("nsubj", "nsubjpass")]
    return (subjects or bodies)[0]


def _titled(doc, d: Draft) -> bool:
    """A named person's mention that opens with its own capitalised title from
    the text: "ROLE, Special Representative for Caspian Affairs NAME said" is
    one person with two titles."""
    return bool(d.role) and not d.from_dict and doc[d.start].text[:1].isupper() and doc[d.start].pos_ != "DET"


def _served_body(doc, d: Draft, idx: int, drafts: list, comma: int):
    """The coded body between a role and its comma, or None."""
    for x in drafts[idx + 1 : idx + 8]:
        if x.start >= comma:
            break
        if (
            d.end <= x.start
            and x.end <= comma
            and (x.country or x.org)
            and (
                x.kind in ("org", "igo", "group") or (x.kind == "location" and doc[x.start - 1].lower_ in ("for", "of"))
            )
        ):
            return x
    return None


def mirror_counterparts(drafts: list, sent_of: list) -> None:
    """ "Defence Minister X met his counterpart Y": a counterpart whose
    sector no word names holds the office of the person before it in the
    sentence, so takes that person's sector (MIL here, not an official's GOV)."""
    last = {}  # sentence -> the latest person whose sector the text gives
    for d in sorted(drafts, key=lambda d: d.start):
        if d.kind != "person" or d.start >= len(sent_of):
            continue
        s = sent_of[d.start]
        if d.role_cls == "counterpart":
            src = last.get(s)
            if src is not None and (d.sector is None or d.sector_default):
                d.sector, d.sector_default = src.sector, False
        elif d.sector and not d.sector_default:
            last[s] = d
