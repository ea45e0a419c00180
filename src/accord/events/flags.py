"""Event flags as pure functions over tokens: negated, hypothetical, future.

Each takes the trigger token (a spaCy ``Token``); the words they look for
(auxiliaries, plan verbs, condition markers) are lists in
``lang/en/events/words.tsv``, read once through :mod:`accord.events.words`.
"""

from __future__ import annotations

from .. import datafiles
from ..syntax import grammar
from . import words as W

#: English words of the rules added for #16 (orders, pending conditions, obligations)
OWN_WORDS = "events/data/factuality_en.tsv"


@datafiles.cached
def own_words(name: str) -> frozenset[str]:
    """One list of ``events/data/factuality_en.tsv``."""
    return datafiles.words(OWN_WORDS, name)


#: the roles through which a trigger hangs from the verb that frames it
CHAIN_ROLES = (
    "open_complement",
    "aux",
    "passive_aux",
    "object",
    "prep_object",
    "prep",
    "subject",
    "passive_subject",
    "compound",
    "adjective",
    "adjectival_complement",
)


def _clause_chain(tok, steps: int = 3):
    """The trigger and the verbs it hangs from through complements (xcomp,
    ccomp-free): ``agreed to hold`` -> [hold, agreed]."""
    g = grammar(tok)
    out = [tok]
    t = tok
    for _ in range(steps):
        if g.is_(t, *CHAIN_ROLES) and t.head.i != t.i:
            t = t.head
            out.append(t)
        else:
            break
    return out


def is_negated(tok) -> bool:
    """``did not attend``, ``never visited``, ``no talks were held``,
    ``failed to reach``. Refusal is not negation (it is REJECT)."""
    g = grammar(tok)
    for c in tok.children:
        if g.is_(c, "negation") or (g.is_(c, "determiner") and c.lower_ == "no"):
            return True
        if c.lower_ == "never" and g.is_(c, "negation", "adverb"):
            return True
    if tok.pos_ in ("VERB", "AUX") and any(
        _negative_party(s, g) for s in g.children(tok, "subject", "passive_subject")
    ):
        return True  # "none of its allies voted with Moscow", "neither government has asked"
    h = tok.head
    if g.is_(tok, "open_complement") and h.i != tok.i:
        if h.lemma_.lower() in W.words("fail_verbs"):
            return True
        # "did not agree to hold": the negation of the governing verb
        if g.negated(h) and h.lemma_.lower() not in W.words("refusal_verbs"):
            return True
        if h.pos_ == "ADJ" and h.lemma_.lower() in W.words("intent_frames") and _frame_negated(h, g):
            return True  # "is not ready to sign"
    if _in_negated_frame(tok, g):
        return True
    if g.is_(tok, "clause_modifier") and h.pos_ == "NOUN" and _negative_party(h, g):
        return True  # "had no plans to leave the CSTO", "no intention to attack"
    if tok.pos_ == "NOUN" and g.is_(tok, "object", "passive_subject", "subject") and h.i != tok.i:
        if g.negated(h):
            return True
    return _named_as_alternative(tok, g)


def _frame_negated(w, g) -> bool:
    """A word of intent that is denied: negated itself, the predicate of a negated
    copula (``is not interested``), or a noun with ``no`` (``no intention``) or the
    object of a negated verb (``does not have the intention``)."""
    if g.negated(w):
        return True
    if w.pos_ in ("NOUN", "PROPN") and _negative_party(w, g):
        return True
    h = w.head
    return h.i != w.i and g.is_(w, "adjectival_complement", "attribute", "object") and g.negated(h)


def _in_negated_frame(tok, g) -> bool:
    """``is not interested in buying``, ``has no intention of attacking``: the act in
    the ``in``/``of`` clause of a denied word of intent (``intent_frames``) is not done."""
    if not g.is_(tok, "prep_clause"):
        return False
    p = tok.head
    w = p.head
    if p.i == tok.i or w.i == p.i or not g.is_(p, "prep"):
        return False
    return w.lemma_.lower() in W.words("intent_frames") and _frame_negated(w, g)


def _named_as_alternative(tok, g) -> bool:
    """``Instead of supporting the talks, Paris ...``, ``rather than talks``: the act after the
    phrase (``alternative_phrases``) is the one not done."""
    h = tok.head
    if not g.is_(tok, "prep_clause", "prep_object") or h.i == tok.i or h.i == 0:
        return False
    return f"{tok.doc[h.i - 1].lower_} {h.lower_}" in W.words("alternative_phrases")


