"""Admin for events.people.analytics."""
