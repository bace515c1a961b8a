"""The grading commands: `scales`, `tables`, `distributions`, `convert`, `lines` and the dean's `decisions approve`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import cli
from tests.services.test_grades import graded  # noqa: F401 - the synthetic case, graded

GRADING = Path(__file__).resolve().parent / "data" / "grading"
UAM = GRADING / "conversion_table_uam_law_pl.csv"


def test_scales_list_and_show(capsys, url, services) -> None:
    code, out, _ = cli(capsys, url, "scales", "list", "--format", "json")
    scales = {s["code"]: s for s in json.loads(out)}
    assert code == 0
    assert scales["DK-7"]["grades"][:5] == ["12", "10", "7", "4", "02"]
    assert scales["DE-1-5"]["higher_is_better"] is False and scales["PL-ZAL"]["passfail"] is True
    assert "30 e lode" in scales["IT-30"]["grades"]
    code, out, _ = cli(capsys, url, "scales", "show", "NL-10")
    assert code == 0 and json.loads(out)["range"] == ["1", "10"]


def test_tables_validate_names_the_problems_of_the_published_table(capsys, url, services) -> None:
    code, out, _ = cli(capsys, url, "tables", "validate", str(UAM), "--format", "json")
    groups = {g["country"]: g for g in json.loads(out)}
    assert code == 1  # the table has errors
    assert {f["kind"] for f in groups["GR"]["findings"]} >= {"fail_to_pass"}
    assert sum(f["kind"] == "gap" for f in groups["NL"]["findings"]) == 4
    assert [f["kind"] for f in groups["UK"]["findings"]] == ["home_skipped"]
    assert groups["DE"]["findings"] == [] and groups["IT"]["findings"] == []
    code, out, _ = cli(capsys, url, "tables", "validate", str(UAM))
    assert "GR 0-10 [GR-10]" in out and "error:" in out and "DE 1.0-5.0 (1 best) [DE-1-5] OK" in out


def test_import_then_convert_by_the_table(capsys, url, services) -> None:
    code, out, err = cli(capsys, url, "tables", "import", str(UAM), "--valid-from", "2020-01-01",
                         "--source", "prawo.amu.edu.pl")
    assert code == 0, err
    assert "IT-30 (IT 0-30 (+lode)) v1: usable" in out and "NL-10 (NL 1-10) v1: NOT usable (errors)" in out
    code, out, _ = cli(capsys, url, "convert", "--scheme", "IT-30", "--grade", "28", "--format", "json")
    record = json.loads(out)
    assert code == 0 and (record["grade"], record["method"]) == ("4,5", "table")
    assert record["table_version"] == "IT-30 (IT 0-30 (+lode)) v1"
    code, out, _ = cli(capsys, url, "convert", "--scheme", "NL-10", "--grade", "8")
    assert code == 1 and "decide by hand" in out  # the NL table has gaps: never used
    code, _, err = cli(capsys, url, "convert", "--scheme", "IT-30", "--grade", "31")
    assert code == 1 and "is not a grade of the scale IT-30" in err


def test_convert_by_the_distribution_method(capsys, url, services, tmp_path) -> None:
    host = tmp_path / "ghent.csv"
    host.write_text("grade;percentage\n" + "\n".join(
        line.split(",")[1] + ";" + line.split(",")[2]
        for line in (GRADING / "grading_table_ugent_example_it30_vs_B.csv").read_text(encoding="utf-8").splitlines()
        if line.startswith("IT30,")), encoding="utf-8")
    home = tmp_path / "home.csv"
    home.write_text("5.0;15\n4,5;20\n4.0;30\n3,5;20\n3.0;15\n", encoding="utf-8")
    expected = {"29": "4,5", "25": "4", "21": "3,5", "30L": "5", "18": "3"}
    for grade, home_grade in expected.items():
        code, out, err = cli(capsys, url, "convert", "--scheme", "IT-30", "--grade", grade, "--method",
                             "distribution", "--distribution", str(host), "--home-distribution", str(home),
                             "--format", "json")
        record = json.loads(out)
        assert code == 0, err
        assert (record["grade"], record["method"]) == (home_grade, "distribution"), grade
    assert record["bands"]["host"][-1] == ["18", "93.1", "100.0"]
    assert record["bands"]["home"][0] == ["5.0", "0.0", "15.0"]


def test_lines_and_the_deans_approval(capsys, url, graded) -> None:  # noqa: F811
    services, decision_id, _, _, lines = graded
    for state in ("submitted", "in_review"):
        assert cli(capsys, url, "decisions", "move", str(decision_id), state)[0] == 0
    code, out, _ = cli(capsys, url, "lines", "list", str(decision_id), "--format", "json")
    record = json.loads(out)
    assert [line["suggested_grade"] for line in record["lines"]] == ["4,5", "3,5", "5", "ZAL", None]
    assert record["ready"] is False and "5 recognition line(s) not verified" in record["blockers"][0]
    code, _, err = cli(capsys, url, "lines", "reject", str(decision_id), str(lines["F5"]))
    assert code == 1 and "needs a written reason" in err
    assert cli(capsys, url, "lines", "reject", str(decision_id), str(lines["F5"]), "--reason", "Failed.")[0] == 0
    code, _, err = cli(capsys, url, "decisions", "approve", str(decision_id))
    assert code == 1 and "cannot be approved yet" in err and "4 recognition line(s)" in err
    assert cli(capsys, url, "lines", "approve", str(decision_id), "--all")[0] == 0
    code, _, err = cli(capsys, url, "decisions", "approve", str(decision_id), "--comment", "Zatwierdzam.")
    assert code == 0, err
    code, out, _ = cli(capsys, url, "lines", "list", str(decision_id), "--format", "json")
    record = json.loads(out)
    assert record["state"] == "approved" and [line["grade"] for line in record["lines"]] == [
        "4,5", "3,5", "5", "ZAL", None]
    assert cli(capsys, url, "decisions", "amend", str(decision_id), "--reason", "Korekta oceny.")[0] == 0
    assert services.decisions.get(decision_id).decision.state.value == "in_review"
