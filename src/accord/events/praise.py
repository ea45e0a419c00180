"""Praise told as a copula in a party's words: ``"China is a reliable partner
that never interferes in our affairs," Rahmon said``, ``Aliyev said Turkey
remains a brotherly ally``. Predicating partner, ally or friend
(``partner_nouns``) of a party is the speaker's support of it (051, SUPPORT
speaker -> the subject): the speaker's act (``said``), so only a quote's
speaker gives it, never the story's own narration. The clauses inside the
predicate (``that never interferes``) say what the partner is, no act of
their own."""

from __future__ import annotations

from ..ontology import PRAISE_CAMEO
from ..syntax import grammar
from . import words as W
from .candidate import SPEC_RULE_ARGS, Candidate
from .lexicon import Lexicon

#: the clauses on the predicate noun that describe the partner
PARTNER_CLAUSES = ("relative_clause", "clause_modifier")


def _partner(verb, g):
    """The partner noun a copula predicates with a word of praise (``is a
    reliable partner``, ``is our strategic partner and ally``, ``is our ally``:
    the speaker's own (``own_ally_nouns``), ``is a brotherly country``:
    ``kin_nouns``), or None: a bare ``remains our ally`` or ``is a partner for
    everybody`` is a statement of standing, no praise."""
    nouns, praise = W.words("partner_nouns"), W.words("partner_praise")
    kin, kin_praise = W.words("kin_nouns"), W.words("kin_praise")
    for a in g.children(verb, "attribute"):
        said = [x for x in (a, *g.children(a, "conjunct")) if x.lemma_.lower() in nouns]
        if any(m.lower_ in praise for x in said for m in g.children(x, "adjective", "compound")):
            return a
        # "is our ally": the speaker's own ally ("remains our ally": standing; "our partner in ...": a role)
        allies = [x for x in said if x.lemma_.lower() in W.words("own_ally_nouns")]
        if verb.lemma_.lower() == "be" and any(
            m.lower_ in W.words("speaker_pronouns") for x in allies for m in g.children(x, "possessor")
        ):
            return a
        kins = [x for x in (a, *g.children(a, "conjunct")) if x.lemma_.lower() in kin]
        if any(m.lower_ in kin_praise for x in kins for m in g.children(x, "adjective", "compound")):
            return a  # "is a brotherly country"
    return None


def praised_partners(toks, cands: list, lex: Lexicon) -> list[Candidate]:
    """The candidates with each copula that calls a named party a partner,
    ally or friend added as the speaker's praise, and those inside the
    partner noun's clauses dropped."""
    out, inside = [], set()
    for t in toks:
        if t.lemma_.lower() not in W.words("praise_copulas"):
            continue
        g = grammar(t)
        noun = _partner(t, g)
        subj = g.child(t, "subject")
        if noun is None or subj is None or subj.pos_ == "PRON" or g.has_child(t, "negation"):
            continue
        ci = lex.info(PRAISE_CAMEO)
        c = Candidate(
            t, PRAISE_CAMEO, ci.type, lex.categories[ci.type]["quad"], ci.mode, list(ci.context), SPEC_RULE_ARGS, "rule"
        )
        c.recipient_tok, c.said = subj, True
        out.append(c)
        for v in g.children(noun, *PARTNER_CLAUSES):
            inside.update(x.i for x in v.subtree)
    return [c for c in cands if c.i not in inside] + out
