"""Where a Russian quote lies in the text (:mod:`accord.ru.quotes`): the
edges of what was said, kept inside the cue's paragraph and past a wire's
dateline; the quotation marks' span when the words are all quoted, else the
whole clause told indirectly with its closing mark."""

from __future__ import annotations

from bisect import bisect_left

from . import lexicon as lx


def word_edges(toks) -> tuple[int, int] | None:
    """The characters from the first word to the last, in text order (a
    crossing arc puts a word past a subtree's last: «…, Китай может стать
    вторым поставщиком»)."""
    words = sorted((t for t in toks if not (t.is_punct or t.is_space)), key=lambda t: t.i)
    if not words:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def line_breaks(doc) -> list[int]:
    """The indexes of the tokens that hold or end in a line break, in order."""
    return [t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_]


def in_paragraph(cue, clause, toks, breaks: list[int]) -> list:
    """What was said stays in the cue's paragraph (a parse may run one
    sentence across a paragraph break); «Об этом …» reaches the sentence
    before, wherever it is. ``breaks``: the Doc's :func:`line_breaks`."""
    if clause.sent.start != cue.sent.start and clause.i < cue.sent.start:
        return toks
    k = bisect_left(breaks, cue.i)
    lo = breaks[k - 1] if k else -1
    hi = breaks[k] if k < len(breaks) else len(cue.doc)
    return [t for t in toks if lo < t.i <= hi]


def marked_span(text: str, direct, edges: tuple[int, int], toks) -> tuple[int, int] | None:
    """The quotation marks' span that is what was said: one over half of it
    with none of its words outside («…», — заявил X); «Пекин «и впредь
    будет помогать»», «граница останется закрытой, «пока …»» are the
    writer's words around a quoted part: the whole clause, told indirectly."""
    for s, e in direct:
        if s < edges[1] and edges[0] < e and 2 * (e - s) >= edges[1] - edges[0]:
            outside = [t for t in toks if not (t.is_punct or t.is_space) and not s <= t.idx < e]
            return None if outside else (s, e)
    return None


def with_closing_mark(text: str, edges: tuple[int, int]) -> tuple[int, int]:
    """An indirect clause that ends in a quoted part keeps its closing mark
    («высылка «не останется без ответа»»)."""
    s, e = edges
    opens, closes = lx.quote_words("quote_open"), lx.quote_words("quote_close")
    marks = opens | closes | set(lx.quote_words("straight_quotes"))
    if e < len(text) and text[e] in closes | set(lx.quote_words("straight_quotes")):
        inside = [c for c in text[s:e] if c in marks]
        if len(inside) % 2 == 1:
            return s, e + 1
    return s, e


def past_dateline(toks) -> list:
    """What was said without the dateline that opens a wire's lead in front
    of it («МИНСК, 10 июня (БелТА) – Заседание прошло …, сообщает …»): the
    words up to a dash right after a bracket, near the paragraph's start."""
    toks = sorted(toks, key=lambda t: t.i)
    if not toks or (toks[0].i > 0 and "\n" not in toks[0].nbor(-1).text + toks[0].nbor(-1).whitespace_):
        return toks
    dashes = lx.quote_words("dashes")
    for k, t in enumerate(toks[1:12], 1):
        if t.text in dashes and toks[k - 1].text == ")" and any(u.text == "(" for u in toks[:k]):
            return toks[k + 1 :]
    return toks
