"""Languages: detection and routing (:mod:`accord.lang.detect`); each
language's word lists live in ``lang/<code>/`` beside this module."""

from __future__ import annotations
