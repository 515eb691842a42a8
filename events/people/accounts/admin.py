"""Admin for events.people.accounts."""
