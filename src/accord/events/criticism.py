"""Criticism told as what a party's act does to a common good or a duty:
``X does not contribute to stability``, ``the organisation did not fulfil its
obligations``, ``the supply of arms undermines the peace process``. None of
these verbs is an event of its own; said of a party (or its act), each is
criticism (CAMEO 111) of that party by whoever says so.

A verb of helping (``benefit_verbs``) denied of a good (``public_goods``), a
verb of keeping a duty (``duty_verbs``) denied of one (``duty_nouns``), or a
verb of harming (``harm_verbs``) said of a good: the good or duty is the
verb's object or the object of its preposition.
"""

from __future__ import annotations

from ..syntax import grammar
from . import flags as F
from . import words as W
from .candidate import SPEC_RULE, SPEC_RULE_ARGS, Candidate, recode
from .judged import CRITICISM_CODE


def _nouns(tok, g) -> list:
    """The verb's objects and the objects of its prepositions, and the ``of`` objects of each
    (``contribute to the atmosphere of trust``, ``serve the cause of peace``)."""
    near = g.children(tok, "object") + [n for p in g.children(tok, "prep") for n in g.children(p, "prep_object")]
    of = [o for n in near for p in g.children(n, "prep") if p.lower_ == "of" for o in g.children(p, "prep_object")]
    return near + of


def _about(tok, g, goods: frozenset) -> bool:
    """One of the verb's nouns (or a conjunct of one: "peace and stability") is in ``goods``."""
    for n in _nouns(tok, g):
        if any(x.lemma_.lower() in goods or x.lower_ in goods for x in (n, *g.children(n, "conjunct"))):
            return True
        # "the peace process", "the settlement talks": the good names the noun's kind
        if {n.lemma_.lower(), n.lower_} & W.words("process_nouns") and any(
            m.lemma_.lower() in goods for m in g.children(n, "compound", "adjective")
        ):
            return True
    return False


def _party_agent(tok, g) -> bool:
    """The harming verb's subject (or passive agent) is a party or a party's act: a
    named party or a pronoun in its phrase, an event noun of the trigger rows, or a
    word of ``harm_agents`` (``the organisation``, ``such actions``, ``the supply of arms``)."""
    agents = g.children(tok, "subject") or g.agents(tok)
    if not agents:
        return True  # "... undermining stability": the clause's doer is told above it
    from .lexicon import lexicon  # the trigger rows name the event nouns

    rules = lexicon().rules
    for a in agents:
        if any(t.ent_type_ in W.labels("party_labels") or t.pos_ == "PRON" for t in a.subtree):
            return True
        lem = a.lemma_.lower()
        if lem in W.words("harm_agents") or a.lower_ in W.words("harm_agents"):
            return True
        if any(r.cameo and r.pos in ("NOUN", "ANY") for r in rules.get(lem, ())):
            return True
    return False


def criticises(tok, negated: bool | None = None) -> bool:
    """The verb tells criticism of its subject (see the module docstring).
    ``negated``: the verb's negation where the caller has it."""
    if tok.pos_ != "VERB":
        return False
    lem = tok.lemma_.lower()
    g = grammar(tok)
    if lem in W.words("harm_verbs"):
        if not _party_agent(tok, g):
            return False  # "the storm hampered the peace talks": no one's act is charged
        return _about(tok, g, W.words("public_goods")) and not (F.is_negated(tok) if negated is None else negated)
    if lem in W.words("benefit_verbs"):
        goods = W.words("public_goods")
    elif lem in W.words("duty_verbs"):
        goods = W.words("duty_nouns")
    else:
        return False
    return (F.is_negated(tok) if negated is None else negated) and _about(tok, g, goods)


