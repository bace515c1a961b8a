"""Two workstations (here: two threads with their own connections) working on one database at once."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy import text

from app.models.db import open_database, sqlite_url
from tests.conftest import TODAY, make_services


def test_concurrent_openings_get_distinct_numbers(seeded, db_path, tmp_path) -> None:
    albums = [f"{300000 + i}" for i in range(30)]
    csv = tmp_path / "s.csv"
    csv.write_text("album;nazwisko;imiona;data urodzenia;kierunek;tryb\n" + "".join(
        f"{a};Nowak;Jan;2001-01-01;SYN-INF-S1;transfer\n" for a in albums), encoding="utf-8")
    seeded.student_import.apply(seeded.student_import.preview(csv))
    errors: list[BaseException] = []

    def officer(my_albums: list[str]) -> None:
        database = open_database(sqlite_url(db_path))  # a connection pool of its own, like another process
        services = make_services(database)
        try:
            for album in my_albums:
                services.decisions.open([album], TODAY + timedelta(days=9), "5")
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            database.engine.dispose()

    threads = [threading.Thread(target=officer, args=(albums[i::3],)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = [d.number for d in seeded.decisions.list()]
    assert len(numbers) == 30 and len(set(numbers)) == 30
    assert sorted(numbers)[-1] == f"UZN/{TODAY.year}/00030"


def test_numbering_continues_after_existing_numbers_numerically(seeded, database) -> None:
    [first] = seeded.decisions.open(["100001"], TODAY + timedelta(days=9), "5")
    with database.engine.begin() as connection:  # as if the year had gone past 99999 before the counter existed
        connection.execute(text("DELETE FROM counters"))
        connection.execute(text("UPDATE decisions SET number = :n WHERE id = :id"),
                           {"n": f"UZN/{TODAY.year}/100000", "id": first})
    [second] = seeded.decisions.open(["100002"], TODAY + timedelta(days=9), "5")
    [third] = seeded.decisions.open(["100003"], TODAY + timedelta(days=9), "5")
    numbers = {d.id: d.number for d in seeded.decisions.list()}
    assert (numbers[second], numbers[third]) == (f"UZN/{TODAY.year}/100001", f"UZN/{TODAY.year}/100002")
