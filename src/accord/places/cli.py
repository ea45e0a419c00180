"""``accord eval-places`` (the figures of ``accord eval places``, with --misses) and
``accord gazetteer``: thin wrappers over :mod:`accord.evaluate.places` and
:mod:`accord.places.gazetteer`."""

from __future__ import annotations

import json
import sys
import time

import click

from ..errors import AccordError

DEFAULT_GOLD = "data/places/gold.tsv"


def register(group: click.Group) -> None:
    group.add_command(eval_places_cmd)
    group.add_command(gazetteer_cmd)


def _fail(e: Exception) -> None:
    click.echo(f"error: {e}", err=True)
    sys.exit(1)


@click.command(name="eval-places")
@click.argument("path", type=click.Path(exists=True, dir_okay=False), default=DEFAULT_GOLD)
@click.option(
    "--ner/--no-ner",
    default=True,
    show_default=True,
    help="Also find each place with spaCy's NER (needs the model; skipped with a note without it).",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N sentences.")
@click.option("--misses", is_flag=True, help="List the sentences not resolved within tolerance, one JSON a line.")
def eval_places_cmd(path, ner, limit, misses):
    """Score the place resolver on a gold list of sentences; prints one JSON
    line of figures last: resolved within tolerance (25 km for a town or
    site, 100 km for a region, 300 km for a sea or country), coarse (only
    the right country), wrong, unresolved -- for the gold span itself
    ("given") and for the place found by spaCy's NER ("ner").

    \b
    Example:
        accord eval-places data/places/gold.tsv --misses
        accord eval places --dataset gold data/places/gold.tsv
    """
    from ..evaluate.places import evaluate_places

    nlp = None
    if ner:
        try:
            from ..nlp import load_model

            nlp = load_model()
        except AccordError as e:
            click.echo(f"note: no NER figures ({e})".splitlines()[0], err=True)
    try:
        figures = evaluate_places(path, nlp, limit=limit)
    except AccordError as e:
        _fail(e)
    for m in figures.pop("misses"):
        if misses:
            click.echo(json.dumps(m, ensure_ascii=False))
    click.echo(json.dumps({"kind": "places", "dataset": "gold", **figures}, ensure_ascii=False))


@click.command(name="gazetteer")
@click.option("--rebuild", is_flag=True, help="Build the gazetteer again even if the cache has it.")
@click.argument("names", nargs=-1)
def gazetteer_cmd(rebuild, names):
    """Build the offline gazetteer (once; it is cached under
    $ACCORD_CACHE_DIR or ~/.cache/accord) and resolve NAMES, one JSON line
    each.

    \b
    Example:
        accord gazetteer "Kant air base" Tripoli
    """
    from . import gazetteer, resolve

    try:
        path = gazetteer.default_path()
        if rebuild or not path.exists():
            t = time.perf_counter()
            gazetteer.build(path)
            click.echo(f"built {path} in {time.perf_counter() - t:.1f} s", err=True)
        for name in names:
            place = resolve(name)
            click.echo(json.dumps({"name": name, "place": place.as_dict() if place else None}, ensure_ascii=False))
    except AccordError as e:
        _fail(e)
