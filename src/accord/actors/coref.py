"""Coreference within one article: repeated and surname-only names,
definite role nouns ("the analyst") and personal pronouns link to the person
they refer to and carry that person's name, codes and ``entity``; then the
drafts become :class:`~accord.record.Mention` objects and chains."""

from __future__ import annotations

from ..record import Mention, join_code
from ..syntax import grammar
from .knowledge import term_on
from .parts import Person
from .surnames import article_full_names, pick_surname, surname_of
from .text import MALE
from .words import word_list, word_map, word_set


def _role_word(role: str | None) -> str:
    """The last word of a role, lower-cased: "general" of "Brigadier General"."""
    parts = (role or "").split()
    return parts[-1].lower() if parts else ""


def _nameless(d, first: int, word: str) -> Person:
    """A person the text describes but does not name ("an Uzbek analyst", "the French defence minister")."""
    return Person(
        None,
        first,
        "",
        d.country,
        d.org,
        d.sector,
        d.role,
        {x for x in (d.role_cls, word) if x},
        from_text=True,
        role_words={word} if word else set(),
    )


class _People:
    """The persons of an article so far and where each was last mentioned."""

    def __init__(self) -> None:
        self.persons: list = []  # Person
        self.by_full: dict = {}
        self.by_surname: dict = {}
        self.assign: list = []  # per draft: Person or None
        self.last_mention: dict = {}  # person id -> token index of last mention
        self.last_subject: dict = {}
        self.last_out: dict = {}  # person id -> token index of last mention outside quotation marks
        self.in_full: dict = {}  # one word of a name -> the draft naming that one person in full (surnames.py)

    def by_recency(self) -> list:
        return sorted(self.persons, key=lambda c: -self.last_mention.get(id(c), -1))

    def add(self, p: Person) -> Person:
        self.persons.append(p)
        return p


def corefer(doc, drafts, date, lex, sent_of, qmask):
    """``(mentions, chains)``: each draft linked to the person it refers to
    (if any), then turned into a mention with an entity id."""
    people = _People()
    people.in_full = article_full_names(drafts)
    g = grammar(doc)
    for d in drafts:
        p = _person_of(doc, d, people, date, lex, sent_of, qmask)
        people.assign.append(p)
        if p is not None:
            people.last_mention[id(p)] = d.start
            if not qmask[d.start]:
                people.last_out[id(p)] = d.start
            if g.is_(doc[d.start], "subject", "passive_subject") or (
                d.end < len(doc) and doc[d.end].lemma_ in ("say", "tell")
            ):
                people.last_subject[id(p)] = d.start
    assign = people.assign
    index = {id(d): i for i, d in enumerate(drafts)}
    for i, d in enumerate(drafts):
        if d.same_as is not None and id(d.same_as) in index:
            assign[i] = assign[index[id(d.same_as)]]
    return _mentions(doc, drafts, assign)


def _person_of(doc, d, people: _People, date, lex, sent_of, qmask):
    """The person a draft refers to, adding a new one where it names or
    describes one first; None for a mention of no person."""
    word = _role_word(d.role)  # "general" of "Brigadier General"
    if d.kind == "person" and d.person or _may_be_surname(doc, d):
        later = _named_in_full_later(doc, d, people)
        if later is not None:
            # "Xi warns Taiwan" (headline) ... "Chinese President Xi Jinping": the person named in full later
            d.same_as = later
            return None
    if d.kind == "person" and d.person:
        p = _named_person(doc, d, people, date, lex)
        _learn_from_mention(doc, d, p, word)
        return p
    if d.same_as is not None:
        return None  # filled in later, once the named person is known
    if _surname_taken_for_org(doc, d, people):
        # "China's Foreign Minister Wang Yi ... Wang also accused": the parser's ORG is the person named before
        return people.by_surname[doc[d.start].text.lower()]
    if d.kind == "person" and d.role_noun and not d.country and _plain_again(doc, d):
        # "a resident of the village of X ... The detained man": the unnamed person described just before
        p = next((c for c in people.by_recency() if c.name is None and c.from_text), None)
        if p is not None:
            return p
    if d.kind == "person" and d.role_noun and not d.definite:
        # "an Uzbek political analyst": a person without a name, whom "the analyst" and "he" may refer to
        return people.add(_nameless(d, len(people.assign), word))
    if d.kind == "person" and d.role_noun and d.definite and not d.country and not d.org:
        return _recent_with_role(d, people, word)
    if d.kind == "person" and d.role_noun and d.definite:
        return _state_role(d, people, word)
    if d.kind == "pronoun":
        return _pronoun_antecedent(
            doc, d, people.persons, (people.last_mention, people.last_out), people.last_subject, sent_of, qmask
        )
    return None


