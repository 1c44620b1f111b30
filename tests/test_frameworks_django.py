"""HTTPCode in a Django model on SQLite: `choices=statuscodes.choices(HTTPCode)` passes the system
checks (a bare enum does not: fields.E005), and a member round-trips through the database.

This module is its own Django app: settings are configured once, before the model is defined, as
a project's settings module would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import django
import pytest
from django.apps import AppConfig
from django.conf import settings

from statuscodes import HTTPCode, WSCloseCode, choices


class CodesConfig(AppConfig):  # type: ignore[misc]  # Django ships no types
    name = __name__
    label = "codes"


if not settings.configured:
    settings.configure(
        INSTALLED_APPS=[f"{__name__}.CodesConfig"],
        # Pointed at a file in tmp_path by the `database` fixture before the first query.
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        USE_TZ=True,
    )
    django.setup()

from django.core import checks, management  # noqa: E402  # after settings, as Django requires
from django.core.exceptions import ValidationError  # noqa: E402
from django.db import connection, models  # noqa: E402


class Response(models.Model):  # type: ignore[misc]  # Django ships no types
    code = models.IntegerField(choices=choices(HTTPCode))
    close = models.IntegerField(choices=choices(WSCloseCode), null=True, blank=True)

    class Meta:
        app_label = "codes"


@pytest.fixture
def database(tmp_path: Path) -> Any:
    connection.close()
    connection.settings_dict["NAME"] = str(tmp_path / "codes.sqlite3")
    with connection.schema_editor() as editor:
        editor.create_model(Response)
    yield connection
    connection.close()


def test_the_system_checks_pass(capsys: pytest.CaptureFixture[str]) -> None:
    management.call_command("check")

    assert checks.run_checks() == []
    assert "no issues" in capsys.readouterr().out


def test_a_bare_enum_as_choices_fails_the_check() -> None:
    field = models.IntegerField(choices=HTTPCode)
    field.set_attributes_from_name("code")
    field.model = Response

    assert [error.id for error in field.check()] == ["fields.E005"]


def test_a_member_round_trips_through_sqlite(database: Any) -> None:
    Response.objects.create(code=HTTPCode.NOT_FOUND, close=WSCloseCode.GOING_AWAY)

    row = Response.objects.get()

    assert HTTPCode(row.code) is HTTPCode.NOT_FOUND
    assert WSCloseCode(row.close) is WSCloseCode.GOING_AWAY
    assert row.get_code_display() == "404 Not Found"
    assert Response.objects.filter(code=HTTPCode.NOT_FOUND).count() == 1


def test_validation_refuses_an_unregistered_code() -> None:
    with pytest.raises(ValidationError) as excinfo:
        Response(code=599).full_clean()

    assert "code" in excinfo.value.message_dict
    Response(code=HTTPCode.IM_A_TEAPOT).full_clean()
