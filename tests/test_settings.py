from __future__ import annotations

import json
import logging
from dataclasses import fields

import pytest

from app import settings as store


def test_round_trip(tmp_path) -> None:
    path = tmp_path / "settings.json"
    chosen = store.Settings(language="en", database_url="sqlite:////tmp/x.sqlite3", default_deadline_days=21)
    store.save(chosen, path)
    assert store.load(path) == chosen
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "en"


@pytest.mark.parametrize("content", ["[]", "{", '{"language": "de"}', '{"default_deadline_days": "30"}',
                                     '{"default_deadline_days": 10000000}', '{"database_url": 5}',
                                     '{"required_ects_per_semester": 0}', '{"resit_session_end": "02-30"}'])
def test_a_damaged_file_falls_back_to_defaults(tmp_path, content) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert store.load(path) == store.Settings()


def test_missing_file(tmp_path) -> None:
    assert store.load(tmp_path / "none.json") == store.Settings()


# Every field with a value other than its default: a new field makes test_every_field_is_covered fail until it is here.
CHANGED = {
    "language": "en",
    "database_url": "postgresql+psycopg://dziekanat@db.uni.opole.pl:5433/uznania",
    "default_deadline_days": 45,
    "required_ects_per_semester": 27,
    "resit_session_end": "09-15",
    "grade_5_5": True,
    "grade_rounding": "down",
    "distribution_rule": "midpoint",
    "report_university": "Uniwersytet Łódzki",
    "report_faculty": "Wydział Filologiczny",
    "report_dean_title": "Prodziekan ds. studenckich",
    "report_dean_name": "dr hab. Żaneta Źdźbło",
    "report_place": "Łódź",
    "report_legal_basis": "§ 30 Regulaminu studiów;\nart. 85 ustawy",
    "report_appeal": "Odwołanie — w terminie 14 dni.\nDruga linia.",
    "report_language": "both",
    "backup_every_days": 7,
    "backup_keep": 3,
}


def test_every_field_is_covered() -> None:
    defaults = store.Settings()
    assert set(CHANGED) == {item.name for item in fields(store.Settings)}
    assert all(getattr(defaults, name) != value for name, value in CHANGED.items())


def test_every_field_round_trips(tmp_path) -> None:
    path = tmp_path / "settings.json"
    chosen = store.Settings(**CHANGED)
    store.save(chosen, path)
    assert store.load(path) == chosen
    assert json.loads(path.read_text(encoding="utf-8")) == CHANGED
    assert list(tmp_path.iterdir()) == [path]  # the temporary file of the atomic write is gone


@pytest.mark.parametrize(("name", "bad"), [
    ("language", "de"), ("default_deadline_days", -1), ("default_deadline_days", 367),
    ("required_ects_per_semester", 61), ("resit_session_end", "13-01"), ("resit_session_end", "0930"),
    ("grade_5_5", "yes"), ("grade_rounding", "up"), ("distribution_rule", "mean"), ("report_language", "de"),
    ("report_place", None), ("backup_every_days", 1.5), ("backup_keep", 0), ("backup_keep", True),
])
def test_an_invalid_value_falls_back_to_its_default_alone(tmp_path, caplog, name, bad) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({**CHANGED, name: bad}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="app.settings"):
        loaded = store.load(path)
    assert loaded == store.Settings(**CHANGED).with_changes(**{name: getattr(store.Settings(), name)})
    assert [record.getMessage() for record in caplog.records] == [
        f"setting {name}={bad!r} in {path} is not valid; using the default"]


def test_unknown_keys_are_ignored(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({**CHANGED, "window_geometry": "abc"}), encoding="utf-8")
    assert store.load(path) == store.Settings(**CHANGED)
