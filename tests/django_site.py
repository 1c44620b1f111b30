"""A one-module Django project for the adapter tests: a 200 and a 401, served by Django's own
ASGI and WSGI handlers. Django's settings are per process: configured here unless another test
module configured them first."""

from __future__ import annotations

from typing import Any

import django
from django.conf import settings

if not settings.configured:
    settings.configure(USE_TZ=True)
    django.setup()

from django.http import HttpResponse  # noqa: E402  # after settings, as Django requires
from django.urls import path  # noqa: E402


def hello(request: Any) -> Any:
    return HttpResponse("hello", content_type="text/plain")


def private(request: Any) -> Any:
    return HttpResponse("who are you?", status=401, content_type="text/plain")


urlpatterns = [path("", hello), path("private", private)]

# The model tests' settings have no URLs and no hosts: this module's are added to them.
if not hasattr(settings, "ROOT_URLCONF"):
    settings.ROOT_URLCONF = __name__
settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver", "127.0.0.1"]


def asgi_application() -> Any:
    from django.core.handlers.asgi import ASGIHandler

    return ASGIHandler()


def wsgi_application() -> Any:
    from django.core.handlers.wsgi import WSGIHandler

    return WSGIHandler()
