"""A cell classed bold is bold (held-out batch 110, helper pages110). Pure.

A hand-made page sets its section headings in cells whose class says they are bold ("<td class='font_11pt_bold'>
Vorstandssitzungen 2026</td>") instead of in <b>: such a short line is a heading in all but markup, as a line in <b>
is (_page_lines). The class token must say the weight itself: "bold", "font_11pt_bold", "text-bold", "fw-bold",
"semibold", "fett". Not: a class naming the word inside another ("boldly-go", "bolder", "bold-links-list").
"""

from __future__ import annotations

import re
from typing import Any

# A class token that says its element's text is bold: "bold", "font_11pt_bold", "text-bold", "fw-bold", "fett".
BOLD_CLASS = re.compile(r"(?:^|[\s_-])(?:semi)?(?:bold|fett)(?=$|\s)", re.IGNORECASE)


def bold_class(element: Any) -> bool:
    """Whether the element's class says its text is bold (see the module)."""
    classes = element.get("class") if isinstance(getattr(element, "tag", None), str) else None
    return isinstance(classes, str) and BOLD_CLASS.search(classes) is not None
