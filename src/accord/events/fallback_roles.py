"""Which coded mentions after a trigger are no recipient of it (issue #16).

The sparse-parse fallback of :mod:`accord.events.assemble` takes the first
coded actor after the trigger as its recipient (as TABARI codes). A mention
there is no party of the trigger when the parse shows another role for it:

* **another clause's party**: the subject or agent of a clause of its own on
  the way up to the trigger (``sent a platoon, and Kazakhstan contributed
  officers``, ``talks brokered by the European Union``); an unmarked
  complement's subject stays the one acted on (``helped Tajikistan
  strengthen ...``), and so does an adverbial clause's, often a misparse;
* **the same party's other act**: the object of a verb joined to the trigger
  with no subject of its own (``would not accept mediators, and criticised
  France``): that act's target, told as an event of its own;
* **the report's source**: a word of the speaker of the quote the trigger
  is told in (``..., a source in the National Bank of X told the agency``);
* **the time of the act**: a name in its ``after``/``following`` phrase
  (``time_preps``: "tighten checks after new EU sanctions");
* **the setting** of a statement, protest or declaration (``venue_acts``): a
  name that only qualifies a place noun in an ``in`` phrase on the act
  (``signed a declaration in the Kyrgyz capital``), where the tagger saw no
  place. (For a material act the place is its target, as CAMEO codes it:
  ``struck a target in the Gaza Strip's border regions``; for a drill, its host.)

It also finds the actor of a trigger that has none of its own, before the
event would be dropped as one with no actor (#16 conventions):

* **a document's issuer**: a present participle on a document noun that a
  party issues (``issued a declaration demanding ...``, ``put out a report
  accusing ...``) is that party's act;
* **an agent adjective**: an act below an adjective of capability or
  responsibility (``hackers capable of launching ...``, ``X is responsible
  for the killings``) is the act of the one the adjective describes.

The lists ``setting_preps``, ``place_nouns``, ``venue_acts``, ``document_nouns``
and ``agent_adjectives`` are in ``events/data/factuality_en.tsv``.
"""

from __future__ import annotations

from ..syntax import grammar
from .actor_roles import subject_of
from .arg_slots import off_slot
from .attribution import attributed_body
from .flags import own_words
from .parties import party_words
from .party_spans import party, uncoded_party

#: clauses whose subject is a party of their own act, not of the trigger
#: (not an adverbial clause: "improved since May as the government tried to ...", "officers holed up in ..."
#: are often a misparsed clause whose subject is the trigger's party; measured on PLOVER)
OWN_CLAUSES = ("conjunct", "relative_clause", "clause_modifier")
#: the roles of a word that only qualifies the noun it hangs on
QUALIFIER_ROLES = ("compound", "adjective", "possessor")


def other_clause_party(r, tok) -> bool:
    """Is ``r`` (the head of a mention below ``tok``) the subject or agent
    of a clause of its own between it and the trigger?"""
    g = grammar(r)
    t = r
    for _ in range(12):
        h = t.head
        if t.i == tok.i or h.i == t.i:
            return False
        if h.i != tok.i and h.pos_ in ("VERB", "AUX") and g.is_(h, *OWN_CLAUSES):
            if g.is_(t, "subject", "passive_subject", "agent"):  # ('by X': X below the agent word)
                return True
        t = h
    return False


def joined_act_target(r, tok) -> bool:
    """Is ``r`` the object of a verb joined to the trigger that shares its
    subject (``refused X and criticised France``)?"""
    g = grammar(r)
    h = r.head
    return (
        h.i != tok.i
        and g.is_(r, "object")
        and h.pos_ == "VERB"
        and g.is_(h, "conjunct")
        and h.head.i == tok.i
        and not g.has_child(h, "subject", "passive_subject")
    )


def in_setting(r, tok) -> bool:
    """Is ``r`` a word that qualifies a place noun in an ``in`` phrase on the
    trigger or its object (``signed a declaration in the Kyrgyz capital``,
    ``will be held in Russia's Orenburg region``)? The place, not a party."""
    g = grammar(r)
    t = r
    for _ in range(3):
        if t.i == tok.i or t.head.i == t.i or not g.is_(t, *QUALIFIER_ROLES):
            break
        t = t.head
    if t.i == r.i or t.lemma_.lower() not in own_words("place_nouns") or not g.is_(t, "prep_object"):
        return False
    p = t.head
    on = p.head
    on_act = on.i == tok.i or (g.is_(on, "object") and on.head.i == tok.i)
    return on_act and p.lower_ in own_words("setting_preps")


