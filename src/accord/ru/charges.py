"""Reproaches told as a quote's content (accord.ru.events): «По словам X,
финская сторона «нагнетает напряженность»» is X's accusation of Finland,
as «X заявил, что Y нарушает договоренности» is. The verbs and their
objects are data (``charge_verbs`` in ``lang/ru/events/words.tsv``); the
act of another party's that the speaker reports is the speaker's ACCUSE
(CAMEO 112), its subject the recipient; so is a reproach told as a noun
with its doer in the genitive (``charge_nouns``: «Это провокация Минска»), or
its clause's noun bears a negative label (``charge_labels``: «Бухарест
встраивается в антироссийскую кампанию»). A negated one («не нарушала») is a
defence, not a charge; the speaker's own side is charged by nobody.
"""

from __future__ import annotations

from ..record import EventActor
from . import lexicon as lx

CHARGE_CAMEO = "112"


def _verb_fits(g, verb) -> bool:
    args = lx.event_map("charge_verbs").get(lx.lemma(verb))
    if args is None or verb.pos_ != "VERB" or g.negated(verb):
        return False
    wanted = {a for a in args.split(",") if a}
    bare = [o for o in g.children(verb, "oblique") if g.child(o, "case") is None]  # «занимался деятельностью»
    words = [w for o in g.objects(verb) + bare for w in [o, *g.children(o, "adjective", "clause_modifier")]]
    objs = g.objects(verb)
    if not objs and lx.lemma(verb).endswith("ся"):  # «наращивается инфраструктура НАТО»: the subject is what grows
        words += g.subjects(verb, agents=False)
    words += [  # «вели деятельность, несовместимую …» with the adjective hung on the verb: it agrees with the object
        a for a in verb.children if a.pos_ == "ADJ" and any(_agrees(a, o) for o in objs)
    ]
    hits = [w for w in words if lx.lemma(w) in wanted]
    return not wanted or any(_military_enough(w) for w in hits)  # «…, несовместимой со статусом»


def _military_enough(w) -> bool:
    """«наращивает военное присутствие», «присутствие войск», «инфраструктура
    НАТО»: a growth charged only where it is a military one
    (``military_only_nouns`` need a ``military_words`` word in their phrase;
    «присутствие на рынке» charges no one)."""
    if lx.lemma(w) not in lx.event_map("military_only_nouns"):
        return True
    military = lx.event_map("military_words")
    return any(lx.lemma(t) in military or t.text in military for t in w.subtree)


def _agrees(adj, noun) -> bool:
    """Whether an adjective agrees with a noun in case, number and gender."""
    return all(set(adj.morph.get(f)) <= set(noun.morph.get(f)) for f in ("Case", "Number", "Gender"))


def _doer(g, verb):
    """The subject of a charge verb, or of the verb whose infinitive it is
    («посольство пытается вмешиваться»), or the owner of the attempt it
    names («попытка Минска отвлечь внимание»: ``attempt_nouns``)."""
    subj = g.subjects(verb, agents=False)
    head = verb.head
    if not subj and g.is_(verb, "open_complement") and head.i != verb.i:
        subj = g.subjects(head, agents=False)
    if not subj and head.i != verb.i and lx.lemma(head) in lx.event_map("attempt_nouns"):  # «попытка Минска отвлечь»
        subj = [c for c in g.children(head, "noun_modifier") if g.child(c, "case") is None]
    return next(iter(subj), None)


def _label_doer(g, adj):
    """Who a negative label charges: the owner the labelled noun names in the
    genitive («антироссийских санкций Евросоюза»: the EU), else the subject
    of the clause whose noun it qualifies («… встраивается в антироссийскую
    кампанию»), two levels up at most. A negated clause, or one that opposes
    the labelled thing («выступает против», «осуждает»: ``label_opposing_words``),
    charges nobody."""
    noun = adj.head
    owner = next((c for c in g.children(noun, "noun_modifier") if g.child(c, "case") is None), None)
    if noun.pos_ in ("NOUN", "PROPN") and owner is not None:
        return owner
    t = noun
    for _ in range(3):
        if t.pos_ == "VERB" or t.head.i == t.i:
            break
        t = t.head
    if t.pos_ != "VERB" or g.negated(t) or lx.lemma(t) in lx.event_map("label_opposing_words"):
        return None
    if any(lx.lemma(c) in lx.event_map("label_opposing_words") for c in t.subtree if c.i < adj.i):
        return None  # «выступает против антироссийских санкций»
    return _doer(g, t)


def _they(tok, party):
    """«Румыния выслала двух сотрудников посольства. По версии румынской
    стороны, они вели деятельность …»: a plural «они» that opens the charge
    stands for the last plural noun of the sentence before that names a
    party; the word itself otherwise."""
    if lx.lemma(tok) not in lx.event_map("plural_pronouns") or "Plur" not in tok.morph.get("Number"):
        return tok
    start = tok.sent.start
    if start == 0:
        return tok
    prev = tok.doc[start - 1].sent
    for t in reversed(prev):
        if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and party(t) is not None:
            return t
    return tok


def speaker_party(q) -> EventActor | None:
    sp = q.speaker
    if sp is None or not sp.code:
        return None
    sector = sp.code[len(sp.country) :] if sp.country and sp.code.startswith(sp.country) else None
    return EventActor(sp.start, sp.end, sp.text, sp.code, sp.country, sp.org, sector or None)


def quoted_words(doc, quotes):
    """(quote index, the speaker as an event actor, a token of the quote's
    content) for every attributed quote: what charges and praise read."""
    for qi, q in enumerate(quotes):
        speaker = speaker_party(q)
        if speaker is None:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        for tok in span if span is not None else []:
            yield qi, speaker, tok


def charges(g, doc, quotes, party) -> list[tuple]:
    """(verb, speaker, charged party, quote index) for each reproach in a
    quote's content; ``party`` codes a word (or gives None)."""
    out = []
    nouns = lx.event_map("charge_nouns")
    for qi, speaker, verb in quoted_words(doc, quotes):
        if verb.pos_ == "NOUN" and lx.lemma(verb) in nouns and not g.negated(verb):  # «Это провокация Минска»
            subj = next((c for c in g.children(verb, "noun_modifier") if g.child(c, "case") is None), None)
        elif _verb_fits(g, verb):
            subj = _doer(g, verb)
        elif verb.pos_ == "ADJ" and lx.lemma(verb) in lx.event_map("charge_labels"):
            subj = _label_doer(g, verb)  # «Бухарест встраивается в антироссийскую кампанию»
        else:
            continue
        subj = _they(subj, party) if subj is not None else None
        charged = party(subj) if subj is not None else None
        own = speaker.country or speaker.org
        if charged is None or (charged.country or charged.org) == own:
            continue
        out.append((verb, speaker, charged, qi))
    return out