def _plain_again(doc, d) -> bool:
    """Is the draft a definite plain person noun ("the man", "the detained
    man", "the injured woman"; data list ``plain_person_nouns``)?"""
    if (d.role or "").lower() not in word_set("plain_person_nouns"):
        return False
    if d.end < len(doc) and doc[d.end].lower_ in ("who", "whose", "whom", "that"):
        return False  # "the man who ...": a person the relative clause introduces
    if doc[d.start].lower_ == "the":
        return True
    k = d.start - 1
    while k >= 0 and doc[k].tag_ in ("VBN", "JJ"):
        k -= 1
    return k >= 0 and doc[k].lower_ == "the"


def _named_person(doc, d, people: _People, date, lex) -> Person:
    """The person a named mention refers to: one named before (by full name
    or surname), the dictionary person its surname means, or a new one."""
    by_full, by_surname = people.by_full, people.by_surname
    p = None
    full = d.person.lower()
    if full in by_full:
        p = by_full[full]
    elif len(full.split()) == 1 and full in by_surname:
        p = by_surname[full]
    elif len(full.split()) == 1 and (fd := people.in_full.get(full)) is not None and fd.person.lower() in by_full:
        # "North Korean leader Kim Jong Un ... Kim": the one person the article named in full before
        p = by_full[fd.person.lower()]
    elif (len(full.split()) == 1 or (not d.country and not d.org and not d.from_dict)) and (
        canon := pick_surname(lex, full, d, date)  # once: it weighs every dictionary person of the surname
    ):
        if canon.lower() in by_full:
            p = by_full[canon.lower()]
        else:
            p = _dictionary_person(d, canon, people, date, lex)
    else:
        # a longer form of a known surname-only person ("Peskov" ... "Dmitry Peskov") or a first mention
        p0 = by_surname.get(surname_of(full))
        if p0 is not None and len(p0.name.split()) == 1:
            p = p0
            p.name = d.person
    if p is None:
        p = people.add(
            Person(
                d.person,
                len(people.assign),
                surname_of(d.person),
                d.country,
                d.org,
                d.sector,
                d.role,
                {d.role_cls} if d.role_cls else set(),
                from_text=not d.from_dict,
            )
        )
        by_surname.setdefault(p.surname, p)
        parts = d.person.split()
        if len(parts) == 2:
            # "Xi Jinping" ... "Xi": family names come first in Chinese, Korean, Hungarian names
            by_surname.setdefault(parts[0].lower(), p)
    by_full[d.person.lower()] = p
    by_surname.setdefault(surname_of(d.person), p)
    if d.person_text:  # "Kamchybek Tashiev" (dictionary: Tashiyev) ... "Tashiev"
        by_surname.setdefault(surname_of(d.person_text), p)
        by_full.setdefault(d.person_text.lower(), p)
        # the name as the article spells it in full ("Mevlüt Çavuşoğlu", "Kamchybek
        # Tashiev"), not the reference dictionary's transliteration; codes stay its own
        if not p.name_from_text and len(d.person_text.split()) >= 2 and not d.person_text.isupper():
            p.name, p.name_from_text = d.person_text, True
    return p


def _dictionary_person(d, canon: str, people: _People, date, lex) -> Person | None:
    """A new person for the dictionary name a surname means, with the term
    in force on the date (None when there is none)."""
    terms = lex.terms_of(canon)
    t = term_on(terms, date)
    if t is None:
        return None
    p = people.add(
        Person(
            canon,
            len(people.assign),
            surname_of(canon),
            d.country or t.country,
            d.org if d.country else t.org,
            d.sector or t.sector,
            d.role or t.title or None,
            {d.role_cls} if d.role_cls else set(),
            from_text=bool(d.role),
        )
    )
    people.by_full[canon.lower()] = p
    people.by_surname.setdefault(p.surname, p)
    return p


def _learn_from_mention(doc, d, p: Person, word: str) -> None:
    """What a named mention tells of its person: the text's role wins over
    the dictionary for the whole article; gender; role words."""
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
    if _diplomat(d):
        p.role_cls.add("diplomat")  # "the diplomat": an ambassador, a foreign ministry's spokesman
        p.role_words.add("diplomat")


def _diplomat(d) -> bool:
    """Is a named mention's person a diplomat: a diplomat's role (ambassador,
    envoy, consul) or a role in a foreign service ("representative of the
    Ministry of Foreign Affairs of X")?"""
    if d.role_cls == "diplomat":
        return True
    role = (d.role or "").lower()
    return bool(role) and any(b in role for b in word_set("foreign_service_bodies"))


