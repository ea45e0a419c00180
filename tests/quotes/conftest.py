"""Shared by the quote tests: the folder on the import path (for
translated_helpers) and one actors + quotes pipeline for every test module
that parses real sentences (loaded once per session)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def nlp():
    from accord.nlp import load

    return load(components=("accord_actors", "accord_quotes"))
