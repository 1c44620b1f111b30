"""The status codes of gRPC (google.rpc `Code`) as an IntEnum, `GRPCCode`, and the two mappings
between them and HTTP status codes, which are neither symmetric nor one-to-one.
`import statuscodes` does not import this module, and this module imports grpcio only inside the
two functions that convert to and from its `grpc.StatusCode`.

>>> from statuscodes.grpc import GRPCCode, from_http, to_http
>>> GRPCCode(5)
<GRPCCode.NOT_FOUND: 5>
>>> to_http(GRPCCode.NOT_FOUND)
<HTTPCode.NOT_FOUND: 404>
>>> from_http(404)
<GRPCCode.UNIMPLEMENTED: 12>
"""

from __future__ import annotations

import enum
import sys

from ._data import Reference, Registration
from ._errors import CodeTypeError, require_int, shown
from ._grpc_data import FROM_HTTP_OTHERWISE, GRPC_ROWS, GRPCRow
from ._http import HTTPCode
from ._registry import CodeRegistry
from .unofficial import VendorCode, meanings

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["GRPCCode", "from_grpcio", "from_http", "to_grpcio", "to_http"]


def _http_member(code: int) -> HTTPCode | VendorCode:
    # code.proto pairs CANCELLED with "499 Client Closed Request", nginx's code: no RFC has it.
    registered = HTTPCode.get(code)
    if isinstance(registered, HTTPCode):
        return registered
    return next(
        meaning
        for meaning in meanings(code)
        if isinstance(meaning, VendorCode) and meaning.vendor == "nginx"
    )


class GRPCCode(CodeRegistry, rows=GRPC_ROWS):
    """A gRPC status code, as google.rpc `Code` and grpcio's `grpc.StatusCode` name it.

    >>> GRPCCode.DEADLINE_EXCEEDED.value
    4
    >>> GRPCCode.parse("deadline exceeded").http_status
    <HTTPCode.GATEWAY_TIMEOUT: 504>
    """

    __module__ = "statuscodes.grpc"

    # Plain attributes of each member, set from its row (docs/design.md, "Member attributes").
    phrase: str  #: the name in words, such as 'Not Found'
    description: str  #: when the code is used, in a sentence or two
    reference: Reference  #: where google.rpc's code.proto defines the code
    http_status: HTTPCode | VendorCode  #: the HTTP status code.proto maps it to: to_http(self)
    is_application_only: bool  #: the gRPC libraries never send it themselves: an application did
    registration: Registration  #: always PERMANENT: the protocol fixes its codes, no registry
    #: the HTTP statuses from_http names for it (UNKNOWN: none, being all the others)
    from_http_statuses: tuple[int, ...]

    @classmethod
    def _member_fields(cls, row: GRPCRow) -> dict[str, object]:
        return {
            "phrase": row.phrase,
            "description": row.description,
            "reference": row.reference,
            "http_status": _http_member(row.http_status),
            "is_application_only": row.application_only,
            "registration": Registration.PERMANENT,
            "from_http_statuses": row.from_http,
        }

    @classmethod
    def _search_terms(cls, row: GRPCRow) -> tuple[Sequence[str], Sequence[str]]:  # type: ignore[override]  # the gRPC table's rows
        return (row.name,), (row.phrase,)

    @classmethod
    def _miss_message(cls, code: int) -> str:
        message = (
            f"{shown(code)} is not a gRPC status code: GRPCCode has 0 (OK) to 16 (UNAUTHENTICATED)"
        )
        if 100 <= code <= 599:
            message += f"; for the gRPC code of HTTP status {code}, use from_http({code})"
        return message


# The gRPC code of each HTTP status the mapping names; every other one is FROM_HTTP_OTHERWISE.
_FROM_HTTP = {status: GRPCCode(row.code) for row in GRPC_ROWS for status in row.from_http}
_OTHERWISE = GRPCCode(FROM_HTTP_OTHERWISE)


