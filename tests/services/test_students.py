from __future__ import annotations

import pytest

from app.services.errors import NotFound
from app.services.text import fold


@pytest.mark.parametrize("query,albums", [
    ("lodz", ["100001"]),
    ("ŁÓDZKA", ["100001"]),
    ("zolk jedrz", ["100002"]),
    ("1000", ["100003", "100001", "100004", "100002"]),
    ("100003", ["100003"]),
    ("lucja", ["100004"]),
    ("nikt", []),
    ("", ["100003", "100004", "100001", "100002"]),
])
def test_search_ignores_case_and_diacritics(seeded, query, albums) -> None:
    found = [s.album_number for s in seeded.students.list(query)]
    assert sorted(found) == sorted(albums)


def test_students_are_listed_by_family_name_with_decision_counts(seeded) -> None:
    rows = seeded.students.list()
    assert [r.family_name for r in rows] == ["Łódzka", "Nowak", "Wróbel", "Żółkiewski"]
    assert all(r.decisions_count == 0 and r.nearest_deadline is None for r in rows)


def test_unknown_album(seeded) -> None:
    with pytest.raises(NotFound, match="424242"):
        seeded.students.get("424242")


def test_fold() -> None:
    assert fold("  Łódź  Żółć\tĘĄ ") == "lodz zolc ea"
