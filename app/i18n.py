"""Translations: the desk's own (`resources/translations/uznania_<lang>.qm`) and Qt's own (`qtbase_<lang>.qm`),
for the GUI and the command line alike. Source texts are English; Polish is the default language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def _load(name: str, language: str, directory: str) -> QTranslator | None:
    translator = QTranslator()
    if translator.load(f"{name}_{language}", directory):
        return translator
    log.warning("no %s translation for %s in %s", name, language, directory)
    return None


def translators(language: str) -> list[QTranslator]:
    found = [_load("uznania", language, str(paths.resources_dir() / "translations"))]
    if language != "en":  # Qt's own texts are English already
        found.append(_load("qtbase", language, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    return [t for t in found if t is not None]


def install(language: str) -> None:
    """Install the translators of `language` into the running application (replacing earlier ones)."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Polish if language == "pl" else QLocale.Language.English,
                               QLocale.Country.Poland if language == "pl" else QLocale.Country.UnitedKingdom))
    for translator in translators(language):
        if app is not None:
            QCoreApplication.installTranslator(translator)
        _installed.append(translator)


def translate(context: str, text: str) -> str:
    """Translate with the installed translators, also where no QCoreApplication exists (the command line)."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text)
    for translator in _installed:
        found = translator.translate(context, text)
        if found:
            return found
    return text
