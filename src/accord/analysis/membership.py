"""Dated bloc membership, read from :mod:`accord.actors.knowledge`.

The analysis never hard-codes who belongs to which alliance: a state counts
as a member of a bloc only on the days the knowledge base says it was one
(Uzbekistan is in the CSTO in 2010, not in 2015). ``Memberships`` wraps the
knowledge module's ``members(org, date)`` with a cache per (org, day), so
counting a million events asks about each day once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import AccordError


def load_knowledge() -> Any:
    """The actors knowledge module, or a clear error when it is missing."""
    try:
        from ..actors import knowledge
    except ImportError as e:
        raise AccordError(
            f"bloc membership data is not available (accord.actors.knowledge cannot be imported: {e})"
        ) from None
    return knowledge


def _as_date(day: Any) -> dt.date:
    if isinstance(day, dt.datetime):
        return day.date()
    if isinstance(day, dt.date):
        return day
    return dt.date.fromisoformat(str(day)[:10])


class Memberships:
    """Dated membership questions, cached. ``knowledge`` is any object with
    ``members(org, date) -> set[str]`` (and optionally ``country_name`` and
    ``orgs_of``); the default is :mod:`accord.actors.knowledge`."""

    def __init__(self, knowledge: Any = None):
        self.k = knowledge if knowledge is not None else load_knowledge()
        self._members: dict[tuple[str, dt.date], frozenset] = {}
        self._names: dict[str, str | None] = {}

    def members(self, org: str, day: Any) -> frozenset:
        d = _as_date(day)
        key = (org, d)
        got = self._members.get(key)
        if got is None:
            got = frozenset(self._ask(self.k.members, org, d) or ())
            self._members[key] = got
        return got

    def is_member(self, state: str, org: str, day: Any) -> bool:
        return state in self.members(org, day)

    def orgs_of(self, state: str, day: Any, among: list | None = None) -> list[str]:
        """The blocs (from ``among``, default all the knowledge knows) that
        ``state`` belongs to on ``day``."""
        if among is not None:
            return [o for o in among if self.is_member(state, o, day)]
        fn = getattr(self.k, "orgs_of", None)
        return sorted(self._ask(fn, state, _as_date(day)) or ()) if fn else []

    def name(self, code: str) -> str:
        """A readable name for a country code (the code itself when unknown)."""
        if code not in self._names:
            fn = getattr(self.k, "country_name", None)
            name = None
            if fn is not None:
                try:
                    name = fn(code)
                except Exception:  # an unknown code is not an error here
                    name = None
            self._names[code] = name
        return self._names[code] or code

    @staticmethod
    def _ask(fn, key: str, d: dt.date):
        # the knowledge API takes ISO date text; accept one that wants a date
        try:
            return fn(key, d.isoformat())
        except TypeError:
            return fn(key, d)
