"""``python -m accord``: the ``accord`` command, for checkouts run without
installing the console script (a worktree on ``PYTHONPATH``)."""

from .cli import main

if __name__ == "__main__":
    main()
