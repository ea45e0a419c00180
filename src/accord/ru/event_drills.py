"""The parties of drills told as the subject of their verb (accord.ru.events):
«учения ОДКБ начались …», «совместные учения России и Казахстана прошли …»,
«в Белоруссии стартовали учения с участием военных России, Белоруссии и
Казахстана». The drill noun names no doer; its owners (genitives, through a
body word: «учения вооруженных сил Армении и Ирана») and its participants
(«с участием X, Y и Z»: ``participation_nouns``) are the parties. An
organization's drills are its own act, with no recipient whoever takes part
(«учения ОДКБ начались»: the sample's gold codes them so); drills of states
pair each two of them."""

from __future__ import annotations

from ..record import EventActor, join_code
from . import lexicon as lx


def drill_noun(g, verb, arg):
    """The drill noun the trigger's row matched, when it is the verb's own
    subject («учения прошли»), else None."""
    if arg is None or lx.lemma(arg) not in lx.event_map("exercise_nouns"):
        return None
    return arg if any(s.i == arg.i for s in g.subjects(verb, agents=False)) else None


def _bare(g, tok) -> bool:
    return g.child(tok, "case") is None


def _group(g, heads, party, sector) -> list[EventActor]:
    """The parties a genitive (and its conjuncts) names, or one level below
    a body word that names none («военных России, Белоруссии и Казахстана»:
    each state as that body, MIL)."""
    out: list[EventActor] = []
    for h in heads:
        sides = [p for p in (party(w) for w in [h, *g.conjuncts(h)]) if p is not None]
        below = [c for c in g.children(h, "noun_modifier") if _bare(g, c)][:1]
        if not sides:
            sides = [_of_sector(p, sector(h)) for c in below for p in _group(g, [c], party, sector)]
        else:  # «военных России, Белоруссии и Казахстана» read as one party «военных России»: its conjuncts
            sides += [p for c in below for p in (party(w) for w in g.conjuncts(c)) if p is not None]
        sec = next((p.sector for p in sides if p.sector and not p.org), None)
        out += [_of_sector(p, sec) for p in sides]
    return out


def _of_sector(p: EventActor, sector: str | None) -> EventActor:
    if not sector or p.sector or p.org or not p.country:
        return p
    return EventActor(p.start, p.end, p.text, join_code(p.country, None, sector), p.country, None, sector)


def _participants(g, verb, noun, party, sector) -> list[EventActor]:
    """«с участием X, Y и Z» on the drill noun or on its verb: the parties
    its genitives name."""
    marks = lx.event_map("participation_nouns")
    out: list[EventActor] = []
    for head in (noun, verb):
        for _w, _c, n in g.prep_args(head):
            if lx.lemma(n) in marks:
                out += _group(g, [c for c in g.children(n, "noun_modifier") if _bare(g, c)], party, sector)
    return out


def _stem(part: str) -> str:
    """A state adjective's part without its ending (``adjective_endings``, the
    longest that fits): «российско» -> «российск»."""
    for ending in sorted(lx.actor_words("adjective_endings"), key=len, reverse=True):
        if part.endswith(ending):
            return part[: -len(ending)]
    return part


def _compound_states(g, noun) -> list[EventActor]:
    """«российско-китайские учения»: the states a compound adjective of the
    drill noun names, each part read as the adjective it combines
    («российско» -> «российский»), as the actor lexicon codes them."""
    table = lx.lexicon()[0]
    out: list[EventActor] = []
    for adj in g.children(noun, "adjective"):
        parts = lx.norm(adj.text).split("-")
        for part in parts if len(parts) > 1 else []:
            entry = table.get((_stem(part) + "ий",))
            if entry is not None and entry.kind is None and entry.country:
                c = entry.country
                out.append(EventActor(adj.idx, adj.idx + len(adj.text), adj.text, c, c, None, None))
    return out


def drill_pairs(g, verb, noun, party, sector) -> list[tuple]:
    """(actor, recipient) of drills told as the subject of their verb;
    ``party`` codes a word (or gives None), ``sector`` gives the sector a
    body word names («армий»: MIL) or None."""
    owners = _group(g, [c for c in g.children(noun, "noun_modifier", "possessor") if _bare(g, c)], party, sector)
    org = next((p for p in owners if p.org and not p.country), None)
    if org is not None:  # «учения ОДКБ с участием A, B и C»: the organization's own act
        return [(org, None)]
    parties: list[EventActor] = []
    for p in owners + _compound_states(g, noun) + _participants(g, verb, noun, party, sector):
        if p.code and p.code not in {q.code for q in parties}:
            parties.append(p)
    if len(parties) == 1:
        return [(parties[0], None)]
    return [(a, b) for k, a in enumerate(parties) for b in parties[k + 1 :]]


def hosted_drill(g, verb, at, body) -> list[tuple]:
    """«Как сообщили в пресс-службе ОДКБ, … В следующем году аналогичные
    маневры пройдут в Киргизии»: drills still ahead whose noun names no
    party, held in a state («в» with a state's name), are the reporting
    institution's act toward the host (``body(hosts)`` gives that
    institution, or None); [] when the drills are not ahead or have no
    host or no reporter."""
    if not any("Fut" in v.morph.get("Tense") for v in [verb, *g.children(verb, "aux")]):
        return []
    hosts = [
        at[n.i]
        for w, _c, n in g.prep_args(verb)
        if w == "в" and n.i in at and at[n.i].kind == "state" and "Acc" not in n.morph.get("Case")
    ]
    if len(hosts) != 1 or not hosts[0].country:
        return []
    host = hosts[0]
    reporter = body((host.country,))
    if reporter is None or reporter.country == host.country:
        return []
    span = verb.doc[host.start : host.end]
    return [(reporter, EventActor(span.start_char, span.end_char, span.text, host.country, host.country, None, None))]
