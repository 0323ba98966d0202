"""Turning user text and values into safe Slack mrkdwn."""

from datetime import date, datetime

PROFILE_URLS = {
    "youtube": "https://www.youtube.com/@{}",
    "tiktok": "https://www.tiktok.com/@{}",
    "instagram": "https://www.instagram.com/{}/",
    "twitch": "https://www.twitch.tv/{}",
    "x": "https://x.com/{}",
    "facebook": "https://www.facebook.com/{}",
    "kick": "https://kick.com/{}",
}


def escape(text: str) -> str:
    """Slack's three control characters, so user text can never mention, link or break out."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mention(user_id: str | None) -> str:
    return f"<@{user_id}>" if user_id and user_id.isalnum() else "nobody"


def handle_link(platform: str | None, handle: str) -> str:
    """`@handle` linked to the profile when the platform is known."""
    label = escape(f"@{handle}")
    template = PROFILE_URLS.get(platform or "")
    if template is None or not handle.replace(".", "").replace("_", "").replace("-", "").isalnum():
        return label
    return f"<{template.format(handle)}|{label}>"


def day(d: date) -> str:
    return d.strftime("%a %-d %b %Y")


def moment(at: datetime) -> str:
    """An instant that each reader's Slack shows in their own time zone."""
    epoch = int(at.timestamp())
    fallback = at.strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{epoch}^{{date_short_pretty}} {{time}}|{fallback}>"
