from django.urls import path

from sources import views

app_name = "sources"

urlpatterns = [
    path("webhooks/sources/<slug:slug>/", views.source_webhook, name="webhook"),
]
