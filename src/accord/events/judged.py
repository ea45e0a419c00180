"""Evaluative predications told as speech acts: ``X considers the demands
"unacceptable"``, ``called the presence "a violation of ..."``. A judging
verb (``judging_verbs``) names its verdict in a predicate that the parser
often hangs elsewhere: a quoted apposition of the object, or an adjective on
the clause it misread as the verb's complement. Those words count among the
verb's arguments, so the trigger rows for ``call``/``consider`` code them; a
negative verdict on a proposal (``proposal_nouns``) rejects it (120). A
verdict told as a denied benefit, ``Such actions do not contribute to
stability``, is criticism (111): :mod:`accord.events.criticism`."""

from __future__ import annotations

from ..syntax import grammar
from . import words as W

#: the predicate roles of a verdict on the judged noun or clause
VERDICT_ROLES = ("predicative", "attribute", "adjectival_complement", "open_complement")
REJECT_CODE = "120"
#: the marker a judging verb's rows ask for when its verdict is a neutral noun whose clause charges
#: ("called the move a step that threatens stability", "an attempt to meddle in ...")
HOSTILE_MARK = "@hostile"
#: the clauses on a verdict noun that say what it does
VERDICT_CLAUSES = ("relative_clause", "clause_modifier")
CRITICISM_CODE = "111"


def verdict_words(tok) -> set:
    """Lemmas and forms of the verdict a judging verb gives where the parse
    hides it: a quoted apposition of its object (``called the presence "a
    violation"``), a predicate of its clausal complement (``considers the
    demands of X to withdraw ... "unacceptable"``). Empty for other verbs."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in W.words("judging_verbs"):
        return set()
    g = grammar(tok)
    found = []
    for o in g.children(tok, "object"):
        found += [a for a in g.children(o, "apposition") if _quoted(a)]
    for c in g.children(tok, "clausal_complement"):
        found += g.children(c, *VERDICT_ROLES)
        if c.pos_ in ("NOUN", "ADJ") and g.has_child(c, "subject"):
            found.append(c)  # 'considers the mission "an instrument of ..."': the verdict heads the clause
    found += _as_adjectives(tok, g)
    out = set()
    for a in found:
        for t in (a, *g.children(a, "conjunct")):  # "unacceptable and dangerous"
            out.update((t.lemma_.lower(), t.lower_))
            out.update(_of_words(t, g))
            # 'called the decision «a dangerous game with fire»': the verdict's adjective judges too
            out.update(m.lemma_.lower() for m in g.children(t, "adjective") if t.pos_ in ("NOUN", "PROPN"))
    out |= _derived(out | {w for t in _verdict_heads(tok, g) for w in (t.lemma_.lower(), t.lower_)})
    if _hostile_verdict(tok, g):
        out.add(HOSTILE_MARK)
    return out


def _derived(said: set) -> set:
    """The forms the judging verbs' rows list of the verdict words said in
    another part of speech (``verdict_derivations``: ``called it hypocrisy``
    reads as ``hypocritical``)."""
    derive = W.word_map("verdict_derivations")
    return {derive[w] for w in said if w in derive}


def _verdict_heads(tok, g) -> list:
    """The predicate nouns and adjectives a judging verb gives as its verdict
    (not the judged object): ``called the statement "hypocrisy"``, ``described
    the report as double standards``, a quoted apposition of the object; with
    their conjuncts."""
    heads = g.children(tok, *VERDICT_ROLES, "noun_adverbial")
    heads += [n for p in g.children(tok, "prep") if p.lower_ == "as" for n in g.children(p, "prep_object")]
    for o in g.children(tok, "object"):
        heads += [a for a in g.children(o, "apposition") if _quoted(a)]
        heads += [n for p in g.children(o, "prep") if p.lower_ == "as" for n in g.children(p, "prep_object")]
    if not heads:
        heads = _named_verdict_tail(tok, g)
    # a closing guillemet the parser made the noun ("called them «hypocrisy»"): the words it holds
    heads = [w for h in heads for w in (g.children(h, "compound", "adjective") if h.is_quote else [h])]
    return [t for h in heads for t in (h, *g.children(h, "conjunct"))]


def _named_verdict_tail(tok, g) -> list:
    """The verdict the parser hung on a party name in the object's ``of``
    phrase, closing the clause: ``called the claims of Moscow propaganda``
    ("Moscow propaganda" one noun), ``called the accusations of Minsk
    «propaganda»``; none where the judging verb has an object only."""
    out = []
    for o in g.children(tok, "object"):
        for p in g.children(o, "prep"):
            if p.lower_ != "of":
                continue
            for n in g.children(p, "prep_object"):
                named = [m for m in g.children(n, "compound", "noun_modifier") if m.i < n.i and m.pos_ == "PROPN"]
                words = [m for m in g.children(n, "compound") if m.pos_ != "PROPN"] if n.is_quote else [n]
                if named and words and n.i == tok.sent.end - 2 + (not tok.sent[-1].is_punct):
                    out.append(n)
    return out


def _noun_forms(t, g) -> set:
    """A noun's lemma and form, alone and with its adjectives (``double standards``)."""
    forms = {t.lemma_.lower(), t.lower_}
    for m in g.children(t, "adjective", "compound"):
        forms |= {f"{m.lower_} {t.lower_}", f"{m.lower_} {t.lemma_.lower()}"}
    return forms


