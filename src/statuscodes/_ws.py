"""WSCloseCode and WSCategory, built from `_data.WS_ROWS`, and RFC 6455's rules on plain ints."""

import enum

from ._data import WS_CATEGORIES, WS_ROWS
from ._enum import (
    Field,
    Index,
    Lookups,
    RegistryType,
    seal_categories,
    as_index,
    not_an_int,
    require_int,
    seal,
    shown,
)


# No `from __future__ import annotations` on the import path: it imports the __future__
# module (~0.15 ms). Annotations naming typing-only or later names are quoted instead.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._data import Reference, Registration, Row

# Never sent in a Close frame: the codes reported locally (RFC 6455, Section 7.4.1) and the one
# reserved with no meaning (1004).
_NEVER_SENT = frozenset(
    row.code for row in WS_ROWS if row.local_only or row.registration.name == "RESERVED"
)


class WSCategory(enum.Enum, metaclass=RegistryType):
    """The range a WebSocket close code falls in (RFC 6455, Section 7.4.2).

    >>> WSCategory.of(4001)
    <WSCategory.PRIVATE: '4000-4999'>
    """

    __module__ = "statuscodes"

    # phrase, codes and reference are plain attributes of each member, set by seal().
    name = Field("The member's name, such as 'PRIVATE'.")
    value = Field("The range as people write it, such as '4000-4999'.")
    phrase: str  #: what the range is for, such as 'Private Use'
    codes: range  #: every code of the range: range(4000, 5000) for PRIVATE
    reference: "Reference"  #: where RFC 6455 defines the range

    def __str__(self) -> str:
        return self.value  # type: ignore[no-any-return]  # a Field, typed in the stub

    @classmethod
    def of(cls, code: int) -> "WSCategory":
        """The range of any close code from 1000 to 4999, registered or not.

        Raises ValueError outside 1000-4999 and TypeError for anything but an int.
        """
        require_int(code, "WSCategory.of()")
        if 1000 <= code <= 4999:
            return _CATEGORY_BY_THOUSAND[code // 1000]
        raise ValueError(
            f"{shown(code)} is not a WebSocket close code: they range from 1000 to 4999"
        )


seal_categories(WSCategory, WS_CATEGORIES)
_CATEGORY_BY_THOUSAND = {
    thousand: category
    for category in WSCategory
    for thousand in range(category.codes.start // 1000, category.codes.stop // 1000)
}


class WSCloseCode(Lookups, enum.IntEnum, metaclass=RegistryType):
    """A WebSocket close code registered with IANA.

    >>> WSCloseCode(1006).phrase
    'Abnormal Closure'
    >>> WSCloseCode.ABNORMAL_CLOSURE.is_sendable
    False
    """

    __module__ = "statuscodes"

    # The number, on every Python (3.9 and 3.10 would say "WSCloseCode.NORMAL_CLOSURE").
    __str__ = int.__repr__
    __format__ = int.__format__  # type: ignore[assignment]  # Enum's is the same signature

    # The metadata (phrase, description, category, reference, registration,
    # is_sendable and is_local_only) are plain attributes of each member, set by
    # seal(): a class-level descriptor would make every read ~10% slower on 3.13. `name` and
    # `value` need one, to shadow Enum's properties, which run Python code.
    name = Field("The member's name, such as 'NORMAL_CLOSURE'.")
    value = Field("The code as a plain int.")
    phrase: str  #: the code's name in the IANA registry, such as 'Normal Closure'
    description: str  #: when the code is used, in a sentence or two
    category: "WSCategory"
    reference: "Reference"  #: the document that defines the code
    registration: "Registration"  #: the code's standing in the IANA registry
    is_sendable: bool  #: an endpoint may put it in a Close frame
    is_local_only: bool  #: 1005, 1006 and 1015: reported locally, never sent

    @classmethod
    def for_http(cls, code: int) -> "WSCloseCode":
        """The close code to end a WebSocket with when the failure is the HTTP error `code`.

        401 gives UNAUTHORIZED (3000), 403 FORBIDDEN (3003), 408 and 504 TIMEOUT (3008), 429 and
        503 TRY_AGAIN_LATER (1013), 502 BAD_GATEWAY (1014); any other 5xx INTERNAL_ERROR (1011)
        and any other 4xx POLICY_VIOLATION (1008). ValueError for codes that are not errors.

        >>> WSCloseCode.for_http(403)
        <WSCloseCode.FORBIDDEN: 3003>
        """
        as_int = as_index(code)
        if as_int is None:
            raise TypeError(not_an_int(code, "WSCloseCode.for_http()"))
        close_code = _FOR_HTTP.get(as_int)
        if close_code is not None:
            return close_code  # type: ignore[no-any-return]  # the dict holds members
        if 500 <= as_int <= 599:
            return _index[1011]  # type: ignore[no-any-return]  # INTERNAL_ERROR
        if 400 <= as_int <= 499:
            return _index[1008]  # type: ignore[no-any-return]  # POLICY_VIOLATION
        raise ValueError(
            f"{shown(code)} is not an HTTP error (400-599): only a failure maps to a close code"
        )


def _code_fields(row: "Row") -> "dict[str, object]":
    return {
        "phrase": row.phrase,
        "description": row.description,
        "category": _CATEGORY_BY_THOUSAND[row.code // 1000],
        "reference": row.reference,
        "registration": row.registration,
        "is_sendable": row.code not in _NEVER_SENT,
        "is_local_only": row.local_only,
    }


def _explain(code: int) -> str:
    if 4000 <= code <= 4999:
        return (
            f"{code} is a private-use close code (4000-4999): those are never registered, so not "
            f"members; WSCloseCode.get({code}) gives None and is_valid_close_code({code}) is True"
        )
    if 3000 <= code <= 3999:
        return f"{code} is not registered with IANA: WSCloseCode.get({code}) gives None"
    if 1000 <= code <= 2999:
        return (
            f"{code} is not assigned by the WebSocket protocol: WSCloseCode.get({code}) gives None"
        )
    return f"{shown(code)} is not a WebSocket close code (they range from 1000 to 4999)"


_index: "Index" = seal(
    WSCloseCode,
    (((row.name, *row.aliases, *row.former_names), row.code, _code_fields(row)) for row in WS_ROWS),
    _explain,
    rows=WS_ROWS,
)
_FOR_HTTP = {http_code: _index[row.code] for row in WS_ROWS for http_code in row.answers_http}
_SENDABLE_REGISTERED = frozenset(row.code for row in WS_ROWS if row.code not in _NEVER_SENT)


def is_valid_close_code(code: int) -> bool:
    """True when RFC 6455 lets an endpoint send `code` in a Close frame, and so accept it from
    one: the registered sendable codes and all of 3000-4999. TypeError for anything but an int.

    >>> is_valid_close_code(1000), is_valid_close_code(1006), is_valid_close_code(4001)
    (True, False, True)
    """
    code = require_int(code, "is_valid_close_code()")
    return code in _SENDABLE_REGISTERED or 3000 <= code <= 4999
