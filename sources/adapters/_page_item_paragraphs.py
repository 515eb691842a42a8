"""A list item written as paragraphs is a row of its list, as its neighbours written as one line are (held-out batch
116). Pure.

A club's calendar lists its dates as items of one <ul>: "<li><b>April 18th Board Meeting</b><br/>…</li>", and one
item, with more to say, as paragraphs: "<li><p><b>October 17th Harvest Moon Classic</b><br/>6 PM Banquet: …</p><p>Host
Hotel …</p><p>Reservations …</p></li>". A dated line counts as a row of the list its block sits in; the paragraph's
list was the item, where it stood alone, and a line alone in its list is a lone date: the Harvest Moon Classic was
dropped. The item's first paragraph opens the item: its row is one of the item's list (``item_list``), counted with
the other items' rows.

Not: a paragraph after the item's first element (a remark inside the item), a paragraph in an item whose list holds no
other dated row (still alone: the list's count decides), a paragraph outside a list item.
"""

from __future__ import annotations

from typing import Any

BLOCKS = ("p", "div")


def item_list(line: Any) -> Any:
    """The list of the item whose first paragraph a line's block is, else None."""
    block = line.block
    if block is None or block.tag not in BLOCKS:
        return None
    item = block.getparent()
    if item is None or item.tag != "li" or (item.text or "").strip():
        return None
    first = next((node for node in item if isinstance(node.tag, str)), None)
    return item.getparent() if first is block else None
