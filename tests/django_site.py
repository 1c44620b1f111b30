"""A one-module Django project for the adapter tests: a 200 and a 401, served by Django's own
ASGI and WSGI handlers.

Django's settings are per process and other test modules configure them at import: this module
touches them only when a handler is asked for (its doctest-collected import must not), adding
its URLs and hosts to whatever is configured.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpResponse
from django.urls import path


def hello(request: Any) -> Any:
    return HttpResponse("hello", content_type="text/plain")


def private(request: Any) -> Any:
    return HttpResponse("who are you?", status=401, content_type="text/plain")


urlpatterns = [path("", hello), path("private", private)]


def _set_up() -> None:
    import django
    from django.conf import settings

    if not settings.configured:
        settings.configure(USE_TZ=True)
        django.setup()
    if not hasattr(settings, "ROOT_URLCONF"):
        settings.ROOT_URLCONF = __name__
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver", "127.0.0.1"]


def asgi_application() -> Any:
    from django.core.handlers.asgi import ASGIHandler

    _set_up()
    return ASGIHandler()


def wsgi_application() -> Any:
    from django.core.handlers.wsgi import WSGIHandler

    _set_up()
    return WSGIHandler()
