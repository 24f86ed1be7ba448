"""The company's wish page, included under /my/trips/<slug>/wishes/ (namespace "my")."""

from django.urls import path

from . import company_views

urlpatterns = [
    path("", company_views.wishes, name="wishes"),
]
