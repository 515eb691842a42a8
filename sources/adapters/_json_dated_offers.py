"""The name of an "offer" whose dates are being read: the event offered, not a ticket (issue #13, feeds batch 75).

A field under an "offer" normally names a ticket or a price ("offers": [{"name": "General Admission"}], schema.org's
Offer), so the word bars a column from titling an event (``_json_fields.NOT_TITLE``). Event platforms that call
their listings offers turn that around: Guidle's export (a Swiss event platform, German "Angebot") holds each event
as ``<offer><offerDetail><title>Theatervorstellung</title>…<schedules><date>…</date></schedules></offer>``, and the
dates read as occurrences of the record they sit in (``_json_infer._as_occurrences``) found no name at all: the only
one was the offer's.

When the items read are the dates of a record (``OCCURRENCES``) and that record is the container reached by the key
"offer" or "offers" (``^offer``), its name is scored as it would be without the word "offer" in its path
("^offer.offerDetail.title" as "^.Detail.title"): the thing holding the dates is what is dated, whatever its key
calls it. Every other word still counts: "^offer.contact.name", "^offer.address.venueName", "^offer.price.name"
stay barred.

Not: an offer read as an item of its own (no dates read as its occurrences), an offer below the record ("^event.
offers.0.name", a ticket of the event), a key that only starts with the word ("^offering", "^offerings").

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re

from sources.adapters._json_fields import OCCURRENCES, title_score
from sources.adapters._json_shapes import Column

__all__ = ["dated_offer_score"]

_CONTAINER = re.compile(r"^\^offers?(?=\.|$)", re.IGNORECASE)
_OFFER = re.compile(r"offers?(?=[A-Z_\-]|$)|^Offers?(?=[A-Z_\-]|$)")


def dated_offer_score(column: Column) -> float:
    """The title score of a dated offer's own name (see the module); 0 for any other column."""
    if not OCCURRENCES.get() or not _CONTAINER.match(column.path):
        return 0.0
    parts = column.path.split(".")
    renamed = ".".join([parts[0][: -len(parts[0].lstrip("^"))] or "^", *(_OFFER.sub("", part) for part in parts[1:])])
    if any(not part for part in renamed.split(".")[1:]):
        return 0.0  # a part that was only the word ("^offer.offer.name"): nothing left to read it by
    return title_score(Column(renamed, column.values))