def is_venue_act(cat: str | None) -> bool:
    """Is the category one whose place is only where it was done (a
    statement, a protest, a declaration of support), never its target as a
    struck place is (``hit positions in Saudi Arabia's Asir region``) or a
    host is (``a drill will be held in Russia's Orenburg region``)?"""
    return cat in own_words("venue_acts")


def implicit_actor_head(tok, actors):
    """The head of the actor of a trigger with no actor of its own: a
    document's issuer or the one an agent adjective describes (see the module
    docstring); else None."""
    g = grammar(tok)
    t = tok
    if g.is_(t, "conjunct") and t.head.i != t.i and t.head.tag_ == t.tag_:
        t = t.head  # "a resolution criticizing X and calling for Y"
    n = t.head
    if t.tag_ == "VBG" and g.is_(t, "clause_modifier") and n.lemma_.lower() in own_words("document_nouns"):
        if g.is_(n, "object") and n.head.i != n.i and n.head.pos_ == "VERB":
            return subject_of(n.head, actors)[0]
        return None
    for _ in range(2):  # up to the adjective, past a preposition only: "capable of launching", "ready to strike"
        if t.head.i == t.i or not g.is_(t, "prep_clause", "prep_object", "prep", "open_complement"):
            break
        t = t.head
        if t.pos_ != "ADP":
            break
    if t.pos_ != "ADJ" or t.i == tok.i or t.lemma_.lower() not in own_words("agent_adjectives"):
        return None
    if g.is_(t, "adjective"):
        return t.head
    if g.is_(t, "adjectival_complement") and t.head.i != t.i:
        return subject_of(t.head, actors)[0]
    return None


def unnamed_actor_group(tok, actors, cameo: str | None = None) -> list:
    """The actor mentions of a trigger whose roles name none: the subject of
    a sentence's root the tagger read as a noun ("EU and UN hand over
    supplies") or on its auxiliary, the announcer of an act a noun names
    ("X announced a suspension of aid": ``announcing_verbs``), else the owners of a passive subject that is a party's
    instrument (:func:`instrument_owners`) or the party a when-clause names
    (:func:`done_when`), else for a release or an
    expulsion (``authority_codes``) the party that held the released ones
    or the place they are expelled from (:func:`held_or_expelled_by`), else
    the body the report of an agentless act is attributed to
    (:func:`accord.events.attribution.attributed_body`)."""
    g = grammar(tok)
    if tok.pos_ in ("NOUN", "PROPN") and g.is_(tok, "root"):
        sj = g.child(tok, "subject")
        return actors.group(sj) if sj is not None else []
    if tok.pos_ == "NOUN" and g.is_(tok, "object") and tok.head.lemma_.lower() in own_words("announcing_verbs"):
        sj = g.child(tok.head, "subject") or misparsed_subject(tok.head)  # "X announced a suspension of aid"
        return [m for m in actors.group(sj) if actors.mentions[m].code] if sj is not None else []
    sj = misparsed_subject(tok) if tok.pos_ == "VERB" else None
    if sj is not None:
        return [m for m in actors.group(sj) if actors.mentions[m].code]
    out = instrument_owners(tok, actors) or done_when(tok, actors)
    if not out and cameo in own_words("authority_codes"):
        out = held_or_expelled_by(tok, actors)
    return out or attributed_body(tok, actors, cameo)


def done_when(tok, actors) -> list:
    """The coded subject of a ``when``/``as`` clause on a passive act with no
    agent ("two people were killed when ISIL launched an attack":
    ``agent_clause_marks``): the party whose act did it."""
    g = grammar(tok)
    if not g.has_child(tok, "passive_subject") or g.agents(tok):
        return []
    for cl in g.children(tok, "adverbial_clause"):
        if any(m.lower_ in own_words("agent_clause_marks") for m in g.children(cl, "marker", "adverb")):
            sj = g.child(cl, "subject")
            coded = [m for m in actors.group(sj) if actors.mentions[m].code] if sj is not None else []
            if coded:
                return coded
    return []


def misparsed_subject(v):
    """The subject of a verb the parser hung elsewhere: on its auxiliary
    ("X however have opposed"), or a capitalised word
    before the verb read as an adverb ("..., USAID provided shelter": an
    acronym the tagger did not know; not the first word of a compound:
    "Russian-led"); else None."""
    g = grammar(v)
    for ax in g.children(v, "aux", "passive_aux"):
        sj = g.child(ax, "subject")
        if sj is not None:
            return sj
    for ch in v.children:
        if (
            ch.i < v.i
            and g.is_(ch, "adverb", "noun_adverbial")
            and ch.text[:1].isupper()
            and v.doc[ch.i + 1].text != "-"
        ):
            return ch
    return None


