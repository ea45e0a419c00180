"""Text repairs that keep offsets honest.

* :func:`normalize_marks` swaps rare look-alike characters (full-width and
  reversed quotation marks, no-break spaces, acute accents used as
  apostrophes) for their ordinary forms, one character for one character, so
  no offset moves.
* :func:`drop_duplicate_paragraphs` removes a paragraph that repeats an
  earlier one word for word (syndicated and machine-translated copy often
  carries such doubles) and says which input span it removed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

# one character -> one character; curly quotes stay curly (their direction is
# information the quote finder uses)
_MARKS = {
    "\uff02": '"',  # FULLWIDTH QUOTATION MARK
    "\u201f": "\u201c",  # DOUBLE HIGH-REVERSED-9 -> LEFT DOUBLE
    "\u301d": "\u201c",  # REVERSED DOUBLE PRIME QUOTATION MARK
    "\u301e": "\u201d",  # DOUBLE PRIME QUOTATION MARK
    "\u301f": "\u201d",  # LOW DOUBLE PRIME QUOTATION MARK
    "\u201b": "\u2018",  # SINGLE HIGH-REVERSED-9 -> LEFT SINGLE
    "\uff07": "'",  # FULLWIDTH APOSTROPHE
    "\u00a0": " ",  # NO-BREAK SPACE
    "\u2007": " ",  # FIGURE SPACE
    "\u202f": " ",  # NARROW NO-BREAK SPACE
    "\u2028": "\n",  # LINE SEPARATOR
    "\u2029": "\n",  # PARAGRAPH SEPARATOR
}
_MARK_TABLE = str.maketrans(_MARKS)
# an acute accent or backtick between two letters is an apostrophe ("don´t")
_APOSTROPHE_LOOKALIKE = re.compile(r"(?<=[A-Za-z])[\u00b4`](?=[A-Za-z])")


def normalize_marks(text: str) -> str:
    """Return ``text`` with look-alike marks replaced; same length, same offsets."""
    out = text.translate(_MARK_TABLE)
    out = _APOSTROPHE_LOOKALIKE.sub("'", out)
    assert len(out) == len(text)
    return out


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_NEWLINE = re.compile(r"\n\s*")


@dataclass
class Paragraph:
    start: int
    end: int

    def text(self, s: str) -> str:
        return s[self.start : self.end]


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraph spans: blocks separated by blank lines where the text has
    any, otherwise lines. Leading and trailing white space is not part of a
    paragraph."""
    sep = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    out: list[Paragraph] = []
    pos = 0
    for m in sep.finditer(text):
        _add_para(text, pos, m.start(), out)
        pos = m.end()
    _add_para(text, pos, len(text), out)
    return out


def _add_para(text: str, start: int, end: int, out: list[Paragraph]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Paragraph(start, end))


def _key(s: str) -> str:
    return hashlib.blake2b(" ".join(s.split()).encode("utf-8"), digest_size=16).hexdigest()


@dataclass
class Repair:
    text: str
    warnings: list[str] = field(default_factory=list)
    removed: list[tuple[int, int]] = field(default_factory=list)  # input offsets


def drop_duplicate_paragraphs(text: str, min_chars: int = 40) -> Repair:
    """Remove every paragraph (of at least ``min_chars`` characters) that
    repeats an earlier paragraph, with the white space before it. The
    warnings name the removed span in input offsets."""
    seen: set[str] = set()
    cuts: list[tuple[int, int]] = []
    paras = paragraphs(text)
    prev_end = 0
    for p in paras:
        body = p.text(text)
        if len(body) >= min_chars:
            k = _key(body)
            if k in seen:
                cuts.append((prev_end, p.end))
                continue
            seen.add(k)
        prev_end = p.end
    if not cuts:
        return Repair(text)
    pieces, warnings, pos = [], [], 0
    for start, end in cuts:
        pieces.append(text[pos:start])
        pos = end
        body_start = start
        while body_start < end and text[body_start].isspace():
            body_start += 1
        snippet = " ".join(text[body_start:end].split())[:60]
        warnings.append(
            f"duplicate paragraph removed at {body_start}-{end} of the input text: \u201c{snippet}\u2026\u201d"
        )
    pieces.append(text[pos:])
    return Repair("".join(pieces), warnings, cuts)


def repair(text: str, drop_duplicates: bool = True, min_duplicate_chars: int = 40) -> Repair:
    """All repairs, in order. Length-keeping repairs are silent; every other
    change is named in ``warnings``."""
    text = normalize_marks(text)
    if not drop_duplicates:
        return Repair(text)
    return drop_duplicate_paragraphs(text, min_duplicate_chars)


def content_id(text: str) -> str:
    """A stable id for a text: a hash of its words (white space folded)."""
    return "h" + hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
