from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("", views.home, name="home"),
    path("cities/<slug:slug>/", views.city_detail, name="city"),
    path("events/<int:pk>/<str:slug>/", views.event_detail, name="detail"),
]
