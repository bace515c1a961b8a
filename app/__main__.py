"""The composition root: settings, logging, database and migrations, translators, services, then the window or
a command."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys

from app import cli_users, paths
from app import settings as settings_store
from app.cli import build_parser, run
from app.i18n import install, translate
from app.models.db import open_database, sqlite_url
from app.services.catalogue import GradePolicy
from app.services.context import ServiceContext
from app.services.errors import AppError
from app.services.registry import Services
from app.services.users import UserService, os_login

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


def is_shared(database) -> bool:
    """A database other than the embedded SQLite file is shared: people sign in to it with a password."""
    return database.engine.url.get_backend_name() != "sqlite"


def main(argv: list[str] | None = None, shared: bool | None = None) -> int:
    """Run the program; `shared` overrides whether the database is treated as shared (tests use a SQLite file)."""
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
    if args.command == "emrex" and args.action == "demo-emp":  # a contact point of its own: no desk needed
        from app.cli_emrex import demo_emp
        return demo_emp(args)
    try:
        database = open_database(database_url(args.db, settings))
        shared = is_shared(database) if shared is None else shared
        in_window = shared and args.command is None  # the window asks with its own dialog
        actor = None if in_window else cli_users.sign_in(database.sessions, shared, args.user)
    except AppError as error:
        print(translate("Cli", "Error:"), error.render(translate), file=sys.stderr)
        return 1
    except Exception as error:  # a database that cannot be opened is the user's to fix, not a crash
        log.exception("cannot open the database")
        message = translate("Cli", "The database cannot be opened: {detail}").format(detail=error)
        print(message, file=sys.stderr)
        if gui and args.command is None:
            from app.ui.prompts import ask_retry
            if ask_retry(None, message):  # a server that was away may be back: try again from the start
                return main(argv, shared)
        return 1
    if actor is None:
        from app.ui.sign_in_dialog import SignInDialog
        actor = SignInDialog.ask(None, UserService.before_sign_in(database.sessions), args.user or os_login())
        if actor is None:  # cancelled: nothing to do
            return 0
    ctx = ServiceContext(sessions=database.sessions, actor=actor)
    policy = GradePolicy(settings.grade_5_5, settings.grade_rounding, settings.distribution_rule)
    services = Services.create(ctx, settings.required_ects_per_semester,
                               settings_store.month_day(settings.resit_session_end), policy,
                               settings.report_options())
    if args.command is None:
        if database.engine.url.get_backend_name() == "sqlite":  # the embedded desk backs itself up
            from app.services.maintenance import start_scheduled_backup
            start_scheduled_backup(database.engine.url, settings.backup_every_days, settings.backup_keep,
                                   actor.login)
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
