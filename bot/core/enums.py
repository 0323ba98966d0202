"""The domain's fixed vocabularies: the tables store their values, the rules read them."""

from enum import StrEnum


class Stage(StrEnum):
    negotiating = "negotiating"
    contracted = "contracted"
    product_shipped = "product_shipped"
    product_received = "product_received"
    draft_submitted = "draft_submitted"
    draft_approved = "draft_approved"
    published = "published"
    paid = "paid"
    closed = "closed"
    cancelled = "cancelled"
    ghosted = "ghosted"


class DraftState(StrEnum):
    """See `bot.core.draft_lifecycle` for the moves between them."""

    pending = "pending"
    # Approved outside the creator's working hours: sent by a job when `send_after` comes.
    scheduled = "scheduled"
    sending = "sending"
    sent = "sent"
    # Not sent, and trying again unchanged may work (4xx, no connection before DATA).
    failed = "failed"
    # Not sent, and the server said it never will be as it is (5xx): edit or discard.
    refused = "refused"
    # Maybe delivered (the connection broke after DATA, or some recipients were refused):
    # only a person who checked the Sent folder may resend.
    uncertain = "uncertain"
    discarded = "discarded"


class OutboxState(StrEnum):
    pending = "pending"
    sent = "sent"
    failed = "failed"


class OutboxKind(StrEnum):
    """What an outbox row becomes in Slack; each kind has one handler."""

    digest = "digest"
    digest_page = "digest_page"
    escalation = "escalation"
    reset = "reset"
    notice = "notice"
    draft_card = "draft_card"
    draft_update = "draft_update"