def _hostile_noun_verdict(tok, g) -> bool:
    """A verdict that is a hostile noun (``hostile_nouns``: ``a pretext for
    escalation``, ``double standards``), or an act noun (``verdict_act_nouns``)
    whose of/to-phrase holds one: ``an act of intimidation``, ``an attempt to
    create a pretext for new pressure on X``."""
    hostile = W.words("hostile_nouns")
    for h in _verdict_heads(tok, g):
        if _noun_forms(h, g) & hostile:
            return True
        if h.lemma_.lower() in W.words("verdict_act_nouns"):
            inner = [t for c in g.children(h, "prep", *VERDICT_CLAUSES) for t in c.subtree]
            if any(t.pos_ == "NOUN" and _noun_forms(t, g) & hostile and not _relieved(t, g) for t in inner):
                return True
    return False


def _relieved(t, g) -> bool:
    """A hostile noun a verb takes away (``relief_verbs``: ``an attempt to ease pressure``)."""
    h = t.head
    return g.is_(t, "object") and h.i != t.i and h.lemma_.lower() in W.words("relief_verbs")


def _as_adjectives(tok, g) -> list:
    """The adjective of an ``as`` verdict the parser hung elsewhere: ``described the
    decision as hostile`` (an adjective on the ``as`` of the verb or of its object),
    ``regarded the move as unfriendly and dangerous`` (an adverbial adjective that
    ``as`` modifies)."""
    preps = [p for h in (tok, *g.children(tok, "object")) for p in g.children(h, "prep") if p.lower_ == "as"]
    out = [a for p in preps for a in p.children if a.pos_ == "ADJ"]
    clauses = g.children(tok, "adverbial_clause", "open_complement")
    return out + [a for a in clauses if a.pos_ == "ADJ" and any(m.lower_ == "as" for m in a.children)]


def _verdict_nouns(tok, g) -> list:
    """The nouns a judging verb's verdict may be: a predicate of the object,
    the object, or a noun the object's phrase holds where quotation marks
    misled the parser; a complement clause, an adverbial noun or an ``as``
    phrase the parser made of the predicate."""
    nouns = g.children(tok, "predicative", "attribute", "noun_adverbial", "clausal_complement")
    nouns += [n for p in g.children(tok, "prep") if p.lower_ == "as" for n in g.children(p, "prep_object")]
    for o in g.children(tok, "object"):
        nouns += [o, *g.children(o, "apposition")]
        nouns += [n for p in g.children(o, "prep") for n in g.children(p, "prep_object")]
    return nouns


def _hostile_clauses(tok, g) -> list:
    """The clauses with a hostile verb (``hostile_verbs``) on a judging verb's verdict nouns."""
    hostile = W.words("hostile_verbs")
    return [v for n in _verdict_nouns(tok, g) for v in g.children(n, *VERDICT_CLAUSES) if v.lemma_.lower() in hostile]


def without_verdict_clauses(cands: list) -> list:
    """The candidates less those inside the charging clause of a judging
    verb's verdict (``called the decision a step that will escalate
    tensions``: the escalation is the verdict, no act of its own)."""
    inside = set()
    for c in cands:
        if c.tok.pos_ == "VERB" and c.tok.lemma_.lower() in W.words("judging_verbs"):
            for v in _hostile_clauses(c.tok, grammar(c.tok)):
                inside.update(t.i for t in v.subtree)
    return [c for c in cands if c.i not in inside]


def _hostile_verdict(tok, g) -> bool:
    """A verdict noun with a clause whose verb is hostile: ``a step that
    threatens regional stability``, ``an attempt to meddle in ...``,
    ``described X as an attempt to interfere ...``."""
    return bool(_hostile_clauses(tok, g)) or _hostile_noun_verdict(tok, g)


