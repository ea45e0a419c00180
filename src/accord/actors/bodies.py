"""Bodies named again: a short name in brackets ("Joint Chiefs of Staff
(JCS) ... the JCS"), "the ministry" / "the Defence Ministry" after
"Tajikistan's Defence Ministry", "the alliance" after the CSTO, and a title
that names a body without its state ("ministry spokeswoman")."""

from __future__ import annotations

from ..doc_index import tokens_with_lower
from ..syntax import grammar
from .parts import Draft
from .words import codes, word_map, word_set


def _acronym_text(doc, d) -> str:
    """The one word of a draft other than "the" (else "")."""
    words = [t.text for t in doc[d.start : d.end] if t.lower_ != "the"]
    return words[0] if len(words) == 1 else ""


def link_acronyms(doc, drafts) -> None:
    """ "South Korea's Joint Chiefs of Staff (JCS) ... the JCS said": a short
    name in brackets right after a body's name is that body wherever it
    stands (in the brackets and after them), with its name and codes."""
    defs: dict = {}
    for d in drafts:
        if (
            d.kind in ("org", "igo", "group")
            and (d.country or d.org)
            and d.end + 2 < len(doc)
            and doc[d.end].text == "("
            and doc[d.end + 2].text == ")"
        ):
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
    """The lower-case words of a body's name without its articles and 's."""
    g = grammar(doc)
    return [
        t.lower_
        for t in doc[d.start : d.end]
        if not g.is_(t, "determiner", "case") and t.tag_ != "POS" and t.lower_ not in ("the", "'s", "\u2019s")
    ]


def _name_head(words: list) -> tuple:
    """A body's name, and where it has one the part before its first "of"
    or "for" ("state committee" of "State Committee for National Security"),
    with a word before it so that the bare head matches too."""
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
    if cut is None or cut == 0:
        return (words,)
    return (words, ["", *words[:cut]])


def _titled_body(title: list, named: list):
    """The body a title names ("ministry spokeswoman", "Defence Ministry
    spokesman"): the latest coded body whose name has all the title's words
    ("Kazakhstan's Ministry of Defence"), else the latest whose name, or its
    head before "of", ends in the title's body word ("the Foreign Ministry")."""
    heads = set(title) & word_set("body_heads")
    if not heads:
        return None
    whole = next((a for w, a in reversed(named) if set(title) <= set(w)), None)
    if whole is not None:
        return whole
    return next((a for w, a in reversed(named) if any(h[-1] in heads for h in _name_head(w) if h)), None)


def possessed_role_bodies(doc, drafts) -> None:
    """ "X, head of the ministry's press service,": a role that names its body
    by "the NOUN's" (NOUN a body head) and has no state takes the coded body
    named before it whose name ends in NOUN (or has it before "of"); the
    person the role describes takes it too."""
    heads = word_set("body_heads")
    named: list = []
    for d in drafts:
        if d.kind in ("org", "igo") and (d.country or d.org):
            named.append((_body_words(doc, d), d))
            continue
        person = d.same_as
        if not (d.role_noun and person is not None) or d.country or d.org or person.country or person.org:
            continue
        noun = next(
            (
                t.lower_
                for t in doc[d.start + 1 : d.end - 1]
                if t.lower_ in heads and doc[t.i - 1].lower_ == "the" and doc[t.i + 1].tag_ == "POS"
            ),
            None,
        )
        ante = _titled_body([noun], named) if noun else None
        if ante is not None:
            for x in (d, person):
                _take_state(x, ante)


def _title_case(doc, d) -> bool:
    """A name written in capitals without "the" ("Keremet Bank" after
    "Kyrgyzstan's Keremet Bank") names a body as "the bank" would."""
    return d.end - d.start >= 2 and all(t.is_alpha and t.text[:1].isupper() for t in doc[d.start : d.end])


