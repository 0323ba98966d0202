"""Posting to Slack for the outbox, and what each Slack failure means: the one place that maps
Web API errors to retryable, permanent or uncertain."""

import logging
import urllib.error
from typing import Any, Protocol

from slack_sdk.errors import SlackApiError, SlackClientError

from bot.core.outbox import Failure, PostFailed, Prepared

log = logging.getLogger(__name__)

# Errors that another try cannot fix: recorded on the row and shown to whoever looks.
PERMANENT = frozenset(
    "channel_not_found not_in_channel is_archived invalid_auth account_inactive token_revoked "
    "missing_scope invalid_blocks msg_too_long no_text restricted_action not_authed "
    "thread_not_found".split()
)
# Rides in each message's metadata, so a post whose answer was lost can be found again.
EVENT_TYPE = "ghostwatch_outbox"
LOOKBACK = 200
# Threads are read oldest first, so a thread is read whole (Slack's largest page).
THREAD_LOOKBACK = 1000


class WebPoster(Protocol):
    """The Web API methods the outbox uses: a WebClient, or the demo's printer."""

    def chat_postMessage(self, *, channel: str, **kwargs: Any) -> Any: ...

    def chat_update(self, *, channel: str, ts: str, **kwargs: Any) -> Any: ...


class SlackPoster:
    def __init__(self, client: WebPoster) -> None:
        self.client = client

    def post(self, channel: str, prepared: Prepared, *, marker: str) -> str:
        try:
            if prepared.update_ts is not None:
                self.client.chat_update(channel=channel, ts=prepared.update_ts, **prepared.message)
                return prepared.update_ts
            extra: dict[str, Any] = {
                "metadata": {"event_type": EVENT_TYPE, "event_payload": {"outbox_id": marker}}
            }
            if prepared.thread_ts:
                extra |= {"thread_ts": prepared.thread_ts, "reply_broadcast": prepared.broadcast}
            response = self.client.chat_postMessage(channel=channel, **prepared.message, **extra)
        except Exception as exc:
            raise failure(exc) from exc
        return str(response["ts"])

    def find(self, channel: str, marker: str, *, thread_ts: str | None = None) -> str | None:
        """Looks through the channel's latest messages (and replies broadcast to it), or the
        thread's replies for a post in a thread: a post whose answer was lost went out moments
        before."""
        params: dict[str, str | int]
        if thread_ts is None:
            method, params = "conversations_history", {"limit": LOOKBACK}
        else:
            method, params = "conversations_replies", {"ts": thread_ts, "limit": THREAD_LOOKBACK}
        lookup = getattr(self.client, method, None)
        if lookup is None:
            return None
        try:
            response = lookup(channel=channel, include_all_metadata=True, **params)
        except Exception as exc:
            found = failure(exc)
            if found.failure == Failure.permanent:
                # No history scope (an install older than the manifest), or a thread deleted
                # since: posting again is better than never posting.
                log.warning("cannot look for a lost post in %s: %s", channel, found.reason)
                return None
            raise found from exc
        for message in response.get("messages") or []:
            metadata = message.get("metadata") or {}
            payload = metadata.get("event_payload") or {}
            if metadata.get("event_type") == EVENT_TYPE and str(payload.get("outbox_id")) == marker:
                return str(message["ts"])
        return None


def failure(exc: Exception) -> PostFailed:
    """What a failed Web API call means for the message."""
    if isinstance(exc, SlackApiError):
        response = exc.response
        error = str(response.get("error") or f"HTTP {response.status_code}")
        if response.status_code == 429:
            headers = {k.lower(): v for k, v in (response.headers or {}).items()}
            retry_after = headers.get("retry-after", 1)
            wait = retry_after[0] if isinstance(retry_after, list) else retry_after
            return PostFailed("ratelimited", Failure.retryable, retry_after=float(wait))
        if error in PERMANENT:
            return PostFailed(error, Failure.permanent)
        return PostFailed(error, Failure.retryable)
    if isinstance(exc, TimeoutError):
        # The request went out and no answer came back: Slack may have posted it.
        return PostFailed("no answer from Slack in time", Failure.uncertain)
    if isinstance(exc, SlackClientError | urllib.error.URLError | OSError):
        return PostFailed(type(exc).__name__, Failure.retryable)
    raise exc
