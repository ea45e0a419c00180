"""Phrases on a verb that name a party but are no party slot of its act (round E).

A coded name below a verb is not its recipient when the phrase it sits in
has another role:

* **the patient of a demand**: the of-phrase of the thing demanded
  (``demand_verbs`` + ``patient_nouns``: "demands the return of the
  citizen", "urged the release of its sailors"): the one to be returned or
  released is acted on, not the one asked;
* **the topic of a document**: the ``on/about`` phrase of an adopted or
  issued document (``own_document_nouns`` + ``document_topic_preps``:
  "adopted a statement on the situation in X");
* **a channel**: a ``through``/``via`` phrase (``channel_preps``: "demands
  the return ... through the mediation of the Red Cross") or a ``with``
  phrase on a go-between noun (``channel_nouns``: "with the mediation of
  X, A and B signed ..."): the go-between, not the one acted on;
* **a denied charge**: the object or that-clause of a denial verb
  (``denial_verbs``: "denied any involvement of Russia"), unless it is a
  said thing (``speech_reference_nouns``: "denied the claims of X"): the
  one answered is the accuser (:mod:`accord.events.speech`);
* **a purpose**: a ``for`` phrase headed by a purpose noun (``purpose_nouns``:
  "provide it with everything necessary for the defence of the Western
  borders").

The lists are in ``lang/en/events/words.tsv``.
"""

from __future__ import annotations

from ..syntax import grammar
from . import words as W

#: how many heads up from a name the slot's phrase may start
MAX_UP = 10


def _lemma(t) -> str:
    return t.lemma_.lower()


def _document(t) -> bool:
    return _lemma(t) in W.words("own_document_nouns") or t.lower_ in W.words("own_document_nouns")


def _topic_prep(p, tok, g) -> bool:
    """Is ``p`` (a preposition) the topic of a document: on the document
    noun, or on the verb whose object is a document (a parse that hung
    "on X" on "adopted")?"""
    if p.lower_ not in W.words("document_topic_preps"):
        return False
    h = p.head
    if _document(h):
        return True
    return h.i == tok.i and any(_document(o) for o in g.children(tok, "object"))


def _channel_with(p, g) -> bool:
    """Is ``p`` a ``with`` phrase naming a go-between ("with the mediation of X")?"""
    return p.lower_ == "with" and any(_lemma(o) in W.words("channel_nouns") for o in g.children(p, "prep_object"))


def _channel(p, g) -> bool:
    return p.lower_ in W.words("channel_preps") or _channel_with(p, g)


def _purpose_prep(p, g) -> bool:
    return p.lower_ == "for" and any(_lemma(o) in W.words("purpose_nouns") for o in g.children(p, "prep_object"))


def _victim_of_owned_act(p, tok, g) -> bool:
    """Is ``p`` the ``against`` phrase of an act owned by a named party that
    a verb of disapproval takes as its object ("condemned the US sanctions
    against Cuba", "criticised the sanctions of X and Y against Z")? The
    owner is criticised; the victim is no target."""
    n = p.head
    if p.lower_ != "against" or _lemma(tok) not in W.words("disapproval_verbs") or n.head.i != tok.i:
        return False
    if not g.is_(n, "object"):
        return False
    owners = [
        c for c in n.children if c.i < n.i and g.is_(c, "compound", "possessor", "adjective") and c.pos_ == "PROPN"
    ]
    owners += [c for c in n.children if g.is_(c, "prep") and c.lower_ == "of" and c.i < p.i]
    return bool(owners)


def _patient_noun(n, tok) -> bool:
    return _lemma(tok) in W.words("demand_verbs") and _lemma(n) in W.words("patient_nouns")


def _denied_charge(t, tok, g) -> bool:
    """Is ``t`` (right below ``tok``) what a denial denies: its object or
    that-clause ("denied any involvement of Russia", "denied that the
    deliveries to Serbia are aimed at anyone")? The charge names no party
    asked; a said thing ("denied the claims of X") names its author."""
    if _lemma(tok) not in W.words("denial_verbs") or not g.is_(t, "object", "clausal_complement", "passive_subject"):
        return False
    return t.lower_ not in W.words("speech_reference_nouns") and _lemma(t) not in W.words("accusation_nouns")


