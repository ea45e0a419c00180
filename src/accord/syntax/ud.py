"""The grammar of Universal Dependencies trees (natasha's Russian parse).

UD differs from the English model's ClearNLP labels in structure, not only
in names, and this grammar answers the extractors' questions for it:

- a preposition is a ``case`` child of its noun (``в Минске``: ``Минске``
  is ``obl`` of the verb, ``в`` its ``case``), so :meth:`prep_args` returns
  ``(case word, case token, noun)`` for ``obl``/``nmod`` children that have
  a case child (a multi-word one with its ``fixed`` parts: «в ходе»);
- the passive subject is ``nsubj:pass``; the passive agent is ``obl:agent``
  or an ``obl`` in the instrumental without a preposition on a passive
  predicate («подписан президентом»): :meth:`agents` returns the noun itself;
- negation is an ``advmod`` (or particle) «не» with ``Polarity=Neg``;
- titles and names: ``appos`` and ``flat:name``;
- the quoted clause is the root and the speech verb hangs from it as
  ``parataxis`` («Мы готовы», — заявил он): :meth:`speech_clause` of such
  a verb is the clause it hangs from.

Words that a label alone does not settle (negation particles, the agent's
case) are data: ``lang/<code>/syntax/words.tsv``.
"""

from __future__ import annotations

from .. import datafiles
from .base import Grammar


def _f(*labels: str) -> frozenset[str]:
    return frozenset(labels)


@datafiles.cached
def _word_set(lang: str, name: str) -> frozenset[str]:
    return datafiles.words(datafiles.lang_path(lang, "syntax/words.tsv"), name)


class UDGrammar(Grammar):
    labels = {
        "root": _f("root", "ROOT"),
        "subject": _f("nsubj"),
        "passive_subject": _f("nsubj:pass"),
        "clausal_subject": _f("csubj", "csubj:pass"),
        "agent": _f("obl:agent"),
        "object": _f("obj"),
        "dative": _f("iobj"),
        "clausal_complement": _f("ccomp"),
        "open_complement": _f("xcomp"),
        "case": _f("case"),
        "apposition": _f("appos"),
        "conjunct": _f("conj"),
        "coordinator": _f("cc", "cc:preconj"),
        "aux": _f("aux"),
        "passive_aux": _f("aux:pass"),
        "marker": _f("mark"),
        "possessor": _f("nmod:poss"),
        "compound": _f("compound"),
        "adjective": _f("amod"),
        "determiner": _f("det"),
        "number": _f("nummod", "nummod:gov", "nummod:entity"),
        "relative_clause": _f("acl:relcl"),
        "clause_modifier": _f("acl"),
        "adverbial_clause": _f("advcl"),
        "adverb": _f("advmod"),
        "noun_adverbial": _f("obl:tmod", "obl:npmod", "nmod:tmod"),
        "parataxis": _f("parataxis"),
        "noun_modifier": _f("nmod"),
        "oblique": _f("obl"),
        "flat_name": _f("flat:name", "flat", "flat:foreign"),
        "punct": _f("punct"),
        "other": _f("dep", "discourse", "dislocated", "expl", "fixed", "goeswith", "list", "orphan", "vocative", "cop"),
    }

    def __init__(self, lang: str = "ru") -> None:
        super().__init__()
        self.lang = lang

    # --- data ------------------------------------------------------------
    def _words(self, name: str) -> frozenset[str]:
        return _word_set(self.lang, name)

    # --- roles -----------------------------------------------------------
    def _is_negation(self, tok) -> bool:
        if tok.dep_ not in ("advmod", "discourse", "dep", "fixed") or tok.head.i == tok.i:
            return False
        neg = "Neg" in tok.morph.get("Polarity")
        return tok.lower_ in self._words("negation") and (neg or tok.pos_ in ("PART", "ADV", ""))

    def role(self, tok) -> str:
        if self._is_negation(tok):
            return "negation"
        return super().role(tok)

    def is_(self, tok, *roles: str) -> bool:
        return self.role(tok) in roles

    def children(self, tok, *roles: str) -> list:
        return [c for c in self.kids(tok) if self.role(c) in roles]

    def child(self, tok, *roles: str):
        for c in self.kids(tok):
            if self.role(c) in roles:
                return c
        return None

    # --- arguments ---------------------------------------------------------
    def is_passive(self, pred) -> bool:
        """A passive predicate: ``Voice=Pass``, or a passive subject or
        auxiliary among its children."""
        if "Pass" in pred.morph.get("Voice"):
            return True
        return any(self.role(c) in ("passive_subject", "passive_aux") for c in pred.children)

    def agents(self, pred) -> list:
        """The agent nouns themselves: ``obl:agent`` children, and on a
        passive predicate ``obl`` children in the agent case with no
        preposition («подписан президентом»)."""
        out = self.children(pred, "agent")
        if self.is_passive(pred):
            cases = self._words("agent_case")
            for c in self.children(pred, "oblique"):
                if not self.children(c, "case") and cases.intersection(c.morph.get("Case")):
                    out.append(c)
        return sorted(out, key=lambda t: t.i)

    def case_word(self, case_tok) -> str:
        """A case marker's lemma («со», «во», «ко» are «с», «в», «к»; its
        text where the Doc has no lemmas); a multi-word one («в ходе», «со
        стороны») is its text with its ``fixed`` parts, as it is written."""
        fixed = [c for c in case_tok.children if c.dep_ == "fixed"]
        if not fixed:
            return (case_tok.lemma_ or case_tok.text).lower()
        return " ".join(t.text.lower() for t in sorted([case_tok, *fixed], key=lambda t: t.i))

    def prep_args(self, tok) -> list[tuple[str, object, object]]:
        """``(case word, case token, noun)`` for each ``obl``/``nmod``
        (and agent) child with a case child, in order."""
        out = []
        for n in self.children(tok, "oblique", "noun_modifier", "agent", "noun_adverbial"):
            case = self.child(n, "case")
            if case is not None:
                out.append((self.case_word(case), case, n))
        return out

    def preposition_of(self, noun):
        """The case token (preposition) of a noun, or None."""
        return self.child(noun, "case")

    def speech_clause(self, verb):
        """The clause a speech verb introduces: its ``ccomp`` («заявил, что
        ...»); for a verb that is ``parataxis`` of the quoted clause
        («Мы готовы», — заявил он), that clause; else a ``parataxis`` child
        after the verb («отметил: ...»)."""
        c = self.child(verb, "clausal_complement")
        if c is not None:
            return c
        if self.is_(verb, "parataxis") and verb.head.i != verb.i:
            return verb.head
        for c in self.children(verb, "parataxis"):
            if c.i > verb.i:
                return c
        return None

    def name_parts(self, tok) -> list:
        """The word and its ``flat:name`` parts, in order («Сергей Шойгу»)."""
        return sorted([tok, *self.children(tok, "flat_name")], key=lambda t: t.i)
