"""What stands beside a page's own event: cards of a related list ('Related events', 'Ook interessant voor jou'),
which leave the page to its own event, and a sidebar's fact box, where a production page prints its date, time
and hall. Used by html.GenericPageAdapter."""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

import lxml.html

from sources.adapters._page_dates import find_dates
from sources.adapters._page_info import PageInfo
from sources.adapters._page_lines import names_a_part, page_lines

# A container of other events shown beside a page's own ("related-proditems", "recommended-events", "similar"):
# its cards are not the page's event.
RELATED_CLASS = re.compile(r"(?:^|[\s_-])(?:related|recommended|recommendations|similar|suggested)(?:$|[\s_-])", re.I)


RELATED_DEPTH = 8  # ancestors looked at


def related_block(block: Any) -> bool:
    """Whether a card sits in a container of related events (its own class or one of its near ancestors')."""
    for depth, node in enumerate((block, *block.iterancestors())):
        if depth > RELATED_DEPTH:
            break
        if RELATED_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


# A column of the page's facts beside its text ("col-md-4 sidebar"): dropped with the page's furniture, yet on a
# production's page it holds the date, time and hall.
SIDEBAR_WORDS = frozenset({"sidebar"})


SIDEBAR_LEVELS = 4  # ancestors of the main heading whose siblings are looked at


def fact_box(root: Any, base: str | None, info: PageInfo) -> list[Any]:
    """The lines of a sidebar beside the column of the page's main heading that names one day, and only one: one
    event's facts, not a list of upcoming ones. [] when there is none."""
    heading = next(
        (
            node
            for node in root.iter("h1", "h2")
            if info.heading and " ".join(node.text_content().split()) == info.heading
        ),
        None,
    )
    if heading is None:
        return []
    for ancestor in [heading, *heading.iterancestors()][:SIDEBAR_LEVELS]:
        for sibling in [*ancestor.itersiblings(preceding=True), *ancestor.itersiblings()]:
            if not isinstance(sibling.tag, str):
                continue
            marks = f"{sibling.get('class') or ''} {sibling.get('id') or ''}"
            if not names_a_part(marks, SIDEBAR_WORDS):
                continue
            text = " ".join(" ".join(sibling.itertext()).split())
            days = {hit.date for hit in find_dates(text[:MAX_FACT_BOX], year_hint=None, today=_FACT_EPOCH)}
            if len(days) != 1:
                return []
            holder = lxml.html.Element("div")
            for child in sibling:
                holder.append(copy.deepcopy(child))
            return page_lines(holder, base=base)
    return []


MAX_FACT_BOX = 2_000  # characters of a sidebar read for its day


_FACT_EPOCH = dt.date(2000, 1, 1)
