"""Actor mentions in a Russian Doc, coded as in English (issue #19).

Mentions come from natasha's PER/LOC/ORG entities and from lemma matches
against ``lang/ru/actors/lexicon.tsv`` (countries and their adjectives in
every case, capitals and seats, international bodies, agencies, roles).
A name or role without a country takes it from the words that govern or
modify it («Министерство обороны Азербайджана», «таджикский коллега»).
People get their English name from ``names.tsv`` (else a transliteration)
and their codes from the English office holders, so one person is one
``name`` in both languages. Pronouns and bare roles («он», «глава
ведомства») take the name and codes of the person they refer to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..record import Mention, join_code
from ..syntax import grammar
from . import lexicon as lx
from .actor_context import (
    bare_counterparts,
    context,
    counterpart_sectors,
    country_after,
    target,
    unit_of_body_after,
)
from .anaphora import repeated_groups
from .bare_bodies import same_body_before
from .body_names import acronym_aliases, bracketed_aliases, quoted_bodies
from .dated_bodies import apply_dates
from .people import normal_form, office_holder, person_name
from .romanize import by_country


@dataclass
class Actor:
    """A mention under construction: its tokens and where it came from."""

    start: int  # token indexes, half-open
    end: int
    kind: str | None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    name: str | None = None
    role: str | None = None
    flag: str = ""
    named: bool = False  # a name (entity or named lexicon entry), not a role or pronoun
    ref: int | None = None  # index of the actor it refers to
    extra: dict = field(default_factory=dict)

    def code(self) -> str | None:
        return join_code(self.country, self.org, self.sector)


def _lexicon_matches(doc) -> list[tuple[int, int, lx.Entry]]:
    """Longest lemma-phrase matches over a Doc or Span, as absolute token indexes."""
    table, longest = lx.lexicon()
    firsts = lx.lexicon_firsts()
    toks = list(doc)
    lemmas = [lx.lemma(t) for t in toks]
    out, i = [], 0
    while i < len(toks):
        if lemmas[i] not in firsts:
            i += 1
            continue
        for n in range(min(longest, len(toks) - i), 0, -1):
            e = table.get(tuple(lemmas[i : i + n]))
            if e is not None and not toks[i].is_punct:
                out.append((toks[i].i, toks[i].i + n, e))
                i += n
                break
        else:
            i += 1
    return out


def _fill(a: Actor, e: lx.Entry) -> None:
    a.country = a.country or e.country
    a.org = a.org or e.org
    if e.sector and (not a.sector or a.sector == "IGO"):
        a.sector = e.sector
    if e.flag == "medium":
        a.flag = "medium"


def _person(span, published: str | None, normal: str | None = None) -> Actor:
    a = Actor(span.start, span.end, "person", named=True)
    a.name, row = person_name(span, normal)
    a.extra["normal"] = normal_form(span, normal)
    if row is None and not lx.office_holders().get(a.name) and len(a.name.split()) > 1:
        fits = lx.holders_by_key().get(lx.loose_key(a.name)) or set()
        a.name = next(iter(fits)) if len(fits) == 1 else a.name  # «Раджнатх Сингх» -> Rajnath Singh
    if row and row.get("country"):
        a.country, a.sector, a.role = row["country"], row.get("sector") or None, row.get("role") or None
    holder = office_holder(a.name, published)
    if holder:
        a.country = holder.get("country") or a.country
        a.org = holder.get("org") or None
        a.sector = holder.get("sector") or a.sector
        a.role = holder.get("title") or a.role
    return a


def _without_body(doc, ent) -> tuple:
    """A person's name without a body's name the tagger ran into it
    («Мажилиса Арман Сейтказиев»): the words of a lexicon body at its start
    go, and the name keeps the matching words of the entity's normal form
    (None when its words and the entity's do not line up one to one)."""
    lead = [(s, t) for s, t, e in _lexicon_matches(ent) if s == ent.start and e.kind in ("org", "igo", "state")]
    if not lead or lead[0][1] >= ent.end - 1:
        return ent, None
    span = doc[lead[0][1] : ent.end]
    parts, toks = (ent._.normal or "").split(), [t for t in ent if not t.is_punct]
    if len(parts) != len(toks):
        return span, None
    return span, " ".join(p for p, t in zip(parts, toks) if t.i >= span.start)


def _entities(doc, published) -> list[Actor]:
    out = []
    for ent in doc.ents:
        if ent.label_ == "PER" or _person_as_place(ent):
            span, normal = _without_body(doc, ent)
            out.append(_person(span, published, normal))
            continue
        inside = [e for _s, _t, e in _lexicon_matches(ent)]
        kind = "location" if ent.label_ == "LOC" else "org"
        a = Actor(
            ent.start,
            ent.end,
            kind,
            named=True,
            name=" ".join(map(lx.transliterate, (ent._.normal or ent.text).split())),
        )
        for e in inside:
            _fill(a, e)
            if e.kind and e.flag != "role":
                a.kind = e.kind
            if e.name and len(inside) == 1:
                a.name = e.name
        a.extra["role_only"] = bool(inside) and all(e.flag == "role" for e in inside) and not a.country
        out.append(a)
    return out


def _person_as_place(ent) -> bool:
    """«министру обороны Братиславу Гашичу»: a «place» of two names in
    apposition to a person's title, one of them animate, is that person (a
    given name that is also a city's)."""
    toks = [t for t in ent if not t.is_space]
    if ent.label_ != "LOC" or len(toks) != 2 or any(t.pos_ != "PROPN" for t in toks):
        return False
    root = next((t for t in toks if not ent.start <= t.head.i < ent.end), None)
    if root is None or root.dep_ != "appos" or root.head.pos_ != "NOUN":
        return False
    return "Anim" in root.head.morph.get("Animacy") and any("Anim" in t.morph.get("Animacy") for t in toks)


def _country_to_body(doc, actors: list[Actor]) -> list[Actor]:
    """An ORG followed by the LOC that its words govern is one body's name
    («МИД» + «Казахстана»): the LOC's country goes to the ORG, and the LOC
    stays a place name of its own (names in Russian news mark the body's
    name and the country's apart: «Конгресса» and «США»)."""
    out: list[Actor] = []
    for a in actors:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind in ("org", "igo")
            and a.kind in ("state", "location")
            and a.named
            and prev.end == a.start
            and doc[a.start].head.i in range(prev.start, prev.end)
        ):
            prev.country = prev.country or a.country
        out.append(a)
    return out


