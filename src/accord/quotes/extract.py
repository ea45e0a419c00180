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
from typing import Optional

from ..record import Quote, Speaker
from .contents import frames
from .context import _Ctx
from .direct import _direct_quotes
from .identities import _answers, _issuers
from .lexicon import Lexicon, load_lexicon
from .passes import PASSES, Passes


def extract_quotes(doc, lexicon: Optional[Lexicon] = None) -> list[Quote]:
    """Direct, indirect and mixed quotes in ``doc`` with speakers, cues and
    media, in text order."""
    lex = lexicon or load_lexicon()
    if len(doc) == 0:
        return []
    ctx = _Ctx(doc, lex)
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
