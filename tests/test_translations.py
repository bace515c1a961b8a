"""The committed translations are complete and current: every message of uznania_pl.ts and uznania_en.ts is
finished with the placeholders of its source, the .qm files are what lrelease makes of them, and lupdate finds no
text in app/ that the .ts files lack. After changing texts in app/, run `scripts/update-translations`, translate
what it marks unfinished, and run it again."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"pl": ("pl_PL", 3), "en": ("en_GB", 2)}  # language code -> (TS language, number of plural forms)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[1-9n]")


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"uznania_{lang}.ts"


def qt_tool(name: str) -> str | None:
    """The PySide6 tool beside the running interpreter (the virtualenv's), else one on PATH."""
    for candidate in (Path(sys.executable).parent / name, Path(sys.executable).parent / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which(name)


def messages(path: Path):
    """(context, source, comment, message element) of every message of a .ts file."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.findtext("comment") or "", message


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    return text.replace("&&", "").count("&")


def app_sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "app").rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_the_ts_file_is_for_its_language(lang: str) -> None:
    root = ET.parse(ts_path(lang)).getroot()
    assert root.get("language") == LANGUAGES[lang][0]
    assert list(messages(ts_path(lang))), "no messages at all"


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_every_message_is_finished_with_the_placeholders_of_its_source(lang: str) -> None:
    forms_wanted = LANGUAGES[lang][1]
    problems = []
    for context, source, _, message in messages(ts_path(lang)):
        where = f"[{context}] {source!r}"
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind:
            problems.append(f"{where}: {kind}")
            continue
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            if len(texts) != forms_wanted:
                problems.append(f"{where}: {len(texts)} plural forms, {lang} needs {forms_wanted}")
        else:
            texts = [translation.text or ""]
        for text in texts:
            if not text.strip():
                problems.append(f"{where}: empty translation")
            elif placeholders(text) != placeholders(source):
                problems.append(f"{where}: placeholders {placeholders(text)} in {text!r}, "
                                f"the source has {placeholders(source)}")
            elif accelerators(text) != accelerators(source):
                problems.append(f"{where}: {accelerators(text)} '&' accelerators in {text!r}, "
                                f"the source has {accelerators(source)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_the_committed_qm_file_is_what_lrelease_makes_of_the_ts_file(lang: str, tmp_path: Path) -> None:
    lrelease = qt_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is neither beside the Python interpreter nor on PATH; "
                    "cannot check that the .qm files are current")
    committed = TRANSLATIONS / f"uznania_{lang}.qm"
    assert committed.is_file(), f"{committed.name} is missing: run scripts/update-translations"
    fresh = tmp_path / committed.name
    subprocess.run([lrelease, "-silent", str(ts_path(lang)), "-qm", str(fresh)], check=True, capture_output=True)
    current = fresh.read_bytes() == committed.read_bytes()
    assert current, f"{committed.name} is older than {ts_path(lang).name}: run scripts/update-translations"


def test_lupdate_finds_no_text_that_the_ts_files_lack(tmp_path: Path) -> None:
    lupdate = qt_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is neither beside the Python interpreter nor on PATH; "
                    "cannot check that the .ts files hold every text of app/")
    extracted = tmp_path / "extracted.ts"
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *app_sources(), "-ts", str(extracted)],
                   check=True, capture_output=True)
    found = {(c, s, d) for c, s, d, _ in messages(extracted)}
    for lang in sorted(LANGUAGES):
        committed = {(c, s, d) for c, s, d, _ in messages(ts_path(lang))}
        new = sorted(found - committed)
        gone = sorted(committed - found)
        assert not new and not gone, (
            f"uznania_{lang}.ts is not current; run scripts/update-translations and translate.\n"
            + "".join(f"  new in app/: [{c}] {s!r}\n" for c, s, _ in new)
            + "".join(f"  no longer in app/: [{c}] {s!r}\n" for c, s, _ in gone))


@pytest.fixture
def polish() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "uznania_pl.qm"))
    return translator


def test_the_polish_qm_file_translates(polish: QTranslator) -> None:
    assert polish.translate("States", "Approved") == "Zatwierdzona"
    assert polish.translate("Errors", "Decision {id} does not exist.") == "Decyzja {id} nie istnieje."
    text = "Opened %n decision(s)."
    assert polish.translate("StudentsPage", text, "", 1) == "Otwarto %n decyzję."
    assert polish.translate("StudentsPage", text, "", 2) == "Otwarto %n decyzje."
    assert polish.translate("StudentsPage", text, "", 5) == "Otwarto %n decyzji."
    assert polish.translate("StudentsPage", text, "", 22) == "Otwarto %n decyzje."


def test_installed_polish_fills_in_the_number(polish: QTranslator, qapp) -> None:
    assert QCoreApplication.installTranslator(polish)
    try:
        assert QCoreApplication.translate("Format", "%n day(s) overdue", "", 1) == "1 dzień po terminie"
        assert QCoreApplication.translate("Format", "%n day(s)", "", 3) == "3 dni"
        assert QCoreApplication.translate("Format", "%n day(s)", "", 12) == "12 dni"
    finally:
        QCoreApplication.removeTranslator(polish)
