"""The composition root: settings, logging, database and migrations, translators, services, then the window or
a command."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys

from app import paths
from app import settings as settings_store
from app.cli import build_parser, run
from app.i18n import install, translate
from app.models.db import open_database, sqlite_url
from app.services.context import ServiceContext
from app.services.errors import AppError
from app.services.registry import Services
from app.services.users import sign_in_desk_user

log = logging.getLogger("app")


def configure_logging() -> None:
    root = logging.getLogger()
    if any(getattr(h, "uznania", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(paths.log_dir() / "uznania.log", maxBytes=2_000_000,
                                                   backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.uznania = True
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def database_url(cli_url: str | None, settings: settings_store.Settings) -> str:
    return (cli_url or os.environ.get("UZNANIA_DB") or settings.database_url
            or sqlite_url(paths.default_database_path()))


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging()
    settings = settings_store.load()
    language = args.lang or settings.language
    gui = args.command in (None, "screenshot")
    if gui:
        if args.command == "screenshot":
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from app.ui.application import create_application
        qt_app = create_application()
    install(language)
    try:
        database = open_database(database_url(args.db, settings))
        embedded = database.engine.url.get_backend_name() == "sqlite"
        ctx = ServiceContext(sessions=database.sessions, actor=sign_in_desk_user(database.sessions, embedded))
    except AppError as error:
        print(translate("Cli", "Error:"), error.render(translate), file=sys.stderr)
        return 1
    except Exception as error:  # a database that cannot be opened is the user's to fix, not a crash
        log.exception("cannot open the database")
        message = translate("Cli", "The database cannot be opened: {detail}").format(detail=error)
        if gui and args.command is None:
            from app.ui.prompts import show_error
            show_error(None, message)
        print(message, file=sys.stderr)
        return 1
    services = Services.create(ctx, settings.required_ects_per_semester,
                               settings_store.month_day(settings.resit_session_end))
    if args.command is None:
        from app.ui.application import run_window
        return run_window(qt_app, services, settings, database.label)
    if args.command == "screenshot":
        from app.ui.application import take_screenshot
        return take_screenshot(qt_app, services, settings, database.label, args.page, args.output, args.size)
    return run(args, services)


def entry() -> int:
    try:
        return main()
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(entry())
