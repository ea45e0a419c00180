"""How a Russian actor is read from the words around it (accord.ru.actors):
the country, organisation and sector its modifiers, the role it renames or
the body named right after it give (:func:`context`), and which actor a
word names (:func:`actor_at`, :func:`target`). Split from accord.ru.actors,
which builds the actors and calls these."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import grammar
from . import lexicon as lx
from .people import title_chain

if TYPE_CHECKING:
    from .actors import Actor


def context(doc, actors: list[Actor]) -> None:
    """Countries and organizations from the words around a mention: its
    modifiers («армянской армии», «МИД Казахстана») and, for a person, the
    role noun it renames («министр обороны России Андрей Белоусов»)."""
    g = grammar(doc)
    at = {i: a for a in actors for i in range(a.start, a.end)}
    for a in actors:
        if a.kind is None:
            continue
        span_toks = range(a.start, a.end)
        near = [
            c
            for i in span_toks
            for c in doc[i].children
            if c.i not in span_toks and not _posted_in(doc[i], c) and not g.is_(c, "conjunct")  # «Брюссель и Ереван»
        ]
        level = [c for n in near if g.is_(n, "noun_modifier") for c in n.children]
        deeper = [c for n in level if g.is_(n, "noun_modifier", "apposition") and n.i not in at for c in n.children]
        near += level + deeper  # «военнослужащие сил специальных операций Белоруссии»: three modifiers down
        head = _over_rank(g, at, doc[a.start].head) if a.kind == "person" else doc[a.start].head
        if a.kind == "person" and g.is_(doc[a.start], "apposition") and head.i in at:
            role = at[head.i]
            role.ref = actors.index(a)
            near += [head] + [c for c in head.children if c.i not in span_toks and not _posted_in(head, c)]
        elif (
            a.kind == "person"
            and g.is_(doc[a.start], "apposition")
            and lx.lemma(head) in lx.actor_words("counterpart_nouns")
        ):
            near += [c for c in head.children if c.i not in span_toks]
            a.sector = a.sector or _counterpart_sector(g, actors, at, head)
        elif (
            a.kind == "person" and g.is_(doc[a.start], "apposition") and lx.lemma(head) in lx.actor_words("title_nouns")
        ):
            chain = _titles_chain(g, head, span_toks)  # «Директор департамента МИД России Сергей Беляев»
            near += chain
            body = next((at[c.i] for c in chain if c.i in at and at[c.i].kind == "org" and at[c.i].sector), None)
            a.sector = a.sector or (body.sector if body is not None and head.i not in at else None)
            state = any(c.i in at and at[c.i].kind == "state" for c in chain)  # «Представитель Пакистана … X»
            bare = head.i not in at or not at[head.i].sector  # «Представитель Пакистана … X»
            a.sector = a.sector or ("GOV" if state and body is None and bare else None)
        _body_sector_role(g, at, doc, a)
        leads = a.flag == "role" and a.end - a.start == 1 and lx.lemma(doc[a.start]) in lx.actor_words("led_by_roles")
        for t in near:
            b = at.get(t.i)
            b = target(actors, b) if b is not None and b.kind != "person" and b.flag != "role" else b
            if b is None or b is a or (b.kind == "person" and a.kind != "person"):
                continue
            if leads and b.kind not in ("person", "state") and b.sector:  # «председатель комитета Госдумы»: LEG
                a.sector, leads = b.sector, False
            elif leads and b.kind == "state" and not a.sector and not b.sector:  # «представитель Ирана»: GOV
                a.sector = "GOV"
            if a.kind == "person" and a.named and b.flag == "role":
                a.sector = a.sector or b.sector
                a.role = a.role or b.role
            if (
                a.kind == "org"
                and not a.sector
                and not a.flag
                and b.kind == "org"
                and b.sector
                and t.head.i in span_toks
            ):
                a.sector = b.sector  # «ЦОС ФСБ России»: a named unit of a body is of the body's sector
            a.country = a.country or b.country
            if b.org and not a.org and b.flag != "role":
                a.org = b.org


def _body_sector_role(g, at: dict, doc, a: Actor) -> None:
    """«офицеры полиции Грузии» (``body_sector_roles``): a role over a
    body's genitive is of the body's sector, or of none where no actor codes
    the body, unless it is a military unit (``military_unit_nouns``)."""
    tok = doc[a.start]
    if a.flag != "role" or a.end - a.start != 1 or lx.lemma(tok) not in lx.actor_words("body_sector_roles"):
        return
    for c in g.children(tok, "noun_modifier"):
        b = at.get(c.i)
        if c.pos_ != "NOUN" or g.child(c, "case") is not None or (b is not None and b.kind == "state"):
            continue
        if b is not None and b.sector:
            a.sector = b.sector
        elif lx.lemma(c) not in lx.actor_words("military_unit_nouns"):
            a.sector = None
        return


def _titles_chain(g, head, skip: range) -> list:
    """:func:`title_chain` below the title a name renames, and below the
    title that title renames in turn («Представитель Пакистана, национальный
    координатор управления X»: X is Pakistan's)."""
    chain = title_chain(g, head, skip)
    up = head.head
    if g.is_(head, "apposition") and up.i != head.i and lx.lemma(up) in lx.actor_words("title_nouns"):
        chain += title_chain(g, up, range(head.i, head.i + 1))
    return chain


def _over_rank(g, at: dict, head):
    """The role a name renames through a military rank between them
    («Министр обороны Таджикистана генерал-полковник X»: X is appos of the
    rank, the rank of the role): the role's word, else ``head`` itself."""
    if head.i in at or lx.lemma(head) not in lx.actor_words("rank_nouns") or not g.is_(head, "apposition"):
        return head
    return head.head if head.head.i != head.i else head


def _posted_in(noun, c) -> bool:
    """«посол Ирака в Москве»: the city an envoy is posted in is not his state."""
    envoy = lx.lemma(noun) in lx.actor_words("envoy_nouns")
    return envoy and any(lx.lemma(x) == "в" and x.dep_ == "case" for x in c.children)


def _counterpart_sector(g, actors: list[Actor], at: dict, noun) -> str | None:
    """The sector of the one a «коллега» is counterpart to: the person or
    role it is coordinated with («министр X и его коллега Y»), else the
    subject of the verb it hangs on («X встретился с коллегой Y»)."""
    verbs = (noun.head, noun.head.head)  # «пригласил коллегу посетить …»: the subject of the verb above too
    other = noun.head if g.is_(noun, "conjunct") else next((s for v in verbs for s in g.subjects(v)), None)
    b = actor_at(noun.doc, at, other) if other is not None and other.i != noun.i else None
    return target(actors, b).sector if b is not None else None


def bare_counterparts(doc, actors: list[Actor], make) -> list[Actor]:
    """«пригласил германского коллегу»: a «коллега» with no name, whose
    adjective names a state, is an actor of that state (``make(start, end,
    country)`` builds it); :func:`counterpart_sectors` gives it the sector of
    the one whose counterpart it is."""
    at = {i: a for a in actors for i in range(a.start, a.end)}
    g = grammar(doc)
    for t in doc:
        if t.i in at or lx.lemma(t) not in lx.actor_words("counterpart_nouns"):
            continue
        adj = [at[c.i] for c in g.children(t, "adjective") if c.i in at and at[c.i].kind is None]
        if adj and adj[0].country and not any(c.i in at for c in g.children(t, "apposition")):
            actors.append(make(t.i, t.i + 1, adj[0].country))
    return sorted(actors, key=lambda a: a.start)


def counterpart_sectors(doc, actors: list[Actor]) -> None:
    """The sector of each bare «коллега» actor: that of its counterpart."""
    g = grammar(doc)
    at = {i: a for a in actors for i in range(a.start, a.end)}
    for a in actors:
        if a.extra.get("counterpart") and not a.sector:
            a.sector = _counterpart_sector(g, actors, at, doc[a.start])


def country_after(doc, actors: list[Actor]) -> None:
    """A role with no country takes the state named in the genitive right
    after it, wherever the parser hung that word («с помощником министра
    иностранных дел КНР Лю Бинем», «КНР» parsed onto another noun)."""
    starts = {a.start: a for a in actors}
    for a in actors:
        b = starts.get(a.end)
        if a.flag != "role" or a.country or a.org or b is None or b.kind != "state" or not b.country:
            continue
        if "Gen" in doc[b.start].morph.get("Case"):
            a.country = b.country


def genitive_owner(doc, starts: dict[int, Actor], a: Actor) -> Actor | None:
    """The actor named right after ``a`` in the genitive («Центр общественных
    связей» + «ФСБ России»), its owner; None if none follows."""
    b = starts.get(a.end)
    if b is not None and b.kind is None and b.end < len(doc) and doc[b.start].head.i in starts:
        b = starts[doc[b.start].head.i]  # «(ISPR) пакистанской армии»: past the adjective, the noun it modifies
    return b if b is not None and "Gen" in doc[b.start].morph.get("Case") else None


def unit_of_body_after(doc, actors: list[Actor]) -> None:
    """A named unit with no sector of its own takes the sector and country
    of the body named in the genitive right after it, wherever the parser
    hung that word («в Центре общественных связей ФСБ России», «ФСБ» parsed
    onto a noun earlier in the sentence)."""
    starts = {a.start: a for a in actors}
    for a in actors:
        if a.kind != "org" or a.sector or a.flag or a.org:
            continue
        b = genitive_owner(doc, starts, a)
        if b is not None and b.kind in ("org", "group") and b.sector and b.flag != "medium":
            a.sector, a.country = b.sector, a.country or b.country


def actor_at(doc, at: dict[int, Actor], tok) -> Actor | None:
    """The actor a speaker word names: itself, a person renaming it, or an
    actor among its modifiers."""
    if tok is None:
        return None
    g = grammar(doc)
    apps = g.children(tok, "apposition")
    apps += [d for c in apps if c.i not in at for d in g.children(c, "apposition")]  # a rank between
    apps += _renaming_below(g, tok)
    for c in apps:  # «министр обороны генерал-полковник Шерали Мирзо»
        if c.i in at and at[c.i].kind == "person":
            return at[c.i]
    if tok.i in at and at[tok.i].kind is not None:
        return at[tok.i]
    near = [c for c in tok.children if not g.is_(c, "punct") and c.pos_ != "VERB"]  # not into a clause
    found = [at[c.i] for c in near if c.i in at]
    deeper = [d for c in near for d in c.children if not g.is_(d, "punct", "apposition") and d.pos_ != "VERB"]
    best = _best(found) or _best([at[d.i] for d in deeper if d.i in at])
    if best is None:  # «сотрудников бакинского офиса агентства Sputnik»: a third genitive down, or its name
        third = [e for d in deeper if g.is_(d, "noun_modifier") for e in g.children(d, "noun_modifier", "apposition")]
        best = _best([at[e.i] for e in third if e.i in at])
    return best


def _renaming_below(g, tok) -> list:
    """A name in the word's own case that the parser hung on a modifier in
    another case: «адвокат одного из задержанных Нурбек Токтакунов» names
    the lawyer («адвокат министра Ивана Петрова» names the minister)."""
    case = tok.morph.get("Case")
    if not case:
        return []
    mods = [c for c in g.children(tok, "noun_modifier") if c.morph.get("Case") and c.morph.get("Case") != case]
    return [d for c in mods for d in g.children(c, "apposition") if d.i > c.i and d.morph.get("Case") == case]


def _best(found: list[Actor]) -> Actor | None:
    for ok in (
        lambda a: a.named,
        lambda a: a.kind not in (None, "person"),
        lambda a: a.kind is None and a.country,
        lambda a: a.kind == "person" and a.country,  # «консультации министров иностранных дел России»
    ):
        for a in found:
            if ok(a):
                return a
    return None


def target(actors: list[Actor], a: Actor) -> Actor:
    """The actor a mention refers to (itself when it refers to none)."""
    seen = set()
    while a.ref is not None and a.ref not in seen:
        seen.add(a.ref)
        a = actors[a.ref]
    return a