def _free_runs(doc, taken: set[int]) -> list:
    """The spans of consecutive tokens that no entity holds."""
    runs, start = [], None
    for i in range(len(doc)):  # indexes only: no Token made for every word
        if i in taken:
            if start is not None:
                runs.append(doc[start:i])
            start = None
        elif start is None:
            start = i
    if start is not None:
        runs.append(doc[start : len(doc)])
    return runs


def _add_lexicon(doc, actors: list[Actor]) -> list[Actor]:
    """Lexicon matches in the words between entities: a phrase cut by an
    entity («глава» + ORG «Минобороны Таджикистана») still gives its word."""
    taken = {i for a in actors for i in range(a.start, a.end)}
    matches = [m for run in _free_runs(doc, taken) for m in _lexicon_matches(run)]
    for s, t, e in matches:
        a = Actor(
            s, t, e.kind, name=e.name, flag=e.flag, named=e.flag not in ("role", "pronoun", "republic") and bool(e.kind)
        )
        _fill(a, e)
        if e.flag == "role":
            a.role = e.name
        actors.append(a)
    return sorted(actors, key=lambda a: a.start)


def _resolve_bodies(doc, actors: list[Actor]) -> list[tuple[int, int]]:
    """«ведомство», «министерство» refer to the last named body with a sector."""
    chains = []
    at = {i: a for a in actors for i in range(a.start, a.end)}
    for k, a in enumerate(actors):
        bare = (a.flag == "role" or a.extra.get("role_only")) and a.kind == "org" and not a.country  # «в ГКНБ»
        if not bare and (a.flag != "pronoun" or lx.lemma(doc[a.start]) not in lx.quote_words("body_pronouns")):
            continue
        mods = [c for i in range(a.start, a.end) for c in doc[i].children if c.i not in range(a.start, a.end)]
        if any(c.i in at and at[c.i].country for c in mods):  # «российского оборонного ведомства»: its own country
            continue
        kinds = (lx.quote_map("body_pronouns").get(lx.lemma(doc[a.start])) or "org igo").split()
        headed = lx.lemma(doc[a.start].head) in lx.actor_words("head_nouns")  # «глава ведомства»: its head
        order = [j for j in range(k - 1, -1, -1) if headed and _heads_body(actors[j], kinds)]
        for j in order[:1] + list(range(k - 1, -1, -1)):
            b = actors[j]
            envoy = lx.lemma(doc[b.start].head) in lx.actor_words("envoy_nouns")  # «послу России X»: no body of his
            if not bare and not envoy and _heads_body(b, kinds):  # «Министр обороны Киргизии X …, — сказал глава …»
                a.country, a.org, a.sector = b.country, b.org if "igo" in kinds else None, b.sector
                break
            if b.named and _refers_to(a, b, kinds, bare):
                a.ref = j
                chains.append((j, k))
                break
        else:  # «прокуратура Польши … по данным следствия»: no named body, a role body of the sector with a country
            narrow = bare and a.sector not in (None, "GOV")  # GOV is many bodies: «МИД» is no embassy
            j = next((j for j in range(k - 1, -1, -1) if narrow and _refers_to(a, actors[j], kinds, bare)), None)
            b = actors[j] if j is not None else None
            if b is not None and b.flag == "role" and b.country:
                a.ref = j
                chains.append((j, k))
    return chains


