"""HTTPCode and HTTPCategory, built from `_data.HTTP_ROWS`, and the lookups on plain ints."""

import enum

from ._data import HTTP_CATEGORIES, HTTP_ROWS
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
_CATEGORY_BY_DIGIT = {int(category.value[0]): category for category in HTTPCategory}


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

    @classmethod
    def resolve(cls, code: int) -> "HTTPCode":
        """The member for `code`; an unregistered code from 100 to 599 gives the x00 code of its
        class, which is how RFC 9110 (Section 15) says to treat a code one does not recognise.

        >>> HTTPCode.resolve(499)
        <HTTPCode.BAD_REQUEST: 400>
        """
        member = _index.get(code)
        if member is not None:
            return member  # type: ignore[no-any-return]  # the index holds members
        as_int = as_index(code)
        if as_int is None:
            raise TypeError(not_an_int(code, "HTTPCode.resolve()"))
        if 100 <= as_int <= 599:
            return _index[as_int // 100 * 100]  # type: ignore[no-any-return]  # 100-500 exist
        raise ValueError(_explain(as_int))


#: The member predicates, by the first digit they test (4 and 5 for is_error).
PREDICATES = {
    "is_informational": (1,),
    "is_success": (2,),
    "is_redirection": (3,),
    "is_client_error": (4,),
    "is_server_error": (5,),
    "is_error": (4, 5),
}


def _code_fields(row: "Row") -> "dict[str, object]":
    digit = row.code // 100
    fields: dict[str, object] = {name: digit in digits for name, digits in PREDICATES.items()}
    fields.update(
        phrase=row.phrase,
        description=row.description,
        category=_CATEGORY_BY_DIGIT[digit],
        reference=row.reference,
        registration=row.registration,
    )
    return fields


def _explain(code: int) -> str:
    if 100 <= code <= 599:
        return (
            f"{code} is not a registered HTTP status code: HTTPCode.get({code}) gives None, and "
            f"HTTPCode.resolve({code}) gives {code // 100 * 100}, as RFC 9110 says to treat it"
        )
    return f"{shown(code)} is not an HTTP status code (they range from 100 to 599)"


_index: "Index" = seal(
    HTTPCode,
    (
        ((row.name, *row.aliases, *row.former_names), row.code, _code_fields(row))
        for row in HTTP_ROWS
    ),
    _explain,
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
