"""Cue words in a sentence: which token is a cue (a speech, thought, report
or stance verb), and the clause shapes around a cue (asides, parentheticals,
'as X reported', passive complements, conjoined reports)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import grammar
from .classes import asserted
from .lexicon import Cue, Lexicon
from .sentences import sent_of
from .vocabulary import back_set, word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx

# the subjects of a verb (a passive clausal subject is not among them)
_SUBJ = ("subject", "passive_subject", "clausal_subject")


def _cue_of(tok, lex: Lexicon) -> Cue | None:
    gr = grammar(tok)
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ in ("VBZ", "VBD")):
        return None
    lemma = tok.lemma_.lower()
    parts = lex.particles.get(lemma)
    if parts:
        for ch in tok.children:
            cue = parts.get(ch.lower_)
            if cue is not None and gr.is_(
                ch,
                "particle",
                "adjectival_complement",
                "predicative",
                "clausal_complement",
                "adverb",
                "prep",
                "open_complement",
                "object",
            ):
                return cue
    cue = lex.verbs.get(lemma)
    if cue is None and lemma == "put" and _as_clause(tok):
        return _PUT  # "as X put it"
    said = _unhidden(tok) if lemma in word_set("litotes_verbs") else asserted(tok)
    if cue is None and lemma not in word_set("not_cues") and said:
        # any verb with a that-clause and a subject: "X warned/signalled/hinted that ..."; not a negated
        # or hypothetical one ("experts do not exclude that ...": no one states it), but a negated verb of
        # hiding ("did not hide that ...": said openly)
        for ch in tok.children:
            if (
                gr.is_(ch, "clausal_complement")
                and ch.i > tok.i
                and any(gr.is_(g, "marker") and g.lower_ == "that" for g in ch.children)
            ):
                if any(gr.is_(g, "subject") for g in tok.children):
                    return _GENERIC
                break
    return cue


def _unhidden(tok) -> bool:
    """Is verb of hiding ``tok`` negated, and neither hypothetical nor
    conditional ("did not hide that", "has never concealed that"): the
    speaker said it openly (a hiding verb that is not negated says nothing)."""
    gr = grammar(tok)
    if not gr.negated(tok):
        return False
    return not any(ch.lower_ in word_set("hypothetical_aux") for ch in gr.children(tok, "aux")) and not any(
        ch.lower_ in word_set("conditional_marks") for ch in gr.children(tok, "marker")
    )


_PUT = Cue("put it", kinds={"speech"}, clause=True)


_GENERIC = Cue("(that-clause)", kinds={"report"}, clause=True)


def _is_clause_strict(ctx: _Ctx, comp) -> bool:
    gr = grammar(ctx.doc)
    for ch in comp.children:
        if gr.is_(ch, "marker") and ch.lower_ in ("that", "whether", "if"):
            return True
    if comp.left_edge.lower_ in word_set("wh_words"):
        return True  # "asked how ...", "wondered whether ..."

    if ctx.mark_at(comp.idx) is not None:
        return True
    lo = comp.left_edge
    if lo.i > 0 and comp.doc[lo.i - 1].text == ":":
        return True
    return False


def _finite(v) -> str:
    """The tag of a verb's finite form: its first auxiliary's, else its own."""
    gr = grammar(v)
    aux = next((c for c in v.children if gr.is_(c, "aux", "passive_aux") and c.i < v.i), None)
    return (aux if aux is not None else v).tag_


def _cue_conjuncts(comp) -> list:
    """Conjuncts the parser hung on a content that go on from its cue:
    "X denies that A was B and goes on to ...", "urging voters to act and
    promising ...": a verb with no subject whose form is the cue's (past,
    present, -ing), not the content's (a copula, "... and was B", stays)."""
    gr = grammar(comp)
    cue_tok = comp.head
    if cue_tok.i >= comp.i or cue_tok.pos_ not in ("VERB", "AUX"):
        return []
    fk = _finite(cue_tok)
    if fk not in ("VBD", "VBZ", "VBP", "VBG"):
        return []
    fc = _finite(comp)
    return [
        ch
        for ch in comp.children
        if gr.is_(ch, "conjunct")
        and ch.i > comp.i
        and ch.pos_ == "VERB"
        and not any(grammar(g).is_(g, *_SUBJ) for g in ch.children)
        and _finite(ch) == fk != fc
    ]


