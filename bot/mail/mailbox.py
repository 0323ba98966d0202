"""The team mailbox as the jobs see it: one sync at a time, and a look into Sent."""

from collections.abc import Sequence
from datetime import datetime

from bot.mail.imap_settings import ImapSettings
from bot.mail.imap_sync import SyncReport, in_sent_folder, mailbox_team, sync_mailbox
from bot.store.engine import Store


class TeamMailbox:
    """Feeds the workspace `team_id` (or the only one there is); mail from `team_addresses` is
    the team's own, never a creator's reply."""

    def __init__(
        self,
        store: Store,
        settings: ImapSettings,
        *,
        team_id: str | None,
        team_addresses: Sequence[str] = (),
    ) -> None:
        self.store = store
        self.settings = settings
        self.team_id = team_id
        self.team_addresses = tuple(a for a in team_addresses if a)

    def __repr__(self) -> str:
        return f"TeamMailbox({self.settings.username}@{self.settings.host})"

    def read(self, now: datetime) -> str:
        team = mailbox_team(self.store, self.team_id)
        report = sync_mailbox(
            self.store, self.settings, team, now, team_addresses=self.team_addresses
        )
        return describe(report)

    def in_sent(self, message_id: str) -> bool:
        return in_sent_folder(self.settings, message_id)


def describe(report: SyncReport) -> str:
    a = report.applied
    return (
        f"mailbox: {sum(report.fetched.values())} new messages in {len(report.fetched)} "
        f"folders; {a.replies} replies, {a.outbound} sent by the team, {a.auto_replies} "
        f"auto-replies, {a.bounces} bounces, {a.challenges} challenges, {report.problems} "
        f"unreadable skipped "
        f"({report.seconds:.1f} s)"
    )
