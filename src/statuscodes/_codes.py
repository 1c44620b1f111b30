"""The registry enums built from the table: HTTPCode and HTTPCategory, WSCloseCode and
WSCategory, and the same rules on plain ints.

One module rather than one per registry: on CPython 3.13 each module on the import path costs
~0.1-0.2 ms, about as much as building HTTPCode (see docs/design.md, "Import time").
"""

import enum

from ._data import HTTP_CATEGORIES, HTTP_ROWS, WS_CATEGORIES, WS_ROWS, Registration
from ._enum import (
    Field,
    Index,
    Lookups,
    RegistryType,
    as_index,
    not_an_int,
    require_int,
    seal,
    seal_categories,
    shown,
)

# No `from __future__ import annotations` on the import path: it imports the __future__
# module (~0.15 ms). Annotations naming typing-only or later names are quoted instead.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from ._data import HeaderRule, Reference, Row


# HTTP -------------------------------------------------------------------------------------------


class HTTPCategory(enum.Enum, metaclass=RegistryType):
    """The class of an HTTP status code, given by its first digit (RFC 9110, Section 15).

    >>> HTTPCategory.of(404)
    <HTTPCategory.CLIENT_ERROR: '4xx'>
    >>> HTTPCategory.CLIENT_ERROR.phrase
    'Client Error'
    """

    __module__ = "statuscodes"  # where users import it from: reprs, pickles and docs say so

    # phrase, codes and reference are plain attributes of each member, set by seal().
    name = Field("The member's name, such as 'CLIENT_ERROR'.")
    value = Field("The class as people write it: '1xx' to '5xx'.")
    phrase: str  #: the class's name in RFC 9110, such as 'Client Error'
    codes: range  #: every code of the class, registered or not: range(400, 500) for 4xx
    reference: "Reference"  #: where RFC 9110 defines the class

    def __str__(self) -> str:
        return self.value  # type: ignore[no-any-return]  # a Field, typed in the stub

    @classmethod
    def of(cls, code: int) -> "HTTPCategory":
        """The class of any code from 100 to 599, registered or not.

        Raises ValueError outside 100-599 and TypeError for anything but an int.
        """
        require_int(code, "HTTPCategory.of()")
        if 100 <= code <= 599:
            return _CATEGORY_BY_DIGIT[code // 100]
        raise ValueError(f"{shown(code)} is not an HTTP status code: they range from 100 to 599")


seal_categories(HTTPCategory, HTTP_CATEGORIES)
_CATEGORY_BY_DIGIT = {category.codes.start // 100: category for category in HTTPCategory}


class HTTPCode(Lookups, enum.IntEnum, metaclass=RegistryType):
    """An HTTP status code registered with IANA.

    >>> HTTPCode(404).phrase
    'Not Found'
    >>> HTTPCode.NOT_FOUND.is_client_error
    True
    >>> f"{HTTPCode.NOT_FOUND} {HTTPCode.NOT_FOUND.phrase}"
    '404 Not Found'
    """

    __module__ = "statuscodes"

    # The number, on every Python (3.9 and 3.10 would say "HTTPCode.NOT_FOUND").
    __str__ = int.__repr__
    __format__ = int.__format__  # type: ignore[assignment]  # Enum's is the same signature

    # The metadata (phrase, description, category, reference, registration and the
    # is_* predicates) are plain attributes of each member, set by
    # seal(): a class-level descriptor would make every read ~10% slower on 3.13. `name` and
    # `value` need one, to shadow Enum's properties, which run Python code.
    name = Field("The member's name, such as 'NOT_FOUND'.")
    value = Field("The code as a plain int.")
    phrase: str  #: the reason phrase, as the IANA registry words it: 'Not Found'
    description: str  #: when the code is used, in a sentence or two
    category: "HTTPCategory"
    reference: "Reference"  #: the section that defines the code
    registration: "Registration"  #: the code's standing in the IANA registry
    is_informational: bool  #: 1xx
    is_success: bool  #: 2xx
    is_redirection: bool  #: 3xx
    is_client_error: bool  #: 4xx
    is_server_error: bool  #: 5xx
    is_error: bool  #: 4xx or 5xx
    allows_content: bool  #: False where the RFC says a response never has content (1xx, 204...)
    is_cacheable_by_default: bool  #: heuristically cacheable (RFC 9110, Section 15.1)
    header_rules: "tuple[HeaderRule, ...]"  #: the header fields the defining RFC asks for

    def problem(
        self,
        detail: "str | None" = None,
        *,
        type: "str | None" = None,
        instance: "str | None" = None,
        **extensions: object,
    ) -> "dict[str, object]":
        """An RFC 9457 problem details object for this error code, ready for `json.dumps`.

        >>> HTTPCode.NOT_FOUND.problem("No user 42.")
        {'type': 'about:blank', 'title': 'Not Found', 'status': 404, 'detail': 'No user 42.'}
        """
        from ._problem import problem  # loaded on first use: `import statuscodes` stays lean

        return problem(self, detail, type, instance, extensions)

    @classmethod
    def resolve(cls, code: int) -> "HTTPCode":
        """The member for `code`; an unregistered code from 100 to 599 gives the x00 code of its
        class, which is how RFC 9110 (Section 15) says to treat a code one does not recognise.

        >>> HTTPCode.resolve(499)
        <HTTPCode.BAD_REQUEST: 400>
        """
        member = _http_index.get(code)
        if member is not None:
            return member  # type: ignore[no-any-return]  # the index holds members
        as_int = as_index(code)
        if as_int is None:
            raise TypeError(not_an_int(code, "HTTPCode.resolve()"))
        if 100 <= as_int <= 599:
            return _http_index[as_int // 100 * 100]  # type: ignore[no-any-return]  # 100-500 exist
        raise ValueError(_explain_http_miss(as_int))


#: The member predicates, by the first digit they test (4 and 5 for is_error).
PREDICATES = {
    "is_informational": (1,),
    "is_success": (2,),
    "is_redirection": (3,),
    "is_client_error": (4,),
    "is_server_error": (5,),
    "is_error": (4, 5),
}


# Each category's values of the predicates, computed once rather than for every code.
_PREDICATES_BY_DIGIT = {
    digit: {name: digit in digits for name, digits in PREDICATES.items()} for digit in range(1, 6)
}


def _http_fields(row: "Row") -> "dict[str, object]":
    digit = row.code // 100
    return {
        **_PREDICATES_BY_DIGIT[digit],
        "phrase": row.phrase,
        "description": row.description,
        "category": _CATEGORY_BY_DIGIT[digit],
        "reference": row.reference,
        "registration": row.registration,
        "allows_content": row.no_content is None,
        "is_cacheable_by_default": row.heuristically_cacheable is not None,
        "header_rules": row.header_rules,
    }


def _explain_http_miss(code: int) -> str:
    if 100 <= code <= 599:
        return (
            f"{code} is not a registered HTTP status code: HTTPCode.get({code}) gives None, and "
            f"HTTPCode.resolve({code}) gives {code // 100 * 100}, as RFC 9110 says to treat it"
        )
    return f"{shown(code)} is not an HTTP status code (they range from 100 to 599)"


_http_index: "Index" = seal(
    HTTPCode,
    (
        ((row.name, *row.aliases, *row.former_names), row.code, _http_fields(row))
        for row in HTTP_ROWS
    ),
    _explain_http_miss,
    rows=HTTP_ROWS,
)


class _Phrases(dict):  # type: ignore[type-arg]  # int -> str, typed where it is used
    __slots__ = ()

    def __missing__(self, code: object) -> str:
        return ""


reason_phrase = _Phrases((row.code, row.phrase) for row in HTTP_ROWS).__getitem__
"""The reason phrase of a registered code, or "" for anything else: the fastest int-to-phrase path,
for servers writing status lines.

>>> reason_phrase(404)
'Not Found'
>>> reason_phrase(599)
''
"""


def is_informational(code: int) -> bool:
    """True for 100-199. Any int is accepted; anything else raises TypeError."""
    return 100 <= require_int(code, "is_informational()") <= 199


def is_success(code: int) -> bool:
    """True for 200-299. Any int is accepted; anything else raises TypeError."""
    return 200 <= require_int(code, "is_success()") <= 299


def is_redirection(code: int) -> bool:
    """True for 300-399. Any int is accepted; anything else raises TypeError."""
    return 300 <= require_int(code, "is_redirection()") <= 399


def is_client_error(code: int) -> bool:
    """True for 400-499. Any int is accepted; anything else raises TypeError.

    >>> is_client_error(404), is_client_error(499), is_client_error(500)
    (True, True, False)
    """
    return 400 <= require_int(code, "is_client_error()") <= 499


def is_server_error(code: int) -> bool:
    """True for 500-599. Any int is accepted; anything else raises TypeError."""
    return 500 <= require_int(code, "is_server_error()") <= 599


def is_error(code: int) -> bool:
    """True for 400-599, client and server errors. Any int is accepted; anything else raises
    TypeError."""
    return 400 <= require_int(code, "is_error()") <= 599


# WebSocket --------------------------------------------------------------------------------------

# Never sent in a Close frame: the codes reported locally (RFC 6455, Section 7.4.1) and the one
# reserved with no meaning (1004).
_NEVER_SENT = frozenset(
    row.code for row in WS_ROWS if row.local_only or row.registration is Registration.RESERVED
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
            return _ws_index[1011]  # type: ignore[no-any-return]  # INTERNAL_ERROR
        if 400 <= as_int <= 499:
            return _ws_index[1008]  # type: ignore[no-any-return]  # POLICY_VIOLATION
        raise ValueError(
            f"{shown(code)} is not an HTTP error (400-599): only a failure maps to a close code"
        )


def _ws_fields(row: "Row") -> "dict[str, object]":
    return {
        "phrase": row.phrase,
        "description": row.description,
        "category": _CATEGORY_BY_THOUSAND[row.code // 1000],
        "reference": row.reference,
        "registration": row.registration,
        "is_sendable": row.code not in _NEVER_SENT,
        "is_local_only": row.local_only,
    }


def _explain_ws_miss(code: int) -> str:
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


_ws_index: "Index" = seal(
    WSCloseCode,
    (((row.name, *row.aliases, *row.former_names), row.code, _ws_fields(row)) for row in WS_ROWS),
    _explain_ws_miss,
    rows=WS_ROWS,
)
_FOR_HTTP = {http_code: _ws_index[row.code] for row in WS_ROWS for http_code in row.answers_http}
_SENDABLE_REGISTERED = frozenset(row.code for row in WS_ROWS if row.code not in _NEVER_SENT)


def is_valid_close_code(code: int) -> bool:
    """True when RFC 6455 lets an endpoint send `code` in a Close frame, and so accept it from
    one: the registered sendable codes and all of 3000-4999. TypeError for anything but an int.

    >>> is_valid_close_code(1000), is_valid_close_code(1006), is_valid_close_code(4001)
    (True, False, True)
    """
    code = require_int(code, "is_valid_close_code()")
    return code in _SENDABLE_REGISTERED or 3000 <= code <= 4999
