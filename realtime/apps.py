from django.apps import AppConfig


class RealtimeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "realtime"
    verbose_name = "Live updates"

    def ready(self) -> None:
        from events.services.changes import on_events_changed
        from realtime.services import events_broadcast

        # After every committed change to public events: one bus entry per event (realtime.services).
        on_events_changed(events_broadcast)
