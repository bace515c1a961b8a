"""The EMREX commands of the command line."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import cli

DATA = Path(__file__).resolve().parent / "data" / "emrex"
DK = DATA / "samples" / "dk" / "elmo-tomcat-signed.xml"


def test_trust_import_and_list(capsys, url) -> None:
    code, out, _ = cli(capsys, url, "trust", "import", str(DATA / "registry" / "emreg-emps-example.json"))
    assert code == 0 and "added" in out
    code, out, _ = cli(capsys, url, "trust", "list", "--format", "json")
    entries = json.loads(out)
    assert any(e["acronym"] == "DK-TEST" and len(e["fingerprint"]) == 64 for e in entries)
    code, _, err = cli(capsys, url, "trust", "import", str(DK))
    assert code == 1 and err  # an ELMO document is no trust source


def test_inspect_json(capsys, url) -> None:
    cli(capsys, url, "trust", "import", str(DATA / "registry" / "emreg-emps-example.json"))
    code, out, _ = cli(capsys, url, "elmo", "inspect", str(DATA / "samples" / "dk" /
                                                          "elmo-tomcat-signed-zipped-base64.txt"), "--format", "json")
    record = json.loads(out)
    assert code == 0
    assert (record["transport"], record["format"]) == ("gzip+base64", "elmo-1")
    assert (record["signature"]["status"], record["signature"]["emp"]) == ("valid", "DK-TEST")
    assert record["learner"] == {"given_names": "Jens", "family_name": "Hansen", "full_name": "",
                                 "birth_date": "1980-12-09"}
    assert record["courses"] and {"title", "ects", "grade", "status"} <= set(record["courses"][0])
    assert record["ects_total"] == pytest.approx(sum(c["ects"] or 0 for c in record["courses"]))


@pytest.mark.parametrize("name,status", [("samples/dk/elmo-tomcat-unsigned.xml", "missing"),
                                         ("samples/se/swedish_1_elmo1.0.xml", "invalid"),
                                         ("samples/dk/elmo-tomcat-signed.xml", "unknown_signer")])
def test_inspect_marks_what_cannot_be_believed(capsys, url, name, status) -> None:
    code, out, _ = cli(capsys, url, "elmo", "inspect", str(DATA / name), "--format", "json")
    record = json.loads(out)
    assert code == 0 and record["signature"]["status"] == status and record["verified"] is False


def test_unreadable_documents_exit_nonzero(capsys, url) -> None:
    code, out, err = cli(capsys, url, "elmo", "inspect",
                         str(DATA / "samples" / "official" / "elmo-schemas-example-de-v1.7-preview.xml"))
    assert code == 1 and out == "" and err.startswith("Error:")
    code, _, err = cli(capsys, url, "elmo", "inspect", str(DATA / "samples" / "ncp-response-cancel.form"))
    assert code == 1 and "CANCEL" in err.upper()


def test_import_and_batch(capsys, url, tmp_path) -> None:
    cli(capsys, url, "trust", "import", str(DATA / "registry" / "emreg-emps-example.json"))
    cli(capsys, url, "programmes", "add", "SYN-INF-S1", "Informatyka")
    students = tmp_path / "s.csv"
    students.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
                        "800001;Hansen;Jens;1980-12-09;SYN-INF-S1;erasmus\n", encoding="utf-8")
    cli(capsys, url, "students", "import", str(students))
    deadline = (date.today() + timedelta(days=10)).isoformat()
    _, out, _ = cli(capsys, url, "decisions", "open", "--student", "800001", "--deadline", deadline)
    [decision] = json.loads(out)
    code, _, err = cli(capsys, url, "elmo", "import", str(DATA / "samples" / "dk" / "elmo-tomcat-unsigned.xml"),
                       "--decision", str(decision))
    assert code == 1 and "not signed" in err
    code, out, _ = cli(capsys, url, "decisions", "list", "--format", "json")
    assert [d["results_loaded"] for d in json.loads(out)] == [False]  # a refused import stores nothing
    code, out, _ = cli(capsys, url, "elmo", "import", str(DK), "--decision", str(decision), "--format", "json")
    assert code == 0 and json.loads(out)["courses"] > 0
    folder = tmp_path / "returned"
    folder.mkdir()
    shutil.copy(DK, folder / "a.xml")
    code, out, _ = cli(capsys, url, "elmo", "batch", str(folder), "--format", "json")
    assert code == 0 and [r["outcome"] for r in json.loads(out)] == ["already_imported"]
