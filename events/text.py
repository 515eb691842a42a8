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
# "<" before a word that names no element ("Lesung <Sonderformat>", "<Your Name>"): text, not a tag. A name with a
# colon or a hyphen (Word's <o:p>, a custom element) is markup; so is every element of HTML, old ones included.
_LONE_BRACKET = re.compile(r"<(?=/?([A-Za-z][A-Za-z0-9]*+)(?![:-]))")
_ELEMENTS = frozenset(
    "a abbr acronym address area article aside audio b base basefont bdi bdo big blink blockquote body br button "
    "canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed "
    "fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i "
    "iframe img input ins kbd label legend li link main map mark marquee menu meta meter nav nobr noframes noscript "
    "object ol optgroup option output p param picture plaintext pre progress q rb rp rt rtc ruby s samp script "
    "search section select slot small source span strike strong style sub summary sup svg math table tbody td "
    "template textarea tfoot th thead time title tr track tt u ul var video wbr xmp image applet bgsound isindex "
    "keygen listing menuitem multicol noembed spacer "
    # inline SVG and MathML, as icons and formulas come in descriptions (case-folded: clipPath is "clippath")
    "g path circle rect line polyline polygon ellipse defs symbol use tspan text lineargradient radialgradient stop "
    "clippath mask pattern filter foreignobject desc mi mn mo ms mtext mrow msup msub mfrac msqrt semantics".split()
)


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
        with_breaks = _BLOCK_TAGS.sub("\n", _LONE_BRACKET.sub(_bracket, value) if "<" in value else value)
        # nh3 drops <script>/<style> with their content and every tag; what is left is escaped text.
        stripped = html.unescape(nh3.clean(with_breaks, tags=set(), clean_content_tags={"script", "style"}))
    lines = [_SPACES.sub(" ", line).strip() for line in stripped.replace("\r\n", "\n").split("\n")]
    result = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    if max_length is not None and len(result) > max_length:
        result = result[: max_length - 1].rstrip() + "…"
    return result


def _bracket(match: re.Match[str]) -> str:
    return "<" if match.group(1).lower() in _ELEMENTS else "&lt;"


# A character reference or a text's entity left after decoding: a name escaped twice ("Gnut &amp;#038; …", WordPress's
# "&#038;" escaped again by a feed's writer) reads "Gnut &#038; …" once decoded (left34, after feeds63). Decoded once
# more, and only these: never a tag's bracket by name ("&lt;"), never a third time.
_ENTITY_LEFT = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|quot|apos|nbsp);")


def single_line(value: str | None, *, max_length: int) -> str:
    text = " ".join(plain_text(value).split())
    if "&" in text and _ENTITY_LEFT.search(text):
        text = " ".join(_ENTITY_LEFT.sub(lambda match: html.unescape(match.group()), text).split())
    return text[:max_length]
