"""Parties of a Russian event that the parser's tree hides (issue #19):
an accusative it read as a second subject, an inanimate subject that is
what a plural verb names («В Ереване учения назвали …»: Yerevan speaks),
a bare state body that is the actor's own country's, and a word for the
person just named («иранский дипломат») as a subject."""

from __future__ import annotations

from ..record import EventActor, join_code
from . import lexicon as lx
from .window import window_start


def accusative_only(tok) -> bool:
    case = tok.morph.get("Case")
    return "Acc" in case and "Nom" not in case


def named_thing(g, verb, subj) -> bool:
    """«В Ереване учения назвали «демонстрацией силы»»: an inanimate
    subject of a plural verb that names it with a complement is what was
    named, not who named it."""
    if "Plur" not in verb.morph.get("Number") or g.objects(verb) or subj.i > verb.i:
        return False
    named = [c for c in g.children(verb, "open_complement") if c.pos_ in ("NOUN", "ADJ")]
    return bool(named) and "Inan" in subj.morph.get("Animacy")


def own_body(doc, actors, at, tok, actor: EventActor) -> EventActor | None:
    """A bare body of a state with no country named («депутат призвал
    правительство ужесточить …») is the actor's own country's."""
    a = at.get(tok.i) if tok is not None else None
    if a is None or a.flag != "role" or a.country or a.org or not a.sector:
        return None
    named = a.kind == "person" and a.ref is not None and not a.extra.get("counterpart")  # «министру обороны X»
    if a.kind != "org" and not (named and tok.dep_ == "iobj"):  # «поручил министру …»: his own minister
        return None
    if a.kind == "org" and a.ref is not None:
        return None
    if not actor.country or actor.org:
        return None
    span = doc[a.start : a.end]
    code = join_code(actor.country, None, a.sector)
    return EventActor(span.start_char, span.end_char, span.text, code, actor.country, None, a.sector)


def epithet_person(doc, actors, subj, country: EventActor) -> EventActor | None:
    """«Иранский дипломат поблагодарил Москву»: a word for a person just
    named, as a subject, is the last person of that country named before,
    a few sentences back at most."""
    start = window_start(subj)
    before = [
        a
        for a in actors
        if a.kind == "person" and a.named and start <= a.start and a.end <= subj.i and a.country == country.country
    ]
    if not before or not before[-1].code():
        return None
    a = before[-1]
    span = doc[subj.i : subj.i + 1]
    return EventActor(span.start_char, span.end_char, span.text, a.code(), a.country, a.org, a.sector)


def after_aside(g, verb) -> list[int]:
    """Where the words after an aside before the verb begin («Как сообщает
    пресс-служба МИД, Кошербаев и Лавров провели …»: after its comma),
    however the parser hung what follows it."""
    out = []
    for c in verb.children:
        if c.i < verb.i and g.is_(c, "parataxis") and any(g.is_(m, "marker") for m in c.children):
            out += [p.i + 1 for p in c.children if p.i > c.i and p.text == ","][:1]
    return out


