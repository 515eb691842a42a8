"""Celery finds an app's tasks in ``<app>.tasks``: the people concerns keep theirs in their own packages, and this
module imports them so that a worker (and beat's jobs in sources/schedules.py) knows every one of them."""

from events.people.analytics import tasks as analytics_tasks
from events.people.organizers import tasks as organizers_tasks
from events.people.rsvps import tasks as rsvps_tasks

__all__ = ("analytics_tasks", "organizers_tasks", "rsvps_tasks")
