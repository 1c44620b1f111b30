"""HTTPCode and HTTPCategory, built from the table, and the same class rules on plain ints."""

from __future__ import annotations

from . import _problem
from ._data import HTTP_CATEGORIES, HTTP_ROWS, HeaderRule, Reference, Registration, Row
from ._errors import as_index, not_an_int, require_int, shown
from ._registry import Category, CodeRegistry


class HTTPCategory(Category, rows=HTTP_CATEGORIES):
    """The class of an HTTP status code, given by its first digit (RFC 9110, Section 15).

    >>> HTTPCategory.of(404)
    <HTTPCategory.CLIENT_ERROR: '4xx'>
    >>> HTTPCategory.CLIENT_ERROR.phrase
    'Client Error'
    """

    __module__ = "statuscodes"  # where users import it from: reprs, pickles and docs say so

    phrase: str  #: the class's name in RFC 9110, such as 'Client Error'
    codes: range  #: every code of the class, registered or not: range(400, 500) for 4xx
    reference: Reference  #: where RFC 9110 defines the class

    @classmethod
    def _out_of_range(cls, code: int) -> str:
        return f"{shown(code)} is not an HTTP status code: they range from 100 to 599"


#: The member predicates, by the first digits they hold for (4 and 5 for is_error).
PREDICATES = {
    "is_informational": (1,),
    "is_success": (2,),
    "is_redirection": (3,),
    "is_client_error": (4,),
    "is_server_error": (5,),
    "is_error": (4, 5),
}
_CATEGORY_BY_DIGIT = {category.codes.start // 100: category for category in HTTPCategory}
# Each category's values of the predicates, computed once rather than for every code.
_PREDICATES_BY_DIGIT = {
    digit: {name: digit in digits for name, digits in PREDICATES.items()} for digit in range(1, 6)
}


class HTTPCode(CodeRegistry, rows=HTTP_ROWS):
    """An HTTP status code registered with IANA.

    >>> HTTPCode(404).phrase
    'Not Found'
    >>> HTTPCode.NOT_FOUND.is_client_error
    True
    >>> f"{HTTPCode.NOT_FOUND} {HTTPCode.NOT_FOUND.phrase}"
    '404 Not Found'
    """

    __module__ = "statuscodes"

    # Plain attributes of each member, set from its row: a class-level descriptor would make
    # every read slower (docs/design.md, "Member attributes").
    phrase: str  #: the reason phrase, as the IANA registry words it: 'Not Found'
    description: str  #: when the code is used, in a sentence or two
    category: HTTPCategory  #: the class its first digit gives it
    reference: Reference  #: the section that defines the code
    registration: Registration  #: the code's standing in the IANA registry
    expires: str | None  #: a temporary registration's expiry date, else None
    is_informational: bool  #: 1xx
    is_success: bool  #: 2xx
    is_redirection: bool  #: 3xx
    is_client_error: bool  #: 4xx
    is_server_error: bool  #: 5xx
    is_error: bool  #: 4xx or 5xx
    allows_content: bool  #: False where the RFC says a response never has content (1xx, 204...)
    is_cacheable_by_default: bool  #: heuristically cacheable (RFC 9110, Section 15.1)
    header_rules: tuple[HeaderRule, ...]  #: the header fields the defining RFC asks for

    def problem(
        self,
        detail: str | None = None,
        *,
        type: str | None = None,
        instance: str | None = None,
        **extensions: object,
    ) -> dict[str, object]:
        """An RFC 9457 problem details object for this error code, ready for `json.dumps`.

        >>> HTTPCode.NOT_FOUND.problem("No user 42.")
        {'type': 'about:blank', 'title': 'Not Found', 'status': 404, 'detail': 'No user 42.'}
        """
        return _problem.problem(self, detail, type, instance, extensions)

    @classmethod
    def _member_fields(cls, row: Row) -> dict[str, object]:
        digit = row.code // 100
        return {
            **_PREDICATES_BY_DIGIT[digit],
            "phrase": row.phrase,
            "description": row.description,
            "category": _CATEGORY_BY_DIGIT[digit],
            "reference": row.reference,
            "registration": row.registration,
            "expires": row.expires,
            "allows_content": row.no_content is None,
            "is_cacheable_by_default": row.heuristically_cacheable is not None,
            "header_rules": row.header_rules,
        }

    @classmethod
    def resolve(cls, code: int) -> HTTPCode:
        """The member for `code`; an unregistered code from 100 to 599 gives the x00 code of its
        class, which is how RFC 9110 (Section 15) says to treat a code one does not recognise.

        >>> HTTPCode.resolve(499)
        <HTTPCode.BAD_REQUEST: 400>
        """
        member = _BY_VALUE.get(code) if code.__class__ is int else None
        if member is not None:
            return member
        as_int = as_index(code)
        if as_int is None:
            raise not_an_int(code, "HTTPCode.resolve()")
        if 100 <= as_int <= 599:
            return _BY_VALUE.get(as_int, _BY_VALUE[as_int // 100 * 100])
        raise ValueError(cls._miss_message(as_int))

    @classmethod
    def _miss_message(cls, code: int) -> str:
        if 100 <= code <= 599:
            return (
                f"{code} is not a registered HTTP status code: HTTPCode.get({code}) gives None, "
                f"and HTTPCode.resolve({code}) gives {code // 100 * 100}, as RFC 9110 says to "
                f"treat it"
            )
        return f"{shown(code)} is not an HTTP status code (they range from 100 to 599)"


_BY_VALUE: dict[object, HTTPCode] = HTTPCode._value2member_map_  # type: ignore[assignment]  # EnumType's


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
    """True for 100-199. Any int is accepted; anything else raises CodeTypeError."""
    return 100 <= require_int(code, "is_informational()") <= 199


def is_success(code: int) -> bool:
    """True for 200-299. Any int is accepted; anything else raises CodeTypeError."""
    return 200 <= require_int(code, "is_success()") <= 299


def is_redirection(code: int) -> bool:
    """True for 300-399. Any int is accepted; anything else raises CodeTypeError."""
    return 300 <= require_int(code, "is_redirection()") <= 399


def is_client_error(code: int) -> bool:
    """True for 400-499. Any int is accepted; anything else raises CodeTypeError.

    >>> is_client_error(404), is_client_error(499), is_client_error(500)
    (True, True, False)
    """
    return 400 <= require_int(code, "is_client_error()") <= 499


def is_server_error(code: int) -> bool:
    """True for 500-599. Any int is accepted; anything else raises CodeTypeError."""
    return 500 <= require_int(code, "is_server_error()") <= 599


def is_error(code: int) -> bool:
    """True for 400-599, client and server errors. Any int is accepted; anything else raises
    CodeTypeError."""
    return 400 <= require_int(code, "is_error()") <= 599
