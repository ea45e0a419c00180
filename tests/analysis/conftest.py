import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analysis"))

from accord_builders import StubKnowledge  # noqa: E402


@pytest.fixture
def stub_knowledge():
    return StubKnowledge()


@pytest.fixture
def use_stub_knowledge(monkeypatch):
    """Make every membership question go to the stub table."""
    from accord.analysis import membership

    k = StubKnowledge()
    monkeypatch.setattr(membership, "load_knowledge", lambda: k)
    return k
