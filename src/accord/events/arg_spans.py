"""The noun phrase an event's party is named in.

An actor mention is often only a part of the argument phrase that takes part
in the event: ``Egyptian`` in ``Egyptian agricultural products``, ``Japan``
in ``Japan's right``, ``demonstrators`` in ``dozens of demonstrators``,
``The US Ambassador`` in ``The US Ambassador, Stuart Symington``,
``Japanese`` in ``a Japanese-drafted resolution``. The
event's actor and recipient point at that whole phrase (its code is the
mention's): from the phrase's determiner and modifiers to its head noun,
with a following ``of``, ``in`` or ``from`` phrase ("the police in the Gaza
Strip", "officials from Kansas": the whole noun phrase, as argument
annotation marks it) and an envoy's ``to`` phrase ("ambassador to the UN":
``envoy_nouns``), a later part of a name and an apposition that names
the same party; never a relative clause, a coordinated party, the trigger
itself, or an ``of`` phrase naming an act that the trigger's object is charged
with ("accused the military of mass killings").
"""

from __future__ import annotations

from .parties import party_words

#: prepositions whose phrase on the head noun belongs to the noun phrase
NOUN_PREPS = ("of", "in", "from")
#: roles through which a modifier belongs to the noun phrase of its head
MODIFIER_ROLES = ("compound", "adjective", "possessor", "noun_modifier", "flat_name", "number")
#: left-hand dependents that are part of a noun phrase
LEFT_ROLES = MODIFIER_ROLES + ("determiner", "adverb", "case", "punct")
NOUNS = ("NOUN", "PROPN", "NUM")
MAX_TOKENS = 25
MAX_APPOSITION = 12


def phrase_head(tok, g, stop_i: int):
    """The head noun of the phrase a mention's head word is part of
    (climbing modifiers, ``of`` phrases and the first member of a
    coordination of modifiers), never the token at ``stop_i``."""
    h = tok
    for _ in range(5):
        nxt = None
        if g.is_(h, "conjunct") and g.is_(h.head, *MODIFIER_ROLES):
            nxt = h.head  # "Russian and Chinese warships": from Chinese to Russian, then to warships
        elif g.is_(h, *MODIFIER_ROLES) and h.head.pos_ in NOUNS:
            nxt = h.head
        elif _hyphen_modifier(h, g):
            nxt = h.head.head  # "a Japanese-drafted resolution", "the Taliban-allied network": the noun's phrase
        elif (
            g.is_(h, "prep_object")
            and h.head.lower_ == "of"
            and g.is_(h.head, "prep")
            and h.head.head.pos_ in NOUNS
            and not _event_noun(h.head.head)
        ):
            # "dozens of demonstrators", "the enclave of Eastern Ghouta"; not "the blockade of Nakhchivan"
            nxt = h.head.head
        if nxt is None or nxt.i == h.i or nxt.i == stop_i:
            break
        h = nxt
    return h


def _hyphen_modifier(h, g) -> bool:
    """Is ``h`` the first part of a hyphenated modifier of a noun ("Japanese"
    in "a Japanese-drafted resolution", the parser's noun adverbial of the
    participle after the hyphen)?"""
    doc = h.doc
    return (
        h.i + 1 < len(doc)
        and doc[h.i + 1].text == "-"
        and g.is_(h, "noun_adverbial")
        and h.head.i > h.i
        and g.is_(h.head, "adjective")
        and h.head.head.pos_ in NOUNS
    )


def _event_noun(tok) -> bool:
    """Is the noun an event (a trigger word of the lexicon: "blockade",
    "imports", "deployment"), whose ``of`` phrase names a party rather than
    being part of it?"""
    from .lexicon import lexicon

    lex = lexicon()
    lemma = tok.lemma_.lower()
    return lemma in lex.rules or lemma in lex.verbs


