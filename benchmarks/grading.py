"""The grades tab of a decision of 40 recognition lines: every suggestion worked out afresh (reference cases
among 2,000 approved recognitions, a stored conversion table, the distribution method for a quarter of the
courses), and the validator on the published UAM table. Target: the grades tab under 150 ms, so it stays live
while the officer works through the lines.

    python benchmarks/grading.py [--runs 20]
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

from _common import ROOT, sandbox_this_process, table, verdict  # noqa: E402

TARGET_MS = 150.0
UAM = ROOT / "tests" / "data" / "grading" / "conversion_table_uam_law_pl.csv"
GHENT = [("30L", "5.6"), ("30", "15.7"), ("29", "0.5"), ("28", "12.3"), ("27", "11.8"), ("26", "9.0"),
         ("25", "8.2"), ("24", "11.3"), ("23", "2.7"), ("22", "6.0"), ("21", "2.3"), ("20", "5.7"), ("19", "1.9"),
         ("18", "6.9")]


def timed(action, runs: int) -> tuple[float, float]:
    timings = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings[1:]), max(timings[1:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    folder = sandbox_this_process()
    from app.models import CurriculumCourse, ForeignCourse, Programme, ReferenceCase
    from app.models.db import open_database, sqlite_url
    from app.services.context import Actor, Role, ServiceContext
    from app.services.registry import Services

    database = open_database(sqlite_url(folder / "desk.sqlite3"))
    services = Services.create(ServiceContext(database.sessions, Actor("bench", "bench", frozenset(Role))))
    rng = random.Random(5)
    services.programmes.add("BENCH", "Informatyka")
    services.catalogue.import_tables(UAM, valid_from=date(2020, 1, 1), source="prawo.amu.edu.pl")
    services.catalogue.set_distribution("home", "PL-STD", [("5.0", 15), ("4.5", 20), ("4.0", 30), ("3.5", 20),
                                                           ("3.0", 15)])
    with database.sessions.begin() as session:
        programme = session.query(Programme).filter_by(code="BENCH").one()
        for n in range(40):
            session.add(CurriculumCourse(programme_id=programme.id, academic_year="2025/26", semester=1 + n % 2,
                                         code=f"B-{n:03d}", name_pl=f"Przedmiot {n}", ects=Decimal(5),
                                         form_of_credit="E", obligatory=True))
        for n in range(2000):  # earlier approved recognitions of the programme
            session.add(ReferenceCase(programme_id=programme.id, academic_year="2024/25", host_institution="Host",
                                      host_code=f"F{n % 160}", scheme_code="IT-30", original_grade="30" if n % 2 else "18",
                                      home_codes=f"B-{n % 40:03d}", home_grade="4.0", method="table"))
    csv = folder / "s.csv"
    csv.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n1;Nowak;Anna;2001-01-01;BENCH;erasmus\n",
                   encoding="utf-8")
    services.student_import.apply(services.student_import.preview(csv))
    [decision_id] = services.decisions.open(["1"], date.today() + timedelta(days=10), "1,2")
    with database.sessions.begin() as session:
        ids = []
        for n in range(40):
            course = ForeignCourse(decision_id=decision_id, host_institution="Host", host_code=f"F{n}",
                                   title=f"Corso {n}", titles=[], ects=Decimal(rng.choice([5, 6, 7.5])),
                                   original_grade=str(rng.randint(18, 30)), grading_scheme="IT-30",
                                   scheme_code="IT-30", distribution=[list(p) for p in GHENT] if n % 4 == 0 else [])
            session.add(course)
            session.flush()
            ids.append(course.id)
    homes = {c.code: c.id for c in services.grid.courses("BENCH", "2025/26")}
    for n, course_id in enumerate(ids):
        services.comparison.set_line(decision_id, [course_id], [homes[f"B-{n:03d}"]])
    grading = services.grades.grading(decision_id)
    methods = sorted({line.suggestion.method for line in grading.lines})
    view_median, view_max = timed(lambda: services.grades.grading(decision_id), args.runs)
    check_median, check_max = timed(lambda: services.catalogue.validate_file(UAM), args.runs)
    print(f"40 lines (methods: {', '.join(methods)}), 2,000 reference cases, {args.runs} runs")
    print(table(["measure", "median ms", "max ms", "target", ""],
                [["grades tab (suggestions of 40 lines)", f"{view_median:.1f}", f"{view_max:.1f}",
                  f"< {TARGET_MS:g} ms", verdict(view_median < TARGET_MS)],
                 ["validate the UAM table (18 groups)", f"{check_median:.1f}", f"{check_max:.1f}", "", ""]]))
    database.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
