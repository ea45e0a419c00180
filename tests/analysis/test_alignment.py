import json
import re

import pytest
from accord_builders import E, article, days, make_db
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from accord import store
from accord.analysis.alignment import alignment, alignment_score, parse_leaders, parse_rivals, resolve_blocs, s_score
from accord.analysis.membership import Memberships
from accord.cli import cli
from accord.errors import AccordError


def open_db(tmp_path, recs, name="t.duckdb", **kw):
    return store.connect(make_db(tmp_path / name, recs, **kw), read_only=True)


def row(res, state, period):
    [r] = [r for r in res["rows"] if r["state"] == state and r["period"] == period]
    return r


# ------------------------------------------------------------ the formulas
def test_alignment_score_known_values():
    assert alignment_score(3, 0, 1, 2) == pytest.approx(4 / 6)
    assert alignment_score(2, 0, 3, 1) == 0
    assert alignment_score(0, 0, 0, 0) is None
    assert alignment_score(5, 0, 0, 0) == 1 and alignment_score(0, 5, 0, 0) == -1
    assert alignment_score(0, 0, 0, 4) == 1 and alignment_score(0, 0, 4, 0) == -1


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_alignment_score_bounds_and_antisymmetry(a, b, c, d):
    s = alignment_score(a, b, c, d)
    if a + b + c + d == 0:
        assert s is None
    else:
        assert -1 <= s <= 1
        assert alignment_score(c, d, a, b) == pytest.approx(-s)


def test_s_score_known_values():
    kaz = {"USA": (1, 0), "RUS": (0, 1)}
    usa = {"KAZ": (1, 0), "RUS": (0, 1)}
    rus = {"KAZ": (0, 1), "USA": (0, 1)}
    assert s_score(kaz, usa, "KAZ", "USA") == pytest.approx(1.0)
    assert s_score(kaz, rus, "KAZ", "RUS") == pytest.approx(-1.0)
    assert s_score(kaz, kaz, "KAZ", "KAZ") == 1.0
    # one partner each, disjoint: K = {A, L, X, Y}; valuations A: A 1, L 0, X 1, Y 0; L: A 0, L 1, X 0, Y 1
    assert s_score({"X": (1, 0)}, {"Y": (1, 0)}, "A", "L") == pytest.approx(1 - 4 / 4)


@given(
    st.dictionaries(st.sampled_from("ABCDEFG"), st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=6),
    st.dictionaries(st.sampled_from("ABCDEFG"), st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=6),
)
def test_s_score_bounds_and_symmetry(p, q):
    s = s_score(p, q, "X", "Y")
    assert -1 <= s <= 1
    assert s == pytest.approx(s_score(q, p, "Y", "X"))


def test_option_parsing():
    assert parse_rivals("NATO:CSTO, nato-sco") == [("NATO", "CSTO"), ("NATO", "SCO")]
    assert parse_leaders("NATO=USA,eu=deu") == {"NATO": "USA", "EU": "DEU"}
    with pytest.raises(AccordError):
        parse_rivals("NATO")
    with pytest.raises(AccordError):
        parse_leaders("NATO")
    blocs, rivals, leaders = resolve_blocs("NATO,CSTO")
    assert blocs == ["NATO", "CSTO"] and rivals == [("NATO", "CSTO")] and leaders == {"NATO": "USA", "CSTO": "RUS"}
    blocs, rivals, _ = resolve_blocs("EU,EAEU,CSTO")
    assert rivals == [("EU", "EAEU"), ("EU", "CSTO")]


# --------------------------------------------------- a hand-made event table
@pytest.fixture(scope="module")
def known(tmp_path_factory):
    d = days("2023-03-01", 10)
    recs = [
        # Kazakhstan 2023: with NATO members 3 cooperative; with CSTO members 1 cooperative, 2 conflictual
        article("k1", "2023-03-01", [E("COOPERATE", "USA", "KAZ", d[0]), E("CONSULT", "KAZ", "TUR", d[1])]),
        article("k2", "2023-03-03", [E("AGREE", "KAZ", "USA", d[2])]),
        article("k3", "2023-03-04", [E("AID", "RUS", "KAZ", d[3]), E("ACCUSE", "RUS", "KAZ", d[4])]),
        article("k4", "2023-03-06", [E("THREATEN", "KAZ", "ARM", d[5])]),
        # the same accusation in a second article the same day: counted once
        article("k5", "2023-03-05", [E("ACCUSE", "RUS", "KAZ", d[4])]),
        # an event with the organization itself counts for the bloc
        article(
            "k6", "2024-05-01", [E("SUPPORT", "CSTO", "KAZ", "2024-05-01"), E("COOPERATE", "KAZ", "NATO", "2024-05-02")]
        ),
        # the United States and Russia in conflict
        article("u1", "2023-04-01", [E("SANCTION", "USA", "RUS", "2023-04-01")]),
        # Armenia 2023 straddles: exercises with the US and arms from Russia
        article("a1", "2023-09-11", [E("COOPERATE", "ARM", "USA", "2023-09-11")]),
        article("a2", "2023-10-01", [E("AID", "RUS", "ARM", "2023-10-01")]),
        # Armenia 2024: talks with the US only (not material): no straddle
        article("a3", "2024-02-01", [E("CONSULT", "ARM", "USA", "2024-02-01"), E("AID", "RUS", "ARM", "2024-02-02")]),
        # India 2022: exercises with the US and with Russia (CSTO and SCO)
        article(
            "i1", "2022-10-01", [E("COOPERATE", "IND", "USA", "2022-10-01"), E("COOPERATE", "IND", "RUS", "2022-10-02")]
        ),
        # a near-duplicate: must not count
        article("k1b", "2023-03-01", [E("SANCTION", "USA", "KAZ", d[0])]),
    ]
    return make_db(tmp_path_factory.mktemp("align") / "k.duckdb", recs, duplicates={"k1b": "k1"})


