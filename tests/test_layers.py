"""The core knows no widgets: models and services never import Qt widgets or the UI; models import no services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


FORBIDDEN = {
    "models": ("PySide6", "app.ui", "app.services", "app.cli"),
    "services": ("PySide6", "app.ui", "app.cli"),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_stay_inside(layer: str) -> None:
    offences = []
    for path in sorted((APP / layer).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offences.append(f"{path.relative_to(APP.parent)} imports {name}")
    assert not offences, "\n".join(offences)


def test_the_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport app.ui.main_window\n", encoding="utf-8")
    assert {"PySide6.QtWidgets", "app.ui.main_window"} <= imported_modules(sample)
