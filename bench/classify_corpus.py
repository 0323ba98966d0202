"""Measure the mail classifier on the labelled corpus: `uv run python bench/classify_corpus.py`.

`--corpus PATH` measures another corpus of the same layout, e.g. the held-out one:
`uv run python bench/classify_corpus.py --corpus tests/mail_holdout`.

Reads `<corpus>/labels.csv` (default `tests/mail_corpus`), classifies every message with
`classify()`, reads the return date of every labelled out-of-office with `pause_until()`, and
prints a confusion matrix, the headline figures beside their goals, and the misses. A bench, not
a test: it always exits 0.
"""

import argparse
import csv
import email
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.core.locales import zone_for_country  # noqa: E402
from bot.mail.classify import classify, pause_until  # noqa: E402

CORPUS = ROOT / "tests" / "mail_corpus"
KINDS = ("human", "auto_reply", "bounce", "challenge", "list")
FAILED = "(failed)"
DEFAULT_PAUSE = timedelta(days=7)  # what pause_until gives when it finds no date (DESIGN §5)

# The sender's time zone, from the labelled country (one zone per country is enough here).


@dataclass(frozen=True)
class Label:
    file: str
    kind: str
    reason_hint: str
    return_date: date | None
    received_at: datetime
    sender_country: str


@dataclass(frozen=True)
class Result:
    label: Label
    predicted: str
    reason: str
    message: EmailMessage | None


def load_labels(corpus: Path) -> list[Label]:
    with (corpus / "labels.csv").open(encoding="utf-8", newline="") as handle:
        return [
            Label(
                row["file"],
                row["kind"],
                row["reason_hint"],
                date.fromisoformat(row["return_date"]) if row["return_date"] else None,
                datetime.fromisoformat(row["received_at"]),
                row["sender_country"],
            )
            for row in csv.DictReader(handle)
        ]


def run(corpus: Path, label: Label) -> Result:
    try:
        raw = (corpus / label.file).read_bytes()
        message = email.message_from_bytes(raw, policy=policy.default)
    except Exception as error:
        return Result(label, FAILED, f"parse: {type(error).__name__}: {error}", None)
    assert isinstance(message, EmailMessage)
    try:
        found = classify(message)
    except Exception as error:
        return Result(label, FAILED, f"classify raised {type(error).__name__}: {error}", message)
    return Result(label, found.kind, found.reason, message)


def text_of(message: EmailMessage) -> str:
    """The subject and the first text part (plain, else HTML), as the sync would hand them on."""
    subject = str(message.get("Subject", "") or "")
    try:
        body = message.get_body(preferencelist=("plain", "html"))
        content = body.get_content() if body is not None else ""
    except Exception:
        content = ""
    return f"{subject}\n{content}"


def zone(country: str) -> ZoneInfo | None:
    """The sender's country's zone when it has one; else None, and `pause_until` reads the
    day in the zone the message was sent from (its Date offset), as the sync does."""
    name = zone_for_country(country)
    return ZoneInfo(name) if name else None


def check_date(result: Result) -> tuple[bool, str]:
    label = result.label
    assert label.return_date is not None
    if result.message is None:
        return False, "message did not parse"
    tz = zone(label.sender_country)
    try:
        until = pause_until(text_of(result.message), received=label.received_at, tz=tz)
    except Exception as error:
        return False, f"pause_until raised {type(error).__name__}"
    if until == label.received_at + DEFAULT_PAUSE:
        return False, "no date found (default pause)"
    got = until.astimezone(tz or label.received_at.tzinfo).date()
    return got == label.return_date, got.isoformat()


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def matrix(results: list[Result]) -> list[str]:
    predicted = [*KINDS, *sorted({r.predicted for r in results} - set(KINDS))]
    counts = Counter((r.label.kind, r.predicted) for r in results)
    head = "labelled \\ predicted"
    width = max(len(k) for k in predicted) + 2
    lines = [head.ljust(len(head) + 2) + "".join(k.rjust(width) for k in predicted) + "   total"]
    for kind in KINDS:
        row = [str(counts[kind, p]) if counts[kind, p] else "." for p in predicted]
        total = sum(counts[kind, p] for p in predicted)
        cells = "".join(c.rjust(width) for c in row)
        lines.append(kind.ljust(len(head) + 2) + cells + f"{total:>8}")
    return lines


def shown(path: Path) -> Path:
    try:
        return path.relative_to(ROOT)
    except ValueError:
        return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="folder with labels.csv and the .eml files (default: tests/mail_corpus)",
    )
    args = parser.parse_args(argv)
    corpus = (args.corpus if args.corpus.is_absolute() else Path.cwd() / args.corpus).resolve()
    labels = load_labels(corpus)
    results = [run(corpus, label) for label in labels]
    print(f"Corpus: {len(results)} messages in {shown(corpus)}")
    print()
    print("Confusion matrix (rows: labelled kind, columns: predicted kind)")
    for line in matrix(results):
        print("  " + line)
    print()

    humans = [r for r in results if r.label.kind == "human"]
    lost = [r for r in humans if r.predicted != "human"]
    automatic = [r for r in results if r.label.kind != "human"]
    recognised = [r for r in automatic if r.predicted not in ("human", FAILED)]
    exact = [r for r in automatic if r.predicted == r.label.kind]
    dated = [r for r in results if r.label.return_date is not None]
    date_checks = [(r, *check_date(r)) for r in dated]
    dates_right = [r for r, ok, _ in date_checks if ok]
    undated = [r for r in results if r.label.kind == "auto_reply" and r.label.return_date is None]

    print(f"human replies lost: {len(lost)} of {len(humans)}   (goal: 0)")
    print(
        f"automatic recognised: {percent(len(recognised), len(automatic))} "
        f"({len(recognised)} of {len(automatic)})   (goal: >= 97%)"
    )
    print(
        f"automatic, exact kind: {percent(len(exact), len(automatic))} "
        f"({len(exact)} of {len(automatic)})"
    )
    for kind in KINDS[1:]:
        of_kind = [r for r in automatic if r.label.kind == kind]
        hits = sum(r.predicted == kind for r in of_kind)
        print(f"  {kind:<11} exact {hits} of {len(of_kind)}")
    print(
        f"return dates right: {len(dates_right)} of {len(dated)}   (goal: all)"
        f"   [{len(undated)} auto-replies state no date and are not scored]"
    )
    print()

    misses = [r for r in results if r.predicted != r.label.kind]
    print(f"Misclassified ({len(misses)}):")
    for r in misses:
        print(
            f"  {r.label.file}: labelled {r.label.kind}, predicted {r.predicted}"
            f" [{r.reason}] - {r.label.reason_hint}"
        )
    wrong_dates = [(r, got) for r, ok, got in date_checks if not ok]
    print()
    print(f"Wrong return dates ({len(wrong_dates)}):")
    for r, got in wrong_dates:
        print(
            f"  {r.label.file}: labelled {r.label.return_date}, got {got}"
            f" (received {r.label.received_at.isoformat()}, {r.label.sender_country or '?'})"
            f" - {r.label.reason_hint}"
        )
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
