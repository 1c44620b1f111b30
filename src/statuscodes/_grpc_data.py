"""The gRPC table: the 17 status codes of gRPC (google.rpc `Code`), each with the HTTP status
`code.proto` pairs with it and the HTTP statuses a client reads as it when `grpc-status` is
missing. Only `statuscodes.grpc` imports it, so `import statuscodes` never pays for it.

Codes and names are those of `google/rpc/code.proto` and the gRPC project's
`doc/statuscodes.md`, at the commits pinned below (snapshot: tests/data/grpc-status-codes.csv);
the HTTP-to-gRPC column is `doc/http-grpc-status-mapping.md` (tests/data/http-to-grpc-status.csv).
Descriptions are our own summaries of those documents.
"""

from types import SimpleNamespace

from ._data import Reference

TYPE_CHECKING = False  # typing is not imported at run time: it would double the import cost
if TYPE_CHECKING:
    from dataclasses import dataclass as _row_shape
else:

    def _row_shape(**options):
        return lambda cls: cls


CODE_PROTO_COMMIT = "f8291d2b89f0017ab078a4c7378069bae5686f6f"  # googleapis/googleapis
STATUSCODES_MD_COMMIT = "02760600f45e74e18777dc249ceef165a7f5837a"  # grpc/grpc
HTTP_MAPPING_MD_COMMIT = "3e6851f59941f8f61b1413f04f09213c766090ee"  # grpc/grpc

_CODE_PROTO = (
    f"https://github.com/googleapis/googleapis/blob/{CODE_PROTO_COMMIT}/google/rpc/code.proto"
)

#: Where `to_http` comes from: the "HTTP Mapping" line of each code in code.proto.
TO_HTTP_SOURCE = Reference("google/rpc/code.proto", url=_CODE_PROTO)
#: Where `from_http` comes from: the gRPC project's table for a response without `grpc-status`.
FROM_HTTP_SOURCE = Reference(
    "gRPC doc/http-grpc-status-mapping.md",
    url=f"https://github.com/grpc/grpc/blob/{HTTP_MAPPING_MD_COMMIT}/doc/http-grpc-status-mapping.md",
)
#: Which codes the gRPC libraries generate themselves, and in which cases.
LIBRARY_CODES_SOURCE = Reference(
    "gRPC doc/statuscodes.md",
    url=f"https://github.com/grpc/grpc/blob/{STATUSCODES_MD_COMMIT}/doc/statuscodes.md",
)


def _in_code_proto(name: str, line: int) -> Reference:
    return Reference("google/rpc/code.proto", f"Code.{name}", url=f"{_CODE_PROTO}#L{line}")


@_row_shape(frozen=True, kw_only=True)
class GRPCRow(SimpleNamespace):
    """One gRPC status code with everything the library says of it."""

    code: int
    name: str
    phrase: str
    description: str
    reference: Reference
    #: The HTTP status that code.proto gives as the code's "HTTP Mapping".
    http_status: int
    #: The HTTP statuses that a client which got no `grpc-status` reads as this code.
    from_http: "tuple[int, ...]" = ()
    #: doc/statuscodes.md: the gRPC libraries never generate it, so an application sent it.
    application_only: bool = False

    @property
    def value(self) -> int:
        """The code, under the name the enum machinery reads from every kind of row."""
        return self.code


#: The code of every HTTP status no row's `from_http` names, 200 included: a real OK response
#: carries `grpc-status` (doc/http-grpc-status-mapping.md).
FROM_HTTP_OTHERWISE = 2  # UNKNOWN