def _refers_to(a: Actor, b: Actor, kinds: list[str], bare: bool) -> bool:
    """``b`` is a body that the body word ``a`` may refer back to."""
    return (
        b.kind in kinds  # «ведомство» is a state's body, never the CSTO
        and bool(b.sector or b.org)
        and b.flag != "medium"
        and (not bare or b.sector == a.sector)
    )


def _heads_body(b: Actor, kinds: list[str]) -> bool:
    """A named person who holds an office of a body of those kinds: a
    state's ministry (a country and a sector) or an organization."""
    if b.kind != "person" or not b.named or not b.sector:
        return False
    return ("org" in kinds and bool(b.country) and b.sector != "IGO") or ("igo" in kinds and bool(b.org))


def _resolve(doc, actors: list[Actor]) -> list[tuple[int, int]]:
    """Pronouns and bare roles refer to the person before them (of the
    role's country, when it has one)."""
    from .quote_marks import quoted_spans

    pron, poss = lx.quote_words("pronouns"), lx.quote_words("possessive_pronouns")
    quoted = quoted_spans(doc.text)
    chains = []
    for k, a in enumerate(actors):
        if a.ref is not None:
            continue
        first = doc[a.start]
        is_pron = a.start + 1 == a.end and (lx.lemma(first) in pron or lx.norm(first.text) in poss)
        if not (is_pron or (a.kind == "person" and a.flag == "role")):
            continue
        if "Plur" in doc[a.start].morph.get("Number"):
            continue
        cands = [
            j
            for j in range(k - 1, -1, -1)
            if actors[j].kind == "person"
            and actors[j].named
            and (not a.country or a.country == actors[j].country)
            and (not a.org or a.org == actors[j].org)  # «генеральный секретарь ОДКБ» is no minister
            and _same_voice(doc, quoted, a, actors[j])  # «„… для Трампа“, — пригрозил он»: he is not Trump
        ]
        if is_pron:  # «она» is no man: the name's gender, where the tagger gives one
            gender = set(first.morph.get("Gender"))
            cands = [j for j in cands if not gender or not _gender(doc, actors[j]) or gender & _gender(doc, actors[j])]
        near = _unnamed_subject_before(doc, actors, k, cands) if is_pron else None
        if near is not None:  # «Представитель Госдепартамента США заявил … Он не исключил …»
            a.ref = near
            chains.append((near, k))
        elif cands:
            j = _antecedent(doc, actors, cands, a.start) if is_pron or not a.country else cands[0]  # «Министр …»
            a.ref = j
            chains.append((j, k))
    return chains


