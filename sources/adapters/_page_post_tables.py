"""A table of posts or products in blocks of rows between rules is no schedule: it is left out (helper review34). Pure.

``_page_row_blocks`` reads a theatre's Spielplan laid out in blocks of rows between rule rows: a linked name, a date
row, a clock row (held-out batch 94). A news page and a shop lay their items out so too, and were read as events at
confidence 0.65 to 0.75: a linked headline over its publication ("16.06.2031" | "Veröffentlicht um 09:45 Uhr";
"16 June 2031" | "Posted 09:45"), a product over its delivery ("Lieferbar ab 16.06.2031" | "Bestellt bis 14:00 Uhr,
Versand am selben Tag"; "Available from 16 June 2031"). Read row by row, or as the page's one event, each gave the
page's heading ("Aktuelles") on the day.

Such a table is dropped before the page is read: every block between its rule rows (or spacer rows: no text) is a
row of one link (a headline, a product) over a dated row, and either a row from the date on says a publication, a
delivery or stock (``NOT_SHOW``), or the block ends with a date row that is the day alone ("16.06.2031"); two such
blocks at least, and no other block holding a date.

Not: a Spielplan's blocks (name, "16. bis 19.06.2031", "TANZ | 19:00 Uhr | im Saal"), a concert series' ("Mittwoch,
18.06.2031", "Beginn 19:30 Uhr, Großer Saal"): a date row that goes on, a clock row that says no post's words; a
table without rule rows between its items; a block of two links (a list, not one item).
"""

from __future__ import annotations

import re
from typing import Any

MAX_BLOCK_ROWS = 6  # as _page_row_blocks: more is a table of its own
MIN_BLOCKS = 2
MAX_TABLES = 200
# A post's or a product's dated row: its publication ("Posted 09:45", "Veröffentlicht um 09:45 Uhr", "Aktualisiert"),
# its delivery or stock ("Lieferbar ab 16.06.2031", "Versand am selben Tag", "In stock", "Available from 16 June").
NOT_SHOW = re.compile(
    r"\b(?:posted|published|updated|last\s+modified|ver[öo]ffentlicht|aktualisiert|erstellt\s+am|publi[ée]e?|mis\s+[àa]"
    r"\s+jour|gepubliceerd|bijgewerkt|publicad[oa]|actualizad[oa]|pubblicat[oa]|aggiornat[oa]|lieferbar|lieferzeit|"
    r"versand|auf\s+lager|in\s+stock|out\s+of\s+stock|pre-?order|vorbestell\w*|add\s+to\s+(?:cart|basket)|"
    r"in\s+den\s+warenkorb|dispatch(?:ed)?|delivery|shipping|ships|available\s+from|erh[äa]ltlich\s+ab|"
    r"verf[üu]gbar\s+ab|erscheint|release\s+date|disponible\s+(?:d[èe]s|[àa]\s+partir))\b",
    re.IGNORECASE,
)
# A day written with its year: "16.06.2031", "16/06/2031", "16 June 2031", "16. Juni 2031", "2031-06-16".
DAY = re.compile(r"\b\d{1,2}[./]\s?\d{1,2}[./]\s?\d{4}\b|\b\d{1,2}\.?\s+[^\W\d]{3,12}\.?\s+\d{4}\b|\b\d{4}-\d\d-\d\d\b")
TEXT_PUNCTUATION = " .,:;|·•–-"


def _text(row: Any) -> str:
    return " ".join(" ".join(row.itertext()).split())


def _blocks(rows: list[Any]) -> list[list[Any]]:
    """The rows in runs between rows without text (a rule's row, a spacer)."""
    found: list[list[Any]] = [[]]
    for row in rows:
        if _text(row):
            found[-1].append(row)
        elif found[-1]:
            found.append([])
    return [block for block in found if block]


def _one_link(row: Any) -> bool:
    targets = {link.get("href") for link in row.iter("a") if link.get("href") and _text(link)}
    return len(targets) == 1 and not DAY.search(_text(row))


def _post(block: list[Any]) -> bool | None:
    """Whether a block is a post's or a product's; None for a block holding no date (a note, a month's heading)."""
    texts = [_text(row) for row in block]
    dated = next((index for index, text in enumerate(texts) if DAY.search(text)), None)
    if dated is None:
        return None
    if len(block) > MAX_BLOCK_ROWS or dated != 1 or not _one_link(block[0]):
        return False
    said = any(NOT_SHOW.search(text) for text in texts[dated:])
    alone = len(block) == 2 and DAY.fullmatch(texts[1].strip(TEXT_PUNCTUATION)) is not None
    return said or alone


def post_table(table: Any) -> bool:
    """Whether a table lays out posts or products in blocks of rows between rules (see the module)."""
    if any(True for _ in table.iterdescendants("table")):
        return False  # a layout table: its inner tables are read
    rows = list(table.iter("tr"))
    if all(_text(row) for row in rows):
        return False  # no rule rows between its items
    posts = [_post(block) for block in _blocks(rows)]
    said = [post for post in posts if post is not None]
    return len(said) >= MIN_BLOCKS and all(said)


def post_tables_dropped(root: Any) -> None:
    """Tables of posts or products in blocks of rows (see the module), taken out of the page before it is read."""
    tables = [table for _count, table in zip(range(MAX_TABLES), root.iter("table"), strict=False)]
    for table in tables:
        if table.getparent() is not None and post_table(table):
            table.drop_tree()