GRPC_ROWS = (
    GRPCRow(
        code=0,
        name="OK",
        phrase="OK",
        description="Not an error: the call succeeded.",
        reference=_in_code_proto("OK", 36),
        http_status=200,
    ),
    GRPCRow(
        code=1,
        name="CANCELLED",
        phrase="Cancelled",
        description=(
            "The call was cancelled, most often by its caller; the libraries report it when the "
            "client application cancels the request."
        ),
        reference=_in_code_proto("CANCELLED", 41),
        http_status=499,
    ),
    GRPCRow(
        code=2,
        name="UNKNOWN",
        phrase="Unknown",
        description=(
            "An error no better code describes: a status from an error space this side does not "
            "know, an API that gave too little detail, or a server handler that raised instead "
            "of returning a status."
        ),
        reference=_in_code_proto("UNKNOWN", 50),
        http_status=500,
    ),
    GRPCRow(
        code=3,
        name="INVALID_ARGUMENT",
        phrase="Invalid Argument",
        description=(
            "The client sent an argument that is wrong whatever the state of the system, such as "
            "a malformed file name (where FAILED_PRECONDITION depends on that state)."
        ),
        reference=_in_code_proto("INVALID_ARGUMENT", 58),
        http_status=400,
        application_only=True,
    ),
    GRPCRow(
        code=4,
        name="DEADLINE_EXCEEDED",
        phrase="Deadline Exceeded",
        description=(
            "The deadline passed before the operation finished; an operation that changes state "
            "may have completed all the same, its reply arriving too late."
        ),
        reference=_in_code_proto("DEADLINE_EXCEEDED", 67),
        http_status=504,
    ),
    GRPCRow(
        code=5,
        name="NOT_FOUND",
        phrase="Not Found",
        description=(
            "A requested entity, such as a file or a record, does not exist. Also fit to refuse "
            "a whole class of users (a feature not yet rolled out to them); refusing some users "
            "of a class calls for PERMISSION_DENIED."
        ),
        reference=_in_code_proto("NOT_FOUND", 78),
        http_status=404,
        application_only=True,
    ),
    GRPCRow(
        code=6,
        name="ALREADY_EXISTS",
        phrase="Already Exists",
        description="The entity the client tried to create, such as a file, exists already.",
        reference=_in_code_proto("ALREADY_EXISTS", 84),
        http_status=409,
        application_only=True,
    ),
    GRPCRow(
        code=7,
        name="PERMISSION_DENIED",
        phrase="Permission Denied",
        description=(
            "The caller is known but may not do this. Not for an exhausted quota "
            "(RESOURCE_EXHAUSTED) nor for a caller who could not be identified (UNAUTHENTICATED); "
            "it says nothing of whether the request was otherwise valid."
        ),
        reference=_in_code_proto("PERMISSION_DENIED", 96),
        http_status=403,
        from_http=(403,),
    ),
    GRPCRow(
        code=8,
        name="RESOURCE_EXHAUSTED",
        phrase="Resource Exhausted",
        description=(
            "A resource ran out: a per-user quota, the disk, or in the libraries a flow-control "
            "limit, the memory for a response, or a message larger than the configured limit."
        ),
        reference=_in_code_proto("RESOURCE_EXHAUSTED", 108),
        http_status=429,
    ),
    GRPCRow(
        code=9,
        name="FAILED_PRECONDITION",
        phrase="Failed Precondition",
        description=(
            "The system is not in the state the operation needs, such as deleting a directory "
            "that is not empty; the client should not retry until that state is fixed."
        ),
        reference=_in_code_proto("FAILED_PRECONDITION", 128),
        http_status=400,
        application_only=True,
    ),
    GRPCRow(
        code=10,
        name="ABORTED",
        phrase="Aborted",
        description=(
            "The operation was abandoned, typically on a concurrency conflict such as a failed "
            "sequencer check or an aborted transaction; the client may retry at a higher level, "
            "restarting its read-modify-write sequence."
        ),
        reference=_in_code_proto("ABORTED", 137),
        http_status=409,
        application_only=True,
    ),
    GRPCRow(
        code=11,
        name="OUT_OF_RANGE",
        phrase="Out of Range",
        description=(
            "The operation went past the valid range, such as reading beyond the end of a file: "
            "unlike INVALID_ARGUMENT it may succeed once the state changes, and it is preferred "
            "over FAILED_PRECONDITION so that a caller iterating can stop on it."
        ),
        reference=_in_code_proto("OUT_OF_RANGE", 156),
        http_status=400,
        application_only=True,
    ),
    GRPCRow(
        code=12,
        name="UNIMPLEMENTED",
        phrase="Unimplemented",
        description=(
            "The service does not implement, support or enable the operation; the libraries also "
            "report it for an unknown method, an unsupported compression and a wrong number of "
            "request or response messages."
        ),
        reference=_in_code_proto("UNIMPLEMENTED", 162),
        http_status=501,
        from_http=(404,),
    ),
    GRPCRow(
        code=13,
        name="INTERNAL",
        phrase="Internal",
        description=(
            "An invariant the system relies on was broken: kept for serious errors, such as a "
            "message that could not be parsed or decompressed, or a flow-control violation."
        ),
        reference=_in_code_proto("INTERNAL", 169),
        http_status=500,
        from_http=(400, 431),
    ),
    GRPCRow(
        code=14,
        name="UNAVAILABLE",
        phrase="Unavailable",
        description=(
            "The service cannot be reached for now, most likely a passing condition that a retry "
            "with backoff cures; retrying an operation that is not idempotent may not be safe."
        ),
        reference=_in_code_proto("UNAVAILABLE", 180),
        http_status=503,
        from_http=(429, 502, 503, 504),
    ),
    GRPCRow(
        code=15,
        name="DATA_LOSS",
        phrase="Data Loss",
        description="Data was lost or corrupted beyond recovery.",
        reference=_in_code_proto("DATA_LOSS", 185),
        http_status=500,
        application_only=True,
    ),
    GRPCRow(
        code=16,
        name="UNAUTHENTICATED",
        phrase="Unauthenticated",
        description=(
            "The request lacks valid authentication credentials for the operation; the libraries "
            "report it for credentials or auth metadata that could not be used."
        ),
        reference=_in_code_proto("UNAUTHENTICATED", 102),
        http_status=401,
        from_http=(401,),
    ),
)
