"""Turning untrusted markup into safe, tidy plain text. Pure; shared by the adapters and the pipeline.

It lives outside ``events.pipeline`` because parsing is not processing: source adapters use it to read
text out of pages and feeds without depending on the pipeline.
"""

from __future__ import annotations

import html
import re

import nh3

_BLOCK_TAGS = re.compile(r"(?i)<\s*(br|/p|/div|/li|/h[1-6]|/tr)\b[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*\n+")


def plain_text(value: str | None, *, max_length: int | None = None) -> str:
    """HTML or text → plain text: tags and scripts removed, entities decoded, whitespace tidied.

    The result is text, not markup: templates escape it on output like any other string.
    """
    if not value:
        return ""
    if "<" not in value and "&" not in value and value.replace("\n", "").isprintable():
        # No tag, entity or control character (most descriptions): the sanitizer would give it back unchanged,
        # and it was a fifth of the pipeline's normalize step.
        stripped = value
    else:
        with_breaks = _BLOCK_TAGS.sub("\n", value)
        # nh3 drops <script>/<style> with their content and every tag; what is left is escaped text.
        stripped = html.unescape(nh3.clean(with_breaks, tags=set(), clean_content_tags={"script", "style"}))
    lines = [_SPACES.sub(" ", line).strip() for line in stripped.replace("\r\n", "\n").split("\n")]
    result = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    if max_length is not None and len(result) > max_length:
        result = result[: max_length - 1].rstrip() + "…"
    return result


def single_line(value: str | None, *, max_length: int) -> str:
    return " ".join(plain_text(value).split())[:max_length]
