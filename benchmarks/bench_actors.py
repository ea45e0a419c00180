"""Cost of the ``accord_actors`` component relative to the bare spaCy parse.

    .venv/bin/python benchmarks/bench_actors.py [PATH] [--limit N] [--repeat R]

PATH: a folder of texts (a PolNeAR split folder's ``text/``, or any folder of
``*.txt``; default: the PolNeAR dev split next to the project). Times, in the
same process and on the same texts, (1) ``nlp.pipe`` with the bare spaCy
model and (2) the actors component alone over those parsed Docs (best of R
repeats each; wall clock and, less sensitive to other load on the machine,
process CPU time), plus the one-off cost of loading the actor data and
compiling the lexicon. Prints one JSON line with the relative cost.
"""

from __future__ import annotations

import json
import time

from component_cost import arguments, load_texts, measure, pipes


def main(argv=None) -> None:
    args = arguments(__doc__, argv)
    t0, c0 = time.perf_counter(), time.process_time()
    from accord.actors.lexicon import get_lexicon

    get_lexicon()
    build_s, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    from accord.nlp import load_model

    texts = load_texts(args.path, args.limit)
    nlp = load_model()
    [actors] = pipes(nlp, "accord_actors")
    m = measure(nlp, texts, actors, published="2016-10-01", repeat=args.repeat)
    parse, comp = m["parse_s"], m["component_s"]
    print(
        json.dumps(
            {
                "component": "accord_actors",
                "articles": len(texts),
                "chars": sum(map(len, texts)),
                "mentions": sum(len(d._.mentions or []) for d in m["docs"]),
                "lexicon_build_s": round(build_s, 3),
                "lexicon_build_cpu_s": round(build_cpu, 3),
                "parse_s": round(parse, 3),
                "component_s": round(comp, 4),
                "relative_cost": round(comp / parse, 4),
                "relative_cost_cpu": round(m["component_cpu_s"] / m["parse_cpu_s"], 4),
                "ms_per_article": round(1000 * comp / max(1, len(texts)), 3),
            }
        )
    )


if __name__ == "__main__":
    main()