def charged_author(tok):
    """``provocations from the Polish side``, ``violations of the airspace by
    Polish drones``: a charge noun (``charge_nouns``) with its author after
    ``from`` or ``by`` (``charge_author_preps``); the speaker who tells it
    accuses that author. The author's noun, or None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in W.words("charge_nouns"):
        return None
    g = grammar(tok)
    preps = W.words("charge_author_preps")
    h = tok.head
    # "the number of provocations from the Polish side": the phrase may hang on the noun counted in
    outer = [h.head] if g.is_(tok, "prep_object") and h.lower_ == "of" and h.head.pos_ == "NOUN" else []
    for p in g.children(tok, "prep") + [p for n in outer for p in g.children(n, "prep")]:
        if p.lower_ in preps:
            return g.child(p, "prep_object")
        # "violation of the airspace by Polish drones": the author's phrase may hang on the "of" object
        if p.lower_ == "of":
            for o in g.children(p, "prep_object"):
                for q in g.children(o, "prep"):
                    if q.lower_ in preps:
                        return g.child(q, "prep_object")
    return None


def charge_teller(tok):
    """The verb that tells a charge noun (``charged_author``): the report or
    record verb it is the object of, through ``of`` phrases (``recorded 14
    cases of violation``), or the ``as X reports`` clause on the verb of its
    clause; None when the sentence tells it in no such verb (a quote's speaker
    tells it then)."""
    g = grammar(tok)
    t = tok
    for _ in range(6):
        h = t.head
        if h.i == t.i or not (h.pos_ in ("NOUN", "ADP", "NUM") or h.pos_ == "VERB"):
            return None
        if h.pos_ == "VERB":
            if h.lemma_.lower() in W.words("record_verbs") and g.is_(t, "object"):
                return h
            for a in g.children(h, "adverbial_clause"):
                if a.lemma_.lower() in W.words("report_cues") and g.has_child(a, "subject"):
                    return a  # "... increased in October, as the press service reports"
            return None
        t = h
    return None


#: the parts of speech criticises and charged_author read
_CRITICISM_POS = ("VERB", "NOUN")


def with_criticism(toks, out: list, lex, rejected: set) -> list:
    """The sentence's candidates with criticism told as harm, a duty not kept
    or a charge (this module): a candidate that tells one is recoded (not one
    ``rejected``, the indices of those a verdict rejects), a verb
    or noun that is no trigger becomes one; a warning whose content is
    criticism is no threat besides."""
    for c in out:
        if c.i not in rejected and criticises(c.tok):
            _criticise(c, lex)  # a speech act now: no habit, no aid
    taken = {c.i for c in out}
    g = grammar(toks[0]) if toks else None
    for t in toks:
        if t.i in taken or t.pos_ not in _CRITICISM_POS:
            continue  # (criticises reads a verb, charged_author a noun: no test for the other words)
        if not (t.head.i in taken and g.is_(t, "open_complement")) and criticises(t):
            # "did not fulfil its obligations", "undermines the peace process": no trigger of its own
            # (one a trigger above governs, "failed to fulfil its commitments", is told by it)
            out.append(Candidate(t, "", "", "", None, [], SPEC_RULE, "rule"))
            _criticise(out[-1], lex)
        elif (author := charged_author(t)) is not None:
            # "provocations from the Polish side" in a party's words: its accusation of the author
            teller = charge_teller(t)
            c = Candidate(teller or t, "", "", "", None, [], SPEC_RULE, "rule", recipient_tok=author, said=not teller)
            out.append(c)
            recode(c, CRITICISM_CODE, lex)
            c.context = list(lex.info(CRITICISM_CODE).context)
    criticised = {c.i for c in out if c.made and c.cameo == CRITICISM_CODE}
    # "warned that the mission does not contribute to stability": a warning of criticism, no threat
    return [c for c in out if not (c.i in criticised and c.type == "THREATEN" and c.spec < SPEC_RULE_ARGS)]


def _criticise(c, lex) -> None:
    """``X said the mission does not contribute to stability``: X's criticism
    (111) of the mission, made by the reporting verb when there is one; in a
    quote with none, the speaker's (``Candidate.said``)."""
    recode(c, CRITICISM_CODE, lex)
    c.context = list(lex.info(CRITICISM_CODE).context)
    c.made = True  # made by the denial, whatever its negation
    c.verdict = True
    g = grammar(c.tok)
    h = c.tok.head
    c.recipient_tok = g.child(c.tok, "subject")
    if g.is_(c.tok, "clausal_complement") and h.pos_ == "VERB" and h.lemma_.lower() in W.words("report_cues"):
        c.tok = h
    else:
        c.said = True


def concern_about_nothing(c) -> bool:
    """``expressed concern`` with nothing it is over (no ``over/about/at ...``
    phrase, no ``that`` clause): a mood, no charge against anyone."""
    if c.cameo != CRITICISM_CODE or c.tok.pos_ != "VERB":
        return False
    g = grammar(c.tok)
    concerns = W.words("concern_nouns")
    for o in g.children(c.tok, "object"):
        if o.lemma_.lower() in concerns:
            return not any(
                g.is_(x, "prep", "clausal_complement", "clause_modifier", "relative_clause") for x in o.children
            ) and not g.has_child(c.tok, "prep")
    return False