@pytest.fixture
def res(known, stub_knowledge):
    con = store.connect(known, read_only=True)
    try:
        yield alignment(con, period="year", knowledge=stub_knowledge, evidence=True)
    finally:
        con.close()


def test_counts_and_score_on_known_table(res):
    kaz = row(res, "KAZ", "2023")
    assert kaz["blocs"]["NATO"] == {"coop": 3, "conflict": 0, "material": 1}
    assert kaz["blocs"]["CSTO"] == {"coop": 1, "conflict": 2, "material": 1}
    assert kaz["blocs"]["SCO"] == {"coop": 1, "conflict": 1, "material": 1}  # RUS only (ARM is not in the SCO)
    # ((3 - 0) - (1 - 2)) / (3 + 0 + 1 + 2) = 4 / 6
    assert kaz["alignment"]["NATO-CSTO"] == pytest.approx(4 / 6, abs=1e-4)
    # ((3 - 0) - (1 - 1)) / 5
    assert kaz["alignment"]["NATO-SCO"] == pytest.approx(3 / 5, abs=1e-4)
    assert kaz["events"] == 6
    assert kaz["member_of"] == ["CSTO", "SCO"]
    assert kaz["straddler"] and kaz["straddles"] == ["NATO-CSTO", "NATO-SCO"]
    assert kaz["name"] == "Kazakhstan"


def test_s_score_on_known_table(res):
    kaz = row(res, "KAZ", "2023")
    # K = {KAZ, USA, TUR, RUS, ARM}
    # KAZ's valuations: itself 1, USA +1 (2 coop), TUR +1, RUS 0 (1 coop, 1 conflict: the accusation
    # reported twice the same day counts once), ARM -1
    # USA's: KAZ +1, itself 1, TUR 0 (no events), RUS -1 (sanction), ARM +1 (exercise)
    expected = 1 - (0 + 0 + 1 + 1 + 2) / 5
    assert kaz["s_score"]["USA"] == pytest.approx(expected, abs=1e-4)
    assert row(res, "USA", "2023")["s_score"]["USA"] == 1.0


def test_org_counts_for_its_bloc(res):
    kaz = row(res, "KAZ", "2024")
    # SUPPORT from the CSTO (verbal), COOPERATE with NATO (material)
    assert kaz["blocs"]["CSTO"] == {"coop": 1, "conflict": 0, "material": 0}
    assert kaz["blocs"]["NATO"] == {"coop": 1, "conflict": 0, "material": 1}
    assert kaz["blocs"]["SCO"] == {"coop": 0, "conflict": 0, "material": 0}


def test_straddlers(res):
    # Russia is in both the CSTO and the SCO: its arms count for both blocs
    assert row(res, "ARM", "2023")["straddles"] == ["NATO-CSTO", "NATO-SCO"]
    assert not row(res, "ARM", "2024")["straddler"]  # talks are not material cooperation
    assert row(res, "IND", "2022")["straddles"] == ["NATO-CSTO", "NATO-SCO"]
    # bloc leaders are never flagged
    assert not any(r["straddler"] for r in res["rows"] if r["state"] in ("USA", "RUS", "CHN"))


def test_duplicates_excluded_and_evidence(res):
    kaz = row(res, "KAZ", "2023")
    assert kaz["blocs"]["NATO"]["conflict"] == 0  # the SANCTION lives only in a near-duplicate
    ids = {e["article_id"] for e in kaz["evidence"]["CSTO"]}
    assert ids == {"k3", "k4", "k5"}