def is_prevented(tok) -> bool:
    """An act someone bans or stops: the object of a prevent verb (``the
    doctrine prohibits the deployment of foreign troops``, ``police foiled the
    attack``) or the clause after its ``from`` (``barred the ships from
    entering``). It did not happen, and it is no refusal of its own actor."""
    g = grammar(tok)
    h = tok.head
    if h.i == tok.i:
        return False
    verbs = W.words("prevent_verbs")
    if tok.pos_ in ("NOUN", "PROPN") and g.is_(tok, "object", "passive_subject"):
        return h.lemma_.lower() in verbs
    if g.is_(tok, "prep_clause") and h.lower_ == "from" and h.head.i != h.i:
        return h.head.lemma_.lower() in verbs
    return False


def _negative_party(subj, g) -> bool:
    """A subject that names no one: ``none of ...``, ``nobody``, ``neither government``, ``no country``."""
    if subj.lower_ in W.words("negative_subjects"):
        return True
    return any(g.is_(c, "determiner") and c.lower_ in W.words("negative_subjects") for c in subj.children)


def is_scheduled(tok) -> bool:
    """An event noun that is planned, told in the present passive (``a joint
    exercise is planned for the autumn``, ``talks are scheduled for May``)."""
    g = grammar(tok)
    h = tok.head
    if tok.pos_ not in ("NOUN", "PROPN") or h.i == tok.i or not g.is_(tok, "passive_subject"):
        return False
    if h.lemma_.lower() not in own_words("scheduled_verbs"):
        return False
    return any(g.is_(c, "passive_aux") and c.tag_ in ("VBZ", "VBP") for c in h.children)


def is_future(tok) -> bool:
    """``will hold``, ``is to visit``, ``plans to deploy``, ``upcoming talks``,
    ``an exercise is planned``."""
    g = grammar(tok)
    if is_scheduled(tok):
        return True
    for t in _clause_chain(tok):
        for c in t.children:
            lw = c.lower_
            if g.is_(c, "aux", "passive_aux") and lw in W.words("future_aux"):
                return True
            if g.is_(c, "aux") and lw == "would" and not _has_condition(t):
                return True
            if g.is_(c, "adjective", "compound") and lw in W.words("future_modifiers") and t.pos_ == "NOUN":
                return True
        if t.i != tok.i and t.lemma_.lower() in W.words("plan_verbs") and g.is_(tok, "open_complement"):
            return not _decision_taken(t, tok)
        if t.lower_ == "going" and g.has_child(t, "open_complement"):
            return True
        if t.i != tok.i and t.lemma_.lower() in W.words("ready_words"):
            return True
    return _plans_what_will_be(tok, g) or _headline_infinitive(tok, g)


def _decision_taken(t, act) -> bool:
    """``the government decided to close the checkpoints``: a decision told as
    taken (``decision_verbs`` in the past) is the act's news, no announcement of a
    future one (``decides to close``, ``will decide to`` stay future, and so does
    a decided act dated ahead: ``decided to hold talks next month``)."""
    if t.lemma_.lower() not in W.words("decision_verbs") or t.tag_ not in ("VBD", "VBN"):
        return False
    ahead = W.words("future_modifiers")
    return not any(w.lower_ in ahead for w in act.subtree)


def _headline_infinitive(tok, g) -> bool:
    """``Russia and Uzbekistan to hold joint exercise``: a headline's main verb
    as an infinitive with its subject tells what is to come."""
    if tok.head.i != tok.i or not g.has_child(tok, "subject"):
        return False
    return any(g.is_(c, "aux") and c.tag_ == "TO" for c in tok.children)


def _plans_what_will_be(tok, g) -> bool:
    """``The members agreed that the SCO will hold its next exercise in
    Russia``: a plan verb (``plan_verbs``) whose clause tells what will be."""
    if tok.lemma_.lower() not in W.words("plan_verbs"):
        return False
    future = W.words("future_aux")
    return any(
        any(g.is_(a, "aux") and a.lower_ in future for a in c.children) for c in g.children(tok, "clausal_complement")
    )


def is_offered_force(tok) -> bool:
    """A promised deployment that is an offer to allies, not a show of force:
    ``ready to deploy its rapid reaction forces``, ``will send a battalion to
    the CSTO drills`` (the destination is an exercise)."""
    g = grammar(tok)
    if any(t.i != tok.i and t.lemma_.lower() in W.words("ready_words") for t in _clause_chain(tok)):
        return True
    dest = W.words("offer_destination_preps")
    nouns = W.words("exercise_nouns")
    doc = tok.doc
    for p in g.children(tok, "prep"):
        if p.lower_ not in dest:
            continue
        # the phrase's head noun, within a few words (the parser may hang 'drills' elsewhere)
        for t in doc[p.i + 1 : min(p.i + 5, len(doc))]:
            if t.is_punct:
                break
            if t.lower_ in nouns or t.lemma_.lower() in nouns:
                return True
    return False


