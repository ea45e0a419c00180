"""Every module of the accord package imports alone, in a fresh interpreter:
no import loop hides behind the order in which other modules happen to be
imported first (``import accord.analysis.cli`` once crashed with a partially
initialised ``accord.cli``)."""

from __future__ import annotations

import ast
import importlib.util
import os
import pkgutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import pytest

import accord


def _modules() -> list[str]:
    names = ["accord"]
    for info in pkgutil.walk_packages(accord.__path__, prefix="accord."):
        names.append(info.name)
    return sorted(names)


MODULES = _modules()


def _env() -> dict:
    env = dict(os.environ)
    src = str(Path(accord.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


@lru_cache(maxsize=1)
def _import_all() -> dict[str, tuple[int, str]]:
    """Import each module in its own interpreter, a few at a time; module ->
    (exit status, last line of standard error)."""
    env = _env()

    def one(name: str) -> tuple[str, tuple[int, str]]:
        res = subprocess.run(
            [sys.executable, "-c", f"import {name}"], capture_output=True, text=True, env=env, timeout=120
        )
        err = res.stderr.strip().splitlines()
        return name, (res.returncode, err[-1] if err else "")

    with ThreadPoolExecutor(max_workers=max(2, min(8, os.cpu_count() or 2))) as pool:
        return dict(pool.map(one, MODULES))


def test_the_walk_finds_the_package():
    assert "accord.cli" in MODULES and "accord.analysis.cli" in MODULES and "accord.web.cli" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_module_imports_alone(name):
    code, last = _import_all()[name]
    assert code == 0, f"python -c 'import {name}' failed: {last}"


def _top_level_imports(path: Path, name: str, is_pkg: bool) -> set[str]:
    """The accord modules a module imports when it is loaded (imports inside
    functions are lazy and do not count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if is_pkg else name.rpartition(".")[0]
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("accord"))
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(max(node.level - 1, 0)):
                base = base.rpartition(".")[0]
            mod = (base + ("." + node.module if node.module else "")) if node.level else (node.module or "")
            if not mod.startswith("accord"):
                continue
            for a in node.names:
                sub = f"{mod}.{a.name}"
                out.add(sub if sub in MODULES else mod)
    return {m for m in out if m in MODULES and m != name}


def test_no_import_cycles():
    """No two modules import each other, directly or round a longer loop."""
    graph = {}
    for info in pkgutil.walk_packages(accord.__path__, prefix="accord."):
        spec = importlib.util.find_spec(info.name)
        graph[info.name] = _top_level_imports(Path(spec.origin), info.name, info.ispkg)
    cycles = []
    state: dict[str, int] = {}

    def visit(n, stack):
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if m == n.rpartition(".")[0] or n.startswith(m + "."):
                continue  # a module's own package is loaded before it, by Python itself
            if state.get(m) == 1:
                cycles.append(stack[stack.index(m) :] + [m])
            elif m not in state:
                visit(m, stack)
        stack.pop()
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n, [])
    assert cycles == [], "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)
