"""What a schedule's line and the lines under it say beyond the line reader's reading (helper pages112): the italic
name after a bold date and the days a line lists (``_page_date_led_lines``), and the place a sentence under the line
says it is held in (``_page_held_places``), the bare place line under every row's date (``_page_sibling_lines``), a
section heading's place over its address line (``_page_section_address``). One call from the page reader (html.py).
Pure but for the entries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sources.adapters._page_date_led_lines import date_led_lines
from sources.adapters._page_held_places import held_places
from sources.adapters._page_section_address import section_addresses
from sources.adapters._page_sibling_lines import sibling_lines


def line_extras(entries: Sequence[Any], lines: Sequence[Any]) -> list[Any]:
    """``entries`` mended by the line readings above (a listed day may add an entry); the list to use."""
    entries = date_led_lines(entries, lines)
    held_places(entries, lines)
    sibling_lines(entries, lines)  # "<li><b>Name</b><br>date<br>The Old Mill</li>" (_page_sibling_lines)
    section_addresses(entries, lines)  # a section's heading over its address line (_page_section_address)
    return entries
