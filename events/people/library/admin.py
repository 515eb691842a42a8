"""Admin for events.people.library."""
