"""The target of an act told in a relative clause about the thing it is
aimed at: "steps by Yerevan that Moscow called unfriendly" (Moscow ->
Yerevan), "a referendum, which Baku demands" after "Pashinyan will hold"
(Baku -> Armenia), "a comment that Moscow called offensive" after "Blinken
remarked ..." (Moscow -> the United States).

A verb of a relative clause whose object is the relative word itself (or
that has none but the relative word before it) acts on the clause's
antecedent: the recipient is the antecedent where it is a coded mention,
else the author named in its phrase (a ``by`` agent, or a possessive name,
outside the relative clause), else the subject of the nearest clause above it that
names a coded party (who made the thing). Used by
:func:`accord.events.actor_roles.verb_recipient` when no phrase of the verb
names a recipient.

An object pronoun ("accusing it of ...") stands for the recipient of the
verb its participle or conjunct clause hangs on (:func:`pronoun_target`).
One of a main clause whose sentence names no other party before it stands
for the subject of the sentence before, where that is a coded noun of the
pronoun's number ("Afghan soldiers fled into Tajikistan. Tajik authorities
allowed them in": :func:`earlier_subject_target`).

A relative clause on the object of a partner phrase ("Armenia has expanded
contacts with France, which agreed to supply radars, and with India"):

* a phrase of the same preposition after "and" that the parse hung on the
  clause's verb ("and with India") is a second partner of the main clause,
  not the clause's recipient (:func:`second_partner_phrase`);
* the clause's act, with no recipient of its own, is aimed at the main
  clause's coded subject, the partner's partner (France -> Armenia:
  :func:`partner_target`).
"""

from __future__ import annotations

from . import words as W
from .parties import party_words

#: how many heads up from the antecedent the author's clause is looked for
CLIMB = 6


def _coded(t, actors) -> bool:
    return any(actors.mentions[m].code for m in actors.group(t))


def _about_antecedent(tok, g) -> bool:
    """Is the relative clause's object its relative word (or has it no object,
    with a relative word before the verb that is not its subject: "that it
    called unfriendly", not "who arrived in Astana")?"""
    rel = W.words("relative_pronouns")
    objs = g.children(tok, "object")
    if objs:
        return all(o.lower_ in rel for o in objs)
    return any(c.lower_ in rel and c.i < tok.i and not g.is_(c, "subject", "passive_subject") for c in tok.children)


def relative_target(tok, actors, g):
    """The recipient head of a relative-clause verb acting on its antecedent
    (see module doc), else None."""
    if not g.is_(tok, "relative_clause") or tok.head.i == tok.i or not _about_antecedent(tok, g):
        return None
    n = tok.head
    mi = actors.at(n)
    place = g.is_(n, "prep_object") and n.head.lower_ in W.words("place_preps")
    if mi is not None and actors.mentions[mi].code and not place:
        # the antecedent is a party ("Yerevan, which Moscow accused of ..."); not a place the
        # clause was hung on ("its war in Ukraine, which both deny": what they deny is the charge)
        return n
    lo, hi = tok.left_edge.i, tok.right_edge.i
    for t in n.subtree:
        if lo <= t.i <= hi:
            continue
        by = g.is_(t, "prep_object") and t.head.lower_ == "by"
        named = g.is_(t, "possessor") and t.head.i == n.i and t.pos_ != "PRON"
        if (by or named) and _coded(t, actors):
            return t  # its author: "steps by Yerevan", "Yerevan's steps"
    h = n
    for _ in range(CLIMB):
        if h.head.i == h.i:
            break
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            s = g.child(h, "subject")
            if s is not None and _coded(s, actors):
                return s
    return None


def pronoun_target(tok, found: list, actors, g, recipient_of):
    """The party an object pronoun no mention covers stands for ("it",
    "them": ``object_pronouns``), where the verb is a participle or
    conjunct after a verb with a coded recipient ("fined Ruritania, accusing
    it of ...", "criticised X and urged them to ..."): that verb's recipient
    (``recipient_of(verb, exclude=, actors=)``); else None."""
    if not found or tok.head.i == tok.i or not g.is_(tok, "adverbial_clause", "conjunct"):
        return None
    pronouns = party_words("object_pronouns")
    if not any(h.lower_ in pronouns and h.i > tok.i and not actors.group(h) for h in found):
        return None
    v = tok.head
    if v.pos_ not in ("VERB", "AUX") or v.i > tok.i:
        return None
    r = recipient_of(v, exclude=tok, actors=actors)
    return r if r is not None and r.i < tok.i and _coded(r, actors) else None


