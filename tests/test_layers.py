"""The layer rule: ui → services → models, never back. Models and services import no Qt; the UI never touches
models or SQLAlchemy; services know nothing of the program's settings or translators."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Every module the file imports, relative imports resolved."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


FORBIDDEN = {
    "models": ("PySide6", "shiboken6", "app.ui", "app.services", "app.cli", "app.i18n", "app.settings"),
    "services": ("PySide6", "shiboken6", "app.ui", "app.cli", "app.i18n", "app.settings", "app.__main__"),
    "ui": ("app.models", "sqlalchemy", "alembic", "app.cli"),
}


def offences(layer: str) -> list[str]:
    found = []
    for path in sorted((APP / layer).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                found.append(f"{path.relative_to(APP.parent)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_stay_inside(layer: str) -> None:
    assert not offences(layer), "\n".join(offences(layer))


def test_the_check_sees_forbidden_imports(tmp_path: Path, monkeypatch) -> None:
    fake = tmp_path / "app"
    (fake / "services").mkdir(parents=True)
    (fake / "services" / "bad.py").write_text(
        "from PySide6.QtWidgets import QWidget\nfrom ..ui import main_window\nfrom .. import settings\n",
        encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["APP"]), "APP", fake)
    found = offences("services")
    for name in ("PySide6.QtWidgets", "app.ui.main_window", "app.settings"):
        assert f"app/services/bad.py imports {name}" in found
