"""Shared by the benchmark scripts: the cached demo database, a sandboxed environment for child processes,
running the GUI with its exit-after-first-paint hook, and small statistics helpers.

Not a test module: pytest never collects `benchmarks/` (its testpaths are `tests/`).
"""

from __future__ import annotations

import hashlib
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"  # gitignored

STUDENTS = 20_000
DECISIONS_PER_STUDENT = 2.0


# -- environment -----------------------------------------------------------------------------------------------
def sandbox_env(home: Path, **extra: str) -> dict[str, str]:
    """os.environ with every per-user folder of the program inside `home`, no display and no UZNANIA_DB."""
    env = dict(os.environ)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("UZNANIA_DB", None)
    env.pop("UZNANIA_EXIT_AFTER_FIRST_PAINT", None)
    env.update(extra)
    return env


def sandbox_this_process() -> Path:
    """For in-process benchmarks: call before anything imports Qt, platformdirs or `app`."""
    home = Path(tempfile.mkdtemp(prefix="uznania-bench-"))
    os.environ.update(sandbox_env(home))
    os.environ.pop("UZNANIA_DB", None)
    return home


# -- the demo database -------------------------------------------------------------------------------------------
def _cache_key(students: int, per_student: float) -> str:
    """Changes when the demo generator or the schema's migrations change, so a stale cache is never used."""
    digest = hashlib.sha1(f"{students}:{per_student}".encode())
    for path in [ROOT / "app" / "services" / "demo.py",
                 *sorted((ROOT / "app" / "models" / "migrations" / "versions").glob("*.py"))]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def ensure_database(students: int = STUDENTS, per_student: float = DECISIONS_PER_STUDENT,
                    rebuild: bool = False) -> Path:
    """The cached demo database under benchmarks/out/, generated through the command line when missing
    (about 25 s for 20,000 students). Never opened by the benchmarks themselves: use `working_copy`."""
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"demo-{students}s-{per_student:g}d-{_cache_key(students, per_student)}.sqlite3"
    if target.exists() and not rebuild:
        return target
    for stale in OUT.glob(f"demo-{students}s-{per_student:g}d-*.sqlite3"):  # an older generator or schema
        stale.unlink()
    print(f"generating {target.name} ({students} students, {per_student:g} decisions each)…", flush=True)
    with tempfile.TemporaryDirectory(prefix="uznania-bench-") as home:
        partial = Path(home) / "demo.sqlite3"
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "app", "--db", f"sqlite:///{partial}", "demo",
                        "--students", str(students), "--decisions-per-student", f"{per_student:g}"],
                       cwd=ROOT, env=sandbox_env(Path(home)), check=True, stdout=subprocess.DEVNULL)
        connection = sqlite3.connect(partial)  # fold the WAL into the file: the cache is one self-contained file
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
            found = connection.execute("SELECT (SELECT count(*) FROM students), (SELECT count(*) FROM decisions)"
                                       ).fetchone()
        finally:
            connection.close()
        print(f"  done in {time.monotonic() - started:.1f} s: {found[0]} students, {found[1]} decisions",
              flush=True)
        shutil.copyfile(partial, target.with_suffix(".partial"))
        target.with_suffix(".partial").replace(target)
    return target


def working_copy(database: Path, folder: Path) -> Path:
    """A copy the program may write to (sign-in, WAL files); the cache stays untouched."""
    copy = folder / "desk.sqlite3"
    shutil.copyfile(database, copy)
    return copy


# -- the GUI as a child process ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class GuiRun:
    marks: dict[str, float]  # seconds after the spawn: first-paint, rows-loaded, decisions-loaded
    exit_after: float  # seconds from the spawn until the process was reaped
    peak_rss_kib: int  # the child's own ru_maxrss (VmHWM), from wait4()
    returncode: int


def run_gui(database: Path | None, timeout: float = 120.0, program: list[str] | None = None) -> GuiRun:
    """Start `python -m app --db sqlite:///COPY` with UZNANIA_EXIT_AFTER_FIRST_PAINT set and collect what the hook
    prints. `database=None` starts on a new, empty desk. Raises RuntimeError when the child misbehaves."""
    with tempfile.TemporaryDirectory(prefix="uznania-bench-") as home:
        home_path = Path(home)
        db = working_copy(database, home_path) if database else home_path / "empty.sqlite3"
        env = sandbox_env(home_path, UZNANIA_EXIT_AFTER_FIRST_PAINT="1")
        with open(home_path / "stderr.txt", "w+b") as stderr:
            started = time.monotonic()
            command = program or [sys.executable, "-m", "app"]  # or the built program
            child = subprocess.Popen([*command, "--db", f"sqlite:///{db}"], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=stderr, stdin=subprocess.DEVNULL)
            killer = threading.Timer(timeout, child.kill)  # a crash dialog would otherwise wait for ever
            killer.start()
            try:
                output = child.stdout.read().decode()
                _, status, usage = os.wait4(child.pid, 0)  # wait4, not wait(): it also gives the child's rusage
            finally:
                killer.cancel()
            ended = time.monotonic()
            child.returncode = os.waitstatus_to_exitcode(status)
            child.stdout.close()
            stderr.seek(0)
            errors = stderr.read().decode(errors="replace")
    marks = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("first-paint", "rows-loaded", "decisions-loaded"):
            marks[parts[0]] = float(parts[1]) - started
    if child.returncode != 0 or len(marks) != 3:
        raise RuntimeError(f"the GUI exited with {child.returncode} after {ended - started:.1f} s; "
                           f"stdout:\n{output}\nstderr:\n{errors[-3000:]}")
    return GuiRun(marks, ended - started, usage.ru_maxrss, child.returncode)


# -- statistics and tables ---------------------------------------------------------------------------------------
def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest sample with at least `fraction` of the samples at or below it."""
    ordered = sorted(values)
    rank = max(1, math.ceil(round(len(ordered) * fraction, 9)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    def line(cells):
        return "  ".join(str(cell).rjust(width) if i else str(cell).ljust(width)
                         for i, (cell, width) in enumerate(zip(cells, widths))).rstrip()
    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(row) for row in rows)])


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"
