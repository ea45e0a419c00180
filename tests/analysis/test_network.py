import json

import networkx as nx
import pytest
from accord_builders import E, article, make_db
from click.testing import CliRunner

from accord import store
from accord.analysis.network import layout, network, to_json
from accord.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    recs = [
        article(
            "n1", "2023-01-01", [E("COOPERATE", "USA", "KAZ", "2023-01-01"), E("ACCUSE", "RUS", "USA", "2023-01-01")]
        ),
        article("n2", "2023-01-01", [E("COOPERATE", "USA", "KAZ", "2023-01-01")]),  # same day: once
        article(
            "n3", "2023-01-05", [E("AGREE", "KAZ", "USA", "2023-01-05"), E("SUPPORT", "CSTO", "KAZ", "2023-01-05")]
        ),
        article(
            "n4", "2023-01-06", [E("THREATEN", "RUS", "USA", "2023-01-06"), E("AGREE", "RUS", "USA", "2023-01-07")]
        ),
    ]
    return make_db(tmp_path_factory.mktemp("net") / "n.duckdb", recs)


def test_graph(db):
    con = store.connect(db, read_only=True)
    try:
        g = network(con)
    finally:
        con.close()
    assert set(g.nodes) == {"USA", "KAZ", "RUS", "CSTO"}
    assert g.nodes["CSTO"]["kind"] == "org" and g.nodes["KAZ"]["kind"] == "state"
    e = g.edges["USA", "KAZ"]  # both directions on one undirected edge
    assert (e["cooperation"], e["conflict"], e["weight"], e["net"], e["sign"]) == (2, 0, 2, 2, 1)
    e = g.edges["RUS", "USA"]
    assert (e["cooperation"], e["conflict"], e["net"], e["sign"]) == (1, 2, -1, -1)
    pos = layout(g)
    assert set(pos) == set(g.nodes) and all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pos.values())
    data = to_json(g)
    assert {n["id"] for n in data["nodes"]} == set(g.nodes) and len(data["edges"]) == 3


def test_cli(db, tmp_path):
    out = tmp_path / "n.graphml"
    r = CliRunner().invoke(cli, ["network", "--db", db, "--format", "graphml", "-o", str(out)])
    assert r.exit_code == 0, r.output
    g = nx.read_graphml(out)
    assert g.number_of_edges() == 3 and g.edges["KAZ", "USA"]["weight"] == 2
    r = CliRunner().invoke(cli, ["network", "--db", db, "--format", "json", "--type", "COOPERATE"])
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert [(e["source"], e["target"]) for e in data["edges"]] == [("KAZ", "USA")]
