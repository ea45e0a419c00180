"""Cost of the ``accord_quotes`` component relative to the bare spaCy parse.

    .venv/bin/python benchmarks/bench_quotes.py [PATH] [--limit N] [--repeat R]

PATH: a folder of texts (a PolNeAR split folder's ``text/``, or any folder of
``*.txt``; default: the PolNeAR dev split next to the project). Times, in
the same process and on the same texts, (1) ``nlp.pipe`` with the bare
spaCy model and (2) the quotes component alone over those parsed Docs (the
actors component runs first, untimed, so the Docs carry mentions as in
production). Prints one JSON line with the relative cost.
"""

from __future__ import annotations

import json

from component_cost import arguments, load_texts, measure, pipes


def main(argv=None) -> None:
    from accord.nlp import load_model

    args = arguments(__doc__, argv)
    texts = load_texts(args.path, args.limit)
    nlp = load_model()
    actors, quotes = pipes(nlp, "accord_actors", "accord_quotes")
    m = measure(nlp, texts, quotes, before=[actors], repeat=args.repeat)
    parse, comp = m["parse_s"], m["component_s"]
    print(
        json.dumps(
            {
                "component": "accord_quotes",
                "articles": len(texts),
                "chars": sum(map(len, texts)),
                "quotes": sum(len(d._.quotes or []) for d in m["docs"]),
                "parse_s": round(parse, 3),
                "component_s": round(comp, 4),
                "relative_cost": round(comp / parse, 4),
                "ms_per_article": round(1000 * comp / max(1, len(texts)), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
