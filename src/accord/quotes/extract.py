"""Finding quotes and their speakers: a pure function over a parsed Doc.

:func:`extract_quotes` reads the dependency parse (cue verbs from
``data/cues.tsv`` and their complements), the quotation marks
(:func:`accord.quotes.marks.pair_marks`) and the actor mentions
(``doc._.mentions``) and returns :class:`accord.record.Quote` objects.

Conventions (those of the PolNeAR attribution corpus, which annotates every
attribution, not only speech): the content of "X said that Y" is "that Y";
a final period outside quotation marks is not part of the content, a
closing mark (and the punctuation inside it) is; a direct quote is its
marked span, marks included.
"""

from __future__ import annotations

import re
from typing import Optional

from ..record import Quote, Span, Speaker
from .contents import _contents_for
from .context import _Ctx
from .cues import (
    _as_clause,
    _aside_bounds,
    _cue_of,
    _cue_span,
    _is_speech,
    _parenthetical,
    _passive_complement,
)
from .direct import _direct_quotes
from .identities import _answers, _issuers
from .lexicon import Lexicon, load_lexicon
from .producers import (
    _adjective_cues,
    _adverbial_cues,
    _colon_leads,
    _dash_quotes,
    _in_source,
    _manner_colons,
    _noun_cues,
)
from .spans import _chars, _clip_para, _fit_marks, _iou, _kind, _trim_tokens
from .speakers import (
    _agentive,
    _is_medium,
    _make_speaker,
    _medium,
    _name_bounds,
    _speaker_token,
)
from .vocabulary import word_set