def pair_partner(tok):
    """«Хренин и Белоусов провели …» with the second name hung elsewhere:
    the nominative name right after «и» that follows the word."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "и":
        return None
    nxt = doc[tok.i + 2]
    case = nxt.morph.get("Case")  # «Душанбе и Ташкент проведут»: an inanimate nominative is read as accusative alike
    nominative = "Nom" in case or ("Acc" in case and "Inan" in nxt.morph.get("Animacy"))
    ok = nxt.pos_ == tok.pos_ == "PROPN" and nominative and nxt.sent.start == tok.sent.start
    return nxt if ok else None


def document_adopters(g, verb, documents):
    """«Лидеры приняли декларацию, в которой осудили удары»: a clause on a
    document (``documents``) with no subject of its own says what the
    document says, so its doer is the subject of the verb whose object the
    document is."""
    noun = verb.head
    if not g.is_(verb, "clause_modifier", "relative_clause") or g.subjects(verb) or noun.i == verb.i:
        return None
    if lx.lemma(noun) not in documents or not g.is_(noun, "object") or noun.head.i == noun.i:
        return None
    subj = g.subjects(noun.head, agents=False)
    return subj[0] if subj else None


def owner_conjuncts(g, at, tok, recipient: EventActor) -> list:
    """«осудили удары Израиля и США»: where the recipient is the owner of
    the word (a genitive modifier), the owners coordinated with it, or those
    of the owner's own genitive («представители вооруженных сил A и B»)."""
    doc = tok.doc
    owners = [c for c in g.children(tok, "noun_modifier") if c.i in at and doc[at[c.i].start].idx == recipient.start]
    if not owners and tok.i in at and at[tok.i].flag == "role":  # «офицеры из Казахстана и Киргизии»: the role's states
        owners = [c for c in g.children(tok, "noun_modifier") if c.i in at and at[c.i].country == recipient.country]
    out = [c for o in owners for c in g.conjuncts(o)]
    below = [d for o in owners for d in g.children(o, "noun_modifier") if g.child(d, "case") is None]
    return out or [c for d in below for c in g.conjuncts(d)]  # «представители вооруженных сил A и B»


def passive_sides(g, verb, party) -> list[tuple]:
    """The parties of a joint act told in the passive with no doer: «был
    подписан договор между Узбекистаном и Туркменистаном» (the «между»
    pair, two levels below what was done, at most), else the unnamed sides
    («были подписаны восемь соглашений»). ``party`` codes a word (or gives
    None)."""
    if not g.is_passive(verb) or g.agents(verb):
        return []
    level = g.children(verb, "passive_subject", "subject")
    for _ in range(3):
        for t in level:
            hits = [n for w, _c, n in g.prep_args(t) if w in lx.event_map("between_marks")]
            if hits:
                sides = [p for p in (party(c) for c in [hits[0], *g.conjuncts(hits[0])]) if p is not None]
                return [(sides[0], sides[1])] if len(sides) > 1 else []
        level = [c for t in level for c in t.children]
    return [(None, None)]


def dative_reading(tok) -> bool:
    """Can the word be a dative («Армении», «Киргизии»: a genitive, dative
    and locative alike)? The dictionary's readings, not the tagger's one."""
    from .models import morph_vocab

    return any((f.feats or {}).get("Case") == "Dat" for f in morph_vocab().parse(tok.text))


def dative_below(g, arg) -> list:
    """«продолжит поставки вооружений Армении»: a name the parser hung as a
    genitive below the object (two levels at most) that reads as a dative
    as well: the receiver of what is delivered."""
    if arg is None:
        return []
    level, out = [arg], []
    for _ in range(2):
        level = [c for t in level for c in g.children(t, "noun_modifier") if g.child(c, "case") is None]
        out += [c for c in level if c.pos_ == "PROPN" and dative_reading(c)]  # not «из бюджета России»
    return out


def owner_sides(g, arg, party, sector, meeting=None) -> list[tuple]:
    """«планируется провести учения армий Киргизии и Таджикистана»: a joint
    act with no doer in its clause whose object names two parties as its
    owners (genitives, two levels down at most) is theirs, as are «двух
    стран» after a meeting (its states); ``sector`` gives the sector a word
    names («армий»: MIL) or None."""
    if arg is None:
        return []
    level = [arg]
    for _ in range(2):
        level = [c for t in level for c in g.children(t, "noun_modifier") if g.child(c, "case") is None]
        for t in level:
            sides = [p for p in (party(c) for c in [t, *g.conjuncts(t)]) if p is not None]
            sides = sides if len(sides) > 1 else list(pair_states(g, t, meeting) or ())
            if len(sides) > 1:
                return [(_of_sector(sides[0], sector(t.head)), _of_sector(sides[1], sector(t.head)))]
    return []


