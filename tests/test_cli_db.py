"""`uznania backup`, `uznania restore` and `uznania db copy` on the command line."""

from __future__ import annotations

import io
import json
import sys

from sqlalchemy import func, select

from app.models import AuditEvent, Programme
from app.models.db import open_database, sqlite_url
from app.paths import data_dir
from app.services import maintenance
from tests.conftest import cli


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def programmes(url: str) -> list[str]:
    database = open_database(url)
    try:
        with database.sessions() as session:
            return list(session.scalars(select(Programme.code).order_by(Programme.code)))
    finally:
        database.engine.dispose()


def test_backup_then_restore(capsys, url, tmp_path, monkeypatch) -> None:
    assert cli(capsys, url, "programmes", "add", "KEEP-1", "Zostaje")[0] == 0
    target = tmp_path / "saved.sqlite3"
    code, out, err = cli(capsys, url, "backup", "-o", str(target))
    assert (code, err) == (0, "") and f"Backed up to {target}:" in out and target.is_file()
    assert cli(capsys, url, "programmes", "add", "LATER-1", "Później")[0] == 0

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal: refused without --yes
    code, _, err = cli(capsys, url, "restore", str(target))
    assert code == 1 and "add --yes" in err
    monkeypatch.setattr(sys, "stdin", Terminal("no\n"))  # asked, and not confirmed
    code, _, err = cli(capsys, url, "restore", str(target))
    assert code == 1 and "Type YES to go on" not in err and "Not restored" in err
    assert programmes(url) == ["KEEP-1", "LATER-1"]

    monkeypatch.setattr(sys, "stdin", Terminal("YES\n"))
    code, out, err = cli(capsys, url, "restore", str(target))
    assert code == 0 and "Type YES to go on" in out and "will be replaced with the backup" in err
    assert "Restored from" in out and str(data_dir() / "backups" / "before-restore-") in out
    assert programmes(url) == ["KEEP-1"]

    code, out, err = cli(capsys, url, "restore", str(tmp_path / "nothing.sqlite3"), "--yes")
    assert code == 1 and "nothing.sqlite3 does not exist" in err
    database = open_database(url)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).where(AuditEvent.action == "database.restore")) == 1
    database.engine.dispose()


def test_db_copy_prints_counts_checksums_and_the_verdict(capsys, url, tmp_path) -> None:
    assert cli(capsys, url, "demo", "--students", "4")[0] == 0
    target = sqlite_url(tmp_path / "moved.sqlite3")
    code, out, err = cli(capsys, url, "db", "copy", "--to", target)
    assert (code, err) == (0, "")
    assert "Verified:" in out and str(tmp_path / "moved.sqlite3") in out
    lines = {line.split()[0]: line.split() for line in out.splitlines()[1:-1]}
    assert lines["students"][1:3] == ["4", "4"] and lines["students"][3] == lines["students"][4]

    code, out, err = cli(capsys, url, "db", "copy", "--to", sqlite_url(tmp_path / "json.sqlite3"), "--format",
                         "json")
    report = json.loads(out)
    assert code == 0 and "Verified:" in err
    assert {row["table"]: row["source_rows"] for row in report}["students"] == 4
    assert all(row["ok"] and len(row["source_sha256"]) == 64 for row in report)

    code, out, err = cli(capsys, url, "db", "copy", "--to", target)  # not empty any more
    assert code == 1 and "already holds data" in err


def test_db_copy_that_does_not_verify_exits_with_1(capsys, url, tmp_path, monkeypatch) -> None:
    assert cli(capsys, url, "demo", "--students", "2")[0] == 0
    real = maintenance.copy.checksum
    monkeypatch.setattr(maintenance.copy, "checksum", lambda connection, table: (
        (real(connection, table)[0] + 1, "0" * 64) if table.name == "programmes" else real(connection, table)))
    code, out, err = cli(capsys, url, "db", "copy", "--from", url, "--to", sqlite_url(tmp_path / "t.sqlite3"))
    assert code == 1 and "NOT verified" in err
    [programmes_line] = [line for line in out.splitlines() if line.startswith("programmes")]
    assert programmes_line.split()[-1] == "NO"