def _unnamed_subject_before(doc, actors: list[Actor], k: int, cands: list[int]) -> int | None:
    """A role with no name («Представитель Госдепартамента США») that is the
    subject of the sentence just before a pronoun's, told after the last
    named person: the one the pronoun refers to."""
    g, own = grammar(doc), doc[actors[k].start].sent
    if own.start == 0:
        return None
    prev = doc[own.start - 1].sent
    if cands and doc[actors[cands[0]].start].sent.start >= prev.start:
        return None
    for j in range(k - 1, -1, -1):
        b = actors[j]
        if b.start < prev.start:
            break
        root = next((x for x in doc[b.start : b.end] if not b.start <= x.head.i < b.end or x.head.i == x.i), None)
        unnamed = b.kind == "person" and b.flag == "role" and b.ref is None and not b.named and b.country
        if unnamed and root is not None and g.is_(root, "subject") and root.head.head.i == root.head.i:
            return j if _agrees(doc[actors[k].start], root) else None
    return None


def _agrees(pron, role) -> bool:
    """«Представитель МИД сообщил … Она заявила»: the pronoun's gender is
    that of the role's verb (past tense), else of the role noun."""
    gender = set(pron.morph.get("Gender"))
    told = set(role.head.morph.get("Gender")) or set(role.morph.get("Gender"))
    return not gender or not told or bool(gender & told)


def _same_voice(doc, quoted: list[tuple[int, int]], a: Actor, b: Actor) -> bool:
    """A mention outside quotation marks does not refer to a person named
    only inside a quotation, nor the other way round."""

    def inside(x: Actor) -> tuple[int, int] | None:
        c = doc[x.start].idx
        return next(((s, e) for s, e in quoted if s <= c < e), None)

    return inside(a) == inside(b) or (inside(a) is not None and inside(b) is None)


def _gender(doc, a: Actor) -> set[str]:
    """A person's gender: from the surname's ending («Асылбаева» is a
    woman's, «Толубаев» a man's), else the tagger's."""
    last = lx.norm((a.extra.get("normal") or "").split()[-1:][0] if a.extra.get("normal") else "")
    for ending_list, gender in (("female_surname_endings", "Fem"), ("male_surname_endings", "Masc")):
        if any(last.endswith(e) and len(last) > len(e) + 2 for e in lx.actor_words(ending_list)):
            return {gender}
    return {g for i in range(a.start, a.end) for g in doc[i].morph.get("Gender") if doc[i].pos_ == "PROPN"}


def _role_subject_after(doc, actors: list[Actor], cands: list[int], sent: int, end: int) -> int | None:
    """«Генеральный секретарь ОДКБ заявил, что … „…“, – сказал он»: the
    latest role that names someone and is the subject of a sentence after
    ``sent`` (the nearest named person's) and before the pronoun's at ``end``."""
    g, own = grammar(doc), doc[end].sent.start
    found = None
    for a in actors:
        t = doc[a.start]
        if a.start >= own or t.sent.start <= sent or a.kind != "person" or a.flag != "role" or a.ref is None:
            continue
        root = next((x for x in doc[a.start : a.end] if not a.start <= x.head.i < a.end or x.head.i == x.i), t)
        j = _index_of(actors, target(actors, a))
        if j in cands and g.is_(root, "subject"):  # «Генеральный секретарь»: the noun, not its adjective
            found = j
    return found


