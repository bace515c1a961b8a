"""The report and export commands: `report decision|batch|list` and `export approved`."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.models import DecisionState as S
from tests.conftest import cli
from tests.services.test_grades import graded, verify_all  # noqa: F401 - the synthetic case, graded


def text_of(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_report_commands(capsys, url, graded, tmp_path) -> None:  # noqa: F811
    services, decision_id, _, _, lines = graded
    verify_all(services, decision_id, lines)
    services.decisions.move(decision_id, S.APPROVED)
    target = tmp_path / "decyzja.pdf"
    code, out, err = cli(capsys, url, "report", "decision", str(decision_id), "-o", str(target))
    assert code == 0, err
    text = text_of(target)
    assert "100001" in text and "Łódzka" in text and "Inżynieria oprogramowania" in text and "4,5" in text
    code, _, err = cli(capsys, url, "report", "decision", str(decision_id), "-o", str(tmp_path / "en.pdf"),
                       "--lang", "en")
    assert code == 0, err
    assert "Semester credited" in text_of(tmp_path / "en.pdf")
    code, out, err = cli(capsys, url, "report", "batch", str(decision_id), "--folder", str(tmp_path / "many"))
    assert code == 0, err
    assert len(list((tmp_path / "many").glob("*.pdf"))) == 1
    code, out, err = cli(capsys, url, "report", "list", "--programme", "SYN-INF-S1", "--term", "2025/26-Z",
                         "-o", str(tmp_path / "lista.pdf"))
    assert code == 0 and "1 decision(s) listed" in out, err
    assert "100001" in text_of(tmp_path / "lista.pdf")
    code, _, err = cli(capsys, url, "report", "list", "--term", "zima", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "2025/26-Z" in err and not (tmp_path / "x.pdf").exists()
    code, out, err = cli(capsys, url, "export", "approved", "-o", str(tmp_path / "usos.csv"))
    assert code == 0 and "Exported 4 row(s)" in out, err
    assert "SYN-INF-501;Inżynieria oprogramowania;4,5;6;2025/26-Z" in (tmp_path / "usos.csv").read_text("utf-8-sig")
    actions = [e.action for e in services.audit.search().entries]
    assert actions.count("report.save") == 3 and "report.list" in actions and "export.approved" in actions