def _of_words(t, g) -> set:
    """The words of the phrase a verdict noun heads (``a factor of restraint``,
    ``an act of illegal borderization``): its prepositions' objects and their modifiers."""
    out = set()
    for p in g.children(t, "prep"):
        for o in g.children(p, "prep_object"):
            for m in (o, *g.children(o, "adjective", "compound")):
                out.update((m.lemma_.lower(), m.lower_))
    return out


def gives_a_verdict(c) -> bool:
    """A judging verb coded as criticism or praise (``verdict_types``) by the
    verdict among its arguments, or a verb that voices a stance coded as support (``stance_verbs``,
    ``stance_types``: ``expressed solidarity with X``): a speech act however much
    the sentence reads as a statement. (Concern voiced stays gated: its target is
    often only the context's, ``expressed concern over the incident``; unless
    the act it is over names its coded doer, ``over the actions of the Chinese
    coast guard``: :func:`_concern_over_a_party`.)"""
    if c.tok.pos_ != "VERB":
        return False
    lem = c.tok.lemma_.lower()
    if lem in W.words("stance_verbs") and c.type in W.categories("stance_types"):
        return True
    if c.cameo == CRITICISM_CODE and _concern_over_a_party(c.tok):
        return True
    return lem in W.words("judging_verbs") and c.type in W.categories("verdict_types")


def judged_noun(tok):
    """The noun a judging verb's verdict is on: its object, or the subject of
    the clause the parser made its complement; None."""
    g = grammar(tok)
    obj = g.child(tok, "object")
    if obj is not None:
        return obj
    for c in g.children(tok, "clausal_complement"):
        subj = g.child(c, "subject")
        if subj is not None:
            return subj
    return None


def rejects_proposal(c) -> bool:
    """A negative verdict (ACCUSE) of a judging verb on a demand, a proposal
    or an accusation: ``considers the demands unacceptable``, ``called the
    claims absurd`` rejects them."""
    if c.type != "ACCUSE" or c.tok.lemma_.lower() not in W.words("judging_verbs"):
        return False
    n = judged_noun(c.tok)
    if n is None or _hostile_verdict(c.tok, grammar(c.tok)):
        return False  # "called the claims an attempt to create a pretext for pressure": a counter-charge (ACCUSE)
    # "called the accusations absurd": a charge judged false is rejected too
    return n.lemma_.lower() in W.words("proposal_nouns") | W.words("accusation_nouns")


def _quoted(tok) -> bool:
    """A phrase that opens with a quotation mark (``"a violation of ..."``)."""
    i = tok.left_edge.i
    doc = tok.doc
    return (i > 0 and doc[i - 1].is_quote) or doc[i].is_quote or any(t.is_quote for t in doc[i : tok.i])


def judged_unacceptable(c, lex) -> bool:
    """``demands to withdraw the peacekeepers are "unacceptable"`` (a headline's
    verdict): a demand or proposal that is the subject of a copula whose
    predicate is a negative verdict (the words of the judging verbs'
    criticism rows) is rejected by whoever says so."""
    tok = c.tok
    g = grammar(tok)
    h = tok.head
    if tok.lemma_.lower() not in W.words("proposal_nouns") or not g.is_(tok, "subject") or h.i == tok.i:
        return False
    if h.lemma_.lower() not in W.words("state_demand_verbs"):
        return False
    said = {w for t in g.children(h, *VERDICT_ROLES) for w in (t.lemma_.lower(), t.lower_)}
    return any(
        said & r.args for v in W.words("judging_verbs") for r in lex.rules.get(v, ()) if r.cameo == CRITICISM_CODE
    )


def _concern_over_a_party(tok) -> bool:
    """``expressed concern over the actions of the Chinese coast guard``: a
    concern noun (``concern_nouns``) object whose over/about/at phrase is an act
    owned (of-phrase or possessive) by a coded state or body."""
    g = grammar(tok)
    mentions = [m for m in tok.doc._.mentions or [] if m.country or m.org]
    for o in g.children(tok, "object"):
        if o.lemma_.lower() not in W.words("concern_nouns"):
            continue
        for p in g.children(o, "prep"):
            for n in g.children(p, "prep_object"):
                owners = [x for pr in g.children(n, "prep") if pr.lower_ == "of" for x in g.children(pr, "prep_object")]
                owners += g.children(n, "possessor")
                if any(m.start <= x.idx < m.end for x in owners for m in mentions):
                    return True
    return False
