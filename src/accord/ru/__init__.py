"""Russian analysis with natasha (issue #19's foundation).

- :mod:`accord.ru.models`: natasha's bundled models, with pymorphy3 in place
  of pymorphy2 (no ``pkg_resources``, works on Python 3.11+);
- :mod:`accord.ru.parse`: the UD parser, every sentence decoded into a tree;
- :mod:`accord.ru.tree`: the tree repair (Chu-Liu/Edmonds, re-attachment);
- :mod:`accord.ru.doc`: :func:`analyze` -> a spaCy ``Doc`` for accord's
  components (``lang_ == "ru"``, read through :class:`accord.syntax.ud.UDGrammar`).

natasha is an optional dependency (``pip install 'accord[ru]'``); without
it :func:`analyze` raises :class:`~accord.ru.models.RussianUnavailable`.
"""

from __future__ import annotations


def analyze(text: str, stats=None):
    """A spaCy Doc of Russian ``text``: see :func:`accord.ru.doc.analyze`."""
    from .doc import analyze as _analyze

    return _analyze(text, stats)


__all__ = ["analyze"]
