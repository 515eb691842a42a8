"""A line break written as an end tag ("</br>") is a line break, as a browser reads it (pages118). Pure.

A fair-trade shop's events page writes each event as one heading broken into lines by "</br>" ("Samstag, 9:30 Uhr
bis 12:30 Uhr</br> <b>17.09.16</br> Faires Frühstück</b></br> im Weltladen,</br> Lechtorstr. 11, Schongau"). The
HTML standard makes a browser read "</br>" as "<br>"; lxml drops it, gluing the lines ("17.09.16Faires Frühstück im
Weltladen,Lechtorstr. 11"): the title ran on into the place and the description, and no place was read. The page's
text now has each "</br>" written "<br>" before it is parsed.

Not: "<br/>", "<br />" and "<br>" (already breaks), "</b>", "</bring>" or "</brand>" (other tags' ends).
"""

from __future__ import annotations

import re

END_BREAK = re.compile(r"</br\s*>", re.IGNORECASE)  # the end tag of <br>, with nothing but spaces before ">"


def end_breaks_written(text: str) -> str:
    """``text`` with each ``</br>`` written ``<br>`` (see the module)."""
    return END_BREAK.sub("<br>", text) if "</" in text else text
