"""What the sender wrote themselves: their reply without the quoted conversation below it or
their signature, so the words read are theirs (for telling the language they write in)."""

import html
import re

# Where a reply's quote begins, in the mail clients creators use: "On … wrote:" and its
# translations, Outlook's separators and header blocks, and plain "> " quoting.
_QUOTE_STARTS = re.compile(
    r"""^\s*(?:
        (?:on|am|le|el|em|il|op|pada|vào|den)\b.{0,200}\b
            (?:wrote|schrieb|a\s+écrit|escribió|escreveu|ha\s+scritto|schreef|menulis|
               đã\s+viết|skrev)\s*:?\s*$
      | .{0,200}(?:님이\s*작성|のメッセージ|が書きました|写道)\s*:?\s*$
      | -{2,}\s*(?:original\s+message|mensaje\s+original|mensagem\s+original|
                  message\s+d'origine|ursprüngliche\s+nachricht|tin\s+nhắn\s+gốc|
                  pesan\s+asli)\s*-{2,}
      | _{10,}
      | (?:from|de|von|dari|từ|보낸\s*사람|差出人)\s*:\s.*$
      | >.*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_SIGNATURE = re.compile(r"^--\s*$")
_TAGS = re.compile(r"<[^>]+>")
MAX_CHARS = 2000


def own_words(text: str, *, is_html: bool = False) -> str:
    """The lines above the quote and the signature, joined; at most MAX_CHARS characters."""
    if is_html:
        text = html.unescape(_TAGS.sub(" ", re.sub(r"(?i)<br\s*/?>|</p>|</?div[^>]*>", "\n", text)))
    lines = text.splitlines()
    kept = []
    for i, line in enumerate(lines):
        # Gmail wraps its "On … wrote:" line, so a quote may begin over two lines.
        joined = f"{line} {lines[i + 1]}" if i + 1 < len(lines) else line
        if _QUOTE_STARTS.match(line) or _QUOTE_STARTS.match(joined) or _SIGNATURE.match(line):
            break
        kept.append(line.strip())
    return " ".join(" ".join(kept).split())[:MAX_CHARS]
