"""`ghostwatch` command line.

Each command imports what it uses when it runs: `--help`, a missing token and `doctor` on a
fresh install answer in a fraction of a second instead of loading the whole bot first."""

import argparse
import sys
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot.failures import Stop

if TYPE_CHECKING:
    from bot.config import Settings

NEEDS = {
    "run": ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"),
    "serve": ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"),
    "migrate": (),
    "tick": ("SLACK_BOT_TOKEN",),
    "preview": (),
    "digest": (),
    "demo": (),
    "sync": (),
    "doctor": (),
}
MODES = {"run": "Socket Mode", "serve": "HTTP mode", "tick": "Posting to Slack"}


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO time: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return int(text)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ghostwatch", description="A Slack bot that nudges stalled creator collaborations."
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="migrate the database, then connect to Slack in Socket Mode")
    serve = sub.add_parser("serve", help="serve Slack's HTTP requests (and /healthz)")
    serve.add_argument("--host", default="0.0.0.0")
    serve.add_argument("--port", type=int, default=3000)
    serve.add_argument(
        "--workers",
        type=_positive,
        default=1,
        help="worker processes, each a whole replica (Linux and macOS; default 1)",
    )
    sub.add_parser("migrate", help="bring the database schema up to date and exit")
    tick = sub.add_parser(
        "tick", help="sync the mailbox, run one escalation pass, post what it found, and exit"
    )
    tick.add_argument("--at", type=_instant, help="act as if it were this ISO time (default: now)")
    tick.add_argument(
        "--force", action="store_true", help="allow an --at in the future (it acts for real)"
    )
    preview = sub.add_parser(
        "preview", help="print what a tick would post and draft, changing nothing"
    )
    preview.add_argument("--at", type=_instant, help="preview this ISO time (default: now)")
    sub.add_parser("sync", help="read what is new in the team mailbox and exit")
    sub.add_parser("doctor", help="check each configured part: Slack, database, SMTP, IMAP")
    sub.add_parser("demo", help="show two weeks of a made-up team's channel, no Slack needed")
    digest = sub.add_parser("digest", help="print today's digest as it would be posted")
    digest.add_argument("--preview", action="store_true", help="print only (the default)")
    digest.add_argument("--at", type=_instant, help="pretend it is this ISO time (default: now)")
    return parser


# A real tick may run this far ahead of the clock without --force (clocks drift).
FUTURE_SLACK = timedelta(minutes=5)


def _future_tick(at: datetime) -> str | None:
    """Why a real tick must not pretend a future time has come: it acts for real."""
    if at <= datetime.now(UTC) + FUTURE_SLACK:
        return None
    when = at.isoformat(timespec="minutes")
    return (
        f"ghostwatch: tick --at {when} is in the future, and a tick acts for real: it would post "
        "and move deals up the ladder now, so later ticks skip the levels in between. Run "
        f"`ghostwatch preview --at {when}` to see what would happen, or add --force."
    )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"
    from pydantic import ValidationError

    from bot.config import SETUP_HINT, Settings

    try:
        settings = Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()
        )
        print(f"ghostwatch: invalid settings: {problems}\n{SETUP_HINT}", file=sys.stderr)
        return 2
    missing = settings.missing(*NEEDS[command])
    if missing:
        print(
            f"ghostwatch: {MODES[command]} needs {', '.join(missing)}.\n"
            "Set them in the environment or in a .env file in this folder.\n" + SETUP_HINT,
            file=sys.stderr,
        )
        return 2
    import logging

    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for chatty in ("alembic", "apscheduler"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    if command == "tick" and args.at and not args.force and (why := _future_tick(args.at)):
        print(why, file=sys.stderr)
        return 2
    try:
        return _dispatch(command, args, settings)
    except Stop as stop:
        print(f"ghostwatch: {stop.line}", file=sys.stderr)
        return stop.code


def _dispatch(command: str, args: argparse.Namespace, settings: "Settings") -> int:
    if command == "doctor":
        from bot.doctor import exit_code, run_checks

        checks = []
        for check in run_checks(settings):
            print(check.line(), flush=True)
            checks.append(check)
        return exit_code(checks)
    if command == "demo":
        from bot.demo import run_demo

        run_demo(sys.stdout)
        return 0
    from bot import app

    if command == "migrate":
        app.build_deps(settings)
        print("ghostwatch: the database schema is up to date.")
    elif command == "sync":
        from bot.mail.imap_sync import SyncError

        try:
            print(app.sync_once(app.build_deps(settings)))
        except SyncError as exc:
            print(f"ghostwatch: the mailbox was not read: {exc.reason}", file=sys.stderr)
            return 1
    elif command == "digest":
        print(app.preview_digests(settings, args.at))
    elif command == "tick":
        print(app.tick_once(settings, args.at))
    elif command == "preview":
        print(app.preview_tick(settings, args.at, sys.stdout))
    elif command == "serve":
        app.serve_http(settings, host=args.host, port=args.port, workers=args.workers)
    else:
        app.run_socket_mode(settings)
    return 0
