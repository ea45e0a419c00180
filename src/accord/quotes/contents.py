"""The content of a verb cue, one frame at a time.

A frame is a way of attributing speech ("X said that ...", "X urged Y to
...", "X called the plan a disgrace", "..., X said"). Each is a row of
``lang/en/quotes/frames.tsv`` (stage ``verb``) naming a small matcher of this
module; :func:`framed_contents` tries the rows in file order. A matcher either
settles the cue's contents (it returns them) or adds raw contents to what
the cue has found so far, which :func:`_finish` makes whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .. import datafiles
from ..syntax import grammar
from .cues import (
    _as_clause,
    _aside_bounds,
    _is_clause_strict,
    _other_reports,
    _parenthetical,
    _passive_complement,
    as_report_head,
)
from .lexicon import Cue
from .occasions import occasion_clauses
from .sentences import sent_bounds, sent_of
from .spans import (
    _CLOSERS,
    _LEAD_WORDS,
    _colon_after_own_words,
    _content_conjuncts,
    _cut_tail,
    _extend_right,
    _subtree_bounds,
    _trim_tokens,
)
from .speakers import _quoted_as_saying, misread_that
from .vocabulary import LANG, word_seq, word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx

# a one-word object that is still a content: a name after a stance verb ("endorsed Garcia"),
# a person or group ("criticized him")
_ONE_WORD = ("PROPN",)

FRAMES = datafiles.lang_path(LANG, "quotes/frames.tsv")


@dataclass
class _Found:
    """What the frames of one cue have found so far: the clauses the cue
    takes (``ccomps``) and the raw token bounds of its contents (``out``)."""

    ccomps: list
    out: list = field(default_factory=list)
    content: list = field(default_factory=list)  # the frame letter of each entry of ``out``


#: a frame's matcher: (ctx, cue token, cue, found so far) -> the final
#: contents (stop here) or None (go on with the next frame)
Matcher = Callable[["_Ctx", object, Cue, _Found], list | None]
MATCHERS: dict[str, Matcher] = {}


def matcher(fn: Matcher) -> Matcher:
    """Register a frame matcher under its name (frames.tsv names it)."""
    MATCHERS[fn.__name__] = fn
    return fn


@dataclass(frozen=True)
class Frame:
    """One row of frames.tsv."""

    name: str
    stage: str  # "verb": a content frame of a cue verb; "article": a pass over the article
    matcher: str
    cue: tuple[str, ...]  # Cue attributes of which one must be set (empty: any cue)
    when: str  # "always" or "none_yet" (only when no earlier frame found a content)
    result: str  # "final": its contents are the cue's; "content": adds raw contents
    description: str
    example: str
    content: str = "-"  # what its content is, as a cues.tsv frame letter (c, o, x, p, a, r, passive)

    def applies(self, cue: Cue, found: _Found) -> bool:
        if self.cue and not any(getattr(cue, flag) for flag in self.cue):
            return False
        return self.when == "always" or not found.out


@datafiles.cached
def frames(stage: str = "verb") -> tuple[Frame, ...]:
    """The frames of one stage in file order."""
    out = []
    for row in datafiles.table(FRAMES):
        if row.get("stage") != stage:
            continue
        cue = tuple(f for f in row.get("cue").split(",") if f.strip() and f.strip() != "-")
        out.append(
            Frame(
                row.get("name"),
                row.get("stage"),
                row.get("matcher"),
                tuple(f.strip() for f in cue),
                row.get("when"),
                row.get("result"),
                row.get("description"),
                row.get("example"),
                row.get("content") or "-",
            )
        )
    return tuple(out)


def _clause_complements(tok, cue: Cue) -> list:
    """The clauses a cue takes; for a clause cue with none, a that-clause the
    parser hung on the occasion ("warned in a televised address that ...",
    "told journalists after the meeting that ...")."""
    gr = grammar(tok)
    ccomps = [ch for ch in tok.children if gr.is_(ch, "clausal_complement")]
    if cue.clause:
        ccomps = occasion_clauses(tok, ccomps)
    return ccomps


def framed_contents(ctx: _Ctx, tok, cue: Cue) -> list[tuple[int, int, str]]:
    """(lo, hi, frame letter) of each content of cue verb ``tok``: the
    letter (frames.tsv column ``content``) says what kind of content it is."""
    if _performed(tok):
        return []
    found = _Found(_clause_complements(tok, cue))
    for frame in frames("verb"):
        if not frame.applies(cue, found):
            continue
        n = len(found.out)
        final = MATCHERS[frame.matcher](ctx, tok, cue, found)
        found.content += [frame.content] * (len(found.out) - n)
        if final is not None:
            return [(lo, hi, frame.content) for lo, hi in final]
    return _finish(ctx, tok, cue, found.out, found.content)


def _performed(tok) -> bool:
    """'X declared two diplomats persona non grata', 'pronounced the vote
    invalid': a performative verb with an object and a predicate noun or
    adjective (a small clause, or an object and its complement) performs an
    act and reports no words."""
    if tok.lemma_.lower() not in word_set("performative_verbs"):
        return False
    gr = grammar(tok)
    end = sent_bounds(tok)[1]
    after = " ".join(t.lower_ for t in tok.doc[tok.i + 1 : end])
    if any(f" {p} " in f" {after} " for p in word_set("performative_complements")):
        return True
    has_object = any(gr.is_(o, "object") for o in tok.children)
    for ch in tok.children:
        if ch.i < tok.i or ch.pos_ not in ("ADJ", "NOUN"):
            continue
        if gr.is_(ch, "clausal_complement") and any(gr.is_(g, "subject") for g in ch.children):
            return True  # "declared the attache an unwelcome person"
        if has_object and ch.dep_ in ("oprd", "xcomp", "advcl"):
            return True  # "pronounced the results invalid"
    return False


def _finish(ctx: _Ctx, tok, cue: Cue, out: list, letters: list) -> list[tuple[int, int, str]]:
    """The raw contents made whole: complements that go on after them taken
    in, trailing asides cut, edges trimmed, bare one-word objects left out."""
    doc = ctx.doc
    res = []
    for (lo, hi), letter in zip(out, letters):
        if lo > tok.i:
            hi = _extend_right(tok, lo, hi)
            hi = _content_conjuncts(tok, hi)
        hi = _cut_tail(ctx, lo, hi)
        lo, hi = _trim_tokens(doc, lo, hi)
        if (
            hi - lo == 1
            and ctx.mark_at(doc[lo].idx) is None
            and not (
                "stance" in cue.kinds and (doc[lo].pos_ in _ONE_WORD or doc[lo].lower_ in word_set("object_pronouns"))
            )
        ):
            continue  # a bare one-word object ("criticized Lavrov") is rarely a report
        if hi > lo:
            res.append((lo, hi, letter))
    return res


# --------------------------------------------------------------------------
# frames that settle the cue's contents


@matcher
def quoted_as_saying(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "quoted X as saying": X is the speaker; the words are the quotation
    before or the clause under "saying" (its own cue)."""
    if _quoted_as_saying(tok) is None:
        return None
    return [_subtree_bounds(c) for c in found.ccomps if c.i < tok.i]