def test_period_and_state_filters(known, stub_knowledge):
    con = store.connect(known, read_only=True)
    try:
        q = alignment(con, period="quarter", states="ARM", knowledge=stub_knowledge)
        assert {r["period"] for r in q["rows"]} == {"2023-Q1", "2023-Q3", "2023-Q4", "2024-Q1"}
        # the straddle needs both in the same period: quarters split it
        assert not any(r["straddler"] for r in q["rows"])
        two = alignment(con, blocs="NATO,CSTO", knowledge=stub_knowledge)
        assert two["rivals"] == ["NATO-CSTO"] and set(two["rows"][0]["alignment"]) == {"NATO-CSTO"}
    finally:
        con.close()


# ------------------------------------------------------- dated membership
def uzbek_db(tmp_path):
    return open_db(
        tmp_path,
        [
            article("u2010", "2010-05-01", [E("COOPERATE", "TUR", "UZB", "2010-05-01")]),
            article("u2015", "2015-05-01", [E("COOPERATE", "TUR", "UZB", "2015-05-01")]),
        ],
        name="uzb.duckdb",
    )


def check_uzbekistan(res):
    # Turkey's exercises with Uzbekistan count for the CSTO while Uzbekistan
    # is a member (2010), not after it left (2012); for the SCO both times
    y2010, y2015 = row(res, "TUR", "2010"), row(res, "TUR", "2015")
    assert y2010["blocs"]["CSTO"]["coop"] == 1
    assert y2015["blocs"]["CSTO"]["coop"] == 0
    assert y2010["blocs"]["SCO"]["coop"] == 1 and y2015["blocs"]["SCO"]["coop"] == 1
    # Turkey's only partner is Uzbekistan, in no NATO count: no straddle
    assert y2010["blocs"]["NATO"] == {"coop": 0, "conflict": 0, "material": 0}
    assert y2010["straddles"] == [] and not y2010["straddler"]
    assert "CSTO" in row(res, "UZB", "2010")["member_of"]
    assert "CSTO" not in row(res, "UZB", "2015")["member_of"]


def test_dated_membership_stub(tmp_path, stub_knowledge):
    con = uzbek_db(tmp_path)
    try:
        check_uzbekistan(alignment(con, knowledge=stub_knowledge))
    finally:
        con.close()


def test_dated_membership_real_knowledge(tmp_path):
    pytest.importorskip("accord.actors.knowledge")
    con = uzbek_db(tmp_path)
    try:
        check_uzbekistan(alignment(con))
    finally:
        con.close()


def test_memberships_cache_and_names(stub_knowledge):
    m = Memberships(stub_knowledge)
    assert m.is_member("UZB", "CSTO", "2010-01-01") and not m.is_member("UZB", "CSTO", "2015-01-01")
    assert m.name("KAZ") == "Kazakhstan" and m.name("XYZ") == "XYZ"
    assert m.orgs_of("KAZ", "2020-01-01", among=["NATO", "CSTO"]) == ["CSTO"]


def test_missing_knowledge_is_a_clear_error(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, globals=None, locals=None, fromlist=(), level=0):
        if fromlist and "knowledge" in fromlist:
            raise ImportError("no module")
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(AccordError, match="membership data is not available"):
        Memberships()


def test_cli_alignment(known, use_stub_knowledge):
    r = CliRunner().invoke(cli, ["alignment", "--db", known, "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["rivals"] == ["NATO-CSTO", "NATO-SCO"]
    # a row for every state with cooperation or conflict in a year (the
    # near-duplicate k1b adds none; organizations have no rows)
    assert sorted((x["state"], x["period"]) for x in data["rows"]) == [
        ("ARM", "2023"),
        ("ARM", "2024"),
        ("IND", "2022"),
        ("KAZ", "2023"),
        ("KAZ", "2024"),
        ("RUS", "2022"),
        ("RUS", "2023"),
        ("RUS", "2024"),
        ("TUR", "2023"),
        ("USA", "2022"),
        ("USA", "2023"),
        ("USA", "2024"),
    ]
    r = CliRunner().invoke(cli, ["alignment", "--db", known, "--format", "csv", "--straddlers"])
    assert r.exit_code == 0
    lines = r.output.strip().splitlines()
    assert "align_NATO_CSTO" in lines[0] and "S_USA" in lines[0]
    assert {ln.split(",")[0] for ln in lines[1:]} == {"KAZ", "ARM", "IND"}
    r = CliRunner().invoke(cli, ["alignment", "--db", known, "--period", "quarter", "--state", "KAZ"])
    assert r.exit_code == 0
    # Kazakhstan's events fall in March 2023 and May 2024
    assert re.findall(r"│ (\w{3}) +│ (\d{4}-Q\d)", r.output) == [("KAZ", "2023-Q1"), ("KAZ", "2024-Q2")]
    r = CliRunner().invoke(cli, ["alignment", "--db", known, "--rivals", "NATO"])
    assert r.exit_code != 0 and "A:B" in r.output
