"""Cost of the ``accord_events`` component relative to the bare spaCy parse.

    .venv/bin/python benchmarks/bench_events.py [PATH] [--limit N] [--repeat R] [--published DATE]

PATH: a folder of texts (a PolNeAR split folder's ``text/``, or any folder of
``*.txt``; default: the PolNeAR dev split next to the project). Times, in the
same process and on the same texts, (1) ``nlp.pipe`` with the bare spaCy
model and (2) the events component alone over those parsed Docs (the actors
and quotes components run first, untimed, so the Docs carry mentions and
quotes as in production). Prints one JSON line with the relative cost.
"""

from __future__ import annotations

import json

from component_cost import arguments, load_texts, measure, pipes


def main(argv=None) -> None:
    from accord.nlp import load_model

    args = arguments(__doc__, argv, published="2016-10-01")
    texts = load_texts(args.path, args.limit)
    nlp = load_model()
    actors, quotes, events = pipes(nlp, "accord_actors", "accord_quotes", "accord_events")
    m = measure(nlp, texts, events, before=[actors, quotes], published=args.published, repeat=args.repeat)
    parse, comp = m["parse_s"], m["component_s"]
    print(
        json.dumps(
            {
                "component": "accord_events",
                "docs": len(texts),
                "tokens": sum(len(d) for d in m["docs"]),
                "events": sum(len(d._.events or []) for d in m["docs"]),
                "parse_s": round(parse, 3),
                "events_s": round(comp, 3),
                "ms_per_doc": round(1000 * comp / max(1, len(texts)), 2),
                "relative_cost": round(comp / parse, 4) if parse else None,
            }
        )
    )


if __name__ == "__main__":
    main()
