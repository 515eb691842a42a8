"""What organizers' services refuse, and the messages they say it with (each error carries its HTTP status)."""

from __future__ import annotations

from collections.abc import Sequence

# --- messages -------------------------------------------------------------------------------------------------
NOT_AN_ORGANIZER = (
    "Become an organizer first: create one at /organize/new/ (POST /api/v1/organizers/) or claim the one you "
    "speak for at /organize/claim/<slug>/."
)
NOT_YOURS = "You cannot manage this event: it belongs to an organizer you do not speak for."
NO_EVENT = "No such event."
ENDED = "This event has ended."
CANCELLED_ALREADY = "This event is already cancelled."
CANCELLED_NO_EDIT = "This event is cancelled; it can no longer be edited."
NAME_TAKEN = "An organizer called {name!r} is already listed: claim it instead of creating another ({claim})."
ALREADY_MEMBER = "You already speak for {name}."
CLAIM_PENDING = "Your claim on {name} is waiting for a moderator."
CLAIM_REFUSED = "A moderator turned down your claim on {name}; write to the moderators to ask again."
NO_ORGANIZER = "No such organizer."
REFUSED_CONTENT = "The pipeline refused this change."
HELD_EDIT = "edited by its organizer: {reason}"
LINKS_UNTRUSTED = "links changed by an organizer who is not trusted: a moderator checks them"


class OrganizerError(Exception):
    """A refusal the person can act on; ``status`` is the HTTP status the API answers with."""

    status = 400

    def __init__(self, message: str, *, reasons: Sequence[str] = (), claim_slug: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.reasons = list(reasons)
        self.claim_slug = claim_slug


class NotAnOrganizer(OrganizerError):  # noqa: N818 - named for what it reports, like Django's PermissionDenied
    status = 403


class NotYours(OrganizerError):  # noqa: N818
    status = 403


class NotFound(OrganizerError):  # noqa: N818
    status = 404


class Conflict(OrganizerError):  # noqa: N818
    status = 409


class Refused(OrganizerError):  # noqa: N818 - the pipeline's checks said no: 400 with its reasons
    status = 400
