"""Proposals for a decision of 40 foreign courses against a grid of 400 courses (target: under 100 ms, so the
comparison view stays live while the officer edits lines).

    python benchmarks/comparison.py [--runs 20]
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

TARGET_MS = 100.0
WORDS_PL = ["Analiza", "Algebra", "Programowanie", "Bazy danych", "Sieci", "Systemy", "Grafika", "Inżynieria",
            "Metody", "Teoria", "Podstawy", "Projektowanie", "Bezpieczeństwo", "Sztuczna inteligencja", "Statystyka"]
WORDS_EN = ["Analysis", "Algebra", "Programming", "Databases", "Networks", "Systems", "Graphics", "Engineering",
            "Methods", "Theory", "Fundamentals", "Design", "Security", "Artificial Intelligence", "Statistics"]
TAILS = ["I", "II", "III", "advanced", "applied", "of software", "of data", "of computation", "distributed", "mobile"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    folder = sandbox_this_process()
    from app.models import CurriculumCourse, ForeignCourse, Programme
    from app.models.db import open_database, sqlite_url
    from app.services.context import Actor, Role, ServiceContext
    from app.services.registry import Services

    database = open_database(sqlite_url(folder / "desk.sqlite3"))
    services = Services.create(ServiceContext(database.sessions, Actor("bench", "bench", frozenset(Role))))
    rng = random.Random(4)
    services.programmes.add("BENCH", "Informatyka")
    with database.sessions.begin() as session:
        programme = session.query(Programme).filter_by(code="BENCH").one()
        for n in range(400):
            i = rng.randrange(len(WORDS_PL))
            tail = rng.choice(TAILS)
            session.add(CurriculumCourse(programme_id=programme.id, academic_year="2025/26", semester=1 + n % 8,
                                         code=f"B-{n:03d}", name_pl=f"{WORDS_PL[i]} {tail}",
                                         name_en=f"{WORDS_EN[i]} {tail}", ects=Decimal(rng.choice([3, 4, 5, 6])),
                                         form_of_credit="E", obligatory=True))
    csv = folder / "s.csv"
    csv.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n1;Nowak;Anna;2001-01-01;BENCH;erasmus\n",
                   encoding="utf-8")
    services.student_import.apply(services.student_import.preview(csv))
    [decision_id] = services.decisions.open(["1"], date.today() + timedelta(days=10), "1,2")
    with database.sessions.begin() as session:
        for n in range(40):
            i = rng.randrange(len(WORDS_EN))
            title = f"{WORDS_EN[i]} {rng.choice(TAILS)}"
            session.add(ForeignCourse(decision_id=decision_id, host_code=f"F{n}", title=title,
                                      titles=[{"text": title, "lang": "en"}], ects=Decimal(rng.choice([5, 6, 7.5]))))
    timings = []
    for _ in range(args.runs + 1):
        start = time.perf_counter()
        result = services.comparison.compare(decision_id)
        timings.append((time.perf_counter() - start) * 1000)
    timings = timings[1:]
    median = statistics.median(timings)
    print(f"40 foreign courses, 400 grid courses (2 semesters credited), {args.runs} runs; "
          f"{len(result.proposals)} proposals")
    print(table(["measure", "median ms", "max ms", "target", ""],
                [["compare (proposals + checks)", f"{median:.1f}", f"{max(timings):.1f}", f"< {TARGET_MS:g} ms",
                  verdict(median < TARGET_MS)]]))
    database.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
