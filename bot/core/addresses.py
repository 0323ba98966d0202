"""E-mail addresses as the mailbox sync compares them, and which of them a reminder can reach."""

from collections.abc import Callable

SmtpUtf8 = Callable[[], bool]
"""Asks whether the team's mail server offers SMTPUTF8; called only for an address that needs
it, since asking may take a round trip to the server."""

_GMAIL = {"gmail.com", "googlemail.com"}


def address_key(address: str) -> str:
    """One key per mailbox: case-insensitive, without a `+tag`, and for Gmail without dots.

    `Jane+Collabs@JaneDoe.tv` and `jane@janedoe.tv` reach the same person, as do
    `j.doe@gmail.com` and `jdoe@googlemail.com`.
    """
    local, at, domain = address.strip().strip("<>").rpartition("@")
    if not at:
        return address.strip().lower()
    local, domain = local.lower().split("+", 1)[0], domain.lower().rstrip(".")
    if domain in _GMAIL:
        local, domain = local.replace(".", ""), "gmail.com"
    return f"{local}@{domain}"


def no_smtputf8() -> bool:
    return False


def sendable(address: str, smtputf8: SmtpUtf8 = no_smtputf8) -> bool:
    """Whether a reminder can be mailed to `address`: always when its local part (before the @)
    is ASCII, and otherwise only when the team's mail server offers SMTPUTF8.

    An international domain (`jane@bücher.de`) is fine either way: it is sent IDNA-encoded
    (`xn--bcher-kva.de`), which every server takes. A local part such as `jöe` has no ASCII
    spelling, so without SMTPUTF8 such an address is refused where it is typed.
    """
    return address.rpartition("@")[0].isascii() or smtputf8()


def unsendable_reason(address: str) -> str:
    return (
        f'"{address}" has letters outside A–Z before the @, and the team\'s mail server does '
        "not offer SMTPUTF8, which such an address needs; ask the creator for another address. "
        "Letters after the @ are fine (jane@bücher.de)."
    )
