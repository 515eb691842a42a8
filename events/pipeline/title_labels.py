"""A title's own field label before it and its media links after it (pages batch 107, a university group's seminar
cards): "Seminar Title: Hash functions: bridging the gap from theory to practice [Video]" is "Hash functions:
bridging the gap from theory to practice". Pure.

A seminar or a conference page labels the line that holds a talk's name ("Seminar Title:", "Talk title:",
"Title:") and follows it with links to the talk's recording or slides in square brackets ("[Video]", "[Slides]",
"[PDF]"); read as the card's name, the label and the links came with it. Both are taken off when something of the
title is left.

Kept: a label that is not a title's ("Date:", "Speaker:": other readers' concern), a colon that is the title's own
("Hash functions: bridging the gap", "Title IX: A History" — no colon straight after "Title"), a bracketed word
that is not a link's name ("Hamlet [Livestream]" is a way to watch, kept; "Concert [Sold Out]" is a status, the
status words' concern), brackets in the middle of a title.
"""

from __future__ import annotations

import re

# "Seminar Title:", "Talk title -", "Title:" at the title's start: an optional kind of talk, the word "title", then a
# colon or a dash and a space.
# Other languages' labels too (review50): "Titel:", "Titre :", "Título:", "Titolo:", "Тема:", "Название:"; and a
# dash after a kind of talk ("Lecture title – Rome"; a bare "Title - …" may be a name's own dash).
TITLE_LABEL = re.compile(
    r"^\s*(?:(?:(?:seminar|talk|lecture|presentation|colloquium|session|paper|event|workshop|course|webinar)\s)?"
    r"title|titel|titre|t[ií]tulo|titolo|тема|название)\s?[:：]\s*+"
    r"|^\s*(?:seminar|talk|lecture|presentation|colloquium|session|paper|workshop|webinar)\stitle\s[-–—]\s++",
    re.IGNORECASE,
)
# A link's name, the whole of what square brackets at the title's end hold: "[Video]", "[Slides]" (taken off one
# at a time).
MEDIA_LINK = re.compile(
    r"video|videos|slides|pdf|recording|abstract|paper|poster|youtube|link|preprint|arxiv|code|notes"
    r"|vidéo|vídeo|folien|diapositives|diapositivas|aufzeichnung|enregistrement|grabación|видео|слайды|запись",
    re.IGNORECASE,
)
MAX_LINKS = 4  # "[Video] [Slides] [PDF]": a few links, not a list


def without_title_label(text: str) -> str:
    """``text`` without a leading "Seminar Title:" and trailing "[Video]"-style links (see the module)."""
    if "]" not in text and ":" not in text and "：" not in text and "tle" not in text.lower():
        # no link's bracket, no label's colon, no "… title -" (whose "i" may be "İ" or "ı"): most titles (perf38)
        return text.rstrip()
    whole = text
    for _ in range(MAX_LINKS):
        text = text.rstrip()
        opening = text.rfind("[")
        if not text.endswith("]") or opening < 0 or not MEDIA_LINK.fullmatch(text[opening + 1 : -1].strip()):
            break
        if not text[:opening].strip():
            break
        text = text[:opening]
    label = TITLE_LABEL.match(text)
    if label is not None:
        # Only the label and links ("Title: [Video]"): nothing is the title's, kept whole.
        return text[label.end() :] if text[label.end() :].strip() else whole
    return text
