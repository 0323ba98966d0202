"""Rule 3: mailing-list and bulk mail, which is noise to the silence clock.

A newsletter or list post from a creator's address is not a reply to a reminder. It is recognised
by its list headers alone; rule 2 asks `list_reason` too, so that `Precedence: bulk` on list mail
is left to this rule.
"""

from bot.mail.classify.classification import Classification
from bot.mail.classify.reading import Mail, token

# --- rule 3: mailing lists ----------------------------------------------------------------------


def list_reason(mail: Mail) -> str | None:
    for name in ("List-Id", "List-Unsubscribe", "Feedback-ID"):
        if mail.has(name):
            return name
    return None


def mailing_list(mail: Mail) -> Classification | None:
    """Rule 3; `Precedence: list` counts too: a message marked as list traffic is not a reply."""
    reason = list_reason(mail)
    if reason is None and token(mail.header("Precedence") or "") == "list":
        reason = "Precedence: list"
    return Classification("list", reason) if reason else None
