"""Time from process start to the first painted main window, and until the lists have their rows.

Measured from outside: this process notes time.monotonic() just before spawning `python -m app --db sqlite:///COPY`
(offscreen, sandboxed folders, UZNANIA_EXIT_AFTER_FIRST_PAINT=1); the child prints the monotonic time of its first
Paint event and of each list model's first reset (see `_ExitAfterFirstPaint` in app/ui/application.py), then quits.

    python benchmarks/startup.py [--runs 5] [--no-warmup] [--students 20000] [--decisions-per-student 2]
    python benchmarks/startup.py --frozen --no-warmup   # the program built by scripts/build (cold start: < 2 s)
"""

from __future__ import annotations

import argparse
import os
import sys

from _common import ROOT, DECISIONS_PER_STUDENT, STUDENTS, ensure_database, median, run_gui, table, verdict

TARGET_FIRST_PAINT = 1.5  # seconds
TARGET_FROZEN_FIRST_PAINT = 2.0  # the built program, started cold
FROZEN = ROOT / "dist" / "uznania" / "uznania"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-warmup", action="store_true", help="also count the first, cold-cache start")
    parser.add_argument("--students", type=int, default=STUDENTS)
    parser.add_argument("--decisions-per-student", type=float, default=DECISIONS_PER_STUDENT)
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached demo database")
    parser.add_argument("--frozen", action="store_true", help="start dist/uznania/uznania (bash scripts/build)")
    args = parser.parse_args()
    program = [str(FROZEN)] if args.frozen else None
    if args.frozen and not FROZEN.exists():
        print("build the program first: bash scripts/build", file=sys.stderr)
        return 1
    target_paint = TARGET_FROZEN_FIRST_PAINT if args.frozen else TARGET_FIRST_PAINT

    database = ensure_database(args.students, args.decisions_per_student, args.rebuild)
    if not args.no_warmup:
        run_gui(database, program=program)  # compiles .pyc files and fills the page cache; not counted
    runs = []
    for number in range(1, args.runs + 1):
        run = run_gui(database, program=program)
        runs.append(run)
        print(f"run {number}: first paint {run.marks['first-paint']:.3f} s, students' rows "
              f"{run.marks['rows-loaded']:.3f} s, decisions' rows {run.marks['decisions-loaded']:.3f} s",
              flush=True)

    print()
    print(f"Startup{' of the built program' if args.frozen else ''}, {args.students} students / {args.students * args.decisions_per_student:g} decisions, "
          f"{args.runs} runs{'' if args.no_warmup else ' after one warm-up'}, {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]}")
    rows = []
    for mark, label, target in (("first-paint", "first paint of the main window", target_paint),
                                ("rows-loaded", "students' table has its rows", None),
                                ("decisions-loaded", "decisions' table has its rows", None)):
        values = [run.marks[mark] for run in runs]
        rows.append([label, f"{median(values):.3f} s", f"{max(values):.3f} s",
                     f"median < {target:g} s" if target else "-",
                     verdict(median(values) < target) if target else "-"])
    print(table(["measure (from spawn)", "median", "max", "target", ""], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