def _antecedent(doc, actors: list[Actor], cands: list[int], end: int) -> int:
    """Of the people in the nearest sentence before a pronoun, the one who
    is its subject («Лавров провел переговоры с Нуртлеу. Он отметил…» is
    Lavrov), else the nearest; a role subject of a later sentence before
    the pronoun's comes first (:func:`_role_subject_after`)."""
    g = grammar(doc)
    sent = doc[actors[cands[0]].start].sent.start
    later = _role_subject_after(doc, actors, cands, sent, end)
    if later is not None:
        return later
    for j in cands:
        if doc[actors[j].start].sent.start != sent:
            break
        t = doc[actors[j].start]
        for _ in range(3):  # up the name's appositions: «министр … Сергей Лавров»
            if g.is_(t, "subject", "passive_subject"):
                return j
            if not g.is_(t, "apposition", "flat_name") or t.head.i == t.i:
                break
            t = t.head
    for a in actors:  # «Глава ведомства провел встречу с X. Он сообщил…»: a role subject that names someone
        t = doc[a.start]
        if t.sent.start == sent and a.kind == "person" and a.ref is not None and g.is_(t, "subject"):
            j = _index_of(actors, target(actors, a))
            if j in cands:
                return j
    return cands[0]


def _republic(doc, actors: list[Actor]) -> None:
    """A bare «республика» («в Министерстве обороны республики») is the
    country of the dateline («Алматы, 18 марта.»), else the first country
    the article's body names."""
    body = _title_end(doc)
    placed = [a for a in actors if a.start >= body and a.country and a.kind in ("state", "location", "igo")]
    home = placed[0].country if placed else None
    for a in actors:
        if a.flag == "republic" and not a.country:
            a.country, a.flag = _host_before(doc, actors, a.start) or home, "role"


def _host_before(doc, actors: list[Actor], end: int) -> str | None:
    """The state an envoy named before ``end`` is posted in («посол России в
    Румынии … вызван в МИД республики»: the republic is Romania, never the
    envoy's own state); None when no envoy «в X» comes before."""
    at = {i: a for a in actors for i in range(a.start, a.end)}
    envoys = lx.actor_words("envoy_nouns")
    host = None
    for t in doc[:end]:
        if lx.lemma(t) not in envoys:
            continue
        for c in t.children:
            posted = any(lx.lemma(x) == "в" and x.dep_ == "case" for x in c.children)
            if posted and c.i in at and at[c.i].country and at[c.i].kind in ("state", "location"):
                host = at[c.i].country
    return host


def _title_end(doc) -> int:
    """The first token after a title line (the text up to a blank line)."""
    for t in doc:
        if "\n\n" in t.text_with_ws:
            return t.i + 1
    return 0


def _index_of(actors: list[Actor], a: Actor) -> int | None:
    return next((k for k, b in enumerate(actors) if b is a), None)


def _pronouns(doc) -> list[Actor]:
    """Personal pronouns («он», «она») and the possessives of one person
    («по его словам»)."""
    pron, poss = lx.quote_words("pronouns"), lx.quote_words("possessive_pronouns")
    return [
        Actor(t.i, t.i + 1, "person", flag="pronoun")
        for t in doc
        if (t.pos_ == "PRON" and lx.lemma(t) in pron) or lx.norm(t.text) in poss
    ]


def _surnames(doc, actors: list[Actor]) -> list[tuple[int, int]]:
    """A surname alone («Бектенов») is the person named in full before it
    («Олжасом Бектеновым») when names.tsv does not know it."""
    chains = []
    for k, a in enumerate(actors):
        if a.kind != "person" or not a.named or a.end - a.start != 1 or a.ref is not None:
            continue
        for j in range(k - 1, -1, -1):
            b = actors[j]
            if b.kind == "person" and b.named and b.end - b.start > 1 and b.name != a.name:
                if _same_surname(doc, a, b):
                    a.ref = j
                    chains.append((j, k))
                    break
    return chains


def _same_surname(doc, a: Actor, b: Actor) -> bool:
    """A lone surname is the full name's surname: by their Latin keys, or
    in Russian once a case ending is cut («по словам Хурэлсуха» after
    «Ухнаагийн Хурэлсух»)."""
    if lx.loose_key((b.name or "").split()[-1]) == lx.loose_key((a.name or "").split()[-1]):
        return True
    short, full = lx.norm(doc[a.start].text), lx.norm(doc[b.end - 1].text)
    stem = (b.extra.get("normal") or "").split()[-1:]
    full = lx.norm(stem[0]) if stem else full
    return len(full) > 3 and any(short == full + e for e in lx.actor_words("name_case_endings"))


