"""What the ``accord`` command line and its plugins share: the console on
standard error, logging, the ``@common`` decorator that turns library
errors into one-line messages, input and date checks, and the options
several commands take.

The core (:mod:`accord.cli`) and the plugins (``accord.analysis.cli``,
``accord.web.cli``, ``accord.report.cli``, ``accord.bench``) both import
this module; no plugin imports :mod:`accord.cli`, so each imports alone."""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import click

from .errors import AccordError

log = logging.getLogger("accord")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Console:
    """Progress and messages on standard error (never on standard output,
    which carries data)."""

    def __init__(self, quiet: bool = False):
        from rich.console import Console as RichConsole

        self.quiet = quiet
        self.err = RichConsole(stderr=True, highlight=False, soft_wrap=True)

    def message(self, text: str) -> None:
        self.err.print(text, markup=False)

    @contextmanager
    def progress(self, description: str, total: int | None = None) -> Iterator[Callable[..., None]]:
        """Yields ``advance(n=1, total=None)``."""
        if self.quiet or not self.err.is_terminal:
            yield lambda n=1, total=None: None
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        cols = [
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        ]
        with Progress(*cols, console=self.err, transient=True) as prog:
            task = prog.add_task(description, total=total)

            def advance(n: int = 1, total: int | None = None) -> None:
                if total is not None:
                    prog.update(task, total=total)
                prog.advance(task, n)

            yield advance


def setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if verbose == 0:
        # the components log their own failures as warnings in the record
        logging.getLogger("accord.nlp").setLevel(logging.CRITICAL)


def common(fn: Callable) -> Callable:
    """--quiet and -v on every command; library errors -> clean messages."""

    @click.option("--quiet", "-q", is_flag=True, help="No progress bars or summaries.")
    @click.option("--verbose", "-v", count=True, help="More logging (-vv for debug).")
    @functools.wraps(fn)
    def wrapper(*args, quiet: bool = False, verbose: int = 0, **kwargs):
        setup_logging(verbose)
        ctx = click.get_current_context()
        ctx.obj = Console(quiet=quiet)
        try:
            _announce_user_data(ctx.obj)
            return fn(*args, **kwargs)
        except AccordError as e:
            if os.environ.get("ACCORD_DEBUG"):
                raise
            raise click.ClickException(str(e)) from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(EXIT_OK)

    return wrapper


def _announce_user_data(con: Console) -> None:
    """Apply the ``data_dir`` setting and say which of the user's knowledge
    files are read (on standard error, unless --quiet)."""
    from .config import settings
    from .nlp import use_user_data

    found = use_user_data()
    if found and not con.quiet:
        con.message(f"knowledge files from {settings()['data_dir']}: {', '.join(found)}")


def console() -> Console:
    return click.get_current_context().obj


def check_inputs(inputs: Iterable[str]) -> list[str]:
    inputs = list(inputs)
    if not inputs:
        raise click.UsageError("give at least one INPUT (a file, a folder, or - for JSON Lines on stdin)")
    missing = [p for p in inputs if p != "-" and not os.path.exists(p)]
    if missing:
        raise click.UsageError(f"no such file or folder: {', '.join(missing)}")
    return inputs


def check_date(ctx, param, value):
    if value is None:
        return None
    from .readers import parse_date

    d = parse_date(value)
    if d is None or len(value) != 10:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)")
    return d


def read_items(inputs, cfg):
    from .readers import read

    return read(inputs, max_chars=cfg["max_chars"], max_file_bytes=cfg["max_file_bytes"])


def run_items(items, cfg, published, workers: int | None):
    """Process items with the configured engine (local processes)."""
    from .engines import process_items

    return process_items(items, settings=cfg, published=published, workers=workers)


def summarize(processed: int, failed: int, extra: str = "") -> int:
    """The closing line on stderr, and the exit status."""
    con = console()
    line = f"{processed} processed, {failed} failed" + (f", {extra}" if extra else "")
    if failed or not con.quiet:
        con.message(line)
    return EXIT_FAILED if failed else EXIT_OK


# ------------------------------------------------------- shared options
workers_option = click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: the machine's cores). Output order is the input order.",
)
published_option = click.option(
    "--published",
    callback=check_date,
    metavar="DATE",
    help="Publication date (YYYY-MM-DD) for articles whose input has none.",
)
model_option = click.option(
    "--model", metavar="NAME", default=None, help="spaCy model package (default: setting 'model', en_core_web_sm)."
)
language_option = click.option(
    "--language",
    metavar="CODE",
    default=None,
    help="The articles' language (en, ru, ...) instead of detecting it per article (default: setting "
    "'language', auto). English and Russian have pipelines; others are stored with a warning.",
)
batch_option = click.option(
    "--batch-size", type=click.IntRange(min=1), default=None, help="Articles per nlp.pipe batch (default 32)."
)
