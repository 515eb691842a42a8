"""A numeric date whose day carries its ordinal as a superscript ("24 <sup>th</sup>/03/2024", held-out batch 99, a
church's events page): the page's text reads "24 th/03/2024", which no date pattern reads. The suffix is dropped
and the day joined to its month: "24/03/2024". Run by _page_prepare.prepared. Pure (it edits the tree in place).

Only a <sup> holding an English or French ordinal suffix alone, after a day's number (one or two digits) and before
a separator and the month's number: "1<sup>st</sup> Prize" and "x<sup>2</sup>" stay as they are.
"""

from __future__ import annotations

import re
from typing import Any

ORDINAL = re.compile(r"(?:st|nd|rd|th|er|re|e|ème)", re.IGNORECASE)  # fullmatch on the stripped text
DAY_BEFORE = re.compile(r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])\s*$")
MONTH_AFTER = re.compile(r"[/.-](?:1[0-2]|0?[1-9])(?!\d)")
MAX_SUPS = 500  # superscripts looked at on one page


def ordinal_days_joined(root: Any) -> None:
    """Every "24 <sup>th</sup>/03/2024" in the tree made "24/03/2024"."""
    for count, sup in enumerate(list(root.iter("sup"))):
        if count >= MAX_SUPS:
            return
        if len(sup) or not ORDINAL.fullmatch((sup.text or "").strip()) or not MONTH_AFTER.match(sup.tail or ""):
            continue
        previous = sup.getprevious()
        before = (previous.tail if previous is not None else sup.getparent().text) or ""
        if not DAY_BEFORE.search(before):
            continue
        joined = before.rstrip() + (sup.tail or "")
        if previous is not None:
            previous.tail = joined
        else:
            sup.getparent().text = joined
        sup.getparent().remove(sup)
