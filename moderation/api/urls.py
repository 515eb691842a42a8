from django.urls import path

from moderation.api import views

app_name = "admin_api"

urlpatterns = [
    path("sources/", views.SourceList.as_view(), name="sources"),
    path("sources/<int:pk>/fetch", views.SourceFetch.as_view(), name="source-fetch"),
    path("jobs/<int:pk>/", views.JobDetail.as_view(), name="job"),
    path("moderation/<int:pk>/approve", views.StagedModerate.as_view(verdict="approve"), name="approve"),
    path("moderation/<int:pk>/reject", views.StagedModerate.as_view(verdict="reject"), name="reject"),
    path("moderation/<int:pk>/flag", views.StagedModerate.as_view(verdict="flag"), name="flag"),
    path("validate", views.Validate.as_view(), name="validate"),
    path("pipeline/", views.Pipeline.as_view(), name="pipeline"),
]
