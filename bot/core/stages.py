"""What each stage means for the chase."""

from bot.core.enums import Stage

TERMINAL = frozenset({Stage.closed, Stage.cancelled, Stage.ghosted})
ACTIVE = tuple(s for s in Stage if s not in TERMINAL)

# Entering one of these hands the ball to the creator: the product or the go-ahead is with them.
WAITS_ON_CREATOR = frozenset(
    {Stage.contracted, Stage.product_shipped, Stage.product_received, Stage.draft_approved}
)

LABELS = {
    Stage.negotiating: "Negotiating",
    Stage.contracted: "Contracted",
    Stage.product_shipped: "Product shipped",
    Stage.product_received: "Product received",
    Stage.draft_submitted: "Draft submitted",
    Stage.draft_approved: "Draft approved",
    Stage.published: "Published",
    Stage.paid: "Paid",
    Stage.closed: "Closed",
    Stage.cancelled: "Cancelled",
    Stage.ghosted: "Ghosted",
}

_ALIASES = {
    "shipped": Stage.product_shipped,
    "received": Stage.product_received,
    "delivered": Stage.product_received,
    "signed": Stage.contracted,
    "draft": Stage.draft_submitted,
    "approved": Stage.draft_approved,
    "live": Stage.published,
    "posted": Stage.published,
    "completed": Stage.closed,
    "done": Stage.closed,
}


def parse_stage(text: str) -> Stage | None:
    """A stage from its name, label, a common word for it, or an unambiguous prefix."""
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    if not key:
        return None
    if key in Stage.__members__:
        return Stage(key)
    if key in _ALIASES:
        return _ALIASES[key]
    matches = [s for s in Stage if s.value.startswith(key)]
    return matches[0] if len(matches) == 1 else None
