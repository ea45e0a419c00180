"""Dash-opened paragraphs with a dash inside the words (no parser): the
quote runs to the dash after its comma, not to the first dash."""

from accord.ru.quote_marks import dash_continuations, quoted_spans


def _said(text):
    return [text[s:e] for s, e in quoted_spans(text)]


def test_an_inner_dash_stays_in_the_words():
    text = "— Таджикский народ – наш давний друг, и мы это ценим, – сказал президент."
    assert _said(text) == ["Таджикский народ – наш давний друг, и мы это ценим"]


def test_an_inner_dash_before_an_exclamation():
    text = "— Граница – это линия мира! — подчеркнул министр."
    assert _said(text) == ["Граница – это линия мира"]


def test_a_dash_paragraph_without_inner_dash_is_as_before():
    text = "— Мы готовы к диалогу, — заявил министр. — Ждем ответа от партнеров."
    assert _said(text) == ["Мы готовы к диалогу"]
    ((first, nxt),) = dash_continuations(text)
    assert text[nxt[0] : nxt[1]] == "Ждем ответа от партнеров"


def test_an_inner_dash_and_a_continuation():
    text = "— Граница – линия мира, — сказал он. — Мы ее сохраним."
    ((first, nxt),) = dash_continuations(text)
    assert text[first[0] : first[1]] == "Граница – линия мира"
    assert text[nxt[0] : nxt[1]] == "Мы ее сохраним"
