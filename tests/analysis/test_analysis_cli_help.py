import pytest
from click.testing import CliRunner

from accord.cli import cli


@pytest.mark.parametrize("command", ["dyads", "alignment", "network", "report", "serve"])
def test_commands_are_registered_and_documented(command):
    assert command in cli.commands
    r = CliRunner().invoke(cli, [command, "--help"])
    assert r.exit_code == 0
    assert "Example:" in r.output and f"accord {command}" in r.output
    assert "--quiet" in r.output and "--db" in r.output


def test_plugins_load_under_python_m():
    """`python -m accord.cli` runs the group as __main__: the plugins must not import accord.cli again."""
    import subprocess
    import sys

    res = subprocess.run(
        [sys.executable, "-m", "accord.cli", "dyads", "--help"], capture_output=True, text=True, timeout=60
    )
    assert res.returncode == 0, res.stderr
    assert "Example:" in res.stdout and "Traceback" not in res.stderr
