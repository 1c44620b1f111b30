"""Status codes that vendors send although no RFC defines them: one IntEnum per vendor, never
mixed into HTTPCode. `import statuscodes` does not import this module.

>>> from statuscodes import unofficial
>>> unofficial.Nginx(499).phrase
'Client Closed Request'
>>> [f"{meaning.vendor}: {meaning.phrase}" for meaning in unofficial.meanings(499)]
['nginx: Client Closed Request', 'Esri ArcGIS: Token Required']
"""

from __future__ import annotations

import enum

from ._enum import (
    Field,
    Lookups,
    RegistryType,
    require_int,
    seal,
    shown,
)
from ._codes import HTTPCategory, HTTPCode
from ._unofficial_data import VENDORS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Union

    from ._data import Reference, Row


class VendorCode(Lookups, enum.IntEnum, metaclass=RegistryType):
    """A status code one vendor sends although no RFC defines it: the base of the vendor enums."""

    __module__ = "statuscodes.unofficial"

    __str__ = int.__repr__  # the number on every Python, as HTTPCode
    __format__ = int.__format__  # type: ignore[assignment]  # Enum's is the same signature

    name = Field("The member's name, such as 'CLIENT_CLOSED_REQUEST'.")
    value = Field("The code as a plain int.")
    phrase: str  #: the vendor's phrase, such as 'Client Closed Request'
    description: str  #: what the vendor means by it, in a sentence or two
    vendor: str  #: who sends it, such as 'nginx'
    reference: Reference  #: the vendor's documentation
    category: HTTPCategory  #: the class its first digit puts it in (RFC 9110 treats it as x00)


def _fields(row: Row, vendor: str) -> dict[str, object]:
    return {
        "phrase": row.phrase,
        "description": row.description,
        "vendor": vendor,
        "reference": row.reference,
        "category": HTTPCategory.of(row.code),
    }


def _build(name: str, vendor: str, rows: tuple[Row, ...]) -> type[VendorCode]:
    """One vendor's enum, with its members."""
    classdict = {
        "__module__": __name__,
        "__qualname__": name,
        "__doc__": f"Status codes {vendor} sends that no RFC defines.",
    }
    registry_type: Any = type(VendorCode)
    cls: Any = registry_type(name, (VendorCode,), classdict)

    def explain(code: int) -> str:
        return (
            f"{shown(code)} is not one of {vendor}'s codes: "
            f"statuscodes.unofficial.meanings({shown(code)}) lists every vendor's"
        )

    members = (((row.name,), row.code, _fields(row, vendor)) for row in rows)
    seal(cls, members, explain, rows=rows)
    return cls  # type: ignore[no-any-return]


_BY_CODE: dict[int, list[VendorCode]] = {}
for _name, _vendor, _rows in VENDORS:
    globals()[_name] = _vendor_enum = _build(_name, _vendor, _rows)
    for _member in _vendor_enum:
        _BY_CODE.setdefault(_member.value, []).append(_member)

__all__ = ["VendorCode", "meanings", *(name for name, _, _ in VENDORS)]


def meanings(code: int) -> tuple[Union[HTTPCode, VendorCode], ...]:
    """Every meaning `code` has: the registry's member first when it is registered, then each
    vendor's, in a fixed vendor order. Empty when nobody gives it a meaning.

    >>> meanings(451)
    (<HTTPCode.UNAVAILABLE_FOR_LEGAL_REASONS: 451>, <IIS.REDIRECT: 451>)
    """
    code = require_int(code, "meanings()")
    registered = HTTPCode.get(code)
    vendors = _BY_CODE.get(code, [])
    return (registered, *vendors) if registered is not None else tuple(vendors)
