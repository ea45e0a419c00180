"""Quotation marks in Russian text (accord.ru.quotes): the spans inside
«ёлочки» (with „лапки“ nested), a quote left open at a paragraph's end that
runs on into the next, and dash-opened paragraphs («— …, — сказал X») with
their continuations. Plain text scanning, no parse."""

from __future__ import annotations

import re

from .. import datafiles
from . import lexicon as lx


@datafiles.cached
def _pairs() -> dict[str, str]:
    opens = [w for w in datafiles.word_list(lx.QUOTE_WORDS, "quote_open")]
    closes = [w for w in datafiles.word_list(lx.QUOTE_WORDS, "quote_close")]
    straight = datafiles.word_list(lx.QUOTE_WORDS, "straight_quotes")
    return dict(zip(opens, closes)) | {m: m for m in straight}


def _paragraph_end(text: str, i: int) -> bool:
    """Does the newline at ``i`` end a paragraph: a blank line follows, or the
    line before it ends a sentence (a hard-wrapped line breaks mid-sentence)?"""
    j = i + 1
    while j < len(text) and text[j] in " \t\r":
        j += 1
    if j < len(text) and text[j] == "\n":
        return True
    k = _text_end(text, i)
    return k > 0 and text[k - 1] in '.!?…»“"'


def _text_end(text: str, i: int) -> int:
    """The end of ``text[:i]`` without its trailing whitespace (a scan back
    over the whitespace only, not a copy of everything before ``i``)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _marked(text: str) -> tuple[list[tuple[int, int]], list[int]]:
    """Spans inside the outermost quotation marks, and the indexes of
    those left open at a paragraph's end (they run on into a next
    paragraph that opens with a mark again, as Russian writes a long quote)."""
    pairs, out, stack, open_ended = _pairs(), [], [], []
    for i, ch in enumerate(text):
        if ch == "\n" and stack and _paragraph_end(text, i):
            end = _text_end(text, i)
            if end > stack[0] + 1:
                open_ended.append(len(out))
                out.append((stack[0] + 1, end))
            stack = []
        elif stack and ch == pairs[text[stack[-1]]]:
            s = stack.pop()
            if not stack:
                out.append((s + 1, i))
        elif ch in pairs and (not stack or ch != pairs[text[stack[-1]]]):
            stack.append(i)
    return out, open_ended


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside the outermost quotation marks (nested marks
    stay inside; a quote left open at a paragraph's end ends there), and of
    dash-opened paragraphs up to their «, —»."""
    out = _marked(text)[0]
    out.extend(_dash_paragraphs(text))
    return sorted(out)


def _dash_class() -> str:
    """The dashes of direct speech, escaped for a regex character class (the
    hyphen that plain-text wires type for a dash among them)."""
    return "".join(re.escape(c) for c in sorted(lx.quote_words("dashes")))


def _dash_paragraphs(text: str) -> list[tuple[int, int]]:
    """What a dash-opened paragraph says, up to the dash of its attribution:
    the first dash after a comma (or «!», «?», «…») on the line, so that a
    dash inside the words («— Казахский народ — часть нашей истории, —
    сказал он») stays in them; where no comma comes before a dash, the first."""
    d = _dash_class()
    out = []
    for m in re.finditer(rf"(?m)^[ \t]*[{d}][ \u00a0]+(.+?)[,.!?…]?[ \u00a0]+[{d}]", text):
        s, line_end = m.start(1), text.find("\n", m.start(1))
        line = text[s : line_end if line_end >= 0 else len(text)]
        comma = re.search(rf"[,!?…][ \u00a0]+[{d}]", line)
        out.append((s, s + comma.start() if comma is not None and s + comma.start() > m.end(1) else m.end(1)))
    return out


def paragraph_continuations(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(first part, continuation) of a quote left open at a paragraph's end
    whose next paragraph opens with a quotation mark: «Мы готовы.¶«Ждем
    ответа», — сказал он»."""
    spans, open_ended = _marked(text)
    out = []
    for k in open_ended:
        s, e = spans[k]
        nxt = e
        while nxt < len(text) and text[nxt] in " \t\n\r\u00a0.,!?…":
            nxt += 1
        follow = next((sp for sp in spans[k + 1 :] if sp[0] == nxt + 1), None)
        if follow is not None and text[nxt] in _pairs():
            out.append(((s, e), follow))
    return out


def dash_continuations(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(first part, continuation) of a dash paragraph that goes on after its
    attribution: «— Мы готовы, — сказал он. — Ждем ответа»."""
    d = _dash_class()
    out = []
    for s, e in _dash_paragraphs(text):
        end = text.find("\n", e)
        rest = text[e : end if end >= 0 else len(text)]
        said = (
            rf"(?:(?![ \u00a0][{d}][ \u00a0]).)+?"  # the attribution: no spaced dash («генерал-лейтенант» is one word)
        )
        tail = re.match(rf"[,.!?…]?[ \u00a0]+[{d}]{said}[.,!?…][ \u00a0]+[{d}][ \u00a0]+(\S.*?)[.]?[ \t]*$", rest)
        if tail:
            out.append(((s, e), (e + tail.start(1), e + tail.end(1))))
    return out
