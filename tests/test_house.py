"""The house rules of the code, checked on the source: short modules and
functions, and knowledge in data files rather than word lists in Python."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from accord.syntax import ROLES

SRC = Path(__file__).resolve().parents[1] / "src" / "accord"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 80
MAX_LIST = 5
DOTTED = re.compile(r"^\w+(\.\w+)+$")

#: modules whose string collections are schemas, not words: record and store
#: field names, the export formats' column names, settings keys, report and
#: viewer template keys, figure names of the evaluation and the benchmark
SCHEMA_MODULES = {
    "record.py",
    "store.py",
    "store_rows.py",
    "readers.py",
    "config.py",
    "nlp.py",
    "bench.py",
    "places/locate.py",
    "report/mapdata.py",
    "engines/spark.py",
    "analysis/alignment.py",
    "analysis/dyads.py",
    "analysis/events.py",
    "analysis/evidence.py",
    "report/build.py",
    "report/charts.py",
    "web/article.py",
    "web/queries.py",
    "evaluate/actors.py",
    "evaluate/events.py",
    "evaluate/quotes.py",
    "evaluate/sample.py",
    "evaluate/places.py",
    "evaluate/factrueval.py",
    "evaluate/sample_events.py",
    "exports/common.py",
    "exports/gdelt.py",
    "exports/phoenix.py",
    "exports/plover.py",
    "exports/polecat.py",
    "exports/units.py",
    "places/gazetteer.py",
    "syntax/en.py",  # the parser's label set, the grammar layer itself
}


def _modules():
    return sorted(p for p in SRC.rglob("*.py"))


def _rel(p: Path) -> str:
    return p.relative_to(SRC).as_posix()


def test_no_module_is_too_long():
    long = {_rel(p): n for p in _modules() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}


def test_no_function_is_too_long():
    long = []
    for p in _modules():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                n = node.end_lineno - node.lineno + 1
                if n > MAX_FUNCTION_LINES:
                    long.append(f"{_rel(p)}:{node.lineno} {node.name} ({n} lines)")
    assert long == []


def _string_lists(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple, ast.Dict)):
            elts = node.keys if isinstance(node, ast.Dict) else node.elts
            words = [
                e.value
                for e in elts
                if isinstance(e, ast.Constant)
                and isinstance(e.value, str)
                and any(ch.isalpha() for ch in e.value)  # punctuation tables are not words
                and not DOTTED.match(e.value)
            ]  # nor module paths
            if len(words) > MAX_LIST:
                yield node.lineno, words


def _is_exempt(rel: str, words: list[str], tree, lineno: int) -> bool:
    if rel in SCHEMA_MODULES or rel.startswith("syntax/"):
        return True
    if all(w in ROLES for w in words):  # grammar roles the extractors ask about
        return True
    for node in ast.walk(tree):  # __all__
        if (
            isinstance(node, ast.Assign)
            and node.lineno == lineno
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
        ):
            return True
    return False


def test_no_word_lists_in_code():
    found = []
    for p in _modules():
        rel = _rel(p)
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for lineno, words in _string_lists(tree):
            if not _is_exempt(rel, words, tree, lineno):
                found.append(f"{rel}:{lineno}: {words[:4]}...")
    assert found == [], "word lists belong in data files (accord.datafiles): " + "; ".join(found)


@pytest.mark.parametrize("rel", sorted(SCHEMA_MODULES))
def test_schema_modules_exist(rel):
    assert (SRC / rel).is_file(), f"{rel} is listed as a schema module but does not exist"
