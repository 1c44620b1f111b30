"""statuscodes.unofficial: vendor codes, apart from the registry, with the same contract."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys

import pytest

from statuscodes import HTTPCategory, HTTPCode, unofficial
from statuscodes.unofficial import (
    AWSELB,
    IIS,
    Cloudflare,
    Esri,
    Laravel,
    Nginx,
    VendorCode,
    meanings,
)

ALL = [
    member
    for vendor in (Nginx, Cloudflare, AWSELB, IIS, Laravel, Esri, unofficial.Common)
    for member in vendor
]


def test_importing_statuscodes_does_not_import_the_unofficial_namespace() -> None:
    code = (
        "import sys, statuscodes; statuscodes.HTTPCode(404); "
        "print(sorted(m for m in sys.modules if 'unofficial' in m))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "[]"


def test_vendor_codes_are_never_registry_members() -> None:
    for member in ALL:
        assert not isinstance(member, HTTPCode)
        registered: int | None = HTTPCode.__members__.get(member.name)
        assert registered is None or registered != member.value
    assert HTTPCode.get(499) is None


def test_collisions_list_every_meaning_registry_first() -> None:
    assert meanings(499) == (Nginx.CLIENT_CLOSED_REQUEST, Esri.TOKEN_REQUIRED)
    assert meanings(451) == (HTTPCode.UNAVAILABLE_FOR_LEGAL_REASONS, IIS.REDIRECT)
    assert meanings(404) == (HTTPCode.NOT_FOUND,)
    assert meanings(299) == ()
    nginx: int = Nginx.CLIENT_CLOSED_REQUEST
    esri: object = Esri.TOKEN_REQUIRED
    assert nginx == esri == 499  # equal as ints, yet two members of two enums
    assert nginx is not esri


def test_meanings_takes_ints_only() -> None:
    with pytest.raises(TypeError):
        meanings("499")  # type: ignore[arg-type]  # the point of the test
    with pytest.raises(TypeError):
        meanings(True)


@pytest.mark.parametrize("member", ALL, ids=repr)
def test_same_contract_as_the_registry(member: VendorCode) -> None:
    vendor = type(member)

    assert str(member) == f"{member}" == str(member.value)
    assert pickle.loads(pickle.dumps(member)) is member
    assert copy.deepcopy(member) is member
    assert vendor(member.value) is member
    assert vendor[member.name] is member
    assert vendor.parse(member.phrase) is member
    assert member.category is HTTPCategory.of(member)
    assert member.reference.url.startswith("https://")
    assert member.description.endswith(".")
    with pytest.raises(AttributeError):
        member.phrase = "changed"  # type: ignore[misc]  # the point of the test
    assert member in meanings(int(member))


def test_misses_point_to_meanings() -> None:
    with pytest.raises(ValueError, match=r"not one of nginx's codes.*meanings\(404\)"):
        Nginx(404)
    assert Nginx.get(404) is None
    with pytest.raises(TypeError):
        Cloudflare("522")  # type: ignore[arg-type]


def test_vendors_and_sources() -> None:
    assert Nginx.NO_RESPONSE.vendor == "nginx"
    assert Cloudflare(522).phrase == "Connection Timed Out"
    assert AWSELB(460).reference.url.startswith("https://docs.aws.amazon.com/")
    assert Laravel.PAGE_EXPIRED.value == 419
