"""People: accounts, organizers and their submissions, RSVPs, saved events and follows, recommendations and
the analytics organizers and staff read. One Django app (label ``people``) inside events/, split by concern:

* ``accounts``   sign-up, sign-in, profile, export and deletion (allauth pages; JWT for API clients)
* ``organizers`` organizer profiles and claims, event submissions and edits through the pipeline
* ``rsvps``      RSVPs with capacity and a waitlist, promotion, reminders, attendee lists
* ``library``    saved events, follows, "my events", recommendations, search suggestions
* ``analytics``  batched interaction recording, daily roll-ups, organizer and staff dashboards

Models live in ``events.people.models``; each concern has its own services, selectors, views, API and tasks.
"""
