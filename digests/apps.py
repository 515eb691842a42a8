from django.apps import AppConfig


class DigestsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "digests"
    verbose_name = "Subscriptions and digests"

    def ready(self) -> None:
        # What the mail service reports back (bounces, complaints, opens, unsubscribe mails): digests/tracking.py.
        from anymail.signals import inbound, tracking

        from digests.tracking import on_inbound, on_tracking

        tracking.connect(on_tracking, dispatch_uid="digests.tracking")
        inbound.connect(on_inbound, dispatch_uid="digests.inbound")
