"""Admin for events.people.organizers."""