def _take_state(d, body) -> None:
    """``d`` belongs to ``body``: its state or organization, and its sector unless it has none."""
    d.country, d.org = body.country, body.org
    d.sector = body.sector or d.sector


def _body_of_title(doc, d) -> list:
    """``[(words, body)]`` for the body a state's titled person names in the
    title ("Chinese coast guard spokesman Liu": the Chinese coast guard, which
    "the coast guard" may then refer to: a later definite body matches only
    the last words of the name); a title with "of" names the body after it
    (:func:`_body_after_of`); ``[]`` for a one-word title."""
    role = d.role.lower().split()
    out = _body_after_of(doc, d)
    words = role[:-1]
    if not words or "of" in role:
        return out
    body = Draft(d.start, d.start, kind="org", name=d.role.rsplit(" ", 1)[0], country=d.country, org=d.org)
    body.sector = d.sector
    return [(["", *words], body)] + out  # a word before it, as the state's name would be: the bare name matches


def _body_after_of(doc, d) -> list:
    """ "head of the European Union Monitoring Mission in Georgia [NAME]",
    "Director of the Fourth CIS Department of ...": the body the title is of,
    up to the next preposition and its last head noun, which "the mission",
    "the department" may then refer to (a title's body need not be a mention
    of its own)."""
    words = [t.lower_ for t in doc[d.start : d.end] if t.is_alpha]
    if "of" not in words:
        return []
    k = words.index("of") + 1
    if k < len(words) and words[k] == "the":
        k += 1
    stops = word_set("title_body_stops")
    end = next((j for j in range(k, len(words)) if words[j] in stops), len(words))
    heads = word_set("body_heads") | word_set("bloc_words") | word_set("ngo_heads") | word_set("title_body_heads")
    while end > k and words[end - 1] not in heads:
        end -= 1  # the person's name after the body: "the Russian delegation [Sergei Ryabkov]"
    if end - k < 2:
        return []
    words = words[k:end]
    body = Draft(d.start, d.start, kind="igo" if d.org and not d.country else "org", country=d.country, org=d.org)
    body.name, body.sector = " ".join(words), d.sector
    return [(["", *words], body)]


def link_definite_bodies(doc, drafts) -> None:
    """ "the ministry", "the Defence Ministry", "the government" with no state
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
            ante = _titled_body(d.role.lower().split()[:-1], named)
            if ante is not None:
                _take_state(d, ante)
            continue
        if d.kind == "person" and d.role and (d.country or d.org):
            named += _body_of_title(doc, d)
            continue
        if d.kind not in ("org", "igo"):
            continue
        words = _body_words(doc, d)
        if not words:
            continue
        if d.country or d.org:
            named.append((words, d))
        elif len(words) == 1 and words[0] in word_set("bloc_words") and (d.definite or _capitalised_within(doc, d)):
            _bloc_named_again(doc, d, drafts)  # "the Alliance" the parser took for a name of its own
        elif _of_the_bloc(doc, d, words):
            _bloc_named_again(doc, d, drafts, unit=True)  # "the peacekeeping forces of the Organization"
        elif (d.definite or _title_case(doc, d)) and not d.cameo and len(words) <= 4:
            # "the ministry's press service": the possessor is the body named before
            pos_at = next((k for k in range(d.start, d.end) if doc[k].tag_ == "POS"), None)
            owner = _body_words(doc, Draft(d.start, pos_at)) if pos_at is not None else None
            for ante_words, ante in reversed(named):
                if owner and len(ante_words) > len(owner) and ante_words[-len(owner) :] == owner:
                    _take_state(d, ante)
                    break
                # "Ministry of Foreign Affairs of Tajikistan" ... "the ministry"
                head = _name_head(ante_words) if words[-1] in word_set("body_heads") else (ante_words,)
                if len(words) <= 3 and any(len(w) > len(words) and w[-len(words) :] == words for w in head):
                    _take_state(d, ante)
                    d.name, d.kind = ante.name, ante.kind
                    break
    _members_of_body(doc, drafts)
    drop = {id(d) for d in bare if not (d.country or d.org)}
    if drop:  # no body of that name before it: a common noun ("the service was slow")
        drafts[:] = [d for d in drafts if id(d) not in drop]


def _capitalised_within(doc, d) -> bool:
    """The draft's first word is capitalised inside its sentence ("the entire Organization")."""
    t = doc[d.start]
    return t.text[:1].isupper() and not t.is_sent_start


