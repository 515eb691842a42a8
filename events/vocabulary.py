"""The words Whatson's parts share: cost types, event statuses, source trust and the pipeline's actions.

Defined once here and imported by the models (as field choices), the pure pipeline, the adapters and the
services, so a new value is added in one place. They are Django ``TextChoices`` — plain ``str`` enums with a
label — which import nothing from the ORM and need no settings, so pure code can use them too.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from django.db.models import TextChoices


class CostType(TextChoices):
    FREE = "free", "Free"
    PAID = "paid", "Paid"
    DONATION = "donation", "Donation"
    VARIABLE = "variable", "Variable"
    UNKNOWN = "unknown", "Unknown"


class EventStatus(TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    CANCELLED = "cancelled", "Cancelled"
    POSTPONED = "postponed", "Postponed"
    RESCHEDULED = "rescheduled", "Rescheduled"


class Trust(TextChoices):
    # Untrusted sources are held for a moderator; trusted ones publish when they pass the gates.
    UNTRUSTED = "untrusted", "Untrusted: hold everything for moderation"
    STANDARD = "standard", "Standard"
    TRUSTED = "trusted", "Trusted"
    OFFICIAL = "official", "Official (primary source)"


# Higher wins: which listing's fields an event shows, which source's record is the canonical one.
TRUST_RANK: Mapping[str, int] = MappingProxyType(
    {Trust.OFFICIAL: 3, Trust.TRUSTED: 2, Trust.STANDARD: 1, Trust.UNTRUSTED: 0}
)


def trust_rank(level: str | None) -> int:
    """The rank of a trust level; an unknown level ranks lowest."""
    return TRUST_RANK.get(level or "", 0)


class Action(TextChoices):
    """What the pipeline decides for one staged record."""

    PUBLISH = "publish", "Publish"
    HOLD = "hold", "Hold for moderation"
    REJECT = "reject", "Reject"
    LINK = "link", "Link as a duplicate"


COST_TYPES = frozenset(CostType.values)
STATUSES = frozenset(EventStatus.values)

# The label an adapter gives a record it knows is a game between two sides (a schedule's home and away teams):
# its title names the sides, "<away> at <home>", and the "at" there names the home side, not a venue.
GAME_CATEGORY = "Sports / Game"
