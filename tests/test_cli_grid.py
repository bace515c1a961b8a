"""`uznania grid import` and `uznania grid list`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import cli

GRID = str(Path(__file__).resolve().parent / "data" / "domain" / "synthetic_study_programme_grid.csv")


def test_import_then_list(capsys, url) -> None:
    code, out, err = cli(capsys, url, "grid", "import", GRID, "--programme", "SYN-INF-S1", "--year", "2025/26",
                         "--dry-run")
    assert (code, err) == (0, "")
    assert "SYN-INF-S1 does not exist yet" in out and "13 new, 0 to update, 0 unchanged, 0 with errors." in out
    assert cli(capsys, url, "grid", "list", "--programme", "SYN-INF-S1", "--year", "2025/26")[0] == 1  # not yet

    code, out, err = cli(capsys, url, "grid", "import", GRID, "--programme", "SYN-INF-S1", "--year", "2025/26")
    assert (code, err) == (0, "")
    assert 'Programme SYN-INF-S1 created as "Informatyka".' in out
    assert "Imported: 13 new, 0 updated, 0 unchanged, 0 skipped." in out

    code, out, _ = cli(capsys, url, "grid", "list", "--programme", "SYN-INF-S1", "--year", "2025/26",
                       "--semester", "5", "--format", "json")
    courses = json.loads(out)
    assert code == 0 and len(courses) == 7 and sum(c["ects"] for c in courses) == 30
    first = courses[0]
    assert set(first) == {"id", "programme", "academic_year", "semester", "code", "name_pl", "name_en", "ects",
                          "hours", "form_of_credit", "obligatory", "grade_type", "isced"}
    assert (first["code"], first["ects"], first["hours"], first["form_of_credit"], first["obligatory"],
            first["isced"]) == ("SYN-INF-501", 6, 60, "E", True, "0613")

    code, out, _ = cli(capsys, url, "grid", "list", "--programme", "SYN-INF-S1", "--year", "2025/2026")
    assert code == 0 and "Semester 5: 30 ECTS." in out and "Semester 6: 30 ECTS." in out
    assert "Inżynieria oprogramowania" in out

    code, out, _ = cli(capsys, url, "grid", "list", "--programme", "SYN-INF-S1", "--year", "2025/26",
                       "--semester", "6", "--format", "csv")
    lines = out.splitlines()
    assert lines[0].startswith("id,semester,code,name_pl,name_en,ects,") and len(lines) == 7

    code, out, _ = cli(capsys, url, "grid", "import", GRID, "--programme", "SYN-INF-S1", "--year", "2025/26")
    assert code == 0 and "Imported: 0 new, 0 updated, 13 unchanged, 0 skipped." in out


def test_broken_rows_go_to_stderr_and_stop_the_import_unless_skipped(capsys, url, tmp_path) -> None:
    path = tmp_path / "siatka.csv"
    path.write_text("kod;nazwa;semestr;punkty ects;forma zaliczenia\n"
                    "A-1;Dobry;1;5;E\n"
                    "A-2;Zły;1;5;kolokwium\n", encoding="utf-8")
    code, out, err = cli(capsys, url, "grid", "import", str(path), "--programme", "X", "--year", "2025/26")
    assert code == 1 and out == ""
    assert 'Line 3: Unknown form of credit "kolokwium"' in err and "Nothing imported" in err
    code, out, err = cli(capsys, url, "grid", "import", str(path), "--programme", "X", "--year", "2025/26",
                         "--skip-invalid")
    assert code == 0 and "Imported: 1 new, 0 updated, 0 unchanged, 1 skipped." in out


def test_errors_of_the_grid_commands(capsys, url) -> None:
    code, out, err = cli(capsys, url, "grid", "import", GRID, "--programme", "OTHER", "--year", "2025/26")
    assert code == 1 and "The row is for the programme SYN-INF-S1, not OTHER." in err
    code, out, err = cli(capsys, url, "grid", "import", GRID, "--programme", "SYN-INF-S1", "--year", "2025")
    assert (code, out) == (1, "") and err.startswith("Error:") and "academic year" in err
    code, out, err = cli(capsys, url, "grid", "list", "--programme", "NOPE", "--year", "2025/26")
    assert (code, out) == (1, "") and 'Unknown programme "NOPE"' in err
