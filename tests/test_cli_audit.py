"""`uznania audit`: printing the log as a table, JSON or CSV, and exporting it to a file (itself audited)."""

from __future__ import annotations

import csv
import io
import json

from openpyxl import load_workbook

from tests.conftest import cli


def events(capsys, url, *args: str) -> list[dict]:
    code, out, err = cli(capsys, url, "audit", "--format", "json", *args)
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_print_and_filter(capsys, url) -> None:
    assert cli(capsys, url, "programmes", "add", "ŁDZ-1", "Filologia łódzka", "--name-en", "Lodz philology")[0] == 0
    assert cli(capsys, url, "programmes", "add", "KRK-2", "Prawo krakowskie")[0] == 0
    everything = events(capsys, url)
    assert [(e["action"], e["entity_id"]) for e in everything] == [("programme.add", "KRK-2"),
                                                                  ("programme.add", "ŁDZ-1")]
    assert set(everything[0]) == {"id", "at", "actor", "action", "entity", "entity_id", "before", "after", "reason"}
    assert everything[0]["id"] > everything[1]["id"]  # newest first
    [lodz] = events(capsys, url, "--search", "łódzka")
    assert lodz["after"]["name_pl"] == "Filologia łódzka" and lodz["before"] is None
    assert len(events(capsys, url, "--action", "programme.", "--limit", "1")) == 1
    assert events(capsys, url, "--action", "decision.") == []
    assert events(capsys, url, "--actor", "nobody") == []
    assert len(events(capsys, url, "--since", "2000-01-01", "--until", "2999-12-31")) == 2
    assert events(capsys, url, "--until", "2000-01-01") == []

    code, out, _ = cli(capsys, url, "audit", "--format", "csv", "--search", "łódzka")
    header, row = list(csv.reader(io.StringIO(out)))
    assert code == 0 and header == ["id", "at", "actor", "action", "entity", "entity_id", "before", "after",
                                    "reason"]
    assert json.loads(row[7])["name_pl"] == "Filologia łódzka" and row[6] == ""

    code, out, _ = cli(capsys, url, "audit")
    assert code == 0 and out.splitlines()[0].split()[:4] == ["ID", "Time", "Who", "Action"]
    assert "programme.add" in out and "Filologia łódzka" in out


def test_export_to_files(capsys, url, tmp_path) -> None:
    cli(capsys, url, "programmes", "add", "ŁDZ-1", "Filologia łódzka")
    target = tmp_path / "audyt.xlsx"
    code, out, err = cli(capsys, url, "audit", "--search", "łódzka", "-o", str(target))
    assert (code, err) == (0, "") and out == f"Audit events exported to {target}: 1.\n"
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2 and "Filologia łódzka" in rows[1][7]

    target = tmp_path / "audyt.csv"
    assert cli(capsys, url, "audit", "--output", str(target))[0] == 0
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle, delimiter=";"))) == 3  # the header, the programme, the first export

    [export, first] = events(capsys, url, "--action", "audit.export")
    assert export["after"]["rows"] == 2 and export["after"]["format"] == "csv"
    assert first["after"]["filter"] == {"text": "łódzka"}

    code, _, err = cli(capsys, url, "audit", "-o", str(tmp_path / "audyt.pdf"))
    assert code == 1 and err.startswith("Error: ") and "CSV or XLSX" in err
    assert not (tmp_path / "audyt.pdf").exists()