def _not_titles(doc, actors: list[Actor]) -> list[Actor]:
    """A place word in quotation marks right after a common noun names that
    thing, not the place: учение «Запад-2025», операция «Кавказ», полигон
    «Эдельвейс»; a body so named («агентство «Кабар»») stays."""
    opens = lx.quote_words("quote_open")
    out = []
    for a in actors:
        before = doc[a.start - 1] if a.start > 0 else None
        noun = doc[a.start - 2] if a.start > 1 else None
        placeish = a.kind in ("state", "location", None) and a.flag != "pronoun"
        if placeish and before is not None and before.text in opens and noun is not None and noun.pos_ == "NOUN":
            continue
        out.append(a)
    return out


def _quoted_body(doc):
    def make(start: int, end: int) -> Actor:
        return Actor(start, end, "org", named=True, name=" ".join(map(lx.transliterate, doc[start:end].text.split())))

    return make


def _counterpart(start: int, end: int, country: str) -> Actor:
    a = Actor(start, end, "person", country, flag="role")
    a.extra["counterpart"] = True
    return a


def _alias(start: int, end: int, body: Actor) -> Actor:
    """The same body under the name in brackets after it."""
    return Actor(start, end, body.kind, body.country, body.org, body.sector, name=body.name, named=True)


def build(doc, published: str | None = None) -> tuple[list[Actor], list[tuple[int, int]]]:
    """Every actor in the Doc (names, roles, adjectives, pronouns), and the
    (antecedent, reference) pairs of pronouns and bare roles."""
    actors = _country_to_body(doc, _entities(doc, published))
    actors = _not_titles(doc, _add_lexicon(doc, actors))
    apply_dates(doc, actors, published)  # «талибы» in 2025 are Afghanistan's government
    actors = bracketed_aliases(doc, quoted_bodies(doc, actors, _quoted_body(doc)), _alias)
    taken = {i for a in actors for i in range(a.start, a.end)}
    actors += [p for p in _pronouns(doc) if p.start not in taken]
    actors = bare_counterparts(doc, actors, _counterpart)  # «пригласил германского коллегу»
    _republic(doc, actors)
    country_after(doc, actors)
    unit_of_body_after(doc, actors)
    context(doc, actors)  # a body's country from its genitive, before an acronym takes the body's codes
    actors = acronym_aliases(doc, actors, _alias)  # «СНБ» after «Служба национальной безопасности Армении»
    context(doc, actors)  # first: a person named after a role takes its sector («Министр обороны … X»)
    same_body_before(doc, actors)  # after its own modifiers gave a country («эстонского посольства»)
    chains = _resolve_bodies(doc, actors)
    chains += repeated_groups(doc, actors)  # «военнослужащие базы» after «российской военной базы»
    context(doc, actors)  # a second pass: a head takes what its modifiers took in the first
    counterpart_sectors(doc, actors)
    chains += _surnames(doc, actors)
    chains += _resolve(doc, actors)
    return actors, chains


def to_mention(doc, actors: list[Actor], a: Actor) -> Mention:
    t = target(actors, a)
    span = doc[a.start : a.end]
    name = by_country(t.name, t.extra.get("normal"), t.country) if t.kind == "person" and t.name else t.name
    return Mention(  # a person's name as his country's press spells it («Хоссейн» of Iran: Hossein), as quotes do
        span.start_char,
        span.end_char,
        span.text,
        name=name,
        kind=a.kind if a.kind else None,
        code=t.code(),
        country=t.country,
        org=t.org,
        sector=t.sector,
        role=t.role or a.role,
    )


def mentions(doc, published: str | None = None) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The Doc's actor mentions as records, and their coreference pairs."""
    actors, chains = build(doc, published)
    return [to_mention(doc, actors, a) for a in actors], chains
