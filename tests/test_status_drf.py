"""statuscodes.status as a drop-in for Django REST Framework's rest_framework.status."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import warnings
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
import rest_framework.status as drf  # type: ignore[import-untyped]  # DRF ships no types

import statuscodes
from statuscodes import CodeTypeError, HTTPCode, status

PREDICATES = ["is_informational", "is_success", "is_redirect", "is_client_error", "is_server_error"]
# The package's function behind each of DRF's names.
PACKAGE_NAME = {name: name for name in PREDICATES} | {"is_redirect": "is_redirection"}


def _drf_names() -> list[str]:
    return sorted(name for name in vars(drf) if re.fullmatch(r"HTTP_\d+_\w+", name))


def _ours(name: str) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # DRF still has the pre-RFC 9110 names
        return getattr(status, name)


@pytest.mark.parametrize("name", _drf_names())
def test_every_drf_name_has_the_same_value_and_is_a_member(name: str) -> None:
    ours = _ours(name)

    assert ours == getattr(drf, name)
    if name == "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED":  # no IANA code: the vendor member
        from statuscodes.unofficial import Common

        assert ours is Common.BANDWIDTH_LIMIT_EXCEEDED
        assert not isinstance(ours, HTTPCode)
    else:
        assert isinstance(ours, HTTPCode)


def test_drf_has_every_predicate_we_offer_under_its_name() -> None:
    assert {name for name in vars(drf) if name.startswith("is_")} == set(PREDICATES)
    assert set(PREDICATES) <= set(status.__all__)


@pytest.mark.parametrize("name", PREDICATES)
def test_each_predicate_is_the_packages_function(name: str) -> None:
    assert getattr(status, name) is getattr(statuscodes, PACKAGE_NAME[name])


@pytest.mark.parametrize("name", PREDICATES)
def test_each_predicate_answers_as_drfs_on_every_int_from_minus_5_to_1099(name: str) -> None:
    ours: Callable[[int], bool] = getattr(status, name)
    theirs: Callable[[int], bool] = getattr(drf, name)

    for code in range(-5, 1100):
        assert ours(code) is theirs(code), code
    for member in HTTPCode:
        assert ours(member) is theirs(member), member


# DRF's predicates compare whatever they are given; ours take ints only, as the package's do.
@pytest.mark.parametrize("value", [200.0, 404.5, Decimal(200), Fraction(301), True, False])
@pytest.mark.parametrize("name", PREDICATES)
def test_a_number_that_is_not_an_int_is_refused_where_drf_compares_it(
    name: str, value: object
) -> None:
    getattr(drf, name)(value)  # DRF answers True or False

    with pytest.raises(CodeTypeError, match="takes an int"):
        getattr(status, name)(value)


@pytest.mark.parametrize("value", ["200", b"200", None, object()])
@pytest.mark.parametrize("name", PREDICATES)
def test_what_drf_cannot_compare_is_a_type_error_with_both(name: str, value: object) -> None:
    with pytest.raises(TypeError):
        getattr(drf, name)(value)

    with pytest.raises(TypeError):  # CodeTypeError is a TypeError (and a ValueError)
        getattr(status, name)(value)


def test_the_unofficial_name_reads_without_a_warning_and_imports() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from statuscodes.status import HTTP_509_BANDWIDTH_LIMIT_EXCEEDED

    assert HTTP_509_BANDWIDTH_LIMIT_EXCEEDED.phrase == "Bandwidth Limit Exceeded"
    assert "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED" in dir(status)
    assert "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED" not in status.__all__


LOADED = "print(sorted(m for m in sys.modules if m.startswith('statuscodes.')))"


@pytest.mark.parametrize(
    ("use", "loaded"),
    [
        ("status.HTTP_404_NOT_FOUND; status.is_redirect(301)", []),
        ("from statuscodes.status import *", []),
        ("status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED", ["statuscodes.unofficial"]),
        # A fork before the first read: the fork hook has nothing to wait for, and loads nothing.
        ("pid = os.fork()\nif pid == 0:\n    os._exit(0)\nos.waitpid(pid, 0)", []),
    ],
)
def test_only_reading_the_unofficial_name_imports_the_unofficial_namespace(
    use: str, loaded: list[str]
) -> None:
    code = f"import os, sys\nfrom statuscodes import status\n{use}\n{LOADED}"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    printed = eval(result.stdout)  # a list of module names, printed by the child
    assert [name for name in printed if name.endswith("unofficial")] == loaded


# The other thread is held inside the import of statuscodes.unofficial (a finder that waits,
# called under that module's import lock) while this one forks: without the fork hook, the
# child's first read waits forever on the lock of a thread it does not have.
FORK_DURING_FIRST_UNOFFICIAL_READ = """
import os, signal, sys, threading, time
from statuscodes import status

importing = threading.Event()

class HoldTheImport:
    def find_spec(self, name, path=None, target=None):
        if name == "statuscodes.unofficial":
            importing.set()
            time.sleep(0.3)
        return None

sys.meta_path.insert(0, HoldTheImport())
thread = threading.Thread(target=lambda: status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED)
thread.start()
importing.wait()
pid = os.fork()
if pid == 0:
    signal.alarm(5)  # a hung child dies of SIGALRM instead of outliving the test
    os._exit(0 if status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED == 509 else 1)
thread.join()
_, code = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(code))
"""


@pytest.mark.slow  # forks in a child process
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_fork_during_the_first_read_of_the_unofficial_name_never_hangs() -> None:
    result = subprocess.run(
        [sys.executable, "-c", FORK_DURING_FIRST_UNOFFICIAL_READ], capture_output=True, timeout=30
    )

    assert result.returncode == 0, result.stderr


DRF_VIEW = """
import django
from django.conf import settings

settings.configure(
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "rest_framework"],
    REST_FRAMEWORK={"DEFAULT_AUTHENTICATION_CLASSES": [], "DEFAULT_PERMISSION_CLASSES": []},
)
django.setup()

from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory

from statuscodes import status

@api_view(["POST"])
def create(request):
    return Response({"made": True}, status=status.HTTP_201_CREATED)

@api_view(["GET"])
def quota(request):
    return Response(status=status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED)

made = create(APIRequestFactory().post("/items/", {}, format="json"))
over = quota(APIRequestFactory().get("/items/"))
made.render()
print(made.status_code, status.is_success(made.status_code), made.content.decode())
print(over.status_code, status.is_server_error(over.status_code))
"""


@pytest.mark.slow  # a child process that sets Django up
def test_a_drf_view_responds_with_our_constants() -> None:
    result = subprocess.run(  # in a child: Django's settings are configured once per process
        [sys.executable, "-c", DRF_VIEW], capture_output=True, text=True, timeout=60
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ['201 True {"made":true}', "509 True"]