def _conditional_clause(c, g, marks) -> bool:
    """An adverbial clause introduced by one of the marks ('if', 'unless')."""
    return g.is_(c, "adverbial_clause") and any(m.lower_ in marks for m in g.children(c, "marker"))


def has_condition(t) -> bool:
    """The clause of ``t`` (or one it hangs from) is conditional: ``if``/``unless``."""
    g = grammar(t)
    marks = W.words("condition_marks")
    return _has_condition(t) or any(_conditional_clause(c, g, marks) for c in t.children)


def in_condition(t) -> bool:
    """The trigger stands inside the condition itself (``if Russia fails to react to a new offensive``)."""
    g = grammar(t)
    marks = W.words("hypothetical_marks")
    return any(_conditional_clause(a, g, marks) for a in [t] + list(t.ancestors)[:3])


def _has_condition(t) -> bool:
    g = grammar(t)
    marks = W.words("hypothetical_marks")
    for a in [t] + list(t.ancestors)[:3]:
        for c in a.children:
            if _conditional_clause(c, g, marks):
                return True
        if _conditional_clause(a, g, marks):
            return True
    return False


def is_question(tok) -> bool:
    """The trigger's sentence asks (``Will Russia attack?``): it ends with a question mark."""
    sent = tok.sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text in W.words("question_marks")


def forbids_an_act(tok) -> bool:
    """``will not allow Hezbollah to re-establish itself``: a permission verb
    (``permission_verbs``) whose to-clause tells what another may not do; refused,
    it is a warning against the other (a threat), not the refusal of a request."""
    if tok.lemma_.lower() not in W.words("permission_verbs"):
        return False
    g = grammar(tok)
    return any(
        any(g.is_(x, "aux") and x.tag_ == "TO" for x in c.children)
        for c in g.children(tok, "clausal_complement", "open_complement")
    )


def is_evaluated(tok) -> bool:
    """``it would be wrong to hold drills``, ``it is important to talk``: an act
    someone judges, under an adjective with an empty ``it``, not one that happened."""
    g = grammar(tok)
    h = tok.head
    if not g.is_(tok, "open_complement", "clausal_complement") or h.i == tok.i:
        return False
    if h.pos_ == "ADJ":  # the clause hangs from the adjective or from the copula
        adj, cop = h, h.head
    else:
        adj, cop = g.child(h, "adjectival_complement"), h
    if adj is None or adj.lemma_.lower() not in W.words("evaluative_adjectives"):
        return False  # ("it is ready to help": a party's offer, see is_future)
    subj = g.child(cop, "subject")
    return subj is not None and subj.lower_ in W.words("expletive_subjects") and subj.pos_ == "PRON"


def in_opinion(tok) -> bool:
    """The trigger's clause, or one it hangs from, is framed as someone's
    opinion (``In his opinion, X will ...``, ``in the view of Y, ...``): a
    view of what is or may be, not news of the parties' acts."""
    g = grammar(tok)
    nouns = W.words("opinion_nouns")
    for t in [tok, *list(tok.ancestors)[:6]]:
        for p in g.children(t, "prep"):
            if p.lower_ in W.words("opinion_preps") and any(
                o.lemma_.lower() in nouns for o in g.children(p, "prep_object")
            ):
                return True
    return False


def is_purpose(tok) -> bool:
    """The trigger is the purpose of a thing, not a party's act or promise:
    ``the exercise aims to deepen cooperation``, ``the upgrade is meant to
    allow closer coordination`` (an aim of drills, deals or plans is no
    event; ``Russia aims to ...`` stays a party's plan, :func:`is_future`)."""
    g = grammar(tok)
    h = tok.head
    if not g.is_(tok, "open_complement") or h.i == tok.i or h.lemma_.lower() not in W.words("purpose_verbs"):
        return False
    if h.lemma_.lower() in W.words("passive_purpose_verbs"):
        return g.has_child(h, "passive_subject") or h.tag_ == "VBN"
    subj = g.child(h, "subject")
    return subj is not None and subj.lemma_.lower() in W.words("purpose_subjects")