def _recent_with_role(d, people: _People, word: str):
    """ "the analyst": the most recent compatible person. The same role word
    first ("the general": Brigadier General Deane, not a colonel named
    since), then the same class ("the analyst": a senior fellow), then the
    same sector."""
    recent = people.by_recency()
    best = next((c for c in recent if word and word in c.role_words), None)
    if best is None:
        best = next(
            (c for c in recent if (word and word in c.role_cls) or (d.role_cls and d.role_cls in c.role_cls)), None
        )
    if best is None and d.sector:
        best = next((c for c in recent if c.sector == d.sector and c.role), None)
    return best


def _state_role(d, people: _People, word: str) -> Person:
    """ "the French defence minister": the person of that state and role
    named before, or a person without a name whom "he" and "the minister"
    may refer to."""
    recent = people.by_recency()
    p = next((c for c in recent if word and word in c.role_words and (c.country, c.org) == (d.country, d.org)), None)
    if p is None and word in _LEADER_WORDS:
        # "Lukashenko ... The Belarusian leader": the state's leader named before
        p = next(
            (c for c in recent if c.name and (c.country, c.org) == (d.country, d.org) and c.sector in ("GOV", None)),
            None,
        )
    if p is None:
        p = people.add(_nameless(d, len(people.assign), word))
    return p


def _mentions(doc, drafts, assign):
    """The mentions of the drafts (a pronoun only where it refers to a
    person), in text order, with entity ids, and the chains of entities
    mentioned more than once."""
    keep = [(d, p) for d, p in zip(drafts, assign) if not (d.kind == "pronoun" and p is None)]
    mentions = []
    ent_ids: dict = {}
    chains_map: dict = {}
    for d, p in keep:
        m, key = _mention(doc, d, p, len(mentions))
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


def _mention(doc, d, p, n: int):
    """``(mention, entity key)`` of one draft: a person's codes and name
    come from the person it refers to."""
    span = doc[d.start : d.end]
    if p is not None:
        # a person with no name: a definite role of a state keeps its own words ("French defence minister")
        name = p.name if p.name is not None or not (d.role_noun and d.definite and (d.country or d.org)) else d.name
        m = Mention(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            name=name,
            kind="person",
            code=join_code(p.country, p.org, p.sector),
            country=p.country,
            org=p.org,
            sector=p.sector,
            role=p.role,
        )
        return m, ("person", id(p))
    m = Mention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        name=d.name,
        kind=d.kind,
        code=join_code(d.country, d.org, d.sector),
        country=d.country,
        org=d.org,
        sector=d.sector,
        role=d.role,
    )
    if m.code is None and d.cameo and not d.country and not d.org:
        m.code = d.cameo  # a group/NGO with no state: its CAMEO dictionary code
    key = ("code", m.code, m.org, m.kind) if m.code else ("own", n)
    return m, key


# role nouns that refer back to a state's leader by any title: "the Belarusian leader"
_LEADER_WORDS = {"leader", "strongman"}


def _gender_of(doc, d) -> str | None:
    """What the mention itself says: an honorific before the name, or a female role noun."""
    k = d.start - 1
    if k >= 0 and doc[k].text == "." and k >= 1:
        k -= 1
    if k >= 0:
        honorific = word_map("honorific")
        g = honorific.get(doc[k].lower_) or honorific.get(doc[k].lower_ + ".")
        if g:
            return g
    if _role_word(d.role).endswith(word_list("female_role_endings")):
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
    if (
        len(cands) == 1
        and cands[0][0].gender is None
        and sum(1 for c in persons if c.gender in (None, g) and last_mention.get(id(c)) is not None) == 1
    ):
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


def _may_be_surname(doc, d) -> bool:
    """A one-word capitalised mention with no code of its own that the parser
    took for an organization or group: a person's surname where the article
    names that person in full (not a word of a Title Case headline)."""
    if d.end - d.start != 1 or d.kind not in ("org", "group") or d.country or d.org:
        return False
    tok = doc[d.start]
    return tok.is_title and not (tok.is_sent_start and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)


def _named_in_full_later(doc, d, people: _People):
    """The draft of the one person the article names in full only after this
    one-word name (the surname or family name of that full name) where no
    person of that name was met before; None otherwise."""
    word = (d.person if d.kind == "person" else doc[d.start].text).lower()
    if len(word.split()) != 1 or word in people.by_full or word in people.by_surname:
        return None
    fd = people.in_full.get(word)
    if fd is None or fd.start <= d.start:
        return None
    return fd if d.kind == "person" or fd.country or fd.org else None


def _surname_taken_for_org(doc, d, people: _People) -> bool:
    """A one-word capitalised mention with no code of its own that is the
    surname (or Chinese-style family name) of a person the article named
    in full before: the person, whatever kind the parser gave it."""
    if not _may_be_surname(doc, d):
        return False
    tok = doc[d.start]
    p = people.by_surname.get(tok.text.lower())
    return p is not None and len((p.name or "").split()) >= 2 and bool(p.country or p.org)
