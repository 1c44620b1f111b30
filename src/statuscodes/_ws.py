"""WSCloseCode and WSCategory, built from the table, and RFC 6455's rule on plain ints."""

from __future__ import annotations

from ._data import WS_CATEGORIES, WS_ROWS, Reference, Registration, Row
from ._errors import as_index, not_an_int, require_int, shown
from ._registry import Category, CodeRegistry

# Never sent in a Close frame: the codes reported locally (RFC 6455, Section 7.4.1) and the one
# reserved with no meaning (1004).
_NEVER_SENT = frozenset(
    row.code for row in WS_ROWS if row.local_only or row.registration is Registration.RESERVED
)


class WSCategory(Category, rows=WS_CATEGORIES):
    """The range a WebSocket close code falls in (RFC 6455, Section 7.4.2).

    >>> WSCategory.of(4001)
    <WSCategory.PRIVATE: '4000-4999'>
    """

    __module__ = "statuscodes"

    phrase: str  #: what the range is for, such as 'Private Use'
    codes: range  #: every code of the range: range(4000, 5000) for PRIVATE
    reference: Reference  #: where RFC 6455 defines the range

    @classmethod
    def _out_of_range(cls, code: int) -> str:
        return f"{shown(code)} is not a WebSocket close code: they range from 1000 to 4999"


class WSCloseCode(CodeRegistry, rows=WS_ROWS):
    """A WebSocket close code registered with IANA.

    >>> WSCloseCode(1006).phrase
    'Abnormal Closure'
    >>> WSCloseCode.ABNORMAL_CLOSURE.is_sendable
    False
    """

    __module__ = "statuscodes"

    # Plain attributes of each member, set from its row (docs/design.md, "Member attributes").
    phrase: str  #: the code's name in the IANA registry, such as 'Normal Closure'
    description: str  #: when the code is used, in a sentence or two
    category: WSCategory  #: the range the code falls in
    reference: Reference  #: the document that defines the code
    registration: Registration  #: the code's standing in the IANA registry
    is_sendable: bool  #: an endpoint may put it in a Close frame
    is_local_only: bool  #: 1005, 1006 and 1015: reported locally, never sent

    @classmethod
    def _member_fields(cls, row: Row) -> dict[str, object]:
        return {
            "phrase": row.phrase,
            "description": row.description,
            "category": WSCategory.of(row.code),
            "reference": row.reference,
            "registration": row.registration,
            "is_sendable": row.code not in _NEVER_SENT,
            "is_local_only": row.local_only,
        }

    @classmethod
    def for_http(cls, code: int) -> WSCloseCode:
        """The close code to end a WebSocket with when the failure is the HTTP error `code`.

        401 gives UNAUTHORIZED (3000), 403 FORBIDDEN (3003), 408 and 504 TIMEOUT (3008), 429 and
        503 TRY_AGAIN_LATER (1013), 502 BAD_GATEWAY (1014); any other 5xx INTERNAL_ERROR (1011)
        and any other 4xx POLICY_VIOLATION (1008). ValueError for codes that are not errors.

        >>> WSCloseCode.for_http(403)
        <WSCloseCode.FORBIDDEN: 3003>
        """
        as_int = as_index(code)
        if as_int is None:
            raise not_an_int(code, "WSCloseCode.for_http()")
        close_code = _FOR_HTTP.get(as_int)
        if close_code is not None:
            return close_code
        if 500 <= as_int <= 599:
            return cls(1011)  # INTERNAL_ERROR
        if 400 <= as_int <= 499:
            return cls(1008)  # POLICY_VIOLATION
        raise ValueError(
            f"{shown(code)} is not an HTTP error (400-599): only a failure maps to a close code"
        )

    @classmethod
    def _miss_message(cls, code: int) -> str:
        if 4000 <= code <= 4999:
            return (
                f"{code} is a private-use close code (4000-4999): those are never registered, so "
                f"not members; WSCloseCode.get({code}) gives None and is_valid_close_code({code}) "
                f"is True"
            )
        if 3000 <= code <= 3999:
            return f"{code} is not registered with IANA: WSCloseCode.get({code}) gives None"
        if 1000 <= code <= 2999:
            return (
                f"{code} is not assigned by the WebSocket protocol: WSCloseCode.get({code}) gives "
                f"None"
            )
        return f"{shown(code)} is not a WebSocket close code (they range from 1000 to 4999)"


_FOR_HTTP = {http_code: WSCloseCode(row.code) for row in WS_ROWS for http_code in row.answers_http}
_SENDABLE_REGISTERED = frozenset(row.code for row in WS_ROWS if row.code not in _NEVER_SENT)


def is_valid_close_code(code: int) -> bool:
    """True when RFC 6455 lets an endpoint send `code` in a Close frame, and so accept it from
    one: the registered sendable codes and all of 3000-4999. CodeTypeError for anything but an
    int.

    >>> is_valid_close_code(1000), is_valid_close_code(1006), is_valid_close_code(4001)
    (True, False, True)
    """
    code = require_int(code, "is_valid_close_code()")
    return code in _SENDABLE_REGISTERED or 3000 <= code <= 4999