def possessor_target(found: list, actors, g):
    """The party an "its"/"their" (``third_possessives``) on an object no
    mention covers stands for ("does not take part in the organisation's
    bodies and will not finance its activities"): the nearest coded mention
    of a state or body (no person: "his", "her") before it in its sentence, as the phrase's root token; else None, also
    where that mention is a subject: then the thing is its own ("Russia
    said it would withdraw its troops")."""
    words = party_words("third_possessives")
    for h in found:
        if actors.group(h):
            continue
        for p in g.children(h, "possessor"):
            if p.lower_ not in words:
                continue
            for i in range(p.i - 1, p.sent.start - 1, -1):
                mi = actors.tok2m[i]
                if mi >= 0 and actors.mentions[mi].code and actors.mentions[mi].kind not in ("person", "location"):
                    span = actors.span_of(mi)
                    if span is None or g.is_(span.root, "subject", "passive_subject"):
                        return None  # a subject's: its own ("Russia said it would withdraw its troops")
                    return span.root
    return None


def earlier_subject_target(tok, found: list, actors, g):
    """The subject of the sentence before that an object pronoun of a main
    clause stands for (see module doc), else None."""
    pronouns = party_words("object_pronouns")
    prons = [h for h in found if h.lower_ in pronouns and g.is_(h, "object") and not actors.group(h)]
    sent = tok.sent
    if not prons or not g.is_(tok, "root") or sent.start == 0:
        return None
    own = g.child(tok, "subject")
    lo = own.left_edge.i if own is not None else tok.i
    hi = own.right_edge.i if own is not None else tok.i
    for t in sent:
        m = actors.at(t) if t.i < prons[0].i and not lo <= t.i <= hi else None
        if m is not None and actors.mentions[m].code:
            return None  # a party named before it in its own sentence may be what it stands for
    prev = tok.doc[sent.start - 1].sent
    s = g.child(prev.root, "subject")
    if s is None or s.pos_ != "NOUN" or actors.at(s) is None or not actors.mentions[actors.at(s)].code:
        return None
    plural = prons[0].lower_ in party_words("plural_pronouns")
    if (s.tag_ in ("NNS", "NNPS")) != plural:
        return None
    mine = {actors.mentions[m].country for m in actors.group(own)} if own is not None else set()
    return None if actors.mentions[actors.at(s)].country in mine else s


def _partner_antecedent(tok, g):
    """The ``with`` phrase whose object a relative clause's verb hangs on, with the relative word its subject."""
    if not g.is_(tok, "relative_clause") or tok.head.i == tok.i:
        return None
    s = g.child(tok, "subject")
    if s is None or s.lower_ not in W.words("relative_pronouns"):
        return None
    n = tok.head
    if not g.is_(n, "prep_object") or n.head.lower_ not in party_words("partner_preps"):
        return None
    return n.head


def second_partner_phrase(tok, prep, g) -> bool:
    """Is ``prep`` a phrase of the antecedent's preposition after "and" that the
    parse hung on the relative clause's verb (see module doc)?"""
    p = _partner_antecedent(tok, g)
    if p is None or prep.lower_ != p.lower_ or prep.i < tok.i:
        return False
    return any(c.i < prep.i and g.is_(c, "coordinator") for c in tok.children)


def partner_target(tok, actors, g):
    """The main clause's coded subject, partner of the relative clause's
    antecedent (see module doc), else None."""
    p = _partner_antecedent(tok, g)
    if p is None:
        return None
    h = p.head
    for _ in range(2):
        if h.pos_ in ("VERB", "AUX"):
            break
        h = h.head
    s = g.child(h, "subject") if h.pos_ in ("VERB", "AUX") else None
    return s if s is not None and _coded(s, actors) else None
