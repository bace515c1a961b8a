"""The decision report: one report of a 40-line decision (target under 300 ms, data and PDF together) and 500
reports saved in a batch (target under 90 s), on a SQLite desk.

    python benchmarks/reports.py [--batch 500] [--runs 10]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import sandbox_this_process, table, verdict  # noqa: E402

TARGET_ONE_MS = 300.0
TARGET_BATCH_S = 90.0
TITLES = ["Analisi matematica", "Basi di dati avanzate", "Reti di calcolatori e sicurezza informatica",
          "Ingegneria del software", "Intelligenza artificiale", "Sistemi operativi", "Grafica computazionale"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    folder = sandbox_this_process()
    from app.models import CurriculumCourse, Decision, ForeignCourse, Programme, RecognitionLine
    from app.models.db import open_database, sqlite_url
    from app.services.context import Actor, Role, ServiceContext
    from app.services.progress import Progress
    from app.services.registry import Services

    database = open_database(sqlite_url(folder / "desk.sqlite3"))
    services = Services.create(ServiceContext(database.sessions, Actor("bench", "bench", frozenset(Role))))
    rng = random.Random(6)
    services.programmes.add("BENCH", "Informatyka", level="I stopnia", mode="stacjonarne")
    with database.sessions.begin() as session:
        programme = session.query(Programme).filter_by(code="BENCH").one()
        grid = []
        for n in range(40):
            course = CurriculumCourse(programme_id=programme.id, academic_year="2025/26", semester=5 + n % 2,
                                      code=f"B-{n:03d}", name_pl=f"Przedmiot kierunkowy {n} – zażółć gęślą jaźń",
                                      ects=Decimal(rng.choice([3, 4, 5, 6])), form_of_credit="E", obligatory=True)
            session.add(course)
            grid.append(course)
    students = folder / "s.csv"
    students.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n" + "".join(
        f"{100000 + n};Żółkiewska;Łucja;2001-01-01;BENCH;erasmus\n" for n in range(args.batch)), encoding="utf-8")
    services.student_import.apply(services.student_import.preview(students))
    ids = services.decisions.open([str(100000 + n) for n in range(args.batch)], date.today() + timedelta(days=9),
                                  "5,6")
    with database.sessions.begin() as session:
        grid = session.query(CurriculumCourse).order_by(CurriculumCourse.code).all()
        for index, decision_id in enumerate(ids):
            count = 40 if index == 0 else rng.randint(6, 14)
            for n in range(count):
                course = ForeignCourse(decision_id=decision_id, host_institution="Università di Esempio",
                                       host_code=f"IT-{n}", title=rng.choice(TITLES) + f" {n}",
                                       ects=Decimal(rng.choice([5, 6, 9])), original_grade=str(rng.randint(18, 30)),
                                       scheme_code="IT-30", status="passed")
                session.add(course)
                session.add(RecognitionLine(decision_id=decision_id, origin="manual", created_by="bench",
                                            foreign_courses=[course], home_courses=[grid[n % 40]], grade="4.5",
                                            grade_method="table", review="approved"))
        session.flush()
        session.query(Decision).filter(Decision.id.in_(ids)).update({"academic_year": "2025/26"})
    one = ids[0]
    timings, render = [], []
    from app.services.reports.pdf_decision import render_decision_report
    for _ in range(args.runs + 1):
        start = time.perf_counter()
        data = services.reports.decision_pdf(one)
        timings.append((time.perf_counter() - start) * 1000)
        report = services.reports.decision_report(one)
        start = time.perf_counter()
        render_decision_report(report, "pl")
        render.append((time.perf_counter() - start) * 1000)
    from pypdf import PdfReader
    import io
    pages = len(PdfReader(io.BytesIO(data)).pages)
    out = folder / "batch"
    out.mkdir()
    start = time.perf_counter()
    written = services.reports.save_decision_reports(ids, out, progress=Progress())
    batch = time.perf_counter() - start
    one_ms = statistics.median(timings[1:])
    print(f"one decision of 40 lines ({pages} pages), {args.runs} runs; a batch of {len(written)} decisions "
          f"of 6–14 lines")
    print(table(["measure", "median", "target", ""], [
        ["40-line report (data + PDF)", f"{one_ms:.0f} ms", f"< {TARGET_ONE_MS:g} ms", verdict(one_ms < TARGET_ONE_MS)],
        ["  of which the PDF", f"{statistics.median(render[1:]):.0f} ms", "", ""],
        [f"{len(written)} reports saved (batch)", f"{batch:.1f} s", f"< {TARGET_BATCH_S:g} s",
         verdict(batch < TARGET_BATCH_S)],
    ]))
    database.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
