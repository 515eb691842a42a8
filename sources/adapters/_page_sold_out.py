"""A showing's or a row's own "Sold out" label: that showing is sold out, not its siblings. Pure.

A cinema's card lists its showings, one of them sold out; a venue's table gives each show a row with a tickets
cell::

    <li>17 Jul 2026 <span>18:00</span> Sold out</li><li>17 Jul 2026 <span>20:00</span></li>
    | Fri 4 Dec 2026 | The Kills | 7pm | 8pm | Ausverkauft |

The label is no status of the event (it happens as planned) but its ``sold_out`` flag, which the pipeline keeps
(``Event.sold_out``). The card's text, which each showing carries as its description, loses the showings' labels
when they are read so: the pipeline reads "Sold out" in a description as the event's and would flag every showing. A label counts where it stands alone: a table cell whose whole text is the label ("Sold
out", "SOLD OUT!", "Ausverkauft", "Complet", "Agotado"), or a showing's few words beside its date and time.

Not a label: "Almost sold out", "Nearly sold out", "Fast ausverkauft", "Presque complet" (a warning; the showing
is still on sale), "Sold Out Tour 2027" (a name), "Programme complet" (the whole programme), a label in another
row or another showing.
"""

from __future__ import annotations

import re

from events import statuswords

__all__ = ["line_sold_out", "sold_out_label", "sold_out_words", "without_labels"]

# The label, alone: "Sold out", "SOLD OUT!", "(Ausverkauft)", "– Complet –".
_WORDS = r"sold[ \t-]?out|" + "|".join(map(re.escape, statuswords.sold_out_words()))
LABEL = re.compile(rf"^\W{{0,3}}(?:{_WORDS})\W{{0,3}}$", re.IGNORECASE)
# The label among a showing's few words ("Sold out", "- Sold out", "Ausverkauft"), not after a warning's word.
IN_WORDS = re.compile(rf"(?<![^\W\d_])(?:{_WORDS})(?![^\W\d_])", re.IGNORECASE)
WARNING = re.compile(
    r"\b(?:almost|nearly|not|fast|bald|presque|quasi|casi|bijna|n[æa]sten|melkein)\W{1,3}$", re.IGNORECASE
)
MAX_WORDS_TEXT = 40  # a showing's words beside its date and time: a label, not a sentence


def sold_out_label(text: str) -> bool:
    """Whether ``text`` (a table cell's whole text) is a sold-out label alone."""
    return len(text) <= MAX_WORDS_TEXT and LABEL.match(" ".join(text.split())) is not None


def sold_out_words(words: str) -> bool:
    """Whether ``words`` (what a showing says beside its date and time) say it is sold out, not almost so."""
    words = " ".join(words.split())
    if len(words) > MAX_WORDS_TEXT:
        return False
    found = IN_WORDS.search(words)
    return found is not None and WARNING.search(words[: found.start()]) is None


# Where a schedule line's own label starts: after a dash, a bar, a bullet, a comma or an opening bracket.
LABEL_LEAD = (" - ", " – ", " — ", " | ", " · ", ", ", "(", "[")


def line_sold_out(leftover: str) -> bool:
    """Whether a schedule line's words besides its date and time ("(Sold out)", "Hamlet – Sold out") end with the
    label alone, after a separator (helper pagefix): that showing is sold out. A name holding the words ("Sold Out
    Tour 2027") or a warning ("Almost sold out") is no label."""
    words = " ".join(leftover.split())
    if len(words) > MAX_WORDS_TEXT * 3:
        return False
    if sold_out_label(words):
        return True
    lead = max(words.rfind(mark) for mark in LABEL_LEAD)
    return lead >= 0 and sold_out_label(words[lead:]) and WARNING.search(words[:lead] + " ") is None


def without_labels(description: str | None) -> str | None:
    """A card's text shared by its showings, without the showings' labels: each showing's own flag says which is
    sold out (the pipeline reads "Sold out" in a description as the event's, which would flag them all)."""
    if not description:
        return description
    lines = (" ".join(IN_WORDS.sub(" ", line).split()) for line in description.splitlines())
    return "\n".join(line for line in lines if line.strip("()[]-–·|,:!. ")) or None
