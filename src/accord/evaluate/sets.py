"""Which gold articles a ``--set`` option picks: ``NAME`` the articles of
one set (a held-back set scored before any rule was drawn from it),
``!NAME`` every article but that set's (a set still kept blind, left out
of the figures fixers look at)."""

from __future__ import annotations


def in_set(article: dict, spec: str) -> bool:
    """Does the gold ``article`` (its own ``set`` or one of its events')
    fall under ``spec``?"""
    name = spec[1:] if spec.startswith("!") else spec
    tagged = article.get("set") == name or any(e.get("set") == name for e in article.get("events") or [])
    return tagged != spec.startswith("!")
