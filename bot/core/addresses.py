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
