"""Admin for events.people.rsvps."""