def _right_end(h, g, stop_i: int) -> int:
    """The last token of the phrase headed by ``h``: a later name part, an
    ``of``/``in``/``from`` phrase, an apposition naming the party (with its
    parentheses)."""
    hi = h.i
    for c in h.children:
        if c.i < h.i:
            continue
        keep = g.is_(c, "flat_name", "compound") or (g.is_(c, "prep") and c.lower_ in NOUN_PREPS)
        if g.is_(c, "prep") and c.lower_ == "to" and h.lemma_.lower() in party_words("envoy_nouns"):
            keep = True  # "Saudi Arabia's ambassador to the UN": the post's name
        if keep and _charge_phrase(h, c, g, stop_i):
            continue
        if (
            g.is_(c, "apposition")
            and c.right_edge.i - c.left_edge.i < MAX_APPOSITION
            and (h.ent_type_ == "PERSON" or any(t.pos_ == "PROPN" for t in c.subtree))
        ):  # ("Ali Kushayb, a militia leader": a person's apposition is his role)
            keep = True
        if keep and not (c.left_edge.i <= stop_i <= c.right_edge.i):
            hi = max(hi, _end_before_clauses(c, g))
    doc = h.doc
    if hi + 1 < len(doc) and doc[hi + 1].text == ")" and any(doc[i].text == "(" for i in range(h.i, hi)):
        hi += 1
    return hi


def _charge_phrase(h, c, g, stop_i: int) -> bool:
    """Is ``c`` an ``of`` phrase naming an act on the trigger's object ("accused
    the military of mass killings", "rejected the president's decision of
    doubling the wage"): what the party is charged with, not its name?"""
    if c.lower_ != "of" or h.head.i != stop_i or not g.is_(h, "object"):
        return False
    return any(p.pos_ == "VERB" or _event_noun(p) for p in g.children(c, "prep_object")) or any(
        p.pos_ == "VERB" for p in c.children
    )


def _end_before_clauses(t, g) -> int:
    """The last token of ``t``'s phrase, leaving out the relative and
    participle clauses within it ("a unit of the company that was accused of
    ...", "Odin Sanchez, a former Congressman the rebels have held since ...")
    and what follows a coordination in it."""
    hi = t.i
    for c in t.children:
        if g.is_(c, "conjunct", "coordinator"):
            break  # "the offices of the Government of Tajikistan and the United Nations": another party
        if c.i > t.i and not g.is_(c, "relative_clause", "clause_modifier"):
            hi = max(hi, _end_before_clauses(c, g))
    return hi


def _left_start(h, g, stop_i: int) -> int:
    lo = h.i
    for c in h.children:
        if c.i < h.i and g.is_(c, *LEFT_ROLES) and not (c.left_edge.i <= stop_i <= c.right_edge.i):
            lo = min(lo, c.left_edge.i)
    doc = h.doc
    while lo < h.i and (doc[lo].is_punct or g.is_(doc[lo], "coordinator")):
        lo += 1
    return lo


def _root(span, g):
    """The span's head word: of the words whose head lies outside it, the
    last one that is no determiner or punctuation ("The U.S." in "The U.S.
    Department of Justice" is headed by "U.S.", not by "The")."""
    tops = [t for t in span if t.head.i == t.i or not (span.start <= t.head.i < span.end)]
    words = [t for t in tops if not (g.is_(t, "determiner", "punct") or t.is_punct)]
    return (words or tops or [span.root])[-1]


def phrase_span(span, g, stop_i: int) -> tuple[int, int] | None:
    """(first token, end token) of the argument phrase around a mention's
    tokens ``span`` (a spaCy Span), or None to keep the mention as it is."""
    if span is None or not len(span):
        return None
    root = _root(span, g)
    if root.pos_ == "PRON":
        return None
    h = phrase_head(root, g, stop_i)
    lo = min(span.start, _left_start(h, g, stop_i))
    hi = max(span.end - 1, _right_end(h, g, stop_i))
    doc = span.doc
    while hi > h.i and (doc[hi].is_punct and doc[hi].text != ")"):
        hi -= 1
    if lo <= stop_i <= hi or hi - lo + 1 > MAX_TOKENS:
        return None
    return lo, hi + 1
