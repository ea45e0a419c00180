"""The passes over an article that find quotes, one per row of stage
``article`` in ``lang/en/quotes/frames.tsv``, run in file order.

Each pass adds ``(start, end, quote, cue token)`` entries to the
:class:`Passes` state (the cue token only for verb cues, whose quotes a
later pass may relay: "According to TASS, the embassy called ...").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..record import Quote, Speaker
from ..syntax import grammar
from . import objects, tails  # noqa: F401  (register the object frames and those of translated copy)
from .classes import SAYING, asserted, labelling, mandate, verb_class
from .commas import speaker_comma
from .contents import framed_contents
from .cues import (
    _as_clause,
    _aside_bounds,
    _cue_of,
    _cue_span,
    _is_speech,
    _noun_complement,
    _parenthetical,
    _passive_complement,
)
from .outlets import _is_medium, _medium, past_medium, relayed_source
from .producers import (
    _adjective_cues,
    _adverbial_cues,
    _colon_leads,
    _dash_quotes,
    _in_source,
    _manner_colons,
    _noun_cues,
)
from .sentences import long_sentence
from .spans import _chars, _clip_para, _fit_marks, _iou, _kind, _trim_tokens, quote_at
from .speaker_phrase import _make_speaker, described_person
from .speakers import _agentive, _name_bounds, _speaker_token
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


@dataclass
class Passes:
    """What the passes have found: ``found`` (start, end, quote, cue token)
    and the transcript answers, added after the nested reports are read."""

    found: list = field(default_factory=list)
    answers: list = field(default_factory=list)


Pass = Callable[["_Ctx", Passes], None]
PASSES: dict[str, Pass] = {}


def article_pass(name: str) -> Callable[[Pass], Pass]:
    """Register a pass under the matcher name frames.tsv gives it."""

    def register(fn: Pass) -> Pass:
        PASSES[name] = fn
        return fn

    return register


# --------------------------------------------------------------------------
# verb cues


def _cue_here(ctx: _Ctx, tok) -> bool:
    """Whether a cue verb is the writer's report: not inside a quotation, a
    markup tag or the idiom "it goes without saying"."""
    gr = grammar(ctx.doc)
    text = ctx.text
    inq = ctx.mark_at(tok.idx)
    if inq is not None and not inq.single:
        return False  # a cue inside a quotation belongs to the quoted speaker
    if tok.idx > 0 and text[tok.idx - 1] in "</" and text[max(0, tok.idx - 2) : tok.idx].strip().startswith("<"):
        return False  # a markup tag left in the text ("<tweet author=...>")
    if gr.is_(tok, "prep_clause") and tok.head.lower_ == "without" and tok.head.head.lemma_ == "go":
        return False  # "It goes without saying that ...": the writer's idiom, no one's report
    return True


@article_pass("verb_cues")
def verb_cues(ctx: _Ctx, st: Passes) -> None:
    """Every cue verb with the contents its frames find; its subject speaks."""
    prev_speaker: Speaker | None = None
    for tok in ctx.with_pos("VERB", "AUX", "NOUN"):  # the parts of speech _cue_of reads
        cue = _cue_of(tok, ctx.lex)
        if cue is None or long_sentence(tok) or not _cue_here(ctx, tok):
            continue
        contents = framed_contents(ctx, tok, cue)
        if not contents:
            continue
        unsaid = cue.cls in SAYING and not asserted(tok)  # "did not say", "refused to disclose", "would argue"
        subj = None if cue.raising else _speaker_token(tok)
        subj = relayed_source(ctx, tok, past_medium(ctx, tok, _source_at_tail(_after_closed_list(subj, tok), tok)))
        if subj is None and _passive(tok) and ctx.lex.adjectives.get(tok.lower_) is not None:
            # "X is convinced that ...": the one convinced holds the opinion
            subj = next((c for c in tok.children if grammar(tok).is_(c, "passive_subject")), None)
        if cue.human and not _agentive(subj):
            continue  # "the data support ...", "policies that back ...": no one takes a stand
        for lo, hi, letter in contents:
            q = _verb_quote(ctx, tok, cue, subj, lo, hi, prev_speaker)
            if q is None:
                continue
            if _open_question(ctx, lo, hi, unsaid):
                continue  # "would not say whether ...", "refused to say what ...": neither
            view = False
            if letter == "o" and _noun_clause_object(ctx, tok, lo, hi):
                letter = "c"  # "expressed its hope that ...": the clause of the noun is the content
                view = (ctx.doc[lo].lower_ == "the" or ctx.doc[lo].lower_ in word_set("possessive_pronouns")) and any(
                    t.lower_ in word_set("opinion_nouns") for t in ctx.doc[lo : min(hi, lo + 3)]
                )  # "expressed the opinion that ...": a view held
            q.cue_class = (
                "act"
                if unsaid
                else verb_class(tok, cue, letter, q.kind, ctx.doc[lo].text, _quoted_verb(ctx, tok, lo, hi))
            )
            if view and q.cue_class == "speech":
                q.cue_class = "opinion"
            if letter == "c" and q.cue_class in SAYING and q.kind == "indirect" and mandate(tok, lo, hi):
                q.cue_class = "act"  # "demands that Kabul investigate ...": a demand, as "urged Kabul to" is
            if (
                letter == "o"
                and q.cue_class == "speech"
                and cue.cls == "speech"
                and tok.lemma_.lower() not in word_set("saying_verbs", "labelling_verbs")
                and _phrase_inside_object(ctx, lo, hi)
            ):
                q.cue_class = "act"  # 'noted the "constructive atmosphere" of the talks': what was noted
            if q.speaker is None and q.cue_class in SAYING and _impersonal(tok):
                q.cue_class = "perception"  # "It is noted that ...": no one in particular, the writer's account
            if q.cue_class == "opinion" and _unnamed_group(subj):
                q.cue_class = "thought"  # "Analysts doubt that ...": no one's stated view in particular
            if letter == "o" and q.cue_class == "speech" and cue.cls == "stance" and _stance_object(ctx, tok, lo, hi):
                q.cue_class = "stance"  # 'condemns the use of sanctions "bypassing the UN"': what was condemned
            adj = ctx.lex.adjectives.get(tok.lower_) if letter == "c" and _passive(tok) else None
            if adj is not None and adj.cls and q.cue_class != "act":
                q.cue_class = adj.cls  # "X is convinced that ...": the attitude of "convinced", not "convince"
            for part in _aside_parts(ctx, tok, q):
                st.found.append((part.start, part.end, part, tok))
            if q.speaker is not None and (q.speaker.name or described_person(q.speaker)):
                prev_speaker = q.speaker


def _after_closed_list(subj, tok):
    """'... two checkpoints, Kyzyl-Bel and Madaniyat, the Border Service
    reports': the parser took the list the report ends with as the subject
    and the source after it as one more member; a member set off by a comma
    after a list already closed by "and" and standing right before the cue
    is the speaker."""
    if subj is None or subj.i >= tok.i:
        return subj
    gr = grammar(tok)
    conjs = [c for c in subj.rights if gr.is_(c, "conjunct")]
    cc = next((c for c in subj.rights if gr.is_(c, "coordinator")), None)
    if len(conjs) < 2 or cc is None:
        return subj
    last = conjs[-1]
    doc = tok.doc
    closed = any(cc.i < c.i < last.i for c in conjs)
    if closed and doc[last.left_edge.i - 1].text == "," and last.right_edge.i == tok.i - 1:
        return last
    return subj


def _source_at_tail(subj, tok):
    """'Officers detained a man suspected of spying on the base of the
    district, the press centre of the service reports': the parser took a
    noun of the reported words for the subject of the reporting tail and
    hung the source after the last comma on a noun of them; a phrase set
    off by that comma, ending right before a cue that ends its sentence and
    whose reported clause comes before that subject, is the speaker."""
    if subj is None or subj.i >= tok.i:
        return subj
    gr = grammar(tok)
    doc = tok.doc
    words_before = any(gr.is_(c, "clausal_complement") and c.i < subj.i for c in tok.children) or (
        gr.is_(tok, "clausal_complement") and tok.head.i < subj.i  # the cue parsed as a clause of the words' verb
    )
    if not words_before:
        return subj
    if any(not c.is_punct for c in tok.rights):
        return subj
    for a in subj.subtree:
        if (
            gr.is_(a, "apposition")
            and a.right_edge.i == tok.i - 1
            and a.left_edge.i > subj.i
            and doc[a.left_edge.i - 1].text == ","
            and (a.pos_ == "PROPN" or a.ent_type_ in ("ORG", "PERSON", "NORP", "GPE"))
        ):
            return a
    return subj


def _aside_parts(ctx: _Ctx, tok, q: Quote) -> list[Quote]:
    """'The factory was a giant, Mr. Petrov said, until it went bankrupt': the
    words on either side of a cue clause set inside them are two stretches
    of one utterance (linked in ``ctx.utterances``), without the cue clause;
    a side after the cue that is the writer's addition (:func:`_writers_tail`)
    is left out. Quotations in marks are split by their marks instead."""
    doc = ctx.doc
    if q.cue is None or not (q.start < q.cue.start and q.cue.end < q.end) or ctx.marks_in(q.start, q.end):
        return [q]
    bounds = _aside_bounds(ctx, tok)
    if bounds is None and _parenthetical(tok):
        bounds = (tok.left_edge.i, tok.right_edge.i + 1)
    if bounds is None:
        return [q]
    parts = []
    for s, e in ((q.start, doc[bounds[0]].idx), (_chars(doc, *bounds)[1], q.end)):
        span = doc.char_span(s, e, alignment_mode="contract")
        if span is None:
            continue
        lo, hi = _trim_tokens(doc, span.start, span.end)
        if not any(not t.is_punct for t in doc[lo:hi]):
            continue
        if lo > tok.i and _writers_tail(doc, lo, hi):
            continue
        s, e = _chars(doc, lo, hi)
        parts.append(replace(q, start=s, end=e, text=ctx.text[s:e], kind=_kind(ctx, s, e)))
    if not parts:
        return [q]
    if len(parts) == 2:
        ctx.utterances.append((id(parts[0]), id(parts[1])))
        ctx.linked.extend(parts)
    return parts


def _passive(tok) -> bool:
    gr = grammar(tok)
    return tok.tag_ == "VBN" and any(gr.is_(c, "passive_aux") for c in tok.children)


def _writers_tail(doc, lo: int, hi: int) -> bool:
    """Is the stretch [lo, hi) after an inset cue the writer's addition, not
    the rest of the words: a noun phrase in apposition ("..., the ministry
    said, the latest in a series of ..."), a concession ("..., though ..."),
    or a time clause measured from the cue ("..., the ministry said, days
    after Japan announced ...")? (The PolNeAR gold keeps participles, "and
    ..." and phrases on the cue in the content.)"""
    toks = [t for t in doc[lo:hi] if not t.is_punct]
    roots = [t for t in toks if not lo <= t.head.i < hi or t.head.i == t.i]
    if all(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") for t in roots) or toks[0].lower_ in word_set("concession_marks"):
        return True
    return any(
        t.lower_ in ("after", "before")
        and k > 0
        and (toks[k - 1].ent_type_ == "DATE" or toks[k - 1].lower_ in word_set("time_measures"))
        for k, t in enumerate(toks[:4])
    )


def _quoted_verb(ctx: _Ctx, tok, lo: int, hi: int) -> bool:
    """Does a quotation in the content hold the verb of the cue's infinitive
    ('asked families "to trust the authorities"')?"""
    gr = grammar(tok)
    return any(gr.is_(c, "open_complement") and lo <= c.i < hi and ctx.mark_at(c.idx) is not None for c in tok.children)


def _phrase_inside_object(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Is the quotation in a noun-phrase object only a phrase inside it, with
    the object's first and last words outside the marks ('noted the
    "constructive atmosphere" of the talks')? The object is what the speaker
    acted on; a whole quoted object ('reported "2,521 incidents"', 'called it
    "a disgrace"') or one that ends in the quotation stays the speaker's words."""
    doc = ctx.doc
    if hi - lo < 3 or ctx.mark_at(doc[lo].idx) is not None or ctx.mark_at(doc[hi - 1].idx) is not None:
        return False
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.text == "," for t in doc[lo:hi]):
        return False  # 'said the ambassador, X, bore "special responsibility" for ...': a clause misread as one
    return any(ctx.mark_at(t.idx) is not None and not t.is_punct for t in doc[lo + 1 : hi - 1])


def _impersonal(tok) -> bool:
    """Is cue ``tok`` an impersonal passive, with "it" for its subject and no
    agent and no source in an "in" phrase ("It is noted that ...", "It was
    reported that ..."; not "It is noted in the message that", "It was said in
    Moscow that")?"""
    gr = grammar(tok)
    subj = next((c for c in tok.children if gr.is_(c, "passive_subject")), None)
    return (
        subj is not None
        and subj.lower_ == "it"
        and not any(gr.is_(c, "agent") or (gr.is_(c, "prep") and c.lower_ == "in") for c in tok.children)
    )


def _unnamed_group(subj) -> bool:
    """Is the subject an unnamed group of commentators ("Analysts", "Analysts in
    Dushanbe", "Many experts"; data list ``commentator_groups``), with no name
    of a body they belong to ("IISS analysts", "the institute's experts")?"""
    if subj is None or subj.tag_ != "NNS" or subj.lemma_.lower() not in word_set("commentator_groups"):
        return False
    gr = grammar(subj)
    return not any(gr.is_(c, "possessor") or (gr.is_(c, "compound") and c.pos_ == "PROPN") for c in subj.children)


def _stance_object(ctx: _Ctx, tok, lo: int, hi: int) -> bool:
    """Is a quoted noun-phrase object of a stance verb only what the speaker
    took a stand on ('condemns the use of sanctions "bypassing the UN"',
    'rejected "any interference"'): a stance, as it is without marks? Not a
    naming ('described X as "..."', 'condemned the strikes as "a flagrant
    violation"', 'called it "..."'): those give the speaker's words."""
    return not labelling(tok, "o") and not any(t.lower_ == "as" for t in ctx.doc[lo:hi])


def _noun_clause_object(ctx: _Ctx, tok, lo: int, hi: int) -> bool:
    """The cue's object inside [lo, hi) is a noun cue with a that-clause ("its hope that ...")."""
    gr = grammar(ctx.doc)
    for ch in tok.children:
        ncue = ctx.lex.nouns.get(ch.lemma_.lower()) if lo <= ch.i < hi and gr.is_(ch, "object") else None
        if ncue is not None and _noun_complement(ch, ncue)[1]:
            return True
    return False


def _open_question(ctx: _Ctx, lo: int, hi: int, unsaid: bool) -> bool:
    """A content that is an open question left unanswered: "whether ..." under
    an unsaid cue, or "to say whether ..." under a refusal."""
    doc = ctx.doc
    questions = word_set("wh_words") | {"if"}
    if unsaid and doc[lo].lower_ in questions:
        return True
    return (
        hi - lo > 3
        and doc[lo].lower_ == "to"
        and _is_speech(doc[lo + 1], ctx.lex)
        and (doc[lo + 2].lower_ in questions or doc[lo + 3].lower_ in questions)
    )  # "to comment on whether"


def _without_own_cue(ctx: _Ctx, tok, cue, lo: int, hi: int) -> tuple[int, int] | None:
    """A content never holds its own cue ('"...," said X, adding ...'): the
    part before the cue clause; None if nothing is left."""
    doc = ctx.doc
    if not (
        lo < tok.i < hi
        and not _parenthetical(tok)
        and not cue.raising
        and not _as_clause(tok)
        and _passive_complement(tok, cue) is None
        and _aside_bounds(ctx, tok) is None
    ):
        return lo, hi
    cut = min(tok.left_edge.i, tok.i)
    own = min([tok.i] + [c.left_edge.i for c in tok.lefts if not (c.left_edge.i <= lo <= c.right_edge.i)])
    pre = [t for t in doc[lo:own] if not t.is_punct]
    if len(pre) == 1 and pre[0].lower_ in word_set("relative_pronouns") | {"what"} and pre[0].head.i > tok.i:
        return lo, hi  # "a plan which he said would fail": the relative pronoun and its clause
    if cut <= lo:
        return None
    lo, hi = _trim_tokens(doc, lo, cut)
    return (lo, hi) if hi > lo else None


def _verb_quote(ctx: _Ctx, tok, cue, subj, lo: int, hi: int, prev_speaker) -> Quote | None:
    """The quote of one content of a cue verb, fitted to its paragraph and marks."""
    doc, text = ctx.doc, ctx.text
    bounds = _without_own_cue(ctx, tok, cue, lo, hi)
    if bounds is None:
        return None
    lo, hi = bounds
    comma = speaker_comma(tok, subj)
    if comma is not None and lo < comma < hi:
        lo, hi = _trim_tokens(doc, lo, comma)  # "..., Minister X said": the words end at the comma
    if subj is not None and lo <= subj.i < hi and subj.i > tok.i:
        # '..., said X, a former officer, "and ..."': the parser hung the speaker inside
        # the words; they start at the quotation after the speaker's name
        after = next(
            (
                mk
                for mk in ctx.marks_in(doc[subj.i].idx, _chars(doc, lo, hi)[1])
                if mk.start > doc[subj.i].idx and not mk.single
            ),
            None,
        )
        if after is None:
            return None
        lo = doc.char_span(after.start, after.end, alignment_mode="expand").start
    s, e = _chars(doc, lo, hi)
    s, e = _clip_para(ctx, tok.idx, s, e)
    if e <= s:
        return None
    s, e = _fit_marks(ctx, s, e)
    m = ctx.mark_at(s)
    if m is not None and m.start == s and m.end >= e and not m.single:
        e = m.end  # a whole quotation, even over several sentences
    speaker = _make_speaker(ctx, subj, prev_speaker) if subj is not None else None
    if comma is not None and speaker is not None and not speaker.role and doc[comma + 1].idx < speaker.start:
        # "..., Vice Minister of Trade X said": the title the parser split from the name
        speaker.role = text[doc[comma + 1].idx : speaker.start].strip() or None
    cspan = _cue_span(tok, cue)
    return quote_at(ctx, s, e, speaker, (cspan[0], cspan[1]), medium=_medium(ctx, tok))


# --------------------------------------------------------------------------
# the other cues


@article_pass("adjective_cues")
def adjective_cues(ctx: _Ctx, st: Passes) -> None:
    for q in _adjective_cues(ctx):
        st.found.append((q.start, q.end, q, None))


@article_pass("noun_cues")
def noun_cues(ctx: _Ctx, st: Passes) -> None:
    for q in _noun_cues(ctx):
        st.found.append((q.start, q.end, q, None))


@article_pass("according_to")
def according_to(ctx: _Ctx, st: Passes) -> None:
    """'according to X': X's report, unless X relays a cue verb's report
    ("According to TASS, the embassy called ...") or a transcript reports a
    quotation that stays its speaker's own."""
    doc, lex = ctx.doc, ctx.lex
    for (clo, chi), src, (lo, hi), cue in _adverbial_cues(ctx):
        if (
            src is not None
            and src.lemma_.lower() in word_set("norm_nouns")
            and not any(grammar(src).is_(c, "possessor") for c in src.children)
        ):
            continue  # "according to the legend of the exercise", "according to the law": no one speaks
            # ("according to the ministry's published plan" is the ministry's)
        s, e = _chars(doc, lo, hi)
        s, e = _fit_marks(ctx, s, e)
        cs, ce = _chars(doc, clo, chi)
        # the source's phrase stops where the content begins ("According to X Y, the threat ...")
        speaker = _make_speaker(ctx, src, None, end=lo if lo > src.i else None) if src is not None else None
        q = quote_at(ctx, s, e, speaker, (cs, ce), cue_class=_record_class(src) or cue.cls or "report")
        h = doc[clo].head
        if h.i < clo and _is_speech(h, lex) and _speaker_token(h) is not None:
            # '"...," X said, according to a transcript': the transcript reports it, and the
            # quotation is still X's own
            ctx.shared.add(id(q))
        elif (
            h.i > clo
            and src is not None
            and _is_medium(ctx, src)
            and _cue_of(h, lex) is not None
            and _agentive(_speaker_token(h))
        ):
            # "According to TASS, the embassy called the claims groundless": the embassy's words,
            # relayed by TASS (the medium, as in 'X told Z newspaper')
            relayed = {h.i} | {c.i for c in h.conjuncts}  # "... called X groundless and said ..."
            took = [f[2] for f in st.found if f[3] is not None and f[3].i in relayed]
            for r in took:
                r.medium = r.medium or doc[slice(*_name_bounds(src))].text
            if took:
                continue  # else ("According to TASS, the embassy denied it") the outlet's report stays
        st.found.append((s, e, q, None))


@article_pass("in_source")
def in_source(ctx: _Ctx, st: Passes) -> None:
    """ "In a poll, ...", "In his opinion, ...": the rest of the clause."""
    doc = ctx.doc
    for t, src, (lo, hi) in _in_source(ctx):
        s, e = _chars(doc, lo, hi)
        s, e = _clip_para(ctx, t.idx, s, e)
        if e <= s:
            continue
        s, e = _fit_marks(ctx, s, e)
        q = quote_at(ctx, s, e, _make_speaker(ctx, src, None), t, cue_class=_source_class(t))
        st.found.append((s, e, q, None))


def _record_class(src) -> str | None:
    """ "according to preliminary data": records no one is named for are
    evidence, not a quote ("according to the data of the ministry" is the
    ministry's); else None."""
    if src is None or src.lower_ not in word_set("record_nouns"):
        return None
    gr = grammar(src)
    owned = any(gr.is_(c, "possessor") or (gr.is_(c, "prep") and c.lower_ in ("of", "from")) for c in src.children)
    return None if owned else "evidence"


def _source_class(prep) -> str:
    """ "In his opinion, ..." opinion; "In his words, ..." report; "In a poll, ..." evidence; "In a
    tweet, ..." writing; else speech."""
    gr = grammar(prep)
    src = next((g for g in prep.children if gr.is_(g, "prep_object")), None)
    lemma = src.lemma_.lower() if src is not None else ""
    if lemma in word_set("opinion_nouns"):
        return "opinion"
    if lemma in word_set("word_nouns"):
        return "report"  # "In his words, ..."
    if lemma in word_set("studies"):
        return "evidence"
    return "writing" if lemma in word_set("writing_nouns") else "speech"


@article_pass("colon_leads")
def colon_leads(ctx: _Ctx, st: Passes) -> None:
    """'Lavrov: ...' where no other quote overlaps; a transcript's answers kept apart."""
    spans = sorted((fs, fe) for fs, fe, _, _ in st.found)
    starts, reach, far = [fs for fs, _ in spans], [], -1
    for _, fe in spans:
        far = max(far, fe)
        reach.append(far)  # the furthest end of the contents starting so far
    for q in _colon_leads(ctx):  # one a paragraph: they never overlap each other
        if id(q) in ctx.answers:
            st.answers.append((q.start, q.end, q, None))  # added after the nested reports are read
            continue
        k = bisect_left(starts, q.end) - 1  # the contents that start before q ends
        if k < 0 or reach[k] <= q.start:
            st.found.append((q.start, q.end, q, None))


@article_pass("dialogue_dashes")
def dialogue_dashes(ctx: _Ctx, st: Passes) -> None:
    """A dialogue-dash quotation replaces the parser's reads of the quoted words."""
    dashes = list(_dash_quotes(ctx))  # in text order, never overlapping
    if not dashes:
        return
    starts = [q.start for q in dashes]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < dashes[k].end

    st.found = [f for f in st.found if not inside(f[0])] + [(q.start, q.end, q, None) for q in dashes]


@article_pass("manner_colons")
def manner_colons(ctx: _Ctx, st: Passes) -> None:
    """'The minister was blunt: ...' (the parser may hang the lead-in on the verb
    after the colon: a content holding the lead-in is that misparse)."""
    for q in _manner_colons(ctx):
        st.found = [f for f in st.found if not (f[0] <= q.cue.start and q.cue.end <= f[1])]
        if q.end > q.start and not any(_iou(fs, fe, q.start, q.end) >= 0.9 for fs, fe, _, _ in st.found):
            st.found.append((q.start, q.end, q, None))
