"""The people admin, one module per concern (each registers its own models and pages)."""

from events.people.accounts import admin as accounts_admin
from events.people.analytics import admin as analytics_admin
from events.people.library import admin as library_admin
from events.people.organizers import admin as organizers_admin
from events.people.rsvps import admin as rsvps_admin

__all__ = ("accounts_admin", "analytics_admin", "library_admin", "organizers_admin", "rsvps_admin")
