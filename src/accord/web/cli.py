"""``accord serve``: the local viewer."""

from __future__ import annotations

import click

from ..cli_common import common, console


def register(group: click.Group) -> None:
    group.add_command(serve_cmd)


@click.command(name="serve")
@click.option("--db", default=None, metavar="PATH", help="DuckDB file (default accord.duckdb), opened read-only.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (the default serves this machine only).",
)
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True)
@common
def serve_cmd(db, host, port):
    """Browse the store in a local web viewer: articles with their mentions,
    quotes and events highlighted, an events table with filters, dyad
    timelines and bloc alignment. Every page has a JSON twin under /api.

    \b
    Example:
        accord serve --db accord.duckdb
        accord serve --db accord.duckdb --port 8080
        curl 'http://127.0.0.1:8000/api/events?type=COOPERATE&limit=5'
    """
    import uvicorn

    from ..config import settings
    from .app import create_app

    path = settings(db=db)["db"]
    app = create_app(path)
    if not console().quiet:
        console().message(f"serving {path} on http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning" if console().quiet else "info")