def _of_the_bloc(doc, d, words: list) -> bool:
    """Does the uncoded body ``d`` end in "of the <bloc word>" ("the
    peacekeeping forces of the Organization"), a unit of the body named before?"""
    return (
        len(words) >= 3 and words[-2] == "of" and words[-1] in word_set("bloc_words") and doc[d.end - 2].lower_ == "the"
    )


def _bloc_named_again(doc, d, drafts, unit: bool = False) -> None:
    """An uncoded "the Alliance" / "the Bloc" (a body of the parser's) is the
    international body it refers back to, as "the alliance" is; a ``unit`` of
    it ("the forces of the Organization") keeps its own name and takes the
    body's organization."""
    bodies = [x for x in drafts if x.kind in ("org", "igo") and (x.country or x.org)]
    ante = _bloc_antecedent(doc[d.end - 1], bodies, drafts)
    if ante is None:
        return
    d.kind = "igo"
    if unit:
        d.country, d.org = ante[1], ante[2]
    else:
        d.name, d.country, d.org, d.sector = ante


def _subject_body(before: list):
    """The first international body the article names in ``before``: its subject
    (a summit of the CSTO that also speaks of NATO's expansion is the CSTO's)."""
    return next((d for d in before if d.kind == "igo" and d.org), None)


def _bloc_antecedent(t, bodies: list, drafts: list) -> tuple | None:
    """(name, country, org, sector) of the body "the alliance" / "the bloc" at
    token ``t`` stands for: the body of a title earlier in its sentence with no
    body named between ("CSTO Secretary General Zas said the alliance ..."); else,
    after an international body, the first international body the article
    names (its subject; measured: the one named most often picked NATO in a
    story of a CSTO summit that spoke of NATO's expansion), not one named in passing
    ("coordinate their positions at the United Nations"); else None."""
    i = t.i
    before = [d for d in bodies if d.end <= i - 1]
    titled = [d for d in drafts if d.kind == "person" and d.org and t.sent.start <= d.start and d.end <= i - 1]
    # a state's body between ("the alliance's security council secretaries in Dushanbe") is no bloc
    if titled and not any(d.start >= titled[-1].end and (d.org or not d.country) for d in before):
        return titled[-1].org, None, titled[-1].org, None
    if not before or before[-1].kind != "igo" or not before[-1].org:
        return None
    ante = _subject_body(before)
    return ante.name, ante.country, ante.org, ante.sector


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
        elif d.kind == "person" and d.role and (d.country or d.org):
            for words, _body in _body_after_of(doc, d):  # "Director of the Fourth CIS Department ... NAME"
                heads.setdefault(words[-1], d.end)
    bodies = [d for d in drafts if d.kind in ("org", "igo") and (d.country or d.org)]
    if not heads and not any(d.kind == "igo" for d in bodies):
        return []
    covered = bytearray(len(doc))
    for d in drafts:
        covered[d.start : d.end] = b"\x01" * (d.end - d.start)
    by_start = {d.start: d for d in drafts}
    added = []
    g = grammar(doc)
    place_nouns, bloc_words = word_set("place_nouns"), word_set("bloc_words")
    for the in tokens_with_lower(doc, "the"):  # only the words after "the": no Token made for every word
        i = the.i + 1
        if i >= len(doc) or covered[i] or covered[i - 1]:
            continue
        t = doc[i]
        if not (t.tag_ == "NN" or (t.tag_ == "NNP" and t.lower_ in bloc_words)) or not g.is_(the, "determiner"):
            continue  # "the Organization": translated press capitalises the body it names again
        if (
            g.is_(t, "compound")
            or t.lower_ in place_nouns
            or g.has_child(t, "adjective", "compound", "prep", "possessor", "number")
        ):
            continue
        if t.lower_ in bloc_words:
            ante = _bloc_antecedent(t, bodies, drafts)
            if ante is None:
                continue
            d = Draft(
                i - 1,
                i + 1,
                kind="igo",
                name=ante[0],
                country=ante[1],
                org=ante[2],
                sector=ante[3],
                definite=True,
            )
            owned = by_start.get(i + 2) if i + 2 < len(doc) and doc[i + 1].tag_ == "POS" else None
            if owned is not None and owned.kind in ("org", "igo") and not (owned.country or owned.org):
                owned.org = ante[2]  # "the alliance's Joint Staff"
            added.append(d)
        elif heads.get(t.lower_, len(doc)) < i:
            added.append(Draft(i - 1, i + 1, kind="org", name=t.text, definite=True))
    if added:
        drafts.extend(added)
        drafts.sort(key=lambda d: (d.start, -d.end))
    return added