def held_or_expelled_by(tok, actors) -> list:
    """The coded party of a passive release or expulsion with no agent: the
    agent of a clause of holding on its subject ("citizens who had been held
    by the government in X were released": ``captivity_verbs``), else the
    place its ``from`` phrase names ("inspectors have been expelled from X")."""
    g = grammar(tok)
    sj = g.child(tok, "passive_subject")
    if sj is None or g.agents(tok):
        return []
    for cl in g.children(sj, "relative_clause", "clause_modifier"):
        if cl.lemma_.lower() in own_words("captivity_verbs"):
            for a in g.agents(cl):
                coded = [m for m in actors.group(a) if actors.mentions[m].code]
                if coded:
                    return coded
    for pr in g.children(tok, "prep"):
        if pr.lower_ == "from":
            for p in g.children(pr, "prep_object"):
                coded = [m for m in actors.group(p) if actors.mentions[m].country]
                if coded:
                    return coded
    return []


def instrument_owners(tok, actors) -> list:
    """The coded mentions that qualify the passive subject of an act with
    no agent where that subject is the party's own instrument
    (``instrument_nouns``: "Russian soldiers were deployed", "UN sanctions
    against Iran were lifted", "a batch of Nigerian peacekeepers was
    withdrawn"): the party that sent, imposed or lifted it."""
    g = grammar(tok)
    sj = g.child(tok, "passive_subject")
    if sj is None or g.agents(tok):
        return []
    nouns = own_words("instrument_nouns")
    heads = [sj, *(p for pr in g.children(sj, "prep") if pr.lower_ == "of" for p in g.children(pr, "prep_object"))]
    for h in heads:
        if h.lemma_.lower() not in nouns and h.lower_ not in nouns:
            continue
        out = []
        for m in actors.group(h):
            span = actors.span_of(m)
            if actors.mentions[m].code and span is not None and span.start <= h.i < span.end:
                out.append(m)  # "Russian soldiers": the mention covers the head
            elif span is not None and len(span) and span.root.head.i == h.i and g.is_(span.root, *QUALIFIER_ROLES):
                out.append(m)  # "UN sanctions": the owner qualifies it
        if out:
            return out
    return []


def implicit_actors(tok, actors, r_group: list) -> list:
    """The parties of a trigger with no actor of its own that a document's
    issuer or an agent adjective gives (:func:`implicit_actor_head`), less
    its recipients; a phrase no mention covers keeps its text, code null
    ("hackers capable of launching warfare against X": X is no actor)."""
    h = implicit_actor_head(tok, actors)
    if h is None:
        return []
    group = [m for m in actors.group(h) if m not in r_group]
    if group:
        return [party(actors, m, tok.i) for m in group]
    u = uncoded_party(h, actors, tok.i)
    return [u] if u is not None else []


def no_fallback_party(r, tok, cat: str | None = None) -> bool:
    """Is the mention headed by ``r`` no recipient of ``tok`` (of category ``cat``) for the fallback?"""
    if other_clause_party(r, tok) or joined_act_target(r, tok) or reports_it(r, tok) or in_time_phrase(r, tok):
        return True
    if off_slot(r, tok):  # "demands the return of X", "a statement on the situation in X"
        return True
    return is_venue_act(cat) and in_setting(r, tok)


def in_time_phrase(r, tok) -> bool:
    """Is ``r`` in the noun phrase of the time or cause of the act
    (``time_preps``: "tighten checks after new EU sanctions"), not further
    down ("called off the strike after talks with the government": the
    partner)? The earlier event's party, not this act's target."""
    g = grammar(r)
    t = r
    for _ in range(12):
        if t.i == tok.i or t.head.i == t.i:
            return False
        if g.is_(t, "prep"):
            # (a name further down, "after talks with the government", may be the act's partner)
            return t.lower_ in party_words("time_preps") and t.head.i == tok.i
        t = t.head
    return False


def reports_it(r, tok) -> bool:
    """Is ``r`` among the words of the speaker of the quote ``tok`` is told
    in ("... adopted a new package of sanctions, a source in the National
    Bank of X told the agency": the source of the report, however the parse
    hangs it, is no target of the act it reports)?"""
    for q in r.doc._.quotes or []:
        sp = q.speaker
        if sp is not None and q.start <= tok.idx < q.end and sp.start <= r.idx < sp.end:
            return True
    return False
