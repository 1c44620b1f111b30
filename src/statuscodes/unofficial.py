"""Status codes that vendors send although no RFC defines them: one IntEnum per vendor, never
mixed into HTTPCode. `import statuscodes` does not import this module.

>>> from statuscodes import unofficial
>>> unofficial.Nginx(499).phrase
'Client Closed Request'
>>> [f"{meaning.vendor}: {meaning.phrase}" for meaning in unofficial.meanings(499)]
['nginx: Client Closed Request', 'Esri ArcGIS: Token Required']
"""

from __future__ import annotations

import types

from ._data import Reference, Row
from ._errors import require_int, shown
from ._http import HTTPCategory, HTTPCode
from ._registry import CodeRegistry
from ._unofficial_data import VENDORS


class VendorCode(CodeRegistry):
    """A status code one vendor sends although no RFC defines it: the base of the vendor enums."""

    __module__ = "statuscodes.unofficial"

    phrase: str  #: the vendor's phrase, such as 'Client Closed Request'
    description: str  #: what the vendor means by it, in a sentence or two
    vendor: str  #: who sends it, such as 'nginx'
    reference: Reference  #: the vendor's documentation
    category: HTTPCategory  #: the class its first digit puts it in (RFC 9110 treats it as x00)

    @classmethod
    def _member_fields(cls, row: Row) -> dict[str, object]:
        return {
            "phrase": row.phrase,
            "description": row.description,
            "vendor": _VENDOR_OF[cls.__name__],
            "reference": row.reference,
            "category": HTTPCategory.of(row.code),
        }

    @classmethod
    def _miss_message(cls, code: int) -> str:
        return (
            f"{shown(code)} is not one of {_VENDOR_OF[cls.__name__]}'s codes: "
            f"statuscodes.unofficial.meanings({shown(code)}) lists every vendor's"
        )


# Who sends each vendor enum's codes, by enum name: a class attribute would be a member.
_VENDOR_OF = {name: vendor for name, vendor, _ in VENDORS}


def _build(name: str, vendor: str, rows: tuple[Row, ...]) -> type[VendorCode]:
    """One vendor's enum, with its members: the class statement `class Nginx(VendorCode,
    rows=...)`, written with `types.new_class` since the names come from the table."""

    def body(namespace: dict[str, object]) -> None:
        namespace["__module__"] = __name__
        namespace["__qualname__"] = name
        namespace["__doc__"] = f"Status codes {vendor} sends that no RFC defines."

    return types.new_class(name, (VendorCode,), {"rows": rows}, body)


_BY_CODE: dict[int, list[VendorCode]] = {}
for _name, _vendor, _rows in VENDORS:
    globals()[_name] = _vendor_enum = _build(_name, _vendor, _rows)
    for _member in _vendor_enum:
        _BY_CODE.setdefault(_member.value, []).append(_member)

__all__ = ["VendorCode", "meanings", *(name for name, _, _ in VENDORS)]


def meanings(code: int) -> tuple[HTTPCode | VendorCode, ...]:
    """Every meaning `code` has: the registry's member first when it is registered, then each
    vendor's, in a fixed vendor order. Empty when nobody gives it a meaning.

    >>> meanings(451)
    (<HTTPCode.UNAVAILABLE_FOR_LEGAL_REASONS: 451>, <IIS.REDIRECT: 451>)
    """
    code = require_int(code, "meanings()")
    registered = HTTPCode.get(code)
    vendors = _BY_CODE.get(code, [])
    return (registered, *vendors) if isinstance(registered, HTTPCode) else tuple(vendors)
