import importlib.util

import pytest


def _have_natasha() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("natasha", "pymorphy3"))


def pytest_collection_modifyitems(config, items):
    if _have_natasha():
        return
    skip = pytest.mark.skip(reason="natasha not installed (pip install 'accord[ru]')")
    for item in items:
        if "ru" in item.keywords:
            item.add_marker(skip)
