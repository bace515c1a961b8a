from __future__ import annotations

import json

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
