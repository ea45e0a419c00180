"""The questions every grammar answers, over one parser scheme's labels.

A *role* is a name for what a word does in its clause, independent of the
parser's label set: ``subject``, ``passive_subject``, ``object``,
``prep_object`` and so on (:data:`ROLES`). A grammar maps its labels to
roles (:attr:`Grammar.labels`) and answers structural questions in terms of
roles; a scheme whose structure differs (UD's ``case`` prepositions, the
speech verb as ``parataxis`` of its quotation) overrides the methods
concerned.
"""

from __future__ import annotations

from collections.abc import Iterable

from .kids import tree

#: every role a grammar can name, and what it means
ROLES: dict[str, str] = {
    "root": "the head of a sentence",
    "subject": "nominal subject of an active predicate",
    "passive_subject": "nominal subject of a passive predicate",
    "clausal_subject": "a clause that is the subject",
    "clausal_passive_subject": "a clause that is the subject of a passive",
    "agent": "the passive agent marker ('by' in 'was signed by X')",
    "object": "direct object",
    "dative": "indirect object ('told him')",
    "attribute": "the noun after a copula ('X is a member')",
    "clausal_complement": "a finite clause a verb takes ('said that ...')",
    "open_complement": "a subjectless clause a verb takes ('agreed to hold')",
    "predicative": "a predicate of the object or subject ('called it a provocation')",
    "adjectival_complement": "an adjective a verb takes ('seemed ready')",
    "prep": "a preposition attached to a word",
    "prep_object": "the noun a preposition governs",
    "prep_clause": "a clause a preposition governs ('after signing')",
    "case": "a preposition or case marker as a child of its noun (UD)",
    "apposition": "a noun phrase that renames the one before ('Lavrov, the minister')",
    "conjunct": "a later member of a coordination",
    "coordinator": "'and', 'or', 'but' joining conjuncts",
    "preconjunction": "'both', 'either' before a coordination",
    "negation": "a negating word ('not', 'never')",
    "aux": "an auxiliary verb",
    "passive_aux": "the auxiliary of a passive ('was' in 'was signed')",
    "marker": "a subordinating word ('that', 'if', 'because')",
    "possessor": "a possessive modifier ('Russia's', 'his')",
    "compound": "a noun modifying a noun ('border guards')",
    "adjective": "an adjectival modifier",
    "determiner": "a determiner",
    "predeterminer": "a word before the determiner ('all the troops')",
    "number": "a numeric modifier",
    "quantifier": "a word modifying a number ('about 300')",
    "relative_clause": "a relative clause on a noun ('a group that ...')",
    "clause_modifier": "a clause modifying a noun ('a decision to hold', 'troops based in')",
    "adverbial_clause": "an adverbial clause ('when ...', 'after signing')",
    "adverb": "an adverbial modifier",
    "noun_adverbial": "a noun phrase used as an adverbial ('Monday', 'last week')",
    "particle": "a verb particle ('pull out')",
    "parataxis": "a clause set beside another without a conjunction",
    "noun_modifier": "a noun modifying a noun through a case or preposition (UD nmod)",
    "oblique": "an oblique nominal argument or adjunct (UD obl)",
    "flat_name": "a later part of a multi-word name (UD flat:name)",
    "punct": "punctuation",
    "other": "anything else",
}


class Grammar:
    """Answers the extractors' questions for one parser scheme."""

    lang = ""
    #: role -> the labels of this scheme that have it
    labels: dict[str, frozenset[str]] = {}

    def __init__(self) -> None:
        self._role: dict[str, str] = {}
        for role, labs in self.labels.items():
            if role not in ROLES:
                raise ValueError(f"unknown role {role!r}")
            for lab in labs:
                self._role[lab] = role

    # --- roles -----------------------------------------------------------
    def role(self, tok) -> str:
        """The role of a token in its clause."""
        return self._role.get(tok.dep_, "other")

    def is_(self, tok, *roles: str) -> bool:
        """Whether the token has any of the roles."""
        return self._role.get(tok.dep_, "other") in roles

    def having(self, toks, *roles: str) -> list:
        """The tokens of ``toks`` (one Doc's) that have any of the roles, read
        from the Doc's label index (:mod:`.kids`): a rule that looks at one
        role scans a sentence with no grammar call per word."""
        toks = list(toks)
        if not toks:
            return []
        deps = tree(toks[0].doc)[1]
        role = self._role
        return [t for t in toks if role.get(deps[t.i], "other") in roles]

    def label_of(self, role: str) -> str:
        """One label of a role (for building Docs in tests)."""
        return sorted(self.labels[role])[0]

    def children(self, tok, *roles: str) -> list:
        """The token's children that have any of the roles, in order."""
        doc = tok.doc
        kids, deps = tree(doc)
        role = self._role
        return [doc[j] for j in kids[tok.i] if role.get(deps[j], "other") in roles]

    def child(self, tok, *roles: str):
        """The first child with any of the roles, or None."""
        doc = tok.doc
        kids, deps = tree(doc)
        role = self._role
        for j in kids[tok.i]:
            if role.get(deps[j], "other") in roles:
                return doc[j]
        return None

    def kids(self, tok) -> list:
        """The token's children, in order (``Token.children``, from the Doc's index)."""
        doc = tok.doc
        return [doc[j] for j in tree(doc)[0][tok.i]]

    def has_child(self, tok, *roles: str) -> bool:
        return self.child(tok, *roles) is not None

    # --- arguments ---------------------------------------------------------
    def subjects(self, pred, agents: bool = True) -> list:
        """The subjects of a predicate: active and passive subjects, and with
        ``agents`` the nouns of a passive agent phrase ('by X')."""
        out = self.children(pred, "subject", "passive_subject")
        if agents:
            out += self.agents(pred)
        return out

    def agents(self, pred) -> list:
        """The nouns of a passive predicate's agent phrase."""
        return [n for a in self.children(pred, "agent") for n in self.children(a, "prep_object")]

    def objects(self, pred, dative: bool = False) -> list:
        """Direct objects (and indirect ones with ``dative``)."""
        roles = ("object", "dative") if dative else ("object",)
        return self.children(pred, *roles)

    def prep_args(self, tok) -> list[tuple[str, object, object]]:
        """``(preposition, preposition token, noun)`` for each prepositional
        argument of a word, in order."""
        out = []
        for p in self.children(tok, "prep"):
            for n in self.children(p, "prep_object"):
                out.append((p.text.lower(), p, n))
        return out

    def preposition_of(self, noun):
        """The preposition token that governs a noun, or None."""
        if self.is_(noun, "prep_object") and noun.head.i != noun.i and self.is_(noun.head, "prep", "agent"):
            return noun.head
        return None

    def appositions(self, noun) -> list:
        return self.children(noun, "apposition")

    def conjuncts(self, tok) -> list:
        """Every later member of the coordination the token heads, in order."""
        out, todo = [], [tok]
        while todo:
            t = todo.pop(0)
            for c in self.children(t, "conjunct"):
                out.append(c)
                todo.append(c)
        return sorted(out, key=lambda t: t.i)

    def negated(self, pred) -> bool:
        """Whether a predicate has a negating child."""
        return self.has_child(pred, "negation")

    def speech_clause(self, verb):
        """The clause a speech verb introduces ('said that X ...'), or None."""
        return self.child(verb, "clausal_complement")

    def heads(self, tok, limit: int = 64) -> Iterable:
        """The token's ancestors, nearest first, safe on a broken tree."""
        seen = {tok.i}
        t = tok
        for _ in range(limit):
            h = t.head
            if h.i in seen:
                return
            seen.add(h.i)
            yield h
            t = h
