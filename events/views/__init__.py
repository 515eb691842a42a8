"""Public views, one module per kind of page; each module lists its own ``urlpatterns`` (events/urls.py)."""
