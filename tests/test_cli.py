"""The command line: the same services, machine-readable output, errors on stderr with a non-zero code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

from app.__main__ import main
from tests.conftest import cli


def test_demo_then_lists_as_json(capsys, url) -> None:
    code, out, _ = cli(capsys, url, "demo", "--students", "60")
    assert code == 0 and "60 students" in out
    code, out, _ = cli(capsys, url, "students", "list", "--format", "json")
    students = json.loads(out)
    assert code == 0 and len(students) == 60
    assert {"album_number", "given_names", "family_name", "birth_date", "programme"} <= set(students[0])
    date.fromisoformat(students[0]["birth_date"])
    assert any(ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ" for s in students for ch in s["family_name"] + s["given_names"])
    code, out, _ = cli(capsys, url, "decisions", "list", "--format", "json")
    decisions = json.loads(out)
    assert {d["state"] for d in decisions} == {"open", "submitted", "in_review", "approved", "returned", "cancelled"}
    assert {"id", "album_number", "state", "deadline", "overdue"} <= set(decisions[0])
    assert any(d["overdue"] for d in decisions)
    code, out, _ = cli(capsys, url, "decisions", "list", "--overdue", "--format", "json")
    assert json.loads(out) and all(d["overdue"] for d in json.loads(out))
    code, out, _ = cli(capsys, url, "demo", "--if-empty")
    assert code == 0 and "no demo data" in out


def test_import_open_extend_move(capsys, url, tmp_path) -> None:
    assert cli(capsys, url, "programmes", "add", "SYN-INF-S1", "Informatyka")[0] == 0
    path = tmp_path / "students.csv"
    path.write_bytes("Nr albumu;Nazwisko;Imiona;Data urodzenia;Kierunek\n"
                     "500001;Ćwik;Mirosław;03.03.2001;Informatyka\n".encode("cp1250"))
    code, _, err = cli(capsys, url, "students", "import", str(path))
    assert code == 1 and "admission kind" in err  # the row does not say, and no default was given
    code, out, _ = cli(capsys, url, "students", "import", str(path), "--kind", "transfer")
    assert code == 0 and "1 new" in out
    code, out, _ = cli(capsys, url, "students", "list", "--search", "cwik", "--format", "csv")
    assert out.splitlines()[1].startswith("500001,Ćwik,Mirosław,2001-03-03,SYN-INF-S1")
    deadline = (date.today() + timedelta(days=10)).isoformat()
    code, out, _ = cli(capsys, url, "decisions", "open", "--student", "500001", "--deadline", deadline,
                       "--semester", "5")
    [decision_id] = json.loads(out)
    later = (date.today() + timedelta(days=30)).isoformat()
    assert cli(capsys, url, "decisions", "extend", str(decision_id), "--deadline", later)[0] == 0
    assert cli(capsys, url, "decisions", "move", str(decision_id), "submitted")[0] == 0
    code, out, _ = cli(capsys, url, "decisions", "list", "--format", "json")
    [row] = json.loads(out)
    assert (row["state"], row["deadline"], row["overdue"]) == ("submitted", later, False)


def test_errors_go_to_stderr_with_a_nonzero_code(capsys, url) -> None:
    code, out, err = cli(capsys, url, "decisions", "open", "--student", "1", "--deadline", "2020-01-01")
    assert code == 1 and out == "" and "in the past" in err
    code, out, err = cli(capsys, url, "decisions", "move", "77", "approved")
    assert code == 1 and "77" in err


def test_messages_are_polish_by_default(capsys, url) -> None:
    code = main(["--db", url, "decisions", "move", "77", "approved"])
    err = capsys.readouterr().err
    assert code == 1 and "Decyzja" in err and "77" in err


def test_bad_database_url(capsys) -> None:
    code = main(["--db", "nosuchdriver://x", "students", "list"])
    assert code == 1 and capsys.readouterr().err


def test_version_and_screenshot_in_a_real_process(tmp_path, url, capsys) -> None:
    cli(capsys, url, "demo", "--students", "30")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run([sys.executable, "-m", "app", "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0 and version.stdout.startswith("uznania ")
    shot = tmp_path / "decision.png"
    done = subprocess.run([sys.executable, "-m", "app", "--db", url, "screenshot", "--page", "decision:1",
                           "-o", str(shot), "--size", "1000x700"], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1000, 700)


def test_database_from_the_environment(capsys, url, monkeypatch) -> None:
    monkeypatch.setenv("UZNANIA_DB", url)
    assert main(["--lang", "en", "demo", "--students", "7"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "students", "list", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 7
