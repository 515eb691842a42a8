"""The admin REST API (mounted at /api/admin/): staff only, by token or by session with CSRF.

Views are thin: an input serializer checks the body, a service or selector does the work, an output
serializer shapes the answer. Every error body is ``{"error": "...", "fields": {...}}`` (errors.py).
"""
