"""The grammar of the English model's ClearNLP dependency labels."""

from __future__ import annotations

from .base import Grammar


def _f(*labels: str) -> frozenset[str]:
    return frozenset(labels)


class EnglishGrammar(Grammar):
    lang = "en"
    labels = {
        "root": _f("ROOT"),
        "subject": _f("nsubj"),
        "passive_subject": _f("nsubjpass"),
        "clausal_subject": _f("csubj"),
        "clausal_passive_subject": _f("csubjpass"),
        "agent": _f("agent"),
        "object": _f("dobj"),
        "dative": _f("dative"),
        "attribute": _f("attr"),
        "clausal_complement": _f("ccomp"),
        "open_complement": _f("xcomp"),
        "predicative": _f("oprd"),
        "adjectival_complement": _f("acomp"),
        "prep": _f("prep"),
        "prep_object": _f("pobj"),
        "prep_clause": _f("pcomp"),
        "case": _f("case"),
        "apposition": _f("appos"),
        "conjunct": _f("conj"),
        "coordinator": _f("cc"),
        "preconjunction": _f("preconj"),
        "negation": _f("neg"),
        "aux": _f("aux"),
        "passive_aux": _f("auxpass"),
        "marker": _f("mark"),
        "possessor": _f("poss"),
        "compound": _f("compound"),
        "adjective": _f("amod"),
        "determiner": _f("det"),
        "predeterminer": _f("predet"),
        "number": _f("nummod"),
        "quantifier": _f("quantmod"),
        "relative_clause": _f("relcl"),
        "clause_modifier": _f("acl"),
        "adverbial_clause": _f("advcl"),
        "adverb": _f("advmod"),
        "noun_adverbial": _f("npadvmod"),
        "particle": _f("prt"),
        "parataxis": _f("parataxis"),
        "noun_modifier": _f("nmod"),
        "punct": _f("punct"),
        "other": _f("dep", "intj", "meta", "expl"),
    }