def to_http(code: int) -> HTTPCode | VendorCode:
    """The HTTP status google.rpc's code.proto gives for the gRPC code `code`: what a gateway
    answers an HTTP client with. CANCELLED gives nginx's 499, which no RFC defines.

    >>> to_http(GRPCCode.RESOURCE_EXHAUSTED), to_http(1)
    (<HTTPCode.TOO_MANY_REQUESTS: 429>, <Nginx.CLIENT_CLOSED_REQUEST: 499>)
    """
    return GRPCCode(require_int(code, "to_http()")).http_status


def from_http(status: int) -> GRPCCode:
    """The gRPC code a client reports for the HTTP status `status` of a response that carries no
    `grpc-status` (the gRPC project's doc/http-grpc-status-mapping.md): UNKNOWN for any status
    the table does not name, 200 included. ValueError for an interim 1xx, which a client skips,
    and for ints that are not HTTP status codes.

    >>> from_http(503), from_http(200)
    (<GRPCCode.UNAVAILABLE: 14>, <GRPCCode.UNKNOWN: 2>)
    """
    as_int = require_int(status, "from_http()")
    code = _FROM_HTTP.get(as_int)
    if code is not None:
        return code
    if 200 <= as_int <= 599:
        return _OTHERWISE
    if 100 <= as_int <= 199:
        raise ValueError(
            f"{as_int} is an interim response: a gRPC client skips it and reads the final "
            f"status that follows, so it maps to no gRPC code"
        )
    raise ValueError(f"{shown(status)} is not an HTTP status code (they range from 100 to 599)")


# Each side's member by the other's, filled on first use (by grpcio's own members, so that an
# unrelated object never lands here); a race fills them twice, harmlessly.
_GRPCIO_BY_CODE: dict[int, enum.Enum] = {}
_CODE_BY_GRPCIO: dict[object, GRPCCode] = {}


# grpcio's types are the stub's (grpc.StatusCode); here `enum.Enum`, its base, so that
# typing.get_type_hints resolves them without grpcio.
def to_grpcio(code: int) -> enum.Enum:
    """grpcio's `grpc.StatusCode` member for the gRPC code `code`; grpcio must be installed
    (`pip install 'statuscodes[grpc]'`).

    >>> to_grpcio(GRPCCode.NOT_FOUND)
    <StatusCode.NOT_FOUND: (5, 'not found')>
    """
    if code.__class__ is GRPCCode or code.__class__ is int:  # not a bool, which hashes as 0 or 1
        status = _GRPCIO_BY_CODE.get(code)
        if status is not None:
            return status
    member = GRPCCode(require_int(code, "to_grpcio()"))
    try:
        import grpc
    except ImportError as error:
        raise ModuleNotFoundError(
            "to_grpcio() needs grpcio, which is not installed: pip install 'statuscodes[grpc]'",
            name="grpc",
        ) from error
    status = grpc.StatusCode[member.name]
    _GRPCIO_BY_CODE[member] = status
    return status


def from_grpcio(status: enum.Enum) -> GRPCCode:
    """The member for grpcio's `grpc.StatusCode` member `status`, whose value is a tuple
    (`(5, 'not found')`), so that it is no int and `grpc.StatusCode(5)` fails.

    >>> import grpc
    >>> from_grpcio(grpc.StatusCode.NOT_FOUND)
    <GRPCCode.NOT_FOUND: 5>
    """
    try:
        return _CODE_BY_GRPCIO[status]
    except (KeyError, TypeError):  # its first conversion, or not a grpc.StatusCode at all
        pass
    # A grpc.StatusCode exists only once grpcio is imported: looking in sys.modules spares
    # everyone else the import.
    grpc = sys.modules.get("grpc")
    if grpc is None or not isinstance(status, grpc.StatusCode):
        given = f"{type(status).__name__} {shown(status)}"
        message = f"from_grpcio() takes a grpc.StatusCode, not {given}"
        if isinstance(status, int) and not isinstance(status, bool):
            message += f": for an int use GRPCCode({shown(status)})"
        raise CodeTypeError(message)
    member = GRPCCode(status.value[0])
    _CODE_BY_GRPCIO[status] = member
    return member
