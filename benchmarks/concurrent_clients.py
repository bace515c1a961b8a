"""Ten desks at once on one PostgreSQL database: mixed work for a minute, then proof that no change was lost.

Each client is a separate process with its own engine and its own user (officer, coordinator and dean at once). It
works on a copy (CREATE DATABASE … TEMPLATE) of the faculty database of `postgres_scale.py` (50,000 students)
when that is built, else of a 5,000-student one built the same way; the copy is dropped afterwards. The clients
share small "hot" sets of decisions and lines, so they do get in each other's way: a save refused with StaleEdit
("changed by someone else in the meantime") is the expected outcome of a collision, an update lost is not.

    python benchmarks/concurrent_clients.py [--clients 10] [--seconds 60] [--hot 40] [--students N] [--keep]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import random
import sys
import time
import traceback
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import median, percentile, sandbox_this_process, table, verdict  # noqa: E402
from postgres_scale import (  # noqa: E402
    PREFIX,
    STUDENTS,
    admin,
    database_name,
    database_url,
    databases,
    ensure_scale_database,
)

SMALL = 5_000
# operation → weight of its choice in a client's loop
WEIGHTS = {"list": 10, "open": 25, "extend": 25, "move": 10, "grade/review": 20, "audit search": 10}
OPERATIONS = list(WEIGHTS)


# -- one client (a process of its own) ---------------------------------------------------------------------------
def client(number: int, url: str, pools: dict, seed: int, ready, go, deadline, results) -> None:
    """Mixed work until `deadline`; puts (number, samples, extends, moves, lines, errors) on `results`."""
    from app.models import DecisionState
    from app.models.db import open_database
    from app.services.audit import AuditFilter
    from app.services.context import Actor, Role, ServiceContext
    from app.services.errors import StaleEdit
    from app.services.registry import Services

    login = f"client{number:02d}"
    db = open_database(url, run_migrations=False)
    services = Services.create(ServiceContext(db.sessions, Actor(
        login, f"Client {number}", frozenset({Role.OFFICER, Role.COORDINATOR, Role.DEAN}))))
    rng = random.Random(seed)
    samples: list[tuple[str, str, float]] = []  # operation, outcome (ok, refused, skipped, error), seconds
    extends: list[tuple[int, str, int]] = []  # decision, new deadline, version after the save
    moves: list[tuple[int, int]] = []  # decision, version after the save
    lines: list[tuple[int, int, str]] = []  # line, version after the save, what was saved
    errors: list[str] = []
    today = date.today()

    def do_list() -> tuple[str, float]:
        started = time.perf_counter()
        services.decisions.list(programme_code=rng.choice(pools["programmes"]))
        return "ok", time.perf_counter() - started

    def do_open() -> tuple[str, float]:
        decision_id = rng.choice(pools["open"])
        started = time.perf_counter()
        services.decisions.get(decision_id)
        services.comparison.compare(decision_id)
        services.grades.grading(decision_id)
        return "ok", time.perf_counter() - started

    def do_extend() -> tuple[str, float]:
        decision_id = rng.choice(pools["extend"])
        started = time.perf_counter()
        row = services.decisions.get(decision_id).decision  # what the client's list shows
        read = time.perf_counter() - started
        time.sleep(rng.uniform(0, 0.05))  # the officer picks a date: not counted
        new = max(row.deadline or today, today) + timedelta(days=rng.randint(1, 30))
        started = time.perf_counter()
        try:
            services.decisions.extend([decision_id], new, f"{login}: przedłużenie",
                                      expected_versions={decision_id: row.version})
        except StaleEdit:
            return "refused", read + time.perf_counter() - started
        extends.append((decision_id, new.isoformat(), row.version + 1))
        return "ok", read + time.perf_counter() - started

    def do_move() -> tuple[str, float]:
        decision_id = rng.choice(pools["move"])
        started = time.perf_counter()
        row = services.decisions.get(decision_id).decision
        if row.state != DecisionState.SUBMITTED:  # another client moved it already: nothing to do
            return "skipped", time.perf_counter() - started
        try:
            services.decisions.move(decision_id, DecisionState.IN_REVIEW, expected_version=row.version)
        except StaleEdit:
            return "refused", time.perf_counter() - started
        moves.append((decision_id, row.version + 1))
        return "ok", time.perf_counter() - started

    def do_line() -> tuple[str, float]:
        decision_id = rng.choice(pools["review"])
        started = time.perf_counter()
        grading = services.grades.grading(decision_id)
        waiting = [line for line in grading.lines if not line.grade or line.review != "approved"]
        if not waiting:
            return "skipped", time.perf_counter() - started
        line = rng.choice(waiting)
        try:
            if not line.grade:
                if line.suggestion.grade:
                    services.grades.grade_line(decision_id, line.id, expected_version=line.version)
                else:
                    services.grades.grade_line(decision_id, line.id, "4.0", "ocena ustalona przez koordynatora",
                                               expected_version=line.version)
                lines.append((line.id, line.version + 1, "grade"))
            else:
                services.grades.review_line(decision_id, line.id, "approved", expected_version=line.version)
                lines.append((line.id, line.version + 1, "review"))
        except StaleEdit:
            return "refused", time.perf_counter() - started
        return "ok", time.perf_counter() - started

    def do_audit() -> tuple[str, float]:
        criteria = rng.choice([
            AuditFilter(entity="decision", entity_id=str(rng.choice(pools["extend"])), limit=50),
            AuditFilter(action="decision.", date_from=today, limit=50),
            AuditFilter(actor=login, limit=50),
        ])
        started = time.perf_counter()
        services.audit.search(criteria)
        return "ok", time.perf_counter() - started

    work = dict(zip(OPERATIONS, (do_list, do_open, do_extend, do_move, do_line, do_audit), strict=True))
    ready.put(number)
    go.wait()
    while time.monotonic() < deadline.value:
        operation = rng.choices(OPERATIONS, weights=[WEIGHTS[o] for o in OPERATIONS])[0]
        started = time.perf_counter()
        try:
            outcome, seconds = work[operation]()
        except Exception as exc:  # anything but a refusal is a failure of the desk: kept to be printed
            outcome, seconds = "error", time.perf_counter() - started
            errors.append(f"{login} {operation}: {exc!r}\n{traceback.format_exc()}")
        samples.append((operation, outcome, seconds))
    db.engine.dispose()
    results.put((number, samples, extends, moves, lines, errors))


# -- the copy and its starting point -----------------------------------------------------------------------------
def server_version() -> int:
    """Copying the files (FILE_COPY, PostgreSQL 15 and later) is much quicker than logging every block."""
    from sqlalchemy import create_engine, text
    engine = create_engine(database_url("postgres"))
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SHOW server_version_num")).scalar())
    finally:
        engine.dispose()


def source_database(students: int | None, rebuild: bool) -> tuple[str, str]:
    """The database to copy, and how to say which it is."""
    if students is None:
        if database_name(STUDENTS) in databases(f"{PREFIX}{STUDENTS}s_") and not rebuild:
            return database_name(STUDENTS), f"the faculty database ({STUDENTS:,} students)"
        students = SMALL
    name = ensure_scale_database(students, rebuild)
    return name, f"a {students:,}-student database built the same way"


def pools_of(url: str, hot: int, seed: int) -> tuple[dict, dict]:
    """What the clients work on, and the state before they start."""
    from sqlalchemy import create_engine, text
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            def ids(sql: str, **params) -> list[int]:
                return list(connection.execute(text(sql), params).scalars())
            # chosen by a hash of the id, not the first ones: spread over the table like real work
            pools = {
                "programmes": list(connection.execute(text("SELECT code FROM programmes ORDER BY code")).scalars()),
                "open": ids("SELECT id FROM decisions ORDER BY md5(id::text || :s) LIMIT 2000", s=str(seed)),
                "extend": ids("SELECT id FROM decisions WHERE state IN ('open', 'returned') "
                              "ORDER BY md5(id::text || :s) LIMIT :n", s=str(seed), n=hot),
                "move": ids("SELECT id FROM decisions WHERE state = 'submitted' ORDER BY md5(id::text || :s) "
                            "LIMIT :n", s=str(seed), n=hot * 25),
                "review": ids("SELECT id FROM decisions d WHERE state = 'in_review' AND EXISTS "
                              "(SELECT 1 FROM recognition_lines l WHERE l.decision_id = d.id AND l.review <> "
                              "'approved') ORDER BY md5(id::text || :s) LIMIT :n", s=str(seed), n=hot * 5),
            }
            watched = sorted({*pools["extend"], *pools["move"]})
            before = {
                "decisions": {i: (v, d) for i, v, d in connection.execute(text(
                    "SELECT id, version, web_deadline FROM decisions WHERE id = ANY(:ids)"), {"ids": watched})},
                "lines": dict(connection.execute(text(
                    "SELECT id, version FROM recognition_lines WHERE decision_id = ANY(:ids)"),
                    {"ids": pools["review"]}).all()),
                "history": connection.execute(text("SELECT coalesce(max(id), 0) FROM decision_state_changes")
                                              ).scalar(),
                "audit": connection.execute(text("SELECT coalesce(max(id), 0) FROM audit_events")).scalar(),
                "students": connection.execute(text("SELECT count(*) FROM students")).scalar(),
                "decisions_total": connection.execute(text("SELECT count(*) FROM decisions")).scalar(),
            }
    finally:
        engine.dispose()
    return pools, before


# -- checking that nothing was lost ------------------------------------------------------------------------------
def verify(url: str, before: dict, extends: list, moves: list, lines: list) -> tuple[int, list[str], dict]:
    """Lost updates (every successful save must be in the database, in its place), what was found, and counts."""
    from sqlalchemy import create_engine, text
    problems: list[str] = []
    saved: dict[int, list[tuple[int, str | None, str]]] = defaultdict(list)  # decision → (version after, …)
    for login, decision_id, deadline, version in extends:
        saved[decision_id].append((version, deadline, login))
    for login, decision_id, version in moves:
        saved[decision_id].append((version, None, login))
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            now = {i: (v, d, s) for i, v, d, s in connection.execute(text(
                "SELECT id, version, web_deadline, state FROM decisions WHERE id = ANY(:ids)"),
                {"ids": list(before["decisions"])})}
            history = connection.execute(text(
                "SELECT decision_id, actor, to_state, deadline FROM decision_state_changes WHERE id > :h"),
                {"h": before["history"]}).all()
            inconsistent = connection.execute(text(
                "SELECT count(*) FROM decisions d WHERE d.version <> "
                "(SELECT count(*) FROM decision_state_changes h WHERE h.decision_id = d.id)")).scalar()
            audited = Counter(dict(connection.execute(text(
                "SELECT action, count(*) FROM audit_events WHERE id > :a GROUP BY action"),
                {"a": before["audit"]}).all()))
            line_versions = dict(connection.execute(text(
                "SELECT id, version FROM recognition_lines WHERE id = ANY(:ids)"),
                {"ids": list(before["lines"])}).all())
    finally:
        engine.dispose()

    lost = 0
    for decision_id, (start_version, start_deadline) in before["decisions"].items():
        mine = sorted(saved.get(decision_id, []), key=lambda save: save[0])  # by the version it made
        version, deadline, _ = now[decision_id]
        versions = [v for v, _, _ in mine]
        if len(set(versions)) != len(versions):
            lost += len(versions) - len(set(versions))
            problems.append(f"decision {decision_id}: two saves claim the same version {versions}")
        if version != start_version + len(mine):  # each save adds exactly one version: a lost one would not
            lost += abs(start_version + len(mine) - version)
            problems.append(f"decision {decision_id}: version {start_version} → {version}, {len(mine)} saves")
        if mine and version != mine[-1][0]:
            problems.append(f"decision {decision_id}: version {version}, the last save made {mine[-1][0]}")
        last_extend = [d for _, d, _ in mine if d is not None]
        expected = date.fromisoformat(last_extend[-1]) if last_extend else start_deadline
        if deadline != expected:  # the deadline of the save that happened last (highest version) stands
            lost += 1
            problems.append(f"decision {decision_id}: deadline {deadline}, the last save set {expected}")
    recorded = Counter((d, login, "extend", dl) for login, d, dl, _ in extends) + \
        Counter((d, login, "move", None) for login, d, _ in moves)
    found = Counter((d, actor, "move" if to_state == "in_review" and deadline is None else "extend",
                     deadline.isoformat() if deadline else None) for d, actor, to_state, deadline in history)
    if recorded != found:
        missing, extra = recorded - found, found - recorded
        lost += sum(missing.values())
        problems.append(f"history: {sum(missing.values())} saves without their row {list(missing)[:5]}, "
                        f"{sum(extra.values())} rows nobody saved {list(extra)[:5]}")
    if inconsistent:
        problems.append(f"{inconsistent} decisions whose version is not 1 + their changes after opening")
        lost += inconsistent
    per_line = Counter(line_id for _, line_id, _, _ in lines)
    for line_id, start in before["lines"].items():
        if line_versions[line_id] != start + per_line.get(line_id, 0):
            lost += abs(line_versions[line_id] - start - per_line.get(line_id, 0))
            problems.append(f"line {line_id}: version {start} → {line_versions[line_id]}, "
                            f"{per_line.get(line_id, 0)} saves")
    audits = {"decision.extend": len(extends), "decision.move": len(moves),
              "line.grade": sum(1 for *_, kind in lines if kind == "grade"),
              "line.approved": sum(1 for *_, kind in lines if kind == "review")}
    for action, count in audits.items():
        if audited.get(action, 0) != count:
            problems.append(f"audit log: {audited.get(action, 0)} {action} events for {count} saves")
            lost += abs(audited.get(action, 0) - count)
    counts = {"decisions checked": len(before["decisions"]), "lines checked": len(before["lines"]),
              "history rows added": len(history), "audit events added": sum(audited.values()),
              "versions checked (all decisions)": before["decisions_total"]}
    return lost, problems, counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--hot", type=int, default=40, help="decisions whose deadlines every client extends "
                        "(default 40; fewer: more collisions)")
    parser.add_argument("--students", type=int, default=None, help="copy the database of this size (built when "
                        f"missing) instead of the {STUDENTS:,}-student one, or the {SMALL:,}-student one when that "
                        "is not built")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="build the source database again")
    parser.add_argument("--keep", action="store_true", help="keep the copy the clients worked on")
    args = parser.parse_args()
    sandbox_this_process()

    source, described = source_database(args.students, args.rebuild)
    copy = f"uznania_clients_{os.getpid()}"
    started = time.monotonic()
    strategy = " STRATEGY FILE_COPY" if server_version() >= 150000 else ""
    admin(f'DROP DATABASE IF EXISTS "{copy}"', f'CREATE DATABASE "{copy}" TEMPLATE "{source}"{strategy}')
    copied = time.monotonic() - started
    url = database_url(copy)
    try:
        pools, before = pools_of(url, args.hot, args.seed)
        print(f"{args.clients} clients for {args.seconds:g} s on {copy}, a copy of {source} — {described}: "
              f"{before['students']:,} students, {before['decisions_total']:,} decisions (copied in {copied:.1f} s)")
        print(f"hot sets shared by all clients: {len(pools['extend'])} decisions to extend, {len(pools['move'])} "
              f"submitted to move, {len(pools['review'])} in review ({len(before['lines'])} lines) to grade and "
              f"verify; weights {WEIGHTS}", flush=True)
        spawn = multiprocessing.get_context("spawn")  # fresh interpreters: nothing of this one's engine shared
        ready, results, go = spawn.Queue(), spawn.Queue(), spawn.Event()
        deadline = spawn.Value("d", 0.0)
        processes = [spawn.Process(target=client, args=(n, url, pools, args.seed * 1000 + n, ready, go, deadline,
                                                        results), name=f"client{n:02d}")
                     for n in range(1, args.clients + 1)]
        for process in processes:
            process.start()
        for _ in processes:
            ready.get(timeout=120)
        deadline.value = time.monotonic() + args.seconds
        go.set()
        gathered = []
        while len(gathered) < len(processes):
            try:
                gathered.append(results.get(timeout=5))
            except queue.Empty:
                if not any(p.is_alive() for p in processes) and results.empty():
                    raise RuntimeError("a client died without reporting") from None
        elapsed = max(time.monotonic() - deadline.value + args.seconds, args.seconds)
        for process in processes:
            process.join()

        samples = [s for _, client_samples, *_ in gathered for s in client_samples]
        extends = [(f"client{n:02d}", *e) for n, _, client_extends, *_ in gathered for e in client_extends]
        moves = [(f"client{n:02d}", *m) for n, _, _, client_moves, *_ in gathered for m in client_moves]
        lines = [(f"client{n:02d}", *line) for n, _, _, _, client_lines, _ in gathered for line in client_lines]
        errors = [e for *_, client_errors in gathered for e in client_errors]
        lost, problems, counts = verify(url, before, extends, moves, lines)
    finally:
        if not args.keep:
            admin(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')

    rows = []
    for operation in [*OPERATIONS, "all"]:
        mine = [s for s in samples if operation in ("all", s[0])]
        done = [seconds for _, outcome, seconds in mine if outcome in ("ok", "refused")]
        outcomes = Counter(outcome for _, outcome, _ in mine)
        rows.append([operation, str(outcomes["ok"]), str(outcomes["refused"]), str(outcomes["skipped"]),
                     str(outcomes["error"]), f"{len(done) / elapsed:.1f}",
                     f"{median(done) * 1000:.0f}" if done else "—",
                     f"{percentile(done, 0.95) * 1000:.0f}" if done else "—",
                     f"{max(done) * 1000:.0f}" if done else "—"])
    print()
    print(table(["operation", "saved/done", "refused (StaleEdit)", "skipped", "errors", "ops/s", "p50 ms", "p95 ms",
                 "max ms"], rows))
    print("\n(ops/s and latencies count done and refused operations; an extend is its read and its save, without "
          "the pause between them; skipped: nothing left to do there, e.g. moved by another client already)")
    print("\nChecked afterwards: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    for problem in problems:
        print("  LOST: " + problem)
    for error in errors:
        print("  ERROR: " + error)
    done_all = [s for s in samples if s[1] in ("ok", "refused")]
    refused = sum(1 for s in samples if s[1] == "refused")
    every = [seconds for _, _, seconds in done_all]
    print()
    print(table(["measure", "value", "target", ""], [
        ["throughput, all clients", f"{len(done_all) / elapsed:.1f} ops/s", "", ""],
        ["p95 latency, all operations", f"{percentile(every, 0.95) * 1000:.0f} ms" if every else "—", "", ""],
        ["saves refused as stale (refused, not lost)", str(refused), "", ""],
        ["successful saves (extend / move / line)", f"{len(extends)} / {len(moves)} / {len(lines)}", "", ""],
        ["lost updates", str(lost), "0", verdict(lost == 0)],
        ["errors other than StaleEdit", str(len(errors)), "0", verdict(not errors)],
    ]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
