"""The that-clause of a clause cue that the parser hung on the occasion the
cue names, in a chain of phrases after it ("warned in a televised address
that ...", "said in reply to a question of reporters that ...")."""

from __future__ import annotations

from ..syntax import grammar
from .vocabulary import word_set

#: how many nested phrases after the cue are read ("in response" / "to a question" / "of journalists")
_DEPTH = 3
_OCCASIONS = ("events", "venues", "answer_nouns")
#: the tags of a finite English verb (past, present, modal)
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _phrases(tok) -> list:
    """The cue's own prepositions after it, with those joined to them ("on TV and in speeches")."""
    gr = grammar(tok)
    preps = [ch for ch in tok.children if gr.is_(ch, "prep") and ch.i > tok.i]
    return preps + [c for p in preps for c in p.children if gr.is_(c, "conjunct") and c.pos_ == "ADP"]


def _that_clauses(noun) -> list:
    """The that-clauses hung on ``noun``, but for a clause with a bare verb
    ("the request that Russia extradite them", "... that more systems be
    sent"): what was asked for, no words of the cue."""
    gr = grammar(noun)
    return [
        g
        for g in noun.children
        if gr.is_(g, "clause_modifier", "clausal_complement", "relative_clause")
        and any(gr.is_(m, "marker") and m.lower_ == "that" for m in g.children)
        and not _bare(g)
    ]


def _bare(verb) -> bool:
    """Is ``verb`` a clause's head with a subject and no finite verb of its
    own or among its auxiliaries (the mandative subjunctive)?"""
    gr = grammar(verb)
    if not gr.subjects(verb, agents=False):
        return False
    chain = [verb, *gr.children(verb, "aux", "passive_aux")]
    return all(t.morph.get("VerbForm") or t.tag_ for t in chain) and not any(_finite(t) for t in chain)


def _finite(tok) -> bool:
    """A finite verb by its morphology, or its tag where it has none (a parse read back without morphology)."""
    form = tok.morph.get("VerbForm")
    return "Fin" in form if form else tok.tag_ in _FINITE_TAGS


def occasion_clauses(tok, ccomps: list) -> list:
    """The clauses of cue ``tok``: its own ``ccomps``, with the that-clauses
    hung on an occasion noun (a meeting, a statement, a question answered)
    in the phrases after the cue, read down a chain of such nouns ("in
    response to a question of journalists"); a noun of any other kind ends
    its chain ("in connection with reports that ...": the reports' content,
    not the cue's). With clauses of its own, the cue keeps only an occasion's
    clause that the first of them goes on with ("... of journalists that A
    and that B", the parser taking B for the cue's)."""
    found = _occasion_clauses(tok)
    if not ccomps:
        return found
    first = min(c.left_edge.i for c in ccomps)
    doc = tok.doc
    joined = [
        c
        for c in found
        if tok.i < c.right_edge.i < first
        and all(t.is_punct or grammar(t).is_(t, "coordinator") for t in doc[c.right_edge.i + 1 : first])
    ]
    return joined + ccomps


def _occasion_clauses(tok) -> list:
    gr = grammar(tok)
    out: list = []
    todo = [(p, 1) for p in _phrases(tok) if p.lower_ in word_set("occasion_preps")]
    while todo:
        prep, depth = todo.pop(0)
        for occ in prep.children:
            if not gr.is_(occ, "prep_object") or occ.lemma_.lower() not in word_set(*_OCCASIONS):
                continue
            out += _that_clauses(occ)
            if depth < _DEPTH:
                todo += [(p, depth + 1) for p in occ.children if gr.is_(p, "prep") and p.lower_ in ("to", "of", "from")]
    return out
