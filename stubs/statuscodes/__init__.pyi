# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.
import enum
from collections.abc import Iterable, Mapping
from typing import Final, Literal, TypeVar, overload

from typing_extensions import TypeAlias

_T = TypeVar("_T")

__version__: str
IANA_HTTP_REGISTRY_DATE: Final[str]

class Reference:
    @property
    def document(self) -> str: ...
    @property
    def section(self) -> str | None: ...
    @property
    def url(self) -> str: ...
    def __init__(
        self, document: str, section: str | None = None, url: str | None = None
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __reduce__(self) -> tuple[type[Reference], tuple[str, str | None, str]]: ...

class CodeTypeError(TypeError, ValueError): ...

class HeaderRule:
    @property
    def field(self) -> str: ...
    @property
    def level(self) -> Literal["MUST", "SHOULD", "MAY"]: ...
    @property
    def reference(self) -> Reference: ...
    @property
    def note(self) -> str: ...
    @property
    def when(self) -> str | None: ...
    def __init__(
        self,
        field: str,
        level: Literal["MUST", "SHOULD", "MAY"],
        reference: Reference,
        note: str,
        when: str | None = None,
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Finding:
    @property
    def level(self) -> Literal["MUST", "SHOULD"]: ...
    @property
    def message(self) -> str: ...
    @property
    def code(self) -> int: ...
    @property
    def reference(self) -> Reference: ...
    def __init__(
        self, level: Literal["MUST", "SHOULD"], message: str, code: int, reference: Reference
    ) -> None: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

PROBLEM_JSON: Final = "application/problem+json"

_Headers: TypeAlias = (
    Mapping[str, str] | Mapping[bytes, bytes] | Iterable[tuple[str | bytes, str | bytes]]
)
_Content: TypeAlias = bytes | bytearray | memoryview | None

def check_response(
    status: int, headers: _Headers, *, content: _Content = None, method: str = "GET"
) -> list[Finding]: ...
def assert_valid_response(
    status: int, headers: _Headers, *, content: _Content = None, method: str = "GET"
) -> None: ...

class UnregisteredCodeError(ValueError):
    @property
    def registry(self) -> type[enum.Enum]: ...
    @property
    def code(self) -> int: ...

class Registration(enum.Enum):
    # BEGIN GENERATED: Registration members
    PERMANENT = "permanent"
    TEMPORARY = "temporary"
    DEPRECATED = "deprecated"
    OBSOLETED = "obsoleted"
    UNUSED = "unused"
    RESERVED = "reserved"
    # END GENERATED: Registration members

class HTTPCategory(enum.Enum):
    # BEGIN GENERATED: HTTPCategory members
    INFORMATIONAL = "1xx"
    SUCCESSFUL = "2xx"
    REDIRECTION = "3xx"
    CLIENT_ERROR = "4xx"
    SERVER_ERROR = "5xx"
    # END GENERATED: HTTPCategory members
    @property
    def phrase(self) -> str: ...
    @property
    def codes(self) -> range: ...
    @property
    def reference(self) -> Reference: ...
    @classmethod
    def of(cls, code: int) -> HTTPCategory: ...
    @classmethod
    def parse(cls, text: str) -> HTTPCategory: ...

class HTTPCode(enum.IntEnum):
    # BEGIN GENERATED: HTTPCode members
    CONTINUE = 100
    SWITCHING_PROTOCOLS = 101
    PROCESSING = 102
    EARLY_HINTS = 103
    UPLOAD_RESUMPTION_SUPPORTED = 104
    OK = 200
    CREATED = 201
    ACCEPTED = 202
    NON_AUTHORITATIVE_INFORMATION = 203
    NO_CONTENT = 204
    RESET_CONTENT = 205
    PARTIAL_CONTENT = 206
    MULTI_STATUS = 207
    ALREADY_REPORTED = 208
    IM_USED = 226
    MULTIPLE_CHOICES = 300
    MOVED_PERMANENTLY = 301
    FOUND = 302
    SEE_OTHER = 303
    NOT_MODIFIED = 304
    USE_PROXY = 305
    RESERVED = 306
    TEMPORARY_REDIRECT = 307
    PERMANENT_REDIRECT = 308
    BAD_REQUEST = 400
    UNAUTHORIZED = 401
    PAYMENT_REQUIRED = 402
    FORBIDDEN = 403
    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405
    NOT_ACCEPTABLE = 406
    PROXY_AUTHENTICATION_REQUIRED = 407
    REQUEST_TIMEOUT = 408
    CONFLICT = 409
    GONE = 410
    LENGTH_REQUIRED = 411
    PRECONDITION_FAILED = 412
    CONTENT_TOO_LARGE = 413
    URI_TOO_LONG = 414
    UNSUPPORTED_MEDIA_TYPE = 415
    RANGE_NOT_SATISFIABLE = 416
    EXPECTATION_FAILED = 417
    IM_A_TEAPOT = 418
    MISDIRECTED_REQUEST = 421
    UNPROCESSABLE_CONTENT = 422
    LOCKED = 423
    FAILED_DEPENDENCY = 424
    TOO_EARLY = 425
    UPGRADE_REQUIRED = 426
    PRECONDITION_REQUIRED = 428
    TOO_MANY_REQUESTS = 429
    REQUEST_HEADER_FIELDS_TOO_LARGE = 431
    UNAVAILABLE_FOR_LEGAL_REASONS = 451
    INTERNAL_SERVER_ERROR = 500
    NOT_IMPLEMENTED = 501
    BAD_GATEWAY = 502
    SERVICE_UNAVAILABLE = 503
    GATEWAY_TIMEOUT = 504
    HTTP_VERSION_NOT_SUPPORTED = 505
    VARIANT_ALSO_NEGOTIATES = 506
    INSUFFICIENT_STORAGE = 507
    LOOP_DETECTED = 508
    NOT_EXTENDED = 510
    NETWORK_AUTHENTICATION_REQUIRED = 511
    REQUEST_ENTITY_TOO_LARGE: Literal[HTTPCode.CONTENT_TOO_LARGE]
    REQUEST_URI_TOO_LONG: Literal[HTTPCode.URI_TOO_LONG]
    REQUESTED_RANGE_NOT_SATISFIABLE: Literal[HTTPCode.RANGE_NOT_SATISFIABLE]
    UNPROCESSABLE_ENTITY: Literal[HTTPCode.UNPROCESSABLE_CONTENT]
    # END GENERATED: HTTPCode members
    @property
    def phrase(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def category(self) -> HTTPCategory: ...
    @property
    def reference(self) -> Reference: ...
    @property
    def registration(self) -> Registration: ...
    @property
    def is_informational(self) -> bool: ...
    @property
    def is_success(self) -> bool: ...
    @property
    def is_redirection(self) -> bool: ...
    @property
    def is_client_error(self) -> bool: ...
    @property
    def is_server_error(self) -> bool: ...
    @property
    def is_error(self) -> bool: ...
    @overload
    @classmethod
    def get(cls, code: int) -> HTTPCode | None: ...
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> HTTPCode | _T: ...
    @classmethod
    def from_phrase(cls, text: str) -> HTTPCode: ...
    @classmethod
    def parse(cls, text: str) -> HTTPCode: ...
    @classmethod
    def resolve(cls, code: int) -> HTTPCode: ...
    @property
    def allows_content(self) -> bool: ...
    @property
    def is_cacheable_by_default(self) -> bool: ...
    @property
    def header_rules(self) -> tuple[HeaderRule, ...]: ...
    def problem(
        self,
        detail: str | None = None,
        *,
        type: str | None = None,
        instance: str | None = None,
        **extensions: object,
    ) -> dict[str, object]: ...

class WSCategory(enum.Enum):
    # BEGIN GENERATED: WSCategory members
    PROTOCOL = "1000-2999"
    REGISTERED = "3000-3999"
    PRIVATE = "4000-4999"
    # END GENERATED: WSCategory members
    @property
    def phrase(self) -> str: ...
    @property
    def codes(self) -> range: ...
    @property
    def reference(self) -> Reference: ...
    @classmethod
    def of(cls, code: int) -> WSCategory: ...
    @classmethod
    def parse(cls, text: str) -> WSCategory: ...

class WSCloseCode(enum.IntEnum):
    # BEGIN GENERATED: WSCloseCode members
    NORMAL_CLOSURE = 1000
    GOING_AWAY = 1001
    PROTOCOL_ERROR = 1002
    UNSUPPORTED_DATA = 1003
    RESERVED = 1004
    NO_STATUS_RCVD = 1005
    ABNORMAL_CLOSURE = 1006
    INVALID_FRAME_PAYLOAD_DATA = 1007
    POLICY_VIOLATION = 1008
    MESSAGE_TOO_BIG = 1009
    MANDATORY_EXT = 1010
    INTERNAL_ERROR = 1011
    SERVICE_RESTART = 1012
    TRY_AGAIN_LATER = 1013
    BAD_GATEWAY = 1014
    TLS_HANDSHAKE = 1015
    UNAUTHORIZED = 3000
    FORBIDDEN = 3003
    TIMEOUT = 3008
    OK: Literal[WSCloseCode.NORMAL_CLOSURE]
    NO_STATUS_RECEIVED: Literal[WSCloseCode.NO_STATUS_RCVD]
    INVALID_TEXT: Literal[WSCloseCode.INVALID_FRAME_PAYLOAD_DATA]
    INVALID_DATA: Literal[WSCloseCode.INVALID_FRAME_PAYLOAD_DATA]
    MANDATORY_EXTENSION: Literal[WSCloseCode.MANDATORY_EXT]
    TLS_HANDSHAKE_FAILED: Literal[WSCloseCode.TLS_HANDSHAKE]
    # END GENERATED: WSCloseCode members
    @property
    def phrase(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def category(self) -> WSCategory: ...
    @property
    def reference(self) -> Reference: ...
    @property
    def registration(self) -> Registration: ...
    @property
    def is_sendable(self) -> bool: ...
    @property
    def is_local_only(self) -> bool: ...
    @overload
    @classmethod
    def get(cls, code: int) -> WSCloseCode | None: ...
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> WSCloseCode | _T: ...
    @classmethod
    def from_phrase(cls, text: str) -> WSCloseCode: ...
    @classmethod
    def parse(cls, text: str) -> WSCloseCode: ...
    @classmethod
    def for_http(cls, code: int) -> WSCloseCode: ...

def reason_phrase(code: int, /) -> str: ...
def is_informational(code: int) -> bool: ...
def is_success(code: int) -> bool: ...
def is_redirection(code: int) -> bool: ...
def is_client_error(code: int) -> bool: ...
def is_server_error(code: int) -> bool: ...
def is_error(code: int) -> bool: ...
def is_valid_close_code(code: int) -> bool: ...
