"""The Learning Agreement commands of the command line: `la import` and `la show`."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from tests.conftest import TODAY, cli

EXAMPLE = Path(__file__).resolve().parent / "data" / "domain" / "ewp-omobility-las-get-response-example.xml"


@pytest.fixture
def decision(seeded) -> int:
    [decision_id] = seeded.decisions.open(["100001"], TODAY + timedelta(days=30), "5")
    return decision_id


def test_import_and_show_the_ewp_example(capsys, url, decision) -> None:
    code, out, err = cli(capsys, url, "la", "import", str(EXAMPLE), "--decision", str(decision))
    assert code == 0 and err == ""
    assert "Table A (courses abroad)" in out and "KR502B" in out and "inserted (extending-mobility)" in out
    assert "ECTS total: 15" in out and "ECTS total: 9" in out
    assert "Change proposal 59B15BAF222F868493C167125FA32452E946, not approved and not applied" in out
    assert "Paweł Tomasz Kowalski (Mobility coordinator)" in out
    code, out, _ = cli(capsys, url, "la", "show", "--decision", str(decision), "--format", "json")
    record = json.loads(out)
    assert code == 0
    assert [(c["code"], c["title"], c["ects"]) for c in record["table_a"]] == [("", "Introductory calculus", 9.0),
                                                                              ("KR502B", "Algebra", 6.0)]
    assert [c["title"] for c in record["table_b"]] == ["Calculus", "Algebra with Geometry"]
    assert record["ects"] == {"A": 15.0, "B": 9.0, "C": 0.0}
    assert record["pending"]["id"] == "59B15BAF222F868493C167125FA32452E946"
    assert [c["status"] for c in record["pending"]["changes"]] == ["inserted", "deleted"]
    assert {(s["version"], s["party"]) for s in record["signatures"]} >= {("approved-changes", "receiving-hei")}
    assert (record["omobility_id"], record["version"], record["source"]) == (
        "c442c289-5541-4cae-9edb-8ad83e133613", "approved-changes", "ewp")


def test_import_a_csv_with_groups(capsys, url, decision, tmp_path) -> None:
    path = tmp_path / "la.csv"
    path.write_text("tabela;kod;nazwa;ects;semestr;grupa\nA;INF-RC;Reti di calcolatori;6;Winter;1\n"
                    "B;SYN-INF-502;Sieci komputerowe;5;5;1\n", encoding="utf-8")
    code, out, _ = cli(capsys, url, "la", "import", str(path), "--decision", str(decision), "--format", "json")
    record = json.loads(out)
    assert code == 0 and record["source"] == "csv" and record["pending"] is None
    assert record["groups"] == [{"name": "1", "table_a": ["INF-RC"], "table_b": ["SYN-INF-502"], "ects_a": 6.0,
                                 "ects_b": 5.0}]
    code, out, _ = cli(capsys, url, "la", "show", "--decision", str(decision))
    assert code == 0 and "Group 1: INF-RC → SYN-INF-502" in out


def test_refusals_go_to_stderr(capsys, url, decision, tmp_path) -> None:
    code, out, _ = cli(capsys, url, "la", "show", "--decision", str(decision), "--format", "json")
    assert code == 0 and json.loads(out) is None
    code, out, _ = cli(capsys, url, "la", "show", "--decision", str(decision))
    assert code == 0 and "has no Learning Agreement" in out
    hostile = tmp_path / "hostile.xml"
    hostile.write_bytes(b'<!DOCTYPE la [<!ENTITY x SYSTEM "file:///etc/passwd">]><la>&x;</la>')
    code, out, err = cli(capsys, url, "la", "import", str(hostile), "--decision", str(decision))
    assert code == 1 and out == "" and err.startswith("Error:") and "DOCTYPE" in err
    code, _, err = cli(capsys, url, "la", "import", str(EXAMPLE), "--decision", str(decision), "--omobility", "nope")
    assert code == 1 and "no Learning Agreement of mobility nope" in err
    code, _, err = cli(capsys, url, "la", "show", "--decision", "999")
    assert code == 1 and "Decision 999 does not exist" in err
