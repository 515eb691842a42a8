"""The words that say an event is off, put off or moved, in English and the other languages listings use. Pure.

One vocabulary for every reader: the pipeline's titles and descriptions (``events.pipeline.titles``), the
page readers' rows, lines, cards and badges, feed titles and JSON status fields (``sources.adapters``) build
their patterns from these lists, so a word added here is understood by all of them. It lives outside
``events.pipeline`` because the adapters read it too and must not depend on the pipeline.

What each reader accepts around a word (a separator, brackets, a whole cell) stays the reader's own; which
words count is decided here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Literal

Status = Literal["cancelled", "postponed", "rescheduled"]
STATUSES: tuple[Status, ...] = ("cancelled", "postponed", "rescheduled")  # strongest first
# When several status words appear, the strongest wins.
STATUS_RANK: Mapping[str, int] = MappingProxyType({"cancelled": 3, "postponed": 2, "rescheduled": 1})

# The word a listing writes beside the event, by status and language ("CANCELLED", "Konzert – abgesagt",
# "[Annulé] Bal folk", "Koncert (aflyst)"). French capitals often lose their accents: "ANNULE" is listed too.
WORDS: Mapping[Status, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "cancelled": {
            "en": ("cancelled", "canceled"),
            "de": ("abgesagt", "entfällt", "fällt aus"),
            "fr": ("annulé", "annulée", "annulés", "annulées", "annule", "annulee", "annules", "annulees"),
            "es": ("cancelado", "cancelada", "suspendido", "suspendida"),
            "it": ("annullato", "annullata"),
            "nl": ("geannuleerd", "afgelast"),
            "da": ("aflyst",),
            "sv": ("inställt",),
            "nb": ("avlyst",),
            "fi": ("peruttu",),
            "pl": ("odwołane", "odwołany"),
            "cs": ("zrušeno",),
            "ru": ("отменено", "отменён", "отменен", "отменена"),
        },
        "postponed": {
            "en": ("postponed",),
            "de": ("verschoben",),
            "fr": ("reporté", "reportée", "reportés", "reportées"),
            "es": ("aplazado", "aplazada", "pospuesto"),
            "it": ("rinviato", "rinviata"),
            "nl": ("uitgesteld",),
            "da": ("udsat",),
            "sv": ("uppskjutet",),
            "pl": ("przełożone", "przełożony"),
        },
        # Moved to another day (or room): "VERLEGT AUF 13.04.", "Reprogrammé", "Перенесено на 15 мая".
        "rescheduled": {
            "en": ("rescheduled",),
            "de": ("verlegt",),
            "fr": ("reprogrammé", "reprogrammée", "reprogramme", "reprogrammee"),
            "es": ("reprogramado", "reprogramada"),
            "it": ("riprogrammato", "riprogrammata"),
            "nl": ("verplaatst",),
            "da": ("flyttet",),
            "ru": ("перенесено", "перенесён", "перенесен"),
        },
    }
)
# Phrases that say the same beside a title or in a row, but are not a status field's value.
PHRASES: Mapping[Status, tuple[str, ...]] = MappingProxyType(
    {"cancelled": ("no meeting",), "postponed": (), "rescheduled": ("new date", "new time")}
)
# "moved": said of a date in brackets or with where to ("(moved to Feb 18)", "Moved to the Annex").
MOVED = ("moved",)
# Nouns a row or a line may carry instead ("Cancellation"); a ticket's "cancellation policy" is the reader's
# to rule out.
NOUNS: Mapping[Status, tuple[str, ...]] = MappingProxyType(
    {"cancelled": ("cancellation", "cancelation"), "postponed": (), "rescheduled": ()}
)
# The start of the English words in data values, wherever they sit: "EventCancelled", "CANCELLED_PERM",
# "isCanceled", "postponement", "rescheduling".
STEMS: tuple[tuple[str, Status], ...] = (("cancel", "cancelled"), ("postpon", "postponed"), ("resched", "rescheduled"))
# A status value abbreviated as sports and transport feeds write one ("Cancl.", "Canc.", "Postp.", "PPD"): read
# only as the whole value, its dots and case aside, never inside a word ("Cancun", "Postpartum").
ABBREVIATIONS: Mapping[str, Status] = MappingProxyType(
    {
        "cancl": "cancelled",
        "canc": "cancelled",
        "cncl": "cancelled",
        "cxl": "cancelled",
        "postp": "postponed",
        "pstp": "postponed",
        "ppd": "postponed",
    }  # fmt: skip
)
# Words that qualify a listed event without changing its status: a title of only these names no event.
TENTATIVE = ("tentative",)
# Not a status but said the same way, in titles ("SOLD OUT! Jazz Night", "Konzert – ausverkauft").
SOLD_OUT: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "de": ("ausverkauft",),
        "fr": ("complet",),
        "es": ("agotado", "agotadas"),
        "it": ("esaurito",),
        "nl": ("uitverkocht",),
        "da": ("udsolgt",),
        "sv": ("slutsålt",),
        "nb": ("utsolgt",),
        "fi": ("loppuunmyyty",),
    }
)


def words(*statuses: Status, languages: Iterable[str] | None = None) -> tuple[str, ...]:
    """The status words of these statuses (all of them when none is named), in these languages (all)."""
    wanted = set(languages) if languages is not None else None
    return tuple(
        word
        for status in statuses or STATUSES
        for language, listed in WORDS[status].items()
        if wanted is None or language in wanted
        for word in listed
    )


def phrases(*statuses: Status) -> tuple[str, ...]:
    return tuple(phrase for status in statuses or STATUSES for phrase in PHRASES[status])


def nouns(*statuses: Status) -> tuple[str, ...]:
    return tuple(noun for status in statuses or STATUSES for noun in NOUNS[status])


def sold_out_words() -> tuple[str, ...]:
    return tuple(word for listed in SOLD_OUT.values() for word in listed)


def _key(word: str) -> str:
    return " ".join(word.lower().split())


_STATUS_OF: Mapping[str, Status] = MappingProxyType(
    {
        _key(word): status
        for status in reversed(STATUSES)  # a word listed twice keeps its stronger status
        for word in (*words(status), *PHRASES[status])
    }
)
_LANGUAGE_OF: Mapping[str, str] = MappingProxyType(
    {_key(word): language for status in STATUSES for language, listed in WORDS[status].items() for word in listed}
)


def status_of(word: str) -> Status | None:
    """The status one listed word or phrase says, in any case and spacing ("Fällt  aus" → cancelled). Not the
    nouns: a lone "Cancellation" heads a ticket's terms as often as it marks an event."""
    return _STATUS_OF.get(_key(word))