def _of_sector(p: EventActor, sector: str | None) -> EventActor:
    """«армий Киргизии и Таджикистана»: a state under a word for its
    military (or government) is that body of the state."""
    if not sector or p.sector or p.org or not p.country:
        return p
    return EventActor(p.start, p.end, p.text, join_code(p.country, None, sector), p.country, None, sector)


def counted_pair(g, tok) -> bool:
    """«обе стороны», «две страны»: a noun counted as a pair (a genitive
    singular in form after the numeral, plural in sense)."""
    return any(lx.lemma(c) in lx.event_map("pair_numerals") for c in g.children(tok, "number"))


def plural_sense(g, tok) -> bool:
    return "Plur" in tok.morph.get("Number") or counted_pair(g, tok)


def pair_states(g, subj, meeting) -> tuple[EventActor, EventActor] | None:
    """«Обе страны договорились …» after a meeting: the states of its two
    parties (``pair_states`` nouns counted as a pair)."""
    if lx.lemma(subj) not in lx.event_map("pair_states") or not counted_pair(g, subj):
        return None
    if meeting is None or meeting.recipient is None or not meeting.actor.country or not meeting.recipient.country:
        return None
    a, b = meeting.actor, meeting.recipient
    return tuple(EventActor(p.start, p.end, p.text, p.country, p.country, None, None) for p in (a, b))


def owned_pair_states(g, subj, meeting, sector: str | None) -> tuple[EventActor, EventActor] | None:
    """«правительства двух стран заключили …», «военные обеих стран» after a
    meeting: the states of its two parties, as the body the head word names
    (``sector``: GOV, MIL) where it names one."""
    for m in g.children(subj, "noun_modifier"):
        states = pair_states(g, m, meeting)
        if states is not None:
            return _of_sector(states[0], sector), _of_sector(states[1], sector)
    return None


def exercise_owner(g, verb, party) -> EventActor | None:
    """«Учения ОДКБ начались … В маневрах участвуют подразделения A, B, C»:
    the organization whose drills these are (an exercise noun with an
    organization's genitive, three levels down at most, in the trigger's
    sentence or the two before: «Об этом сообщили в …» may stand between);
    its drills are its own act, coded with no recipient (as the gold codes
    them, whoever takes part), not one of each pair of participants."""
    exercises = lx.event_map("exercise_nouns")
    sent = verb.sent
    start = sent.start
    for _ in range(2):
        start = verb.doc[start - 1].sent.start if start > 0 else start
    for tok in verb.doc[start : sent.end]:
        if lx.lemma(tok) not in exercises:
            continue
        level = [tok]
        for _ in range(3):  # «учения Коллективных сил … региона ОДКБ»: through the force's genitives
            level = [
                c for t in level for c in g.children(t, "noun_modifier", "possessor") if g.child(c, "case") is None
            ]
            for c in level:
                p = party(c)
                if p is not None and p.org and not p.country:
                    return p
    return None


def parent_org(doc, at, a=None, tok=None):
    """The coded organization an uncoded body of it hangs on, a genitive
    chain below it («Совет министров обороны государств – членов ОДКБ»,
    «комитет ... СНГ»; ``tok``: a session noun of ``body_meetings`` with no
    actor below it at all): the body acts for that organization; None when
    the chain names none (five levels down at most)."""
    if a is not None and (a.kind not in ("org", "person") or a.named):  # «министров обороны … ОДКБ» as well
        return None
    if a is None and (tok is None or lx.lemma(tok) not in lx.event_map("body_meetings")):
        return None
    level = [doc[i] for i in range(a.start, a.end)] if a is not None else [tok]
    inside = range(a.start, a.end) if a is not None else range(tok.i, tok.i + 1)
    for _ in range(5):
        level = [c for t in level for c in t.children if c.dep_ in ("nmod", "appos") and c.i not in inside]
        found = [at[c.i] for c in level if c.i in at and at[c.i].kind in ("igo", "org")]
        coded = [f for f in found if f.org and (f.code() or "").startswith("IGO")]
        if coded:
            return coded[0]
    return None
