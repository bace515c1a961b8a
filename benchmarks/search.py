"""Search-as-you-type: the time from one keystroke to the repainted table, on the students and decisions pages.

In-process and offscreen: the window comes from `app.ui.application.build_window` with `TaskRunner.synchronous`
on (both lists loaded before typing starts) and is shown at its normal size. Each keystroke is
`search.setText(prefix)`, then `QApplication.processEvents()` and `view.viewport().repaint()`; the time covers all
three. Every query is typed one character at a time and then cleared in one step (the clear button), which
brings back the whole list. `processEvents()` already paints the table once (the model reset schedules an update),
so each keystroke pays for two paints of the table; the "no forced repaint" column leaves the second one out.

    python benchmarks/search.py [--rounds 3] [--verbose] [--profile] [--students 20000] [--decisions-per-student 2]
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import pstats
import sys
import tempfile
import time
from pathlib import Path

from _common import (DECISIONS_PER_STUDENT, STUDENTS, ensure_database, median, percentile, sandbox_this_process,
                     table, verdict, working_copy)

TARGET_P95_MS = 50.0
QUERIES = ["kowa", "lodz", "1012", "żół"]
DECISION_QUERIES = [*QUERIES, "uzn/"]  # a decision number's prefix as well


def build(database: Path):
    """The window as `python -m app` builds it, but with the lists loaded synchronously."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from app.i18n import install
    from app.models.db import open_database, sqlite_url
    from app.services.context import ServiceContext
    from app.services.registry import Services
    from app.services.users import sign_in_desk_user
    from app.settings import Settings
    from app.ui.application import build_window, create_application
    from app.ui.tasks import TaskRunner

    logging.basicConfig(level=logging.ERROR)  # e.g. no "missing translation" warnings amid the results
    default_handler = None

    def quiet(mode, context, message: str) -> None:  # the offscreen platform's chatter, not the program's
        if "propagateSizeHints" in message:
            return
        if default_handler is not None:
            default_handler(mode, context, message)
        else:
            print(message, file=sys.stderr)

    default_handler = qInstallMessageHandler(quiet)
    app = create_application()
    settings = Settings()
    install(settings.language)
    db = open_database(sqlite_url(database))
    services = Services.create(ServiceContext(sessions=db.sessions, actor=sign_in_desk_user(db.sessions)))
    TaskRunner.synchronous = True
    started = time.perf_counter()
    window = build_window(services, settings, db.url)
    loaded = time.perf_counter() - started
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    return app, window, loaded


def keystrokes(query: str) -> list[tuple[str, str]]:
    """(label, text) for typing `query` one character at a time, then clearing the field."""
    return [(query[:n], query[:n]) for n in range(1, len(query) + 1)] + [(f"clear ({query})", "")]


def type_into(page, queries: list[str], rounds: int, verbose: bool) -> list[tuple[str, str, float, int, float]]:
    """Samples of (query, keystroke label, milliseconds, visible rows, milliseconds without the forced repaint)."""
    from PySide6.QtWidgets import QApplication

    search, viewport = page.filters.search, page.view.viewport()
    samples = []
    for _ in range(rounds):
        for query in queries:
            for label, text in keystrokes(query):
                started = time.perf_counter()
                search.setText(text)
                QApplication.processEvents()
                processed = time.perf_counter()
                viewport.repaint()
                ended = time.perf_counter()
                elapsed = (ended - started) * 1000
                samples.append((query, label, elapsed, page.model.rowCount(), (processed - started) * 1000))
                if verbose:
                    print(f"  {page.objectName():14} {label!r:18} {elapsed:7.1f} ms  {page.model.rowCount():6} rows")
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="times every query is typed (default 3)")
    parser.add_argument("--verbose", action="store_true", help="print every keystroke")
    parser.add_argument("--profile", action="store_true", help="also print where the typing time goes (cProfile; "
                        "the timings are then inflated)")
    parser.add_argument("--students", type=int, default=STUDENTS)
    parser.add_argument("--decisions-per-student", type=float, default=DECISIONS_PER_STUDENT)
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached demo database")
    args = parser.parse_args()

    database = ensure_database(args.students, args.decisions_per_student, args.rebuild)
    home = sandbox_this_process()  # before the first import of Qt or the app
    app, window, loaded = build(working_copy(database, Path(tempfile.mkdtemp(dir=home))))

    results, profiles = {}, {}
    for name, page, queries in (("students", window.students, QUERIES),
                                ("decisions", window.decisions, DECISION_QUERIES)):
        window.show_page(name)
        for _ in range(3):
            app.processEvents()
        profiles[name] = cProfile.Profile() if args.profile else None
        if profiles[name]:
            profiles[name].enable()
        results[name] = type_into(page, queries, args.rounds, args.verbose)
        if profiles[name]:
            profiles[name].disable()

    print(f"Search as you type, {window.students.model.total_count} students / "
          f"{window.decisions.model.total_count} decisions, {args.rounds} rounds "
          f"(both lists loaded synchronously in {loaded:.2f} s before typing)")
    print()
    detail = []
    for page, samples in results.items():
        for query in dict.fromkeys(q for q, *_ in samples):
            mine = [s for s in samples if s[0] == query]
            slowest = max(mine, key=lambda s: s[2])
            detail.append([page, query, str(len(mine)), f"{median([s[2] for s in mine]):.1f}",
                           f"{slowest[2]:.1f}", repr(slowest[1]), str(slowest[3])])
    print(table(["page", "query", "keys", "p50 ms", "max ms", "slowest keystroke", "its rows"], detail))
    print()
    summary = []
    for page, samples in results.items():
        times = [s[2] for s in samples]
        p95 = percentile(times, 0.95)
        one_paint = percentile([s[4] for s in samples], 0.95)
        summary.append([page, str(len(times)), f"{percentile(times, 0.5):.1f}", f"{p95:.1f}", f"{max(times):.1f}",
                        f"p95 < {TARGET_P95_MS:g} ms", verdict(p95 < TARGET_P95_MS), f"{one_paint:.1f}"])
    print(table(["page", "keystrokes", "p50 ms", "p95 ms", "max ms", "target", "",
                 "p95 ms, no forced repaint"], summary))
    for name, profile in profiles.items():
        if profile:
            print(f"\nWhere the {name} page's typing time goes (cProfile, by own time):")
            pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(15)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
