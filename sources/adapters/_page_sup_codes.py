"""A code set in superscript right after a name: a note on the name, not a word of it. Pure.

A club's programme marks each act with its country in superscript ("<h3>Holy Wave<sup>USA</sup></h3>",
"<h3>Wyatt E.<sup>BEL</sup></h3>", "<h3>dort.<sup>NL</sup></h3>"); read as text, the title was "Holy Wave USA",
"Wyatt E.BEL" (a superscript gets no space at its start: "km<sup>2</sup>", _page_glued_edges) and "dort.NL". A
<sup> whose whole text is a code of two or three capitals, glued to a word's last letter or a full stop, is dropped
before the page is read (its tail stays), as a note would be. Not: a number or a unit set higher ("km<sup>2</sup>",
"E = mc<sup>2</sup>"), an ordinal's letters ("1<sup>st</sup>", "le 1<sup>er</sup> mai", "19<sup>e</sup> siècle"),
a clock's "7<sup>PM</sup>" (a digit before it), a code set apart by a space ("Trio <sup>FR</sup>"), or one that
holds more than a code ("<sup>USA / MEX</sup>"), nor (review27) the end of an abbreviation raised after its one
capital, as French writes it in a heading in capitals ("M<sup>ME</sup> BOVARY", "S<sup>TE</sup>-ANNE", "C<sup>IE</sup>
DU SOLEIL": Madame, Sainte, Compagnie).
"""

from __future__ import annotations

import re
from typing import Any

CODE = re.compile(r"[A-Z]{2,3}")
MAX_SUPS = 2_000  # superscripts looked at: a hostile page of millions of them costs no more


def code_superscripts_dropped(root: Any) -> None:
    """Drop each <sup> of the page that is a short capital code glued to the name before it (see the module)."""
    for index, sup in enumerate(list(root.iter("sup"))):
        if index >= MAX_SUPS:
            break
        if len(sup) or not CODE.fullmatch((sup.text or "").strip()) or sup.getparent() is None:
            continue
        previous = sup.getprevious()
        before = (previous.tail if previous is not None else sup.getparent().text) or ""
        if previous is not None and not before:
            before = previous.text_content()
        one_letter = before[-1:].isalpha() and not before[-2:-1].isalpha()  # "M<sup>ME</sup>": an abbreviation
        if before and (before[-1].isalpha() or before[-1] == ".") and not one_letter:
            sup.drop_tree()
