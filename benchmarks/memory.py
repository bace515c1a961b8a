"""Peak resident memory of the GUI process once both lists have loaded.

The program is started as the user starts it (`python -m app --db sqlite:///COPY`, offscreen, sandboxed folders)
with UZNANIA_EXIT_AFTER_FIRST_PAINT=1, so it quits by itself right after the window is painted and both the
students' and the decisions' lists have their rows. Its peak RSS (VmHWM) is the `ru_maxrss` that `os.wait4()`
returns for the child. A run on a new, empty desk gives the baseline (Python, Qt, the program, no data).

    python benchmarks/memory.py [--runs 3] [--students 20000] [--decisions-per-student 2]
"""

from __future__ import annotations

import argparse
import sys

from _common import DECISIONS_PER_STUDENT, STUDENTS, ensure_database, median, run_gui, table, verdict

TARGET_BYTES = 300 * 1000 * 1000  # "300 MB", read strictly as decimal megabytes (= 286 MiB)


def mb(kib: float) -> str:
    return f"{kib * 1024 / 1e6:.0f} MB ({kib / 1024:.0f} MiB)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--students", type=int, default=STUDENTS)
    parser.add_argument("--decisions-per-student", type=float, default=DECISIONS_PER_STUDENT)
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached demo database")
    args = parser.parse_args()

    database = ensure_database(args.students, args.decisions_per_student, args.rebuild)
    empty = run_gui(None)
    runs = [run_gui(database) for _ in range(args.runs)]
    for number, run in enumerate(runs, 1):
        print(f"run {number}: peak RSS {mb(run.peak_rss_kib)}, both lists loaded after "
              f"{max(run.marks['rows-loaded'], run.marks['decisions-loaded']):.2f} s", flush=True)

    print()
    print(f"Peak resident memory of `python -m app`, {args.students} students / "
          f"{args.students * args.decisions_per_student:g} decisions, {args.runs} runs")
    peaks = [run.peak_rss_kib for run in runs]
    rows = [["empty desk (baseline)", mb(empty.peak_rss_kib), "", "", ""],
            ["both lists loaded", mb(median(peaks)), mb(max(peaks)), f"max < {TARGET_BYTES / 1e6:.0f} MB",
             verdict(max(peaks) * 1024 < TARGET_BYTES)],
            ["  of which the data", mb(median(peaks) - empty.peak_rss_kib), "", "", ""]]
    print(table(["peak RSS (VmHWM)", "median", "max", "target", ""], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
