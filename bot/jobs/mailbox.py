"""The mailbox sync as a job: which workspace it feeds, and what counts as the team's address."""

from email.utils import parseaddr

from bot.mail.imap_sync import SyncReport, mailbox_team, sync_mailbox
from bot.slack.services import Services


def read_mailbox(services: Services) -> SyncReport | None:
    """One sync; None when no mailbox is configured. Raises SyncError when it cannot read."""
    if services.mailbox is None:
        return None
    team = mailbox_team(services.store, services.mailbox_team)
    sender = parseaddr(services.mail.sender)[1] if services.mail else ""
    return sync_mailbox(
        services.store,
        services.mailbox,
        team,
        services.clock.now(),
        team_addresses=[a for a in (sender,) if a],
    )


def describe(report: SyncReport) -> str:
    a = report.applied
    return (
        f"mailbox: {sum(report.fetched.values())} new messages in {len(report.fetched)} "
        f"folders; {a.replies} replies, {a.outbound} sent by the team, {a.auto_replies} "
        f"auto-replies, {a.bounces} bounces, {report.problems} unreadable skipped "
        f"({report.seconds:.1f} s)"
    )
