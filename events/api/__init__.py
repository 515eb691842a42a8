"""The public REST API, /api/v1/ (read-only for anonymous visitors)."""
