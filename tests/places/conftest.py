"""A tiny gazetteer built from hand-made GeoNames-shaped records (plus the
packaged curated file), shared by the places tests."""

from __future__ import annotations

import pytest


def _city(gid, name, lat, lon, cc, pop, admin1="01", alt=()):
    return {
        "geonameid": gid,
        "name": name,
        "latitude": lat,
        "longitude": lon,
        "countrycode": cc,
        "population": pop,
        "admin1code": admin1,
        "alternatenames": list(alt),
    }


CITIES = {
    str(c["geonameid"]): c
    for c in [
        _city(1, "Tripoli", 32.89, 13.19, "LY", 1_150_000),
        _city(2, "Tripoli", 34.44, 35.85, "LB", 230_000),
        _city(3, "Alexandria", 31.2, 29.92, "EG", 3_800_000),
        _city(4, "Alexandria", 38.8, -77.05, "US", 150_000, admin1="VA"),
        _city(5, "Alexandria", 31.3, -92.45, "US", 45_000, admin1="LA"),
        _city(6, "Kant", 42.89, 74.85, "KG", 22_000),
        _city(7, "Twinsk", 50.0, 30.0, "UA", 9_000),
        _city(8, "Twinsk", 48.0, 35.0, "UA", 8_000, admin1="02"),
        _city(9, "Kyiv", 50.45, 30.52, "UA", 2_900_000, alt=["Kiev", "Київ", "kyjiv"]),
        _city(10, "Cairo", 30.04, 31.24, "EG", 9_000_000),
        _city(11, "Bishkek", 42.87, 74.59, "KG", 900_000),
    ]
}

COUNTRIES = {
    cc2: {"geonameid": gid, "name": name, "iso": cc2, "iso3": iso3, "population": pop, "capital": cap}
    for cc2, gid, name, iso3, pop, cap in [
        ("LY", 2215636, "Libya", "LBY", 6_700_000, "Tripoli"),
        ("LB", 272103, "Lebanon", "LBN", 6_800_000, "Beirut"),
        ("EG", 357994, "Egypt", "EGY", 100_000_000, "Cairo"),
        ("US", 6252001, "United States", "USA", 330_000_000, "Washington"),
        ("KG", 1527747, "Kyrgyzstan", "KGZ", 6_500_000, "Bishkek"),
        ("UA", 690791, "Ukraine", "UKR", 41_000_000, "Kyiv"),
    ]
}

STATES = {
    "VA": {"code": "VA", "name": "Virginia", "fips": "51", "geonameid": 6254928},
    "LA": {"code": "LA", "name": "Louisiana", "fips": "22", "geonameid": 4331987},
}


@pytest.fixture(scope="session")
def gaz(tmp_path_factory):
    from accord.places import gazetteer

    path = tmp_path_factory.mktemp("gaz") / "gazetteer-test.duckdb"
    gazetteer.build(path, cities=CITIES, countries=COUNTRIES, states=STATES)
    yield path
    gazetteer.close_all()