def seat_capitals(doc, drafts) -> None:
    """A capital acting ("Brussels urged both sides") that is the seat of an
    international body (``seat_capitals``) stands for that body where the
    article names the body and names the host state by nothing but the
    capital; else it stays the state (in place)."""
    seats = word_map("seat_capitals")
    caps = [d for d in drafts if d.kind == "state" and doc[d.start : d.end].text.lower() in seats]
    cap_ids = {id(d) for d in caps}
    for d in caps:
        org = seats[doc[d.start : d.end].text.lower()]
        named = any(x.org == org and x.kind == "igo" for x in drafts)
        host = any(x.country == d.country and id(x) not in cap_ids for x in drafts if x.kind != "location")
        if named and not host:
            d.kind, d.country, d.org, d.sector = "igo", None, org, None


def _members_of_body(doc, drafts) -> None:
    """ "the allies", "its allies" (``member_words`` after ``member_determiners``,
    with no modifier of their own) after an international body is named: the
    members of the first body the article names (its subject: a summit of the
    CSTO that also speaks of NATO), acting as one ("called on the allies to
    show unity"); "the allies" only of an alliance (``alliances``: not the UN
    of "Moscow wants the allies to share the costs"). Adds the drafts in place."""
    bodies = [d for d in drafts if d.kind == "igo" and d.org]
    if not bodies:
        return
    found = tokens_with_lower(doc, word_set("member_words"))
    if not found:
        return
    covered = {i: d for d in drafts for i in range(d.start, d.end)}
    dets = word_set("member_determiners")
    g = grammar(doc)
    added = []
    for t in found:
        i = t.i
        if i == 0 or doc[i - 1].lower_ not in dets or doc[i - 1].head.i != i:
            continue
        if g.has_child(t, "adjective", "compound", "number", "noun_modifier", "prep"):
            continue  # "Western allies", "NATO allies", "two allies", "the members of parliament"
        allied = t.lower_ in word_set("alliance_member_words")  # "the allies" are an alliance's, not the UN's
        ante = _subject_body([d for d in bodies if d.end <= i - 1 and (not allied or d.org in codes("alliances"))])
        own = covered.get(i)
        if ante is None or (own is not None and (own.country or own.org or own.end != i + 1)):
            continue
        if own is not None:  # an uncoded mention of the words alone ("The members"): the body's
            own.kind, own.name, own.org, own.sector = "igo", ante.name, ante.org, ante.sector
            continue
        start = i - 1 if doc[i - 1].lower_ == "the" else i
        added.append(Draft(start, i + 1, kind="igo", name=ante.name, org=ante.org, sector=ante.sector, definite=True))
    if added:
        drafts.extend(added)
        drafts.sort(key=lambda d: (d.start, -d.end))