def _other_reports(comp, lex: Lexicon) -> list:
    """Conjoined clauses of a content that are reports of their own
    ("A said X, and B said Y"): left out of the content."""
    gr = grammar(comp)
    out = _cue_conjuncts(comp)
    for ch in comp.children:
        if not gr.is_(ch, "conjunct") or ch.i < comp.i or ch in out:
            continue
        if not any(grammar(g).is_(g, *_SUBJ) for g in ch.children):
            c = _cue_of(ch, lex)
            # only a speech verb starts a new report ("said X and urged Y"); a
            # conjoined thought, stance or raising verb goes on with the same
            # content ("X is tired of it and wants a change", "X is wrong and
            # seems to know it")
            if (
                c is not None
                and "speech" in c.kinds
                and not any(gr.is_(g, "aux", "passive_aux", "negation") for g in ch.children)
                and any(
                    gr.is_(g, "clausal_complement", "open_complement", "object", "prep", "dative") for g in ch.children
                )
            ):
                out.append(ch)  # "said X and urged Y" parsed as X's conjunct
                continue
        for t in ch.subtree:
            c = _cue_of(t, lex)
            if (
                c is not None
                and any(gr.is_(g, "subject") for g in t.children)
                and any(gr.is_(g, "clausal_complement") for g in t.children)
            ):
                if "speech" not in c.kinds and any(
                    gr.is_(g, "subject") and g.lower_ in word_set("personal") for g in t.children
                ):
                    continue  # "X said A and he feels B": the same person's thought goes on
                out.append(ch)
                break
    return out


_SEP = (",", "\u2014", "--", "-", "\u2013")


def _aside_bounds(ctx: _Ctx, tok):
    """'The plan, he said, would fail': token bounds [lo, hi) of a cue
    clause (subject, cue, time or place) set off by commas or dashes in the
    middle of the sentence it reports, with no complement of its own; None
    if ``tok`` is not such a cue."""
    gr = grammar(ctx.doc)
    doc = tok.doc
    subj = next((c for c in tok.children if gr.is_(c, "subject")), None)
    if subj is None or subj.i > tok.i:
        return None
    if any(
        gr.is_(c, "clausal_complement", "open_complement", "object", "dative") and c.i > tok.i for c in tok.children
    ):
        return None
    if any(gr.is_(c, "marker") for c in tok.children):
        return None  # "X said that at a meeting, members cautioned ...": a subordinate clause, not an aside
    lo = subj.left_edge.i
    for j in range(subj.right_edge.i + 1, tok.i):
        if not gr.is_(doc[j], "adverb", "aux", "negation"):
            return None
    hi = tok.i + 1
    for c in tok.rights:
        if c.left_edge.i == hi and gr.is_(c, "noun_adverbial", "adverb", "prep") and c.right_edge.i - c.left_edge.i < 8:
            hi = c.right_edge.i + 1
        elif c.left_edge.i >= hi:
            break
    sent = sent_of(tok)
    if lo < sent.start + 2 or hi >= sent.end - 2:
        return None
    if doc[lo - 1].text not in _SEP or doc[hi].text not in _SEP:
        return None
    if (
        sum(1 for t in doc[sent.start : lo - 1] if not t.is_punct) < 2
        or sum(1 for t in doc[hi + 1 : sent.end] if not t.is_punct) < 2
    ):
        return None
    if ctx.marks_in(sent.start_char, sent.end_char):
        return None  # quotations have their own handling
    return lo, hi


def _parenthetical(tok) -> bool:
    """'..., he said, ...': a cue clause with its own subject, set off by
    commas or dashes inside the clause it reports."""
    gr = grammar(tok)
    if not gr.is_(tok, "parataxis", "clausal_complement", "adverbial_clause") or tok.head.i <= tok.i:
        return False
    if not any(gr.is_(ch, "subject") for ch in tok.children):
        return False
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if lo == 0 or hi + 1 >= len(doc):
        return False
    sep = (",", "\u2014", "--", "-", "\u2013")
    right_ok = doc[hi].text in sep or doc[hi + 1].text in sep
    left_ok = doc[lo].text in sep or doc[lo - 1].text in sep
    return left_ok and right_ok and tok.head.i > hi


def _as_clause(tok) -> bool:
    """'as X reported': a cue clause opened by "as", with no complement of its own."""
    gr = grammar(tok)
    if not gr.is_(tok, "adverbial_clause"):
        return False
    if not any(grammar(g).is_(g, *_SUBJ) for g in tok.children) and not _passive_source(tok):
        return False
    kids = list(tok.children)
    if not any(gr.is_(g, "marker") and g.lower_ == "as" and g.i < tok.i for g in kids):
        return False
    return not any(
        gr.is_(g, "clausal_complement", "open_complement") or gr.is_(g, "object") and g.lower_ != "it" for g in kids
    )


