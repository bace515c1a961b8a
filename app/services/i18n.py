"""Marking user-facing texts for translation without importing Qt into the core.

`pyside6-lupdate` finds `QT_TRANSLATE_NOOP("Context", "text")` in any Python file; the UI and the command line
translate the marked text with `QCoreApplication.translate` (see `app/i18n.py`) when they show it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text