def is_imperative(tok) -> bool:
    """An order or advice (``declare a ceasefire``, ``"take training where it
    is good"``): a bare verb with no subject and no auxiliary, the root of its
    sentence or a complement of another verb; not the bare infinitive after
    ``let``, ``help``, ``see`` (``helped them build``: an act)."""
    g = grammar(tok)
    t = tok
    while g.is_(t, "conjunct") and t.head.i != t.i and t.head.tag_ == "VB":
        t = t.head  # "declare a ceasefire and withdraw": the order's first verb
    if tok.tag_ != "VB" or t.tag_ != "VB":
        return False
    for v in (tok, t):
        if any(g.is_(c, "subject", "passive_subject", "aux", "passive_aux", "marker") for c in v.children):
            return False
    if g.is_(t, "root"):
        return True
    h = t.head
    return (
        g.is_(t, "clausal_complement", "open_complement")
        and h.pos_ in ("VERB", "AUX")
        and h.lemma_.lower() not in own_words("bare_infinitive_heads")
    )


def awaits_condition(tok) -> bool:
    """The trigger tells a condition not yet met: an ``until`` clause on a
    verb of what should or will be (``the sanctions should remain until the
    last prisoner is released``; ``fought until the troops withdrew`` stays)."""
    g = grammar(tok)
    if not g.is_(tok, "adverbial_clause") or tok.head.i == tok.i:
        return False
    if not any(m.lower_ in own_words("pending_marks") for m in g.children(tok, "marker")):
        return False
    return any(g.is_(c, "aux") and c.lower_ in own_words("modal_aux") for c in tok.head.children)


def is_ability(tok) -> bool:
    """What a party can do, no act: ``the allies are able to deploy forces``,
    ``the fleet is capable of blockading the strait`` (``ability_adjectives``),
    in any clause, a reported one too; ``were able to repel`` tells what was
    done (a past copula with ``able``)."""
    g = grammar(tok)
    h = tok.head
    if g.is_(tok, "prep_clause") and h.lower_ == "of":
        h = h.head  # "capable of blockading"
    elif not g.is_(tok, "open_complement"):
        return False
    if h.i == tok.i or h.lemma_.lower() not in own_words("ability_adjectives"):
        return False
    cop = h.head if g.is_(h, "adjectival_complement") else None
    past = cop is not None and cop.tag_ in ("VBD", "VBN") and not any(c.lower_ == "will" for c in cop.children)
    return not past or h.lemma_.lower() in ("capable", "incapable")


def is_obligation(tok) -> bool:
    """What a party has to do, told in the present (``we have to find common
    answers``, ``Russia needs to withdraw``): not done yet (``had to withdraw``
    tells what was done)."""
    g = grammar(tok)
    h = tok.head
    if not g.is_(tok, "open_complement") or h.i == tok.i or h.lemma_.lower() not in own_words("obligation_verbs"):
        return False
    return h.tag_ in ("VBP", "VBZ") and any(c.tag_ == "TO" for c in tok.children)


def is_hypothetical(tok) -> bool:
    """``might expand``, ``could attack``, ``if ... attacked``, ``would ... if``,
    a question, an act judged (``it would be wrong to``), an opinion
    (``in his opinion``), a thing's purpose (``the drills aim to``), an order,
    a condition not yet met (``until ... is released``) or an obligation."""
    if is_question(tok) or is_evaluated(tok) or in_opinion(tok) or is_purpose(tok):
        return True
    if is_imperative(tok) or awaits_condition(tok) or is_obligation(tok) or is_ability(tok):
        return True
    g = grammar(tok)
    marks = W.words("hypothetical_marks")
    for t in _clause_chain(tok):
        for c in t.children:
            if g.is_(c, "aux") and c.lower_ in W.words("hypothetical_aux"):
                return True
            if g.is_(c, "marker") and c.lower_ in marks:
                return True
        if _conditional_clause(t, g, marks):
            return True
    return _conditional_offer(tok)


def _conditional_offer(tok) -> bool:
    """``would ... if``: a conditional, where the condition hangs
    from the trigger's clause or from the verb it embeds (``would use its bases to defend
    members if the fighting spilled over``)."""
    g = grammar(tok)
    chain = _clause_chain(tok)
    # (``ready to help if asked`` stays an offer: AGREE, as CAMEO codes a conditional intent)
    if not any(c.lower_ == "would" for t in chain for c in g.children(t, "aux")):
        return False
    marks = W.words("hypothetical_marks")
    below = any(_conditional_clause(t, g, marks) for t in tok.subtree if t.i != tok.i)
    return below or _has_condition(tok)


def is_speculative(tok) -> bool:
    """``might``, ``could``, ``may``: a possibility, not a statement of intent."""
    g = grammar(tok)
    return any(
        g.is_(c, "aux") and c.lower_ in W.words("hypothetical_aux") for t in _clause_chain(tok) for c in t.children
    )
