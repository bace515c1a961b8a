"""The EMREX commands of the command line."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import cli
from tests.signing import signing_key

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


# -- emrex fetch and demo-emp: the commands as processes, as a terminal runs them -------------------------------------
def _desk_awaiting_zofia(capsys, url, tmp_path) -> int:
    from app.services.emrex.demo_emp import demo_files
    from tests.emrex_live import ZOFIA

    registry = tmp_path / "emreg.json"
    registry.write_text(json.dumps({"emps": [
        {"acronym": "UZN-DEMO", "countryCode": "FI", "url": "http://127.0.0.1:9/emrex",
         "pubKey": demo_files()[1].read_text(encoding="ascii")},
        {"acronym": "OTHER-EMP", "countryCode": "SE", "url": "http://127.0.0.1:9/other",
         "pubKey": OTHER.cert_pem.decode("ascii")}]}), encoding="utf-8")
    assert cli(capsys, url, "trust", "import", str(registry))[0] == 0
    cli(capsys, url, "programmes", "add", "SYN-INF-S1", "Informatyka")
    students = tmp_path / "s.csv"
    students.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n"
                        f"800101;{ZOFIA.family_name};{ZOFIA.given_names};{ZOFIA.birth_date};SYN-INF-S1;erasmus\n",
                        encoding="utf-8")
    cli(capsys, url, "students", "import", str(students))
    deadline = (date.today() + timedelta(days=10)).isoformat()
    _, out, _ = cli(capsys, url, "decisions", "open", "--student", "800101", "--deadline", deadline)
    return json.loads(out)[0]


def _command(url: str, *args: str):
    import subprocess
    import sys

    return subprocess.Popen([sys.executable, "-m", "app", "--db", url, "--lang", "en", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")


OTHER = signing_key("OTHER-EMP")  # another contact point the desk trusts


@pytest.mark.parametrize(("case", "code", "words"), [
    ("results", 0, None),
    ("another contact point", 1, "signed by OTHER-EMP (SE), not by the contact point UZN-DEMO (FI)"),
    ("cancel", 1, "The student cancelled at the contact point (NCP_CANCEL)"),
])
def test_emrex_fetch_prints_the_session_waits_and_imports(capsys, url, tmp_path, case, code, words) -> None:
    from tests.emrex_live import request, signed_return

    decision = _desk_awaiting_zofia(capsys, url, tmp_path)
    process = _command(url, "emrex", "fetch", "--decision", str(decision), "--emp", "uzn-demo", "--no-browser",
                       "--format", "json")
    try:
        line = json.loads(process.stdout.readline())  # as soon as the receiver listens
        assert set(line) == {"session_id", "start_url", "return_url"} and len(line["session_id"]) == 32
        status, page = request(line["start_url"], "GET")
        assert status == 200 and 'action="http://127.0.0.1:9/emrex"' in page
        body = (signed_return(line["session_id"], key=OTHER if case == "another contact point" else None)
                if case != "cancel" else f"sessionId={line['session_id']}&returnCode=NCP_CANCEL".encode())
        assert request(line["return_url"], body=body)[0] == 200
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == code, err
    if code == 0:
        assert json.loads(out) == {"document": 1, "decision": decision, "courses": 7, "ects": "32"}
    else:
        assert words in err and out == ""
    _, listed, _ = cli(capsys, url, "audit", "--format", "json")
    outcomes = [e["after"]["outcome"] for e in json.loads(listed) if e["action"] == "emrex.session.end"]
    assert outcomes == ["emp_cancel" if case == "cancel" else "received"]


def test_emrex_fetch_refuses_an_unknown_contact_point(capsys, url, tmp_path) -> None:
    decision = _desk_awaiting_zofia(capsys, url, tmp_path)
    code, _, err = cli(capsys, url, "emrex", "fetch", "--decision", str(decision), "--emp", "NOPE", "--no-browser")
    assert code == 1 and "no contact point NOPE" in err


def test_demo_emp_command(tmp_path) -> None:
    from tests.emrex_live import request

    process = _command(f"sqlite:///{tmp_path / 'unused.sqlite3'}", "emrex", "demo-emp", "--port", "0")
    try:
        line = process.stdout.readline()
        assert line.startswith("Demonstration EMREX contact point at http://127.0.0.1:")
        url = line.split(" at ")[1].split(" ")[0]
        status, page = request(url, "GET")
        assert status == 200 and "demonstration EMREX contact point" in page
        status, page = request(url, body=b"sessionId=&returnUrl=")
        assert status == 400 and "missing" in page
    finally:
        process.terminate()
        process.communicate(timeout=10)
    assert not (tmp_path / "unused.sqlite3").exists()  # a contact point of its own: no desk is opened


def test_ctrl_c_cancels_the_fetch(capsys, url, tmp_path) -> None:
    import signal

    from tests.emrex_live import refused

    decision = _desk_awaiting_zofia(capsys, url, tmp_path)
    process = _command(url, "emrex", "fetch", "--decision", str(decision), "--emp", "UZN-DEMO", "--no-browser",
                       "--format", "json")
    try:
        line = json.loads(process.stdout.readline())
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 1 and "The fetch was cancelled; nothing was received." in err
    assert refused(line["return_url"])
    _, listed, _ = cli(capsys, url, "audit", "--format", "json")
    assert [e["after"]["outcome"] for e in json.loads(listed) if e["action"] == "emrex.session.end"] == ["cancelled"]
