"""``python -m accord`` runs the command line (accord.__main__)."""

import subprocess
import sys


def test_python_dash_m_accord_prints_help():
    out = subprocess.run([sys.executable, "-m", "accord", "--help"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "eval" in out.stdout
