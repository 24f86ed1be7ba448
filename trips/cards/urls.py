"""Business card -> contact (/cards/)."""

from django.urls import path

from . import views

app_name = "cards"

urlpatterns = [
    path("trips/<slug:slug>/", views.add_card, name="add"),
    path("<int:pk>/", views.capture, name="capture"),
    path("<int:pk>/<str:side>.jpg", views.image, name="image"),
]
