"""Slash command text back to what the person typed, done once where it enters.

Slack sends the text escaped: a typed `&`, `<` or `>` arrives as `&amp;`, `&lt;`, `&gt;`, so
every real `<` in it opens Slack's own markup. Links and email addresses Slack detected come
wrapped (`<https://…|label>`, `<mailto:…|label>`) and become their target again; mentions of
users, channels and groups (`<@U…>`, `<#C…|…>`, `<!here>`) are kept as Slack wrote them, so a
command can tell one from a typed handle. View inputs are not escaped and never come here.
"""

import re

# Slack's markup: nothing inside it is a `<` or `>`, since typed ones arrive as entities.
_MARKUP = re.compile(r"<([^<>]*)>")
_ENTITY = re.compile(r"&(amp|lt|gt);")
_CHARACTERS = {"amp": "&", "lt": "<", "gt": ">"}


def _decoded(text: str) -> str:
    """One pass, so a typed `&lt;` (sent as `&amp;lt;`) stays `&lt;`."""
    return _ENTITY.sub(lambda m: _CHARACTERS[m[1]], text)


def _unwrapped(markup: re.Match[str]) -> str:
    inner = markup[1]
    target = inner.split("|", 1)[0]
    if target.lower().startswith("mailto:"):
        return _decoded(target[len("mailto:") :].split("?", 1)[0])
    if target.lower().startswith(("http://", "https://")):
        return _decoded(target)
    return markup[0]


def as_typed(text: str) -> str:
    """`Tom &amp; Jerry <mailto:tom@example.com|tom@example.com>` → `Tom & Jerry tom@example.com`;
    a typed `<@U1>` (sent as `&lt;@U1&gt;`) reads the same as a mention, which is what it shows."""
    out: list[str] = []
    at = 0
    for markup in _MARKUP.finditer(text):
        out += [_decoded(text[at : markup.start()]), _unwrapped(markup)]
        at = markup.end()
    out.append(_decoded(text[at:]))
    return "".join(out)