def extract_quotes(doc, lexicon: Optional[Lexicon] = None) -> list[Quote]:
    """Direct, indirect and mixed quotes in ``doc`` with speakers, cues and
    media, in text order."""
    lex = lexicon or load_lexicon()
    if len(doc) == 0:
        return []
    ctx = _Ctx(doc, lex)
    text = ctx.text
    found: list[tuple[int, int, Quote, object]] = []  # (start, end, quote, cue token)

    prev_speaker: Optional[Speaker] = None
    for tok in doc:
        cue = _cue_of(tok, lex)
        if cue is None:
            continue
        inq = ctx.mark_at(tok.idx)
        if inq is not None and not inq.single:
            continue  # a cue inside a quotation belongs to the quoted speaker
        if tok.idx > 0 and text[tok.idx - 1] in "</" and text[max(0, tok.idx - 2):tok.idx].strip().startswith("<"):
            continue  # a markup tag left in the text ("<tweet author=...>")
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without" and tok.head.head.lemma_ == "go":
            continue  # "It goes without saying that ...": the writer's idiom, no one's report
        contents = _contents_for(ctx, tok, cue)
        if not contents:
            continue
        subj = None if cue.raising else _speaker_token(tok)
        if cue.human and not _agentive(subj):
            continue  # "the data support ...", "policies that back ...": no one takes a stand
        for lo, hi in contents:
            if lo < tok.i < hi and not _parenthetical(tok) and not cue.raising and not _as_clause(tok) \
                    and _passive_complement(tok, cue) is None and _aside_bounds(ctx, tok) is None:
                # a content never holds its own cue: '"...," said X, adding ...'
                cut = min(tok.left_edge.i, tok.i)
                own = min([tok.i] + [c.left_edge.i for c in tok.lefts if not (c.left_edge.i <= lo <= c.right_edge.i)])
                pre = [t for t in doc[lo:own] if not t.is_punct]
                if len(pre) == 1 and pre[0].lower_ in word_set("relative_pronouns") | {"what"} and pre[0].head.i > tok.i:
                    pass  # "a plan which he said would fail": the relative pronoun and its clause
                elif cut <= lo:
                    continue
                else:
                    lo, hi = _trim_tokens(doc, lo, cut)
                    if hi <= lo:
                        continue
            if subj is not None and lo <= subj.i < hi and subj.i > tok.i:
                # '..., said X, a former officer, "and ..."': the parser hung the speaker inside
                # the words; they start at the quotation after the speaker's name
                after = next((mk for mk in ctx.marks_in(doc[subj.i].idx, _chars(doc, lo, hi)[1])
                              if mk.start > doc[subj.i].idx and not mk.single), None)
                if after is None:
                    continue
                lo = doc.char_span(after.start, after.end, alignment_mode="expand").start
            s, e = _chars(doc, lo, hi)
            s, e = _clip_para(ctx, tok.idx, s, e)
            if e <= s:
                continue
            s, e = _fit_marks(ctx, s, e)
            m = ctx.mark_at(s)
            if m is not None and m.start == s and m.end >= e and not m.single:
                e = m.end  # a whole quotation, even over several sentences
            speaker = _make_speaker(ctx, subj, prev_speaker) if subj is not None else None
            cspan = _cue_span(tok, cue)
            q = Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=speaker,
                      cue=Span(cspan[0], cspan[1], text[cspan[0]:cspan[1]]), medium=_medium(ctx, tok))
            found.append((s, e, q, tok))
            if speaker is not None and speaker.name:
                prev_speaker = speaker

    for q in _adjective_cues(ctx):
        found.append((q.start, q.end, q, None))

    for q in _noun_cues(ctx):
        found.append((q.start, q.end, q, None))

    for (clo, chi), src, (lo, hi), cue in _adverbial_cues(ctx):
        s, e = _chars(doc, lo, hi)
        s, e = _fit_marks(ctx, s, e)
        cs, ce = _chars(doc, clo, chi)
        speaker = _make_speaker(ctx, src, None) if src is not None else None
        q = Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=speaker,
                  cue=Span(cs, ce, text[cs:ce]))
        h = doc[clo].head
        if h.i < clo and _is_speech(h, lex) and _speaker_token(h) is not None:
            # '"...," X said, according to a transcript': the transcript reports it, and the
            # quotation is still X's own
            ctx.shared.add(id(q))
        elif h.i > clo and src is not None and _is_medium(ctx, src) and _cue_of(h, lex) is not None \
                and _agentive(_speaker_token(h)):
            # "According to TASS, the embassy called the claims groundless": the embassy's words,
            # relayed by TASS (the medium, as in 'X told Z newspaper')
            relayed = {h.i} | {c.i for c in h.conjuncts}  # "... called X groundless and said ..."
            took = [f[2] for f in found if f[3] is not None and f[3].i in relayed]
            for r in took:
                r.medium = r.medium or doc[slice(*_name_bounds(src))].text
            if took:
                continue  # else ("According to TASS, the embassy denied it") the outlet's report stays
        found.append((s, e, q, None))

    for t, src, (lo, hi) in _in_source(ctx):
        s, e = _chars(doc, lo, hi)
        s, e = _clip_para(ctx, t.idx, s, e)
        if e <= s:
            continue
        s, e = _fit_marks(ctx, s, e)
        q = Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=_make_speaker(ctx, src, None),
                  cue=Span(t.idx, t.idx + len(t.text), t.text))
        found.append((s, e, q, None))

    answers = []
    for q in _colon_leads(ctx):
        if id(q) in ctx.answers:
            answers.append((q.start, q.end, q, None))  # added after the nested reports are read
        elif not any(fs < q.end and q.start < fe for fs, fe, _, _ in found):
            found.append((q.start, q.end, q, None))

    for q in _dash_quotes(ctx):
        found = [f for f in found if not (q.start <= f[0] < q.end)]  # the parser's reads of the quoted words
        found.append((q.start, q.end, q, None))

    for q in _manner_colons(ctx):
        # the parser may hang "The minister was blunt" on the verb after the colon: a
        # content holding the lead-in is that misparse
        found = [f for f in found if not (f[0] <= q.cue.start and q.cue.end <= f[1])]
        if not any(_iou(fs, fe, q.start, q.end) >= 0.9 for fs, fe, _, _ in found):
            found.append((q.start, q.end, q, None))

    found.sort(key=lambda x: (x[0], -x[1]))
    found = _drop_nested(found)
    if answers:
        # "ANSWER: ...": the whole answer is the quoted person's; the reports inside it stay
        found = sorted(found + answers, key=lambda x: (x[0], -x[1]))
    quotes = _answers(ctx, _issuers(ctx, _drop_repeats(_direct_quotes(ctx, found))))
    # a two-word report with no one to say it is a fragment, not a quote; "asked not to be
    # named" is the anonymity formula, not a request
    return [q for q in quotes if (q.speaker is not None or q.kind != "indirect" or len(q.text.split()) >= 3)
            and not _ANONYMITY.match(q.text)]


_ANONYMITY = re.compile(r"(?:not\s+)?to\s+(?:not\s+)?be\s+(?:named|identified|quoted)\b(?:\s+by\s+name)?[.,;]?$", re.I)


def _drop_repeats(quotes: list[Quote]) -> list[Quote]:
    """A quote inside a longer quote of the same speaker (or of no one)
    repeats part of it: 'X called the test "a provocation"' is one
    attribution of X, not two."""
    def same(a: Optional[Speaker], b: Optional[Speaker]) -> bool:
        return a is None or (b is not None and (a.start, a.end) == (b.start, b.end))

    return [q for q in quotes if not any(
        o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start
        and same(q.speaker, o.speaker) for o in quotes)]


def _drop_nested(found):
    """A report whose cue stands inside another report's content is part of
    that content ("X said that Y believes Z"): one attribution, the outer."""
    out = []
    for i, (s, e, q, tok) in enumerate(found):
        c = q.cue
        if c is not None and any(j != i and fs < c.start and c.end <= fe and not (s < c.start < e)
                                 for j, (fs, fe, _, _) in enumerate(found)):
            continue
        out.append((s, e, q, tok))
    return out
