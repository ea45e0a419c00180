"""The data files load and say what they promise."""

from accord.events.classifier import CLASSES, QuadModel
from accord.events.lexicon import DATA, lexicon


def test_cameo_plover_table_is_clean():
    lex = lexicon()
    assert lex.codes["1712"].type == "COERCE"  # destroy property: not ASSAULT
    assert lex.codes["163"].type == "SANCTION"
    assert lex.codes["175"].type == "ASSAULT"
    assert lex.codes["0874"].mode == "withdraw"
    assert lex.info("0212").type == "REQUEST"  # appeals added
    assert lex.info("0621") is not None and lex.info("0621").type == "COOPERATE"  # falls back to 062
    for ci in lex.codes.values():
        assert ci.type in lex.categories
    text = (DATA / "cameo_plover.tsv").read_text().splitlines()
    codes = [ln.split("\t")[0] for ln in text if ln and not ln.startswith("#")][1:]
    assert len(codes) == len(set(codes))  # 175 no longer repeated


def test_verb_dictionary_has_license_and_patterns():
    import json

    d = json.loads((DATA / "cameo_verbs.json").read_text())
    assert "MIT" in d["_license"]
    lex = lexicon()
    assert lex.verbs["accuse"]["code"] == "112"
    assert any(p[2] == "062" for p in lex.blocks[lex.verbs["hold"]["block"]]["patterns"])


def test_categories_have_quads_and_intensity():
    lex = lexicon()
    assert len(lex.categories) == 16
    for cat in lex.categories.values():
        assert cat["quad"] in CLASSES[1:] and isinstance(cat["intensity"], float)


def test_shipped_model_loads_and_predicts():
    m = QuadModel.load()
    assert m is not None and m.classes == CLASSES
    p = m.predict(["L=attack", "T=ASSAULT", "Q=material_conflict"])
    assert abs(sum(p.values()) - 1) < 1e-9
    assert max(p, key=p.get) == "material_conflict"


def test_trigger_rows_are_well_formed():
    lex = lexicon()
    rows = [ln for ln in (DATA / "triggers.tsv").read_text().splitlines() if ln and not ln.startswith("#")]
    assert all(len(r.split("\t")) == 6 for r in rows)
    for rules in lex.rules.values():
        for r in rules:
            assert r.pos in ("VERB", "NOUN", "ANY")
            if r.cameo is not None:
                assert lex.info(r.cameo) is not None, r


ONTOLOGY_CONTEXTS = {
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "hr",
    "rightsfree",
    "repression",
    "human_sec",
    "gender",
    "lgbt",
    "religethno",
    "inequality",
    "diplomatic",
    "territory",
    "health",
    "asylum",
    "migration",
    "disasters",
    "environment",
    "tech",
    "terrorism",
    "cbrn",
    "cyber",
    "misinfo",
    "crime",
    "corruption",
}


def test_modes_and_contexts_are_plovers():
    from accord.events.build_data import MODES

    lex = lexicon()
    for c in lex.codes.values():
        assert c.mode is None or c.mode in MODES[c.type], c
        assert set(c.context) <= ONTOLOGY_CONTEXTS, c
    for rules in lex.rules.values():
        for r in rules:
            if r.cameo:
                t = lex.info(r.cameo).type
                assert r.mode is None or r.mode in MODES[t], r
                assert set(r.context or ()) <= ONTOLOGY_CONTEXTS, r


def test_every_word_list_the_code_asks_for_exists():
    import re
    from pathlib import Path

    from accord.events import words as W

    src = Path(W.__file__).parent
    calls = set()
    for p in src.glob("*.py"):
        calls |= set(
            re.findall(
                r"W\.(words|word_list|word_map|int_map|categories|category_map|labels)\(\"(\w+)\"\)",
                p.read_text(encoding="utf-8"),
            )
        )
    assert len(calls) > 30
    for fn, name in calls:
        assert getattr(W, fn)(name), (fn, name)
    assert W.int_map("month_abbreviations")["sept"] == 9
    assert W.category_map("threat_code")["COERCE"] == "132"


def test_user_data_folder_adds_trigger_rows(tmp_path):
    from accord import datafiles

    d = tmp_path / "events" / "data"
    d.mkdir(parents=True)
    (d / "triggers.tsv").write_text(
        "lemma\tpos\targs\tcameo\tmode\tcontext\nzorble\tVERB\t-\t190\t\t\n", encoding="utf-8"
    )
    try:
        datafiles.use_data_dir(tmp_path)
        assert lexicon().rules["zorble"][0].cameo == "190"
        assert "attack" in lexicon().rules  # the packaged rows stay
    finally:
        datafiles.use_data_dir(None)
    assert "zorble" not in lexicon().rules
