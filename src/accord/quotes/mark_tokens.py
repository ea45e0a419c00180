"""Tokenizer rules for quotation marks (added once to the pipeline's tokenizer
by :func:`accord.nlp.load` through :func:`.marks.keep_mark_runs`): a run of
three or more marks stays one token, ‹ ‚ and › are tokens of their own, and a closing mark that translated copy
glued to the attribution after it becomes a token of its own for the marks
the general rules of :mod:`accord.nlp` leave out (the „…“ closer “, › and ‘:
'... of us,“the general said')."""

from __future__ import annotations

import re

from .marks import ALL_MARKS

#: three or more marks with nothing between them ('"“”«', hostile or broken copy): one token,
#: not one token a mark (the parse of a text of marks costs by the token); no news quotation nests three deep
MARK_RUN = "[" + re.escape(ALL_MARKS) + "'`]{3,}"
#: single marks the model's tokenizer leaves on their word ('‹We', '‚We', 'ready›')
SINGLE_OPENERS = "[\u2039\u201a]"
SINGLE_CLOSERS = "[\u203a]"
#: '... Afghanistan,“the general said': the stop and the mark become tokens of their own
GLUED_CLOSER_INFIXES = (
    r"(?<=[^\W\d])[,.!?](?=[\u201c\u203a\u2018][^\W\d])",
    r"(?<=[,.!?])[\u201c\u203a\u2018](?=[^\W\d])",
    r"[\u2039\u203a\u201a]",  # 'ready›.': a mark that is never part of a word
)


def keep_mark_runs(tokenizer) -> None:
    """Make a run of :data:`MARK_RUN` marks at the start or end of a word one
    prefix or suffix token of ``tokenizer`` (a spaCy ``Tokenizer``; once), and
    split the glued closers of :data:`GLUED_CLOSER_INFIXES`."""
    for attr, pattern in (
        ("prefix_search", "^" + MARK_RUN + "|^" + SINGLE_OPENERS),
        ("suffix_search", MARK_RUN + "$|" + SINGLE_CLOSERS + "$"),
    ):
        old = getattr(getattr(tokenizer, attr, None), "__self__", None)
        if old is None or not hasattr(old, "pattern") or old.pattern.startswith(pattern):
            continue
        setattr(tokenizer, attr, re.compile(pattern + "|" + old.pattern).search)
    old = getattr(getattr(tokenizer, "infix_finditer", None), "__self__", None)
    if old is not None and hasattr(old, "pattern") and GLUED_CLOSER_INFIXES[0] not in old.pattern:
        tokenizer.infix_finditer = re.compile("|".join((old.pattern, *GLUED_CLOSER_INFIXES))).finditer
