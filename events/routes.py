"""Where the event page lives, in a module that imports nothing.

events/views/detail.py routes the page with EVENT_PAGE and config/urls.py (ROUTED_IN) includes events.urls at
EVENTS_AT. The live pushes after every pipeline batch build each event's URL from the two
(events/api/representation.py) rather than reversing it: a first ``reverse`` imports the whole URLconf, every view
module of the site, which cost a process's first batch 0.2-0.4 s of CPU (a third of a cold 1,000-event ingest's
difference from a warm one). tests/api/test_event_route.py holds the two readings equal.
"""

from __future__ import annotations

ROUTED_IN = "config.urls"  # the URLconf that includes events.urls at EVENTS_AT
EVENTS_AT = ""
EVENT_PAGE = "events/<int:pk>/<str:slug>/"