def listed_after_phrase(x, g) -> bool:
    """Is ``x`` a conjunct the parse hung on the object of a fronted phrase
    that a comma closes ("with the mediation of X, A and B signed": A)? The
    phrase ends at the comma; A starts the clause's own subject."""
    h = x.head
    return g.is_(x, "conjunct") and g.is_(h, "prep_object") and h.i + 1 < x.i and x.doc[h.i + 1].text == ","


def off_slot(r, tok) -> bool:
    """Is the argument headed by ``r`` (below the verb ``tok``) in a phrase
    that is no party slot of ``tok`` (see the module doc)?"""
    if r is None or tok is None or r.i == tok.i:
        return False
    g = grammar(r)
    t = r
    for _ in range(MAX_UP):
        if t.head.i == t.i:
            return False
        if t.pos_ == "ADP" and (_topic_prep(t, tok, g) or _purpose_prep(t, g) or _channel(t, g)):
            return True
        if t.pos_ == "ADP" and _victim_of_owned_act(t, tok, g):
            return True
        if t.pos_ in ("NOUN", "PROPN") and _patient_noun(t, tok) and (t.head.i == tok.i or t.head.head.i == tok.i):
            return True  # "demands the return of X", "called for the release of X"
        if t.head.i == tok.i:
            return _denied_charge(t, tok, g)
        if listed_after_phrase(t, g) and not g.has_child(tok, "subject", "passive_subject") and t.i < tok.i:
            return False  # "with the mediation of X, A and B signed": A and B are the subject
        if t.pos_ in ("VERB", "AUX") and t.i != r.i:
            return False  # another clause
        t = t.head
    return False


def holder_in(h, tok):
    """For a demand's patient noun ``h`` ("the return of property seized by
    X"), the agent of a past participle in its phrase: X holds what is
    demanded, and is the one asked; else None."""
    if not _patient_noun(h, tok):
        return None
    g = grammar(h)
    for t in h.subtree:
        if t.tag_ == "VBN" and g.is_(t, "clause_modifier"):
            for a in g.children(t, "agent"):
                for p in g.children(a, "prep_object"):
                    return p
    return None


def bound_small_clause(t, g) -> bool:
    """Is ``t`` an adjunct participle (", accusing them of ...") on a clause
    the parse made of a main verb's object and its complement ("declared
    three diplomats persona non grata": a small clause with the diplomats as
    its subject), whose object pronoun stands for that subject? A pronoun
    object cannot be its own clause's subject (that would be "themselves"),
    so the participle is the main verb's subject's act."""
    if t.tag_ != "VBG" or not g.is_(t, "adverbial_clause") or t.head.i == t.i:
        return False
    if not any(c.is_punct for c in t.doc[t.head.i : t.i]):
        return False
    pron = next((o for o in g.children(t, "object") if o.lower_ in W.words("bound_pronouns")), None)
    h = t.head
    if pron is None or not g.is_(h, "clausal_complement") or h.head.i == h.i or g.has_child(h, "marker"):
        return False
    sj = g.child(h, "subject")
    if sj is None or sj.left_edge.i != h.head.i + 1:
        return False
    plural = sj.tag_ in ("NNS", "NNPS")
    return plural == (pron.lower_ == "them")


def _head_token(doc, a):
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def off_slot_recipients(doc, events: list) -> list:
    """The events with a recipient named only in a phrase that is no party
    slot of the trigger (whatever step found it: the verb's phrases, the
    place of the act, the fallback) left without it; an event of the same
    trigger and type that keeps a recipient makes the emptied one a
    duplicate (dropped). The order is kept."""
    from dataclasses import replace

    from .coref import trigger_token

    marked = []
    for e in events:
        r = e.recipient
        tok = trigger_token(doc, e) if r is not None else None
        h = _head_token(doc, r) if tok is not None else None
        marked.append(h is not None and h.i != tok.i and off_slot(h, tok))
    kept = {(e.trigger.start, e.type) for e, m in zip(events, marked) if not m and e.recipient is not None}
    out, seen = [], set()
    for e, m in zip(events, marked):
        if not m:
            out.append(e)
            continue
        key = (e.trigger.start, e.type)
        if key not in kept and key not in seen:
            seen.add(key)
            out.append(replace(e, recipient=None))
    return out
