"""Finding quotes and their speakers: a pure function over a parsed Doc.

:func:`extract_quotes` reads the dependency parse (through the grammar
layer, :mod:`accord.syntax`), the cue words (``lang/en/quotes/cues.tsv``),
the quotation marks (:func:`accord.quotes.marks.pair_marks`) and the actor
mentions (``doc._.mentions``) and returns :class:`accord.record.Quote`
objects. It runs the article passes of ``lang/en/quotes/frames.tsv`` in
file order (:mod:`.passes`), adds the quotations no cue claimed
(:mod:`.direct`), settles the identities of documents and transcript
answers (:mod:`.identities`) and drops repeats. The other modules:
:mod:`.context` (per-article lookups), :mod:`.repairs` (marks a parse
repairs), :mod:`.cues` (which word is a cue), :mod:`.contents` (the frames
of a verb cue), :mod:`.spans` (content bounds), :mod:`.speakers` (who
speaks), :mod:`.producers` (quotes without a verb cue), :mod:`.vocabulary`
(the English word lists).

Conventions (those of the PolNeAR attribution corpus, which annotates every
attribution, not only speech): the content of "X said that Y" is "that Y";
a final period outside quotation marks is not part of the content, a
closing mark (and the punctuation inside it) is; a direct quote is its
marked span, marks included.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from ..record import Quote, Speaker
from .classes import split
from .contents import frames
from .context import _Ctx
from .direct import _direct_quotes
from .identities import _answers, _issuers
from .lexicon import Lexicon, load_lexicon
from .names import link_names
from .passes import PASSES, Passes
from .referents import link_descriptions
from .structure import drop_structure
from .tagging import retag_tails
from .translated import reported_this  # noqa: F401  (registers its pass)


class Found(NamedTuple):
    """What :func:`extract` finds: the quotes (speech, writing, reports,
    stated opinions) and the other attributions, each in text order."""

    quotes: list
    attributions: list


def extract(doc, lexicon: Lexicon | None = None) -> Found:
    """The quotes and the other attributions of ``doc`` (see :mod:`.classes`)."""
    return Found(*split(extract_quotes(doc, lexicon)))


def extract_quotes(doc, lexicon: Lexicon | None = None) -> list[Quote]:
    """Every attribution in ``doc`` - direct, indirect and mixed, with
    speakers, cues, media and cue classes - in text order; :func:`extract`
    parts the quotes from the other attributions."""
    lex = lexicon or load_lexicon()
    if len(doc) == 0:
        return []
    ctx = _Ctx(doc, lex)
    retag_tails(ctx)  # '..., the press service of X informs.' read as a noun
    st = Passes()
    for frame in frames("article"):
        PASSES[frame.matcher](ctx, st)
    found = st.found
    found.sort(key=lambda x: (x[0], -x[1]))
    found = _drop_nested(found)
    if st.answers:
        # "ANSWER: ...": the whole answer is the quoted person's; the reports inside it stay
        found = sorted(found + st.answers, key=lambda x: (x[0], -x[1]))
    quotes = _answers(ctx, _issuers(ctx, _drop_repeats(_direct_quotes(ctx, found))))
    quotes = drop_structure(ctx, quotes)  # headlines, captions, links, bylines; 'Recall that ...'
    quotes = link_names(ctx, quotes)  # 'Wang' -> 'Wang Yi' given earlier
    quotes = link_descriptions(ctx, quotes)  # 'the committee', 'it' -> the body named before
    # a two-word report with no one to say it is a fragment, not a quote; "asked not to be
    # named" is the anonymity formula, not a request
    quotes = [
        q
        for q in quotes
        if (q.speaker is not None or q.kind != "indirect" or len(q.text.split()) >= 3) and not _ANONYMITY.match(q.text)
    ]
    for q in quotes:
        q.cue_class = q.cue_class or "speech"  # quotations in marks, colon leads, dialogue dashes
    _number_utterances(quotes, ctx.utterances)
    return quotes


def _number_utterances(quotes: list[Quote], links: list[tuple[int, int]]) -> None:
    """Each quote its utterance number, in text order; linked stretches share one."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra
    numbers: dict[int, int] = {}
    for q in quotes:
        q.utterance = numbers.setdefault(root(id(q)), len(numbers))


_ANONYMITY = re.compile(r"(?:not\s+)?to\s+(?:not\s+)?be\s+(?:named|identified|quoted)\b(?:\s+by\s+name)?[.,;]?$", re.I)


def _drop_repeats(quotes: list[Quote]) -> list[Quote]:
    """A quote inside a longer quote of the same speaker (or of no one)
    repeats part of it: 'X called the test "a provocation"' is one
    attribution of X, not two. One sweep in text order: the furthest end
    reached so far by any quote, and by each speaker's quotes."""

    def key(sp: Speaker | None):
        return None if sp is None else (sp.start, sp.end)

    order = sorted(range(len(quotes)), key=lambda k: (quotes[k].start, -quotes[k].end))
    drop: set[int] = set()
    far_any, far_by = -1, {}  # the furthest end of the quotes before the current span
    pend_any, pend_by = -1, {}  # the same for the quotes of the current span
    span = None
    for k in order:
        q = quotes[k]
        if (q.start, q.end) != span:
            far_any = max(far_any, pend_any)
            for sk, v in pend_by.items():
                far_by[sk] = max(far_by.get(sk, -1), v)
            pend_any, pend_by, span = -1, {}, (q.start, q.end)
        # every quote before in this order starts no later and, with the same start, ends later:
        # reaching q's end, it holds q and is longer
        reach = far_any if q.speaker is None else far_by.get(key(q.speaker), -1)
        if reach >= q.end:
            drop.add(k)
        pend_any = max(pend_any, q.end)
        if q.speaker is not None:
            pend_by[key(q.speaker)] = max(pend_by.get(key(q.speaker), -1), q.end)
    return [q for k, q in enumerate(quotes) if k not in drop]


def _drop_nested(found):
    """A report whose cue stands inside another report's content is part of
    that content ("X said that Y believes Z"): one attribution, the outer.
    (A content holding its own cue does not count: that cue is its own.)"""
    ends = sorted((fs, fe) for fs, fe, _, _ in found)
    starts = [fs for fs, _ in ends]
    reach, far = [], -1  # reach[k]: the furthest end of the contents starting at or before starts[k]
    for _, fe in ends:
        far = max(far, fe)
        reach.append(far)
    out = []
    for s, e, q, tok in found:
        c = q.cue
        if c is not None and not (s < c.start < e):
            k = bisect_left(starts, c.start) - 1  # the contents that start before the cue
            if k >= 0 and reach[k] >= c.end:
                continue
        out.append((s, e, q, tok))
    return out
