"""What a JSON record says in other text than a field of its own: a title from the words of a page's slug, and a
venue's street address written in the description under the venue's own name. Pure."""

from __future__ import annotations

import html
import re

SLUG = "slug"
SLUG_DAY = re.compile(r"^(?:19|20)\d\d[-_]\d\d[-_]\d\d(?:[-_]|$)")
SLUG_SEPARATORS = re.compile(r"[-_+]+")
SLUG_LETTERS = 3
# The last part of an address that is a file's name ("…/img/1357.jpg", "flyer.pdf"): the file's, never the item's
# name (issue #13, held-out batch 46: a club's event named "1357.jpg" after its picture).
FILE_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "ico", "avif", "heic",
                             "pdf", "doc", "docx", "mp3", "mp4", "mov", "m4a", "wav", "zip"})  # fmt: skip


def slug_title(value: str | None) -> str | None:
    """The words of the last part of a page's address or of a slug; None when fewer than three letters are left, or
    when that part is a file's name (a picture's, a document's)."""
    if not value:
        return None
    address = value.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    last = address.rsplit("/", 1)[-1]
    if "." in last and last.rsplit(".", 1)[-1].lower() in FILE_EXTENSIONS:
        return None  # a picture's or a document's file name
    words = " ".join(SLUG_SEPARATORS.sub(" ", SLUG_DAY.sub("", address.rsplit("/", 1)[-1])).split())
    return words if sum(1 for char in words if char.isalpha()) >= SLUG_LETTERS else None


# "City Hall, Room 103\n276 Fourth Avenue, Chula Vista, CA": a description that opens with the venue's name on a
# line of its own and its street address on the next (a number, then the street's words).
STREET_LINE = re.compile(r"^\d{1,6}[A-Za-z]?\s+[^\W\d_][\w.'’-]*(?:\s+\S+){0,12}$")
MAX_STREET_LINE = 120
LINE_BREAKS = re.compile(r"<br\s*/?>|</p\s*>|</div\s*>|\n", re.IGNORECASE)
TAGS = re.compile(r"<[^>]{0,500}>")
MAX_DESCRIPTION_SCAN = 1_000  # characters of the description looked at: the venue's lines open it


def address_below_venue(description: str | None, venue: str | None) -> str | None:
    """The line under the venue's name when the description starts with that name and the line is an address."""
    if not description or not venue:
        return None
    segments = LINE_BREAKS.split(description.strip()[:MAX_DESCRIPTION_SCAN], maxsplit=3)[:3]
    lines = [" ".join(html.unescape(TAGS.sub(" ", segment)).split()) for segment in segments]
    if len(lines) < 2 or lines[0].casefold() != venue.strip().casefold():
        return None
    below = lines[1].rstrip(" ,")
    return below if len(below) <= MAX_STREET_LINE and STREET_LINE.match(below) else None
