"""E-mail addresses as the mailbox sync compares them."""

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


def sendable(address: str) -> bool:
    """Whether a reminder can be mailed to `address`: its local part (before the @) is ASCII.

    An international domain (`jane@bücher.de`) is fine: it is sent IDNA-encoded
    (`xn--bcher-kva.de`), which every server takes. A local part such as `jöe` needs SMTPUTF8,
    which reminders are not sent with, so such an address is refused where it is typed.
    """
    return address.rpartition("@")[0].isascii()


def unsendable_reason(address: str) -> str:
    return (
        f'"{address}" has letters outside A–Z before the @, and reminders cannot be mailed to '
        "such an address (it needs SMTPUTF8); ask the creator for another address. Letters "
        "after the @ are fine (jane@bücher.de)."
    )