def undecorated(text: str) -> str:
    """A badge's word without the marks around it: "++ ABGESAGT ++", "CANCELLED!", "– Verlegt –" → the word.
    Linear (no regex), and only the ends: marks inside ("Fällt  aus") stay for status_of to judge."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return text[start:end]


def language_of(word: str) -> str | None:
    """The language a listed status word is in ("abgesagt" → "de"); None for anything else."""
    return _LANGUAGE_OF.get(_key(word))


def alternation(listed: Iterable[str], *, upper: bool = False) -> str:
    """A regex alternation of the words, longest first, their spaces matching any run of spaces: no group, no
    nested quantifier (each word is literal). ``upper`` writes them in capitals, for a case-sensitive match."""
    unique = sorted({_key(word) for word in listed}, key=lambda word: (-len(word), word))
    return "|".join(r"\s+".join(re.escape(part.upper() if upper else part) for part in word.split()) for word in unique)


# Any status word standing on its own in a value: "Abgesagt", "status: annulé".
VALUE_WORD = re.compile(r"\b(?:" + alternation(words()) + r")\b", re.IGNORECASE)


def status_in_value(text: str | None) -> str:
    """A data value's status: an abbreviation that is the whole value ("Cancl.", "PPD"), else an English stem
    anywhere ("EventCancelled", "is_postponed"), else a listed word of any language on its own ("abgesagt");
    "scheduled" when none. The strongest wins."""
    lowered = (text or "").lower()
    abbreviated = ABBREVIATIONS.get(undecorated(lowered).replace(".", ""))
    if abbreviated is not None:
        return abbreviated
    for stem, status in STEMS:
        if stem in lowered:
            return status
    found = [_STATUS_OF[_key(match.group())] for match in VALUE_WORD.finditer(lowered)]  # every match is listed
    return max(found, key=STATUS_RANK.__getitem__) if found else "scheduled"
