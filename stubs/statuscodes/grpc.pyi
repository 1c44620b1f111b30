# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.
import enum
from typing import TypeVar, overload

import grpc

from statuscodes import HTTPCode, Reference, Registration
from statuscodes.unofficial import VendorCode

_T = TypeVar("_T")

__all__ = ["GRPCCode", "from_grpcio", "from_http", "to_grpcio", "to_http"]

class GRPCCode(enum.IntEnum):
    """A gRPC status code, as google.rpc `Code` and grpcio's `grpc.StatusCode` name it.

    >>> GRPCCode.DEADLINE_EXCEEDED.value
    4
    >>> GRPCCode.parse("deadline exceeded").http_status
    <HTTPCode.GATEWAY_TIMEOUT: 504>
    """

    # BEGIN GENERATED: GRPCCode members
    OK = 0
    """0 OK

    Not an error: the call succeeded.

    to_http gives HTTP 200 OK.

    google/rpc/code.proto, Section Code.OK:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L36
    """
    CANCELLED = 1
    """1 Cancelled

    The call was cancelled, most often by its caller; the libraries report it when the client
    application cancels the request.

    to_http gives HTTP 499 Client Closed Request.

    google/rpc/code.proto, Section Code.CANCELLED:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L41
    """
    UNKNOWN = 2
    """2 Unknown

    An error no better code describes: a status from an error space this side does not know, an
    API that gave too little detail, or a server handler that raised instead of returning a
    status.

    to_http gives HTTP 500 Internal Server Error.

    google/rpc/code.proto, Section Code.UNKNOWN:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L50
    """
    INVALID_ARGUMENT = 3
    """3 Invalid Argument

    The client sent an argument that is wrong whatever the state of the system, such as a
    malformed file name (where FAILED_PRECONDITION depends on that state).

    to_http gives HTTP 400 Bad Request.

    google/rpc/code.proto, Section Code.INVALID_ARGUMENT:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L58
    """
    DEADLINE_EXCEEDED = 4
    """4 Deadline Exceeded

    The deadline passed before the operation finished; an operation that changes state may have
    completed all the same, its reply arriving too late.

    to_http gives HTTP 504 Gateway Timeout.

    google/rpc/code.proto, Section Code.DEADLINE_EXCEEDED:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L67
    """
    NOT_FOUND = 5
    """5 Not Found

    A requested entity, such as a file or a record, does not exist. Also fit to refuse a whole
    class of users (a feature not yet rolled out to them); refusing some users of a class calls
    for PERMISSION_DENIED.

    to_http gives HTTP 404 Not Found.

    google/rpc/code.proto, Section Code.NOT_FOUND:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L78
    """
    ALREADY_EXISTS = 6
    """6 Already Exists

    The entity the client tried to create, such as a file, exists already.

    to_http gives HTTP 409 Conflict.

    google/rpc/code.proto, Section Code.ALREADY_EXISTS:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L84
    """
    PERMISSION_DENIED = 7
    """7 Permission Denied

    The caller is known but may not do this. Not for an exhausted quota (RESOURCE_EXHAUSTED) nor
    for a caller who could not be identified (UNAUTHENTICATED); it says nothing of whether the
    request was otherwise valid.

    to_http gives HTTP 403 Forbidden. from_http gives it for HTTP 403.

    google/rpc/code.proto, Section Code.PERMISSION_DENIED:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L96
    """
    RESOURCE_EXHAUSTED = 8
    """8 Resource Exhausted

    A resource ran out: a per-user quota, the disk, or in the libraries a flow-control limit, the
    memory for a response, or a message larger than the configured limit.

    to_http gives HTTP 429 Too Many Requests.

    google/rpc/code.proto, Section Code.RESOURCE_EXHAUSTED:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L108
    """
    FAILED_PRECONDITION = 9
    """9 Failed Precondition

    The system is not in the state the operation needs, such as deleting a directory that is not
    empty; the client should not retry until that state is fixed.

    to_http gives HTTP 400 Bad Request.

    google/rpc/code.proto, Section Code.FAILED_PRECONDITION:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L128
    """
    ABORTED = 10
    """10 Aborted

    The operation was abandoned, typically on a concurrency conflict such as a failed sequencer
    check or an aborted transaction; the client may retry at a higher level, restarting its
    read-modify-write sequence.

    to_http gives HTTP 409 Conflict.

    google/rpc/code.proto, Section Code.ABORTED:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L137
    """
    OUT_OF_RANGE = 11
    """11 Out of Range

    The operation went past the valid range, such as reading beyond the end of a file: unlike
    INVALID_ARGUMENT it may succeed once the state changes, and it is preferred over
    FAILED_PRECONDITION so that a caller iterating can stop on it.

    to_http gives HTTP 400 Bad Request.

    google/rpc/code.proto, Section Code.OUT_OF_RANGE:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L156
    """
    UNIMPLEMENTED = 12
    """12 Unimplemented

    The service does not implement, support or enable the operation; the libraries also report it
    for an unknown method, an unsupported compression and a wrong number of request or response
    messages.

    to_http gives HTTP 501 Not Implemented. from_http gives it for HTTP 404.

    google/rpc/code.proto, Section Code.UNIMPLEMENTED:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L162
    """
    INTERNAL = 13
    """13 Internal

    An invariant the system relies on was broken: kept for serious errors, such as a message that
    could not be parsed or decompressed, or a flow-control violation.

    to_http gives HTTP 500 Internal Server Error. from_http gives it for HTTP 400, 431.

    google/rpc/code.proto, Section Code.INTERNAL:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L169
    """
    UNAVAILABLE = 14
    """14 Unavailable

    The service cannot be reached for now, most likely a passing condition that a retry with
    backoff cures; retrying an operation that is not idempotent may not be safe.

    to_http gives HTTP 503 Service Unavailable. from_http gives it for HTTP 429, 502, 503, 504.

    google/rpc/code.proto, Section Code.UNAVAILABLE:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L180
    """
    DATA_LOSS = 15
    """15 Data Loss

    Data was lost or corrupted beyond recovery.

    to_http gives HTTP 500 Internal Server Error.

    google/rpc/code.proto, Section Code.DATA_LOSS:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L185
    """
    UNAUTHENTICATED = 16
    """16 Unauthenticated

    The request lacks valid authentication credentials for the operation; the libraries report it
    for credentials or auth metadata that could not be used.

    to_http gives HTTP 401 Unauthorized. from_http gives it for HTTP 401.

    google/rpc/code.proto, Section Code.UNAUTHENTICATED:
    https://github.com/googleapis/googleapis/blob/f8291d2b89f0017ab078a4c7378069bae5686f6f/google/rpc/code.proto#L102
    """
    # END GENERATED: GRPCCode members
    @property
    def phrase(self) -> str:
        """the name in words, such as 'Not Found'"""
    @property
    def description(self) -> str:
        """when the code is used, in a sentence or two"""
    @property
    def reference(self) -> Reference:
        """where google.rpc's code.proto defines the code"""
    @property
    def http_status(self) -> HTTPCode | VendorCode:
        """the HTTP status code.proto maps it to: to_http(self)"""
    @property
    def from_http_statuses(self) -> tuple[int, ...]:
        """the HTTP statuses from_http names for it (UNKNOWN: none, being all the others)"""
    @property
    def registration(self) -> Registration:
        """always PERMANENT: the protocol fixes its codes, no registry"""
    @property
    def is_application_only(self) -> bool:
        """the gRPC libraries never send it themselves: an application did"""
    @overload
    @classmethod
    def get(cls, code: int) -> GRPCCode | None:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> GRPCCode | _T:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @classmethod
    def from_phrase(cls, text: str) -> GRPCCode:
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too.
        """
    @classmethod
    def parse(cls, text: str) -> GRPCCode:
        """The member that `text` names by value, name or phrase ("404", "404 Not Found",
        "NOT_FOUND", "not_found", "Not Found"); a miss raises ValueError listing the closest
        matches.
        """

def to_http(code: int) -> HTTPCode | VendorCode:
    """The HTTP status google.rpc's code.proto gives for the gRPC code `code`: what a gateway
    answers an HTTP client with. CANCELLED gives nginx's 499, which no RFC defines.

    >>> to_http(GRPCCode.RESOURCE_EXHAUSTED), to_http(1)
    (<HTTPCode.TOO_MANY_REQUESTS: 429>, <Nginx.CLIENT_CLOSED_REQUEST: 499>)
    """

def from_http(status: int) -> GRPCCode:
    """The gRPC code a client reports for the HTTP status `status` of a response that carries no
    `grpc-status` (the gRPC project's doc/http-grpc-status-mapping.md): UNKNOWN for any status
    the table does not name, 200 included. ValueError for an interim 1xx, which a client skips,
    and for ints that are not HTTP status codes.

    >>> from_http(503), from_http(200)
    (<GRPCCode.UNAVAILABLE: 14>, <GRPCCode.UNKNOWN: 2>)
    """

def to_grpcio(code: int) -> grpc.StatusCode:
    """grpcio's `grpc.StatusCode` member for the gRPC code `code`; grpcio must be installed
    (`pip install 'statuscodes[grpc]'`).

    >>> to_grpcio(GRPCCode.NOT_FOUND)
    <StatusCode.NOT_FOUND: (5, 'not found')>
    """

def from_grpcio(status: grpc.StatusCode) -> GRPCCode:
    """The member for grpcio's `grpc.StatusCode` member `status`, whose value is a tuple
    (`(5, 'not found')`), so that it is no int and `grpc.StatusCode(5)` fails.

    >>> import grpc
    >>> from_grpcio(grpc.StatusCode.NOT_FOUND)
    <GRPCCode.NOT_FOUND: 5>
    """
