"""The labelled mail corpora are consistent (their accuracy is measured by
bench/classify_corpus.py).

`mail_corpus` is the corpus the classifier was tuned on; `mail_holdout` and `mail_holdout2`
were written without reading the rules and held out, then tuned on too, so all three must keep
every human reply, as must `mail_languages` (out-of-office replies and their human counterparts in
many languages). `mail_holdout3` and `mail_holdout4` are held out the same way and only
measured, so only their consistency is checked here.
"""

import csv
from datetime import date, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from bot.mail.classify import classify

HERE = Path(__file__).parent
CORPUS = HERE / "mail_corpus"
HOLDOUT = HERE / "mail_holdout"
HOLDOUT2 = HERE / "mail_holdout2"
HOLDOUT3 = HERE / "mail_holdout3"
HOLDOUT4 = HERE / "mail_holdout4"
LANGUAGES = HERE / "mail_languages"
KINDS = {"human", "auto_reply", "bounce", "challenge", "list"}
COLUMNS = ["file", "kind", "reason_hint", "return_date", "received_at", "sender_country"]

both = pytest.mark.parametrize(
    "corpus",
    [CORPUS, HOLDOUT, HOLDOUT2, LANGUAGES],
    ids=["mail_corpus", "mail_holdout", "mail_holdout2", "mail_languages"],
)
ALL = [CORPUS, HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, LANGUAGES]
every = pytest.mark.parametrize("corpus", ALL, ids=[c.name for c in ALL])


def rows(corpus: Path = CORPUS) -> list[dict[str, str]]:
    with (corpus / "labels.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == COLUMNS
        return list(reader)


@every
def test_every_message_is_labelled_once_and_every_label_has_its_file(corpus: Path) -> None:
    labelled = [row["file"] for row in rows(corpus)]
    assert len(labelled) == len(set(labelled))
    assert sorted(labelled) == sorted(p.name for p in corpus.glob("*.eml"))


@every
def test_labels_are_well_formed(corpus: Path) -> None:
    for row in rows(corpus):
        assert row["kind"] in KINDS, row
        assert datetime.fromisoformat(row["received_at"]).tzinfo is not None, row
        if row["return_date"]:
            assert row["kind"] == "auto_reply", row
            assert date.fromisoformat(row["return_date"]) >= date.fromisoformat(
                row["received_at"][:10]
            ), row
        assert row["sender_country"] == "" or len(row["sender_country"]) == 2, row


@every
def test_messages_parse_and_keep_crlf_line_ends(corpus: Path) -> None:
    for row in rows(corpus):
        raw = (corpus / row["file"]).read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), row["file"]
        message = message_from_bytes(raw, policy=policy.default)
        assert message["From"], row["file"]
        assert message.get_body(preferencelist=("plain", "html")) is not None, row["file"]


@pytest.mark.parametrize(
    ("corpus", "least"),
    list(zip(ALL, [5, 3, 5, 6, 7, 2], strict=True)),
    ids=[c.name for c in ALL],
)
def test_every_kind_has_several_messages(corpus: Path, least: int) -> None:
    counts = {kind: sum(row["kind"] == kind for row in rows(corpus)) for kind in KINDS}
    assert min(counts.values()) >= least, counts


@both
def test_no_human_reply_of_the_corpus_is_taken_for_automatic_mail(corpus: Path) -> None:
    """A reply taken for a machine keeps the team chasing a creator who answered; the goal is
    none, so it is held here for the corpora tuned on, while bench/classify_corpus.py measures
    the rest."""
    lost = []
    for row in rows(corpus):
        if row["kind"] != "human":
            continue
        raw = (corpus / row["file"]).read_bytes()
        found = classify(message_from_bytes(raw, policy=policy.default))  # type: ignore[arg-type]
        if found.kind != "human":
            lost.append((row["file"], found.reason))
    assert lost == []