def _passive_source(tok) -> bool:
    """'As reported by the ministry', 'As reported in the press service of X',
    'as noted in the department': a participle right after "as" that names
    its source with "by" or "in" in place of a subject."""
    gr = grammar(tok)
    if tok.tag_ != "VBN" or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "as":
        return False
    said = tok.lemma_.lower() in word_set("source_passives")
    if not said and tok.lemma_.lower() not in back_set("document_passives"):
        return False  # "as shown by X", "as seen in the film": evidence, not a report
    bodies = word_set("body_units", "generic_bodies")
    for c in tok.children:
        agent = gr.is_(c, "agent")
        if agent or (gr.is_(c, "prep") and c.lower_ == "in" and c.i == tok.i + 1):
            obj = next((g for g in c.children if gr.is_(g, "prep_object")), None)
            if obj is None or obj.ent_type_ in ("DATE", "TIME", "GPE"):
                continue
            # "by" any source; "in" a body ("in the press service of X", "in the ministry")
            if said and ((agent and obj.pos_ in ("NOUN", "PROPN")) or obj.pos_ == "PROPN" or obj.lower_ in bodies):
                return True
            if not agent and obj.lemma_.lower() in word_set("documents"):
                return True  # "as specified / indicated in the message": the document speaks
    return False


def as_report_head(tok):
    """The clause that "as X reported" reports: the verb it hangs from, and
    for a trailing one after coordinated clauses ("A remains tense, and B
    increased, as the press service reports") the first of them."""
    gr = grammar(tok)
    h = tok.head
    while h.pos_ not in ("VERB", "AUX") and not gr.is_(h, "root") and h.head.i != h.i:
        h = h.head
    while tok.i > h.i and gr.is_(h, "conjunct") and h.head.pos_ in ("VERB", "AUX") and h.head.i < h.i:
        h = h.head
    return h


def _passive_complement(tok, cue: Cue):
    """(subject, complement) of a passive cue that gives its subject a
    predicate: "is seen as a favorite", "is considered a risk", "was
    expected to win", "is said to be ill"; None otherwise."""
    gr = grammar(tok)
    if tok.tag_ != "VBN" or not (cue.as_obj or cue.inf or cue.clause or cue.obj):
        return None
    subj = next((ch for ch in tok.children if gr.is_(ch, "passive_subject")), None)
    if subj is None or subj.lower_ in ("there", "what"):
        return None
    for ch in tok.children:
        if ch.i < tok.i:
            continue
        if gr.is_(ch, "prep") and ch.lower_ == "as" and (cue.as_obj or cue.obj or "thought" in cue.kinds):
            return subj, ch
        if (
            gr.is_(ch, "prep")
            and ch.lower_ in ("of", "for")
            and cue.obj
            and ("stance" in cue.kinds or tok.lemma_.lower() in ("accuse", "blame", "charge"))
        ):
            return subj, ch  # "X was accused of Y", "X has been criticized for Y"
        if gr.is_(ch, "predicative") and (cue.as_obj or cue.obj):
            return subj, ch
        if gr.is_(ch, "open_complement") and any(gr.is_(g, "aux") and g.lower_ == "to" for g in ch.children):
            return subj, ch
    return None


def _noun_complement(t, cue: Cue):
    """Token bounds of the complement of noun cue ``t`` and whether it is a
    that-clause: "the claim [that ...]", "her refusal [to ...]", "criticism
    of [X]"."""
    gr = grammar(t)
    for ch in t.rights:
        if gr.is_(ch, "clause_modifier", "clausal_complement", "apposition", "relative_clause") and "that" in cue.preps:
            first = ch.left_edge
            if first.lower_ == "that" and gr.is_(first, "marker") and first.head.i == ch.i:
                return (first.i, ch.right_edge.i + 1), True
        if gr.is_(ch, "clause_modifier", "relative_clause", "open_complement") and "inf" in cue.preps:
            first = ch.left_edge
            if (
                first.lower_ == "to"
                and gr.is_(first, "aux")
                and first.i == t.i + 1 + sum(1 for x in t.doc[t.i + 1 : first.i] if x.is_punct)
            ):
                return (first.i, ch.right_edge.i + 1), False
        if gr.is_(ch, "prep") and ch.lower_ in cue.preps and ch.i <= t.i + 2:
            obj = next((g for g in ch.children if gr.is_(g, "prep_object", "prep_clause")), None)
            if obj is not None:
                return (obj.left_edge.i, obj.right_edge.i + 1), False
    return None, False


def _cue_span(tok, cue: Cue) -> tuple[int, int]:
    s, e = tok.idx, tok.idx + len(tok.text)
    if cue.second:
        for ch in tok.children:
            if ch.lower_ == cue.second:
                s, e = min(s, ch.idx), max(e, ch.idx + len(ch.text))
    return s, e


def _is_speech(tok, lex: Lexicon) -> bool:
    c = _cue_of(tok, lex)
    return c is not None and "speech" in c.kinds