@matcher
def second_word_clause(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "made it clear that ...": the clause hangs on "clear", which the parser may call
    the verb's complement; the content is that clause, not "it clear that ..."."""
    gr = grammar(ctx.doc)
    part = next((ch for ch in tok.children if ch.lower_ == cue.second and ch.i > tok.i), None)
    inner = None
    if part is not None and not any(c.i != part.i for c in found.ccomps):
        # a clause with a subject after it ("that the talks ...", "they did not ...")
        inner = next(
            (
                g
                for g in part.children
                if gr.is_(g, "clausal_complement", "adverbial_clause")
                and g.i > part.i
                and any(gr.is_(m, "subject", "passive_subject") for m in g.children)
            ),
            None,
        )
    if inner is not None:
        lo, hi = _trim_tokens(ctx.doc, inner.left_edge.i, inner.right_edge.i + 1)
        if hi > lo:
            return [(lo, hi)]
    return None


@matcher
def raising(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "X seems to Y", "it seems that ...": the subject with its predicate."""
    gr = grammar(ctx.doc)
    out = found.out
    subj = next((ch for ch in tok.children if gr.is_(ch, "subject", "passive_subject")), None)
    comp = next(
        (
            ch
            for ch in tok.children
            if (
                gr.is_(ch, "open_complement", "adjectival_complement", "predicative", "clausal_complement")
                or (gr.is_(ch, "prep") and ch.lower_ in ("like", "as"))
            )
            and ch.i > tok.i
        ),
        None,
    )
    if subj is not None and comp is not None and subj.lower_ not in ("it", "there", "this", "that"):
        out.append((subj.left_edge.i, comp.right_edge.i + 1))
    elif subj is not None and subj.lower_ == "it" and comp is not None and gr.is_(comp, "clausal_complement"):
        out.append((comp.left_edge.i, comp.right_edge.i + 1))  # "it seems that ..."
    res = [_trim_tokens(ctx.doc, lo, hi) for lo, hi in out]
    return [(lo, hi) for lo, hi in res if hi > lo]


@matcher
def naming_participle(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "a group called X", "the so-called deal": a name, not a report."""
    gr = grammar(ctx.doc)
    if (
        tok.tag_ == "VBN"
        and gr.is_(tok, "clause_modifier", "adjective")
        and tok.lemma_.lower() in word_set("naming_verbs")
        and not any(gr.is_(ch, "agent") for ch in tok.children)
    ):
        return []
    return None


@matcher
def passive_complement(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "X is seen as Y", "X is expected to win", "X was described by Y as Z":
    the subject with the predicate the cue gives it."""
    pc = _passive_complement(tok, cue)
    if pc is None:
        return None
    subj, comp = pc
    if subj.lower_ in word_set("relative_pronouns"):
        lo = comp.left_edge.i
    else:
        lo = subj.left_edge.i
    hi = _cut_tail(ctx, lo, comp.right_edge.i + 1)
    lo, hi = _trim_tokens(ctx.doc, lo, hi)
    return [(lo, hi)] if hi - lo >= 2 else []


@matcher
def passive_agent(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """A passive with an agent: "the plan was rejected by the party" -> content "the plan"."""
    gr = grammar(ctx.doc)
    if any(gr.is_(ch, "agent") for ch in tok.children) and not found.ccomps:
        for ch in tok.children:
            if gr.is_(ch, "passive_subject") and ch.lower_ not in word_set("empty_objects") | {"it"}:
                found.out.append(_subtree_bounds(ch))
    return None


@matcher
def aside(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "The plan, he said, would fail": the whole sentence around the aside."""
    bounds = _aside_bounds(ctx, tok) if all(c.i < tok.i for c in found.ccomps) else None
    if bounds is None or not ("speech" in cue.kinds or "thought" in cue.kinds or "report" in cue.kinds):
        return None
    doc = ctx.doc
    sent = sent_of(tok)
    p0, p1 = ctx.para_of(tok.idx)
    lo, hi = sent.start, sent.end
    while lo < bounds[0] and doc[lo].idx < p0:
        lo += 1
    while hi > bounds[1] and doc[hi - 1].idx >= p1:
        hi -= 1
    lo, hi = _trim_tokens(doc, lo, hi)
    return [(lo, hi)] if hi > lo else []


# --------------------------------------------------------------------------
# frames that add raw contents (made whole by _finish)


@matcher
def clause_complement(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "X said that ...", "X asked whether ...", "X said: '...'": the clause the cue takes."""
    gr = grammar(ctx.doc)
    out = found.out
    own_that = any(gr.is_(ch, "marker") and ch.lower_ == "that" for ch in tok.children)
    for comp in found.ccomps:
        if comp.i < tok.i and own_that:
            continue  # "X told Y that Z would respond": the parser hung X's clause on Z
        # a small clause: "considers the exercise a logical continuation", "thinks it unlikely"
        small = comp.pos_ in ("ADJ", "NOUN") and comp.i > tok.i and any(gr.is_(g, "subject") for g in comp.children)
        if (
            not small
            and comp.pos_ not in ("VERB", "AUX")
            and ctx.mark_at(comp.idx) is None
            and not any(t.pos_ in ("VERB", "AUX") for t in comp.subtree)
        ):
            continue  # a bare noun phrase hung on the cue ("WASHINGTON (AP) ... said")
        if comp.i > tok.i and (_noun_clause_misread(tok, comp, ctx.lex.media) or _denied_claim(tok, comp)):
            continue
        if cue.clause or _is_clause_strict(ctx, comp):
            lo, hi = _subtree_bounds(comp, exclude=_other_reports(comp, ctx.lex))
            k = misread_that(tok) if comp.i > tok.i else None
            if comp.i < tok.i:
                lo = _coordinated_before(tok, comp, lo)
            out.append((k, hi) if k is not None else (lo, hi))  # "... of the ministry that drones ... are"
    return None


def _coordinated_before(tok, comp, lo: int) -> int:
    """Where the words of a reporting tail begin when the parser made the cue
    a conjunct of the sentence's first clause and took only the clause after
    "but" or "and" for its own ('Observers were invited, but Tashkent did not
    confirm their participation, the ministry specified'): at the first
    clause, for an attribution at the end speaks for its whole sentence."""
    gr = grammar(tok)
    doc = tok.doc
    head, cc = tok.head, comp.left_edge.i - 1
    if (
        not gr.is_(tok, "conjunct")
        or head.i >= cc
        or cc < 1
        or not gr.is_(doc[cc], "coordinator")
        or doc[cc - 1].text != ","
        or not any(gr.is_(c, "subject") and comp.i < c.i < tok.i for c in tok.children)
    ):
        return lo
    return min(lo, max(head.left_edge.i, sent_bounds(tok)[0]))


def _noun_clause_misread(tok, comp, media: frozenset = frozenset()) -> bool:
    """'..., X said, in the clearest sign yet that Yerevan is distancing ...':
    a that-clause right after the object of a phrase on the cue belongs to
    that noun ("a sign that"), though the parser hung it on the cue."""
    gr = grammar(tok)
    doc = tok.doc
    j = comp.left_edge.i - 1
    while j > tok.i and doc[j].pos_ == "ADV":
        j -= 1
    if (
        j <= tok.i
        or doc[j].pos_ != "NOUN"
        or doc[j].ent_type_ in ("DATE", "TIME")
        or doc[comp.left_edge.i].lower_ != "that"
    ):
        return False
    if doc[j].lemma_.lower() in word_set("events", "venues", "documents", "source_nouns", "utterance_nouns"):
        return False  # "said in a statement that ...": where it was said, the clause is the cue's
    if _hearer(doc[j], media) and any(
        gr.is_(c, "prep") and c.lower_ == "to" and c.i == doc[j].head.i and c.head.i == tok.i for c in tok.children
    ):
        return False  # "admitted to reporters that ...": the hearer, the clause is the cue's
    return any(
        gr.is_(c, "prep") and tok.i < c.i < j and any(gr.is_(g, "prep_object") and g.i == j for g in c.children)
        for c in tok.children
    )


def _denied_claim(tok, comp) -> bool:
    """'X denied the information spread by Y that Z ...': a that-clause after
    a denial verb's object noun of another's claim is that claim's content
    (the parser hung it on the verb), not the denier's words."""
    gr = grammar(tok)
    if tok.lemma_.lower() not in word_set("denial_verbs") or tok.doc[comp.left_edge.i].lower_ != "that":
        return False
    return any(
        gr.is_(c, "object") and c.i < comp.left_edge.i and c.lemma_.lower() in word_set("claim_nouns")
        for c in tok.children
    )


def _hearer(noun, media: frozenset) -> bool:
    """Whether a common noun names people or an outlet that can be told
    something: 'reporters', 'the committee', 'the newspaper', 'the crowd'."""
    lemma = noun.lemma_.lower()
    return (
        lemma in word_set("person_nouns", "role_nouns", "hearer_nouns")
        or lemma in media
        or noun.lower_.endswith(word_seq("people_endings"))
        or noun.ent_type_ in ("PERSON", "ORG", "NORP")
    )


@matcher
def second_that_clause(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "said A, but that B": a second that-clause the parser hung on the cue goes on with the first."""
    gr = grammar(ctx.doc)
    out, doc = found.out, ctx.doc
    if out and out[-1][1] > tok.i:
        lo, hi = out[-1]
        for ch in tok.rights:
            if (
                gr.is_(ch, "conjunct")
                and ch.left_edge.i >= hi
                and any(gr.is_(m, "marker") and m.lower_ == "that" for m in ch.children)
                and all(t.is_punct or grammar(t).is_(t, "coordinator") for t in doc[hi : ch.left_edge.i])
            ):
                hi = ch.right_edge.i + 1
        out[-1] = _trim_tokens(doc, lo, hi)
    return None


@matcher
def clause_of_head(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "... that X said ...": the parser made the cue a clause of the reported
    verb, whose own that-clause comes after it: the head's words after the cue."""
    gr = grammar(ctx.doc)
    if (
        gr.is_(tok, "clausal_complement")
        and tok.head.i > tok.i
        and any(gr.is_(ch, "marker") and ch.lower_ == "that" and ch.i > tok.i for ch in tok.head.children)
    ):
        lo, hi = _subtree_bounds(tok.head, exclude=[tok])
        found.out.append((max(lo, tok.right_edge.i + 1), hi))
    return None


@matcher
def reporting_tail(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "..., X said" with the quote as the head: what precedes the cue clause."""
    gr = grammar(ctx.doc)
    doc = ctx.doc
    if (
        gr.is_(tok, "parataxis", "clausal_complement")
        and tok.head.i < tok.i
        and (tok.head.pos_ in ("VERB", "AUX") or ctx.mark_at(tok.head.idx) is not None)
    ):
        # a reporting tail has a subject and no subordinator: "..., X said", not
        # "X declared, that Russia considers ..." (a comma before "that", as translated copy has)
        has_subj = any(gr.is_(ch, "subject") for ch in tok.children) and not any(
            gr.is_(ch, "marker") and ch.i < tok.i for ch in tok.children
        )
        le = tok.left_edge.i
        while le < tok.i and doc[le].text in (",", "\u2014", "--", "-"):
            le += 1  # the parser hung the comma before the cue clause on the cue
        after_break = le > 0 and (doc[le - 1].text in (",", "\u2014", "--", "-") or doc[le - 1].text[-1:] in _CLOSERS)
        if has_subj and after_break:
            lo, hi = _subtree_bounds(tok.head, exclude=[tok])
            # only what precedes the cue clause
            hi = min(hi, tok.left_edge.i)
            lo = max(lo, sent_bounds(tok)[0])
            if hi > lo:
                found.out.append((lo, hi))
    return None


@matcher
def as_reported(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "As the paper reported, the agency ...": the main clause is the report."""
    if not _as_clause(tok):
        return None
    doc = ctx.doc
    h = as_report_head(tok)
    lo, hi = max(h.left_edge.i, sent_bounds(tok)[0]), min(h.right_edge.i + 1, sent_bounds(tok)[1])
    lead = lo
    while lead < tok.left_edge.i and (doc[lead].is_punct or grammar(doc).is_(doc[lead], "coordinator")):
        lead += 1
    if lead >= tok.left_edge.i:
        lo = tok.right_edge.i + 1  # "As X reported, ..."
    else:
        tail = tok.right_edge.i + 1
        while tail < hi and doc[tail].is_punct:
            tail += 1
        if tail >= hi:
            hi = tok.left_edge.i  # "..., as X reported."
    if h.pos_ in ("VERB", "AUX") and hi - lo >= 3:
        found.out.append((lo, hi))
    return None


@matcher
def parenthetical(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """ "The plan, he said, is to ...": the cue clause sits inside the content."""
    if _parenthetical(tok):
        h = tok.head
        found.out.append((max(h.left_edge.i, sent_bounds(h)[0]), min(h.right_edge.i + 1, sent_bounds(h)[1])))
    return None


@matcher
def colon_lead_in(ctx: _Ctx, tok, cue: Cue, found: _Found):
    """A colon lead-in: "X said: ..." with nothing attached: the rest of the sentence."""
    doc = ctx.doc
    j = tok.i + 1
    while j < len(doc) and j <= tok.i + 2 and doc[j].text != ":":
        j += 1
    if not (j < len(doc) and doc[j].text == ":"):
        j = _colon_after_own_words(doc, tok)  # "summed up his view this way: ..."
    if j < len(doc) and doc[j].text == ":" and j <= tok.i + _LEAD_WORDS:
        hi = sent_bounds(doc[j])[1]
        if hi > j + 1:
            found.out.append((j + 1, hi))
    return None
