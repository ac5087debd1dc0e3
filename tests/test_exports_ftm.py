"""FollowTheMoney export, validated with the followthemoney package itself."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from analytics_graphs import GraphBuilder
from click.testing import CliRunner
from followthemoney import model
from sample_graphs import HOSTILE_NAMES

from graph.cli import main
from graph.exports.ftm import ENTITY_SCHEMA, ftm_id, write_ftm
from graph.jsonio import write_graph
from graph.model import Graph


def export(graph: Graph) -> list[dict[str, Any]]:
    buf = io.StringIO()
    n = write_ftm(graph, buf)
    lines = buf.getvalue().splitlines()
    assert len(lines) == n
    return [json.loads(line) for line in lines]


def assert_valid(entities: list[dict[str, Any]]) -> None:
    """Every entity passes its schema, uses only its schema's properties, and every reference resolves in range."""
    by_id = {d["id"]: d for d in entities}
    assert len(by_id) == len(entities), "duplicate FtM ids"
    for d in entities:
        schema = model.get(d["schema"])
        assert schema is not None and not schema.abstract
        assert schema.validate(d) is None
        assert set(d["properties"]) <= set(schema.properties), d
        proxy = model.get_proxy(d, cleaned=False)  # re-cleaning must not drop anything we wrote
        for prop, values in d["properties"].items():
            assert sorted(proxy.get(prop)) == sorted(values), (d["id"], prop)
            p = schema.get(prop)
            if p.type.name == "entity":
                for v in values:
                    assert v in by_id, f"{d['id']}.{prop} -> {v} is not in the export"
                    assert model.get(by_id[v]["schema"]).is_a(p.range), (d["id"], prop, v)


def test_small_graph_is_valid_and_complete(small_graph: Graph) -> None:
    ents = export(small_graph)
    assert_valid(ents)
    mapped = [e for e in small_graph.entities if e.type in ENTITY_SCHEMA]
    assert len(ents) == len(small_graph.articles) + len(mapped) + len(small_graph.facts)
    schemas = {d["id"]: d["schema"] for d in ents}
    assert schemas["person.kim-jong-un"] == "Person"
    assert schemas["state.russia"] == "PublicBody"
    assert schemas["organization.united-nations-security-council"] == "Organization"
    assert schemas["place.vostochny-cosmodrome"] == "Address"
    assert schemas["weapon.artillery-shell"] == "Asset"


def test_known_facts_map_to_the_nearest_schemas(small_graph: Graph) -> None:
    ents = {d["id"]: d for d in export(small_graph)}
    assert ents["state.north-korea"]["properties"]["country"] == ["kp"]
    assert ents["state.russia"]["properties"]["country"] == ["ru"]
    by_record = {d["properties"]["recordId"][0]: d for d in ents.values() if "recordId" in d["properties"]}
    assert len(by_record) == len(small_graph.facts)
    for f in small_graph.facts:
        d = by_record[f.id]
        props = d["properties"]
        assert props["proof"] == [ftm_id(f.evidence[0].article)]
        assert props["summary"] == [f.evidence[0].quote]
        if f.type == "SUPPLIES":
            assert d["schema"] == "EconomicActivity"
            assert props["sender"] == [ftm_id(f.subject)] and props["receiver"] == [ftm_id(f.object)]
            assert "in exchange for" in props["description"][0] and "modality: possible" in props["description"][0]
        elif f.type == "SANCTIONS":
            assert d["schema"] == "Sanction"
            assert props["entity"] == ["state.north-korea"]
            assert props["authority"] == ["United Nations Security Council"]
            assert props["program"] == ["UN Security Council Resolution 1718"]
            assert props["provisions"] == ["arms embargo"] and props["reason"] == ["nuclear test"]
        elif f.type == "MET_WITH":
            assert d["schema"] == "Event"
            assert sorted(props["involved"]) == ["person.kim-jong-un", "person.vladimir-putin"]
            assert props["addressEntity"] == ["place.vostochny-cosmodrome"] and props["date"] == ["2023-09-13"]
    supplies = {by_record[f.id]["properties"]["goodsDescription"][0] for f in small_graph.facts
                if f.type == "SUPPLIES"}
    assert supplies == {"artillery shell", "satellite technology"}


def test_every_fact_type_maps_to_a_valid_entity() -> None:
    """One fact of each ontology type, with endpoints of each allowed type."""
    from graph.ontology import load_ontology

    onto = load_ontology()
    b = GraphBuilder()
    count = 0
    for ft in onto.fact_types.values():
        for st in ft.subject:
            for ot in ft.object:
                s, o = b.entity(st, f"{st} s"), b.entity(ot, f"{ot} o")
                b.fact(ft.name, s, o, {"role": "minister"} if "role" in ft.roles else {})
                count += 1
    g = b.graph()
    ents = export(g)
    assert_valid(ents)
    facts = [d for d in ents if "recordId" in d["properties"]]
    assert len(facts) == count
    assert {d["schema"] for d in facts} >= {"EconomicActivity", "Sanction", "Event", "Trip", "Directorship",
                                            "Membership", "UnknownLink"}


def test_hostile_names_survive_as_ftm_names(hostile_graph: Graph) -> None:
    ents = export(hostile_graph)
    assert_valid(ents)
    names = sorted(d["properties"]["name"][0] for d in ents if d["schema"] == "Person")
    # FtM keeps names on one line; nothing else about them changes
    assert names == sorted(" ".join(n.split()) for n in HOSTILE_NAMES)


def test_ftm_cli_validate_round_trips_the_file(small_graph: Graph, tmp_path: Path) -> None:
    src = tmp_path / "graph.json"
    write_graph(small_graph, src)
    out = tmp_path / "graph.ftm.jsonl"
    res = CliRunner().invoke(main, ["export", "ftm", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    checked = tmp_path / "checked.jsonl"
    ftm = Path(sys.executable).with_name("ftm")
    if not ftm.exists():
        pytest.fail(f"the followthemoney command line is missing next to {sys.executable}")
    subprocess.run([str(ftm), "validate", "-i", str(out), "-o", str(checked)], check=True, capture_output=True)

    def load(p: Path) -> dict[str, Any]:
        return {d["id"]: (d["schema"], {k: sorted(v) for k, v in d["properties"].items()})
                for d in map(json.loads, p.read_text(encoding="utf-8").splitlines())}

    assert load(checked) == load(out)
    res = CliRunner().invoke(main, ["export", "ftm", str(src), "-o", "-"])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == len(load(out))
