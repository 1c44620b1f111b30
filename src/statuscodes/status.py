# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.

"""Every registered HTTP status code and WebSocket close code as a module constant, a
drop-in for `starlette.status`, `fastapi.status` and `rest_framework.status`: each constant is
the enum member, so `status.HTTP_404_NOT_FOUND.phrase` works and it is still an int.

>>> from statuscodes import status
>>> status.HTTP_404_NOT_FOUND
<HTTPCode.NOT_FOUND: 404>

Django REST Framework's predicates are here too (the package's own functions, so a non-int
raises `statuscodes.CodeTypeError` where DRF's compare anything), with `is_redirect`, DRF's and
httpx's name for `is_redirection`:

>>> status.is_success(204), status.is_redirect(308)
(True, True)

DRF's `HTTP_509_BANDWIDTH_LIMIT_EXCEEDED` is no IANA code, so it is not an `HTTPCode`: it is the
member `statuscodes.unofficial.Common.BANDWIDTH_LIMIT_EXCEEDED`, and reading it is what imports
`statuscodes.unofficial` (`import statuscodes.status` does not).

>>> status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED
<Common.BANDWIDTH_LIMIT_EXCEEDED: 509>
"""

from __future__ import annotations

import _thread
import os as _os

from . import HTTPCode as _HTTPCode
from . import WSCloseCode as _WSCloseCode
from . import is_client_error as is_client_error
from . import is_informational as is_informational
from . import is_redirection as is_redirect  # Django REST Framework's and httpx's name for it
from . import is_server_error as is_server_error
from . import is_success as is_success

# BEGIN GENERATED: http constants
HTTP_100_CONTINUE = _HTTPCode["CONTINUE"]
HTTP_101_SWITCHING_PROTOCOLS = _HTTPCode["SWITCHING_PROTOCOLS"]
HTTP_102_PROCESSING = _HTTPCode["PROCESSING"]
HTTP_103_EARLY_HINTS = _HTTPCode["EARLY_HINTS"]
HTTP_104_UPLOAD_RESUMPTION_SUPPORTED = _HTTPCode["UPLOAD_RESUMPTION_SUPPORTED"]
HTTP_200_OK = _HTTPCode["OK"]
HTTP_201_CREATED = _HTTPCode["CREATED"]
HTTP_202_ACCEPTED = _HTTPCode["ACCEPTED"]
HTTP_203_NON_AUTHORITATIVE_INFORMATION = _HTTPCode["NON_AUTHORITATIVE_INFORMATION"]
HTTP_204_NO_CONTENT = _HTTPCode["NO_CONTENT"]
HTTP_205_RESET_CONTENT = _HTTPCode["RESET_CONTENT"]
HTTP_206_PARTIAL_CONTENT = _HTTPCode["PARTIAL_CONTENT"]
HTTP_207_MULTI_STATUS = _HTTPCode["MULTI_STATUS"]
HTTP_208_ALREADY_REPORTED = _HTTPCode["ALREADY_REPORTED"]
HTTP_226_IM_USED = _HTTPCode["IM_USED"]
HTTP_300_MULTIPLE_CHOICES = _HTTPCode["MULTIPLE_CHOICES"]
HTTP_301_MOVED_PERMANENTLY = _HTTPCode["MOVED_PERMANENTLY"]
HTTP_302_FOUND = _HTTPCode["FOUND"]
HTTP_303_SEE_OTHER = _HTTPCode["SEE_OTHER"]
HTTP_304_NOT_MODIFIED = _HTTPCode["NOT_MODIFIED"]
HTTP_305_USE_PROXY = _HTTPCode["USE_PROXY"]
HTTP_306_RESERVED = _HTTPCode["RESERVED"]
HTTP_307_TEMPORARY_REDIRECT = _HTTPCode["TEMPORARY_REDIRECT"]
HTTP_308_PERMANENT_REDIRECT = _HTTPCode["PERMANENT_REDIRECT"]
HTTP_400_BAD_REQUEST = _HTTPCode["BAD_REQUEST"]
HTTP_401_UNAUTHORIZED = _HTTPCode["UNAUTHORIZED"]
HTTP_402_PAYMENT_REQUIRED = _HTTPCode["PAYMENT_REQUIRED"]
HTTP_403_FORBIDDEN = _HTTPCode["FORBIDDEN"]
HTTP_404_NOT_FOUND = _HTTPCode["NOT_FOUND"]
HTTP_405_METHOD_NOT_ALLOWED = _HTTPCode["METHOD_NOT_ALLOWED"]
HTTP_406_NOT_ACCEPTABLE = _HTTPCode["NOT_ACCEPTABLE"]
HTTP_407_PROXY_AUTHENTICATION_REQUIRED = _HTTPCode["PROXY_AUTHENTICATION_REQUIRED"]
HTTP_408_REQUEST_TIMEOUT = _HTTPCode["REQUEST_TIMEOUT"]
HTTP_409_CONFLICT = _HTTPCode["CONFLICT"]
HTTP_410_GONE = _HTTPCode["GONE"]
HTTP_411_LENGTH_REQUIRED = _HTTPCode["LENGTH_REQUIRED"]
HTTP_412_PRECONDITION_FAILED = _HTTPCode["PRECONDITION_FAILED"]
HTTP_413_CONTENT_TOO_LARGE = _HTTPCode["CONTENT_TOO_LARGE"]
HTTP_414_URI_TOO_LONG = _HTTPCode["URI_TOO_LONG"]
HTTP_415_UNSUPPORTED_MEDIA_TYPE = _HTTPCode["UNSUPPORTED_MEDIA_TYPE"]
HTTP_416_RANGE_NOT_SATISFIABLE = _HTTPCode["RANGE_NOT_SATISFIABLE"]
HTTP_417_EXPECTATION_FAILED = _HTTPCode["EXPECTATION_FAILED"]
HTTP_418_IM_A_TEAPOT = _HTTPCode["IM_A_TEAPOT"]
HTTP_421_MISDIRECTED_REQUEST = _HTTPCode["MISDIRECTED_REQUEST"]
HTTP_422_UNPROCESSABLE_CONTENT = _HTTPCode["UNPROCESSABLE_CONTENT"]
HTTP_423_LOCKED = _HTTPCode["LOCKED"]
HTTP_424_FAILED_DEPENDENCY = _HTTPCode["FAILED_DEPENDENCY"]
HTTP_425_TOO_EARLY = _HTTPCode["TOO_EARLY"]
HTTP_426_UPGRADE_REQUIRED = _HTTPCode["UPGRADE_REQUIRED"]
HTTP_428_PRECONDITION_REQUIRED = _HTTPCode["PRECONDITION_REQUIRED"]
HTTP_429_TOO_MANY_REQUESTS = _HTTPCode["TOO_MANY_REQUESTS"]
HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE = _HTTPCode["REQUEST_HEADER_FIELDS_TOO_LARGE"]
HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS = _HTTPCode["UNAVAILABLE_FOR_LEGAL_REASONS"]
HTTP_500_INTERNAL_SERVER_ERROR = _HTTPCode["INTERNAL_SERVER_ERROR"]
HTTP_501_NOT_IMPLEMENTED = _HTTPCode["NOT_IMPLEMENTED"]
HTTP_502_BAD_GATEWAY = _HTTPCode["BAD_GATEWAY"]
HTTP_503_SERVICE_UNAVAILABLE = _HTTPCode["SERVICE_UNAVAILABLE"]
HTTP_504_GATEWAY_TIMEOUT = _HTTPCode["GATEWAY_TIMEOUT"]
HTTP_505_HTTP_VERSION_NOT_SUPPORTED = _HTTPCode["HTTP_VERSION_NOT_SUPPORTED"]
HTTP_506_VARIANT_ALSO_NEGOTIATES = _HTTPCode["VARIANT_ALSO_NEGOTIATES"]
HTTP_507_INSUFFICIENT_STORAGE = _HTTPCode["INSUFFICIENT_STORAGE"]
HTTP_508_LOOP_DETECTED = _HTTPCode["LOOP_DETECTED"]
HTTP_510_NOT_EXTENDED = _HTTPCode["NOT_EXTENDED"]
HTTP_511_NETWORK_AUTHENTICATION_REQUIRED = _HTTPCode["NETWORK_AUTHENTICATION_REQUIRED"]
# END GENERATED: http constants
# BEGIN GENERATED: ws constants
WS_1000_NORMAL_CLOSURE = _WSCloseCode["NORMAL_CLOSURE"]
WS_1000_OK = _WSCloseCode["NORMAL_CLOSURE"]
WS_1001_GOING_AWAY = _WSCloseCode["GOING_AWAY"]
WS_1002_PROTOCOL_ERROR = _WSCloseCode["PROTOCOL_ERROR"]
WS_1003_UNSUPPORTED_DATA = _WSCloseCode["UNSUPPORTED_DATA"]
WS_1004_RESERVED = _WSCloseCode["RESERVED"]
WS_1005_NO_STATUS_RCVD = _WSCloseCode["NO_STATUS_RCVD"]
WS_1005_NO_STATUS_RECEIVED = _WSCloseCode["NO_STATUS_RCVD"]
WS_1006_ABNORMAL_CLOSURE = _WSCloseCode["ABNORMAL_CLOSURE"]
WS_1007_INVALID_FRAME_PAYLOAD_DATA = _WSCloseCode["INVALID_FRAME_PAYLOAD_DATA"]
WS_1007_INVALID_TEXT = _WSCloseCode["INVALID_FRAME_PAYLOAD_DATA"]
WS_1007_INVALID_DATA = _WSCloseCode["INVALID_FRAME_PAYLOAD_DATA"]
WS_1008_POLICY_VIOLATION = _WSCloseCode["POLICY_VIOLATION"]
WS_1009_MESSAGE_TOO_BIG = _WSCloseCode["MESSAGE_TOO_BIG"]
WS_1010_MANDATORY_EXT = _WSCloseCode["MANDATORY_EXT"]
WS_1010_MANDATORY_EXTENSION = _WSCloseCode["MANDATORY_EXT"]
WS_1011_INTERNAL_ERROR = _WSCloseCode["INTERNAL_ERROR"]
WS_1012_SERVICE_RESTART = _WSCloseCode["SERVICE_RESTART"]
WS_1013_TRY_AGAIN_LATER = _WSCloseCode["TRY_AGAIN_LATER"]
WS_1014_BAD_GATEWAY = _WSCloseCode["BAD_GATEWAY"]
WS_1015_TLS_HANDSHAKE = _WSCloseCode["TLS_HANDSHAKE"]
WS_1015_TLS_HANDSHAKE_FAILED = _WSCloseCode["TLS_HANDSHAKE"]
WS_3000_UNAUTHORIZED = _WSCloseCode["UNAUTHORIZED"]
WS_3003_FORBIDDEN = _WSCloseCode["FORBIDDEN"]
WS_3008_TIMEOUT = _WSCloseCode["TIMEOUT"]
# END GENERATED: ws constants

__all__ = [
    # BEGIN GENERATED: __all__
    "HTTP_100_CONTINUE",
    "HTTP_101_SWITCHING_PROTOCOLS",
    "HTTP_102_PROCESSING",
    "HTTP_103_EARLY_HINTS",
    "HTTP_104_UPLOAD_RESUMPTION_SUPPORTED",
    "HTTP_200_OK",
    "HTTP_201_CREATED",
    "HTTP_202_ACCEPTED",
    "HTTP_203_NON_AUTHORITATIVE_INFORMATION",
    "HTTP_204_NO_CONTENT",
    "HTTP_205_RESET_CONTENT",
    "HTTP_206_PARTIAL_CONTENT",
    "HTTP_207_MULTI_STATUS",
    "HTTP_208_ALREADY_REPORTED",
    "HTTP_226_IM_USED",
    "HTTP_300_MULTIPLE_CHOICES",
    "HTTP_301_MOVED_PERMANENTLY",
    "HTTP_302_FOUND",
    "HTTP_303_SEE_OTHER",
    "HTTP_304_NOT_MODIFIED",
    "HTTP_305_USE_PROXY",
    "HTTP_306_RESERVED",
    "HTTP_307_TEMPORARY_REDIRECT",
    "HTTP_308_PERMANENT_REDIRECT",
    "HTTP_400_BAD_REQUEST",
    "HTTP_401_UNAUTHORIZED",
    "HTTP_402_PAYMENT_REQUIRED",
    "HTTP_403_FORBIDDEN",
    "HTTP_404_NOT_FOUND",
    "HTTP_405_METHOD_NOT_ALLOWED",
    "HTTP_406_NOT_ACCEPTABLE",
    "HTTP_407_PROXY_AUTHENTICATION_REQUIRED",
    "HTTP_408_REQUEST_TIMEOUT",
    "HTTP_409_CONFLICT",
    "HTTP_410_GONE",
    "HTTP_411_LENGTH_REQUIRED",
    "HTTP_412_PRECONDITION_FAILED",
    "HTTP_413_CONTENT_TOO_LARGE",
    "HTTP_414_URI_TOO_LONG",
    "HTTP_415_UNSUPPORTED_MEDIA_TYPE",
    "HTTP_416_RANGE_NOT_SATISFIABLE",
    "HTTP_417_EXPECTATION_FAILED",
    "HTTP_418_IM_A_TEAPOT",
    "HTTP_421_MISDIRECTED_REQUEST",
    "HTTP_422_UNPROCESSABLE_CONTENT",
    "HTTP_423_LOCKED",
    "HTTP_424_FAILED_DEPENDENCY",
    "HTTP_425_TOO_EARLY",
    "HTTP_426_UPGRADE_REQUIRED",
    "HTTP_428_PRECONDITION_REQUIRED",
    "HTTP_429_TOO_MANY_REQUESTS",
    "HTTP_431_REQUEST_HEADER_FIELDS_TOO_LARGE",
    "HTTP_451_UNAVAILABLE_FOR_LEGAL_REASONS",
    "HTTP_500_INTERNAL_SERVER_ERROR",
    "HTTP_501_NOT_IMPLEMENTED",
    "HTTP_502_BAD_GATEWAY",
    "HTTP_503_SERVICE_UNAVAILABLE",
    "HTTP_504_GATEWAY_TIMEOUT",
    "HTTP_505_HTTP_VERSION_NOT_SUPPORTED",
    "HTTP_506_VARIANT_ALSO_NEGOTIATES",
    "HTTP_507_INSUFFICIENT_STORAGE",
    "HTTP_508_LOOP_DETECTED",
    "HTTP_510_NOT_EXTENDED",
    "HTTP_511_NETWORK_AUTHENTICATION_REQUIRED",
    "WS_1000_NORMAL_CLOSURE",
    "WS_1000_OK",
    "WS_1001_GOING_AWAY",
    "WS_1002_PROTOCOL_ERROR",
    "WS_1003_UNSUPPORTED_DATA",
    "WS_1004_RESERVED",
    "WS_1005_NO_STATUS_RCVD",
    "WS_1005_NO_STATUS_RECEIVED",
    "WS_1006_ABNORMAL_CLOSURE",
    "WS_1007_INVALID_FRAME_PAYLOAD_DATA",
    "WS_1007_INVALID_TEXT",
    "WS_1007_INVALID_DATA",
    "WS_1008_POLICY_VIOLATION",
    "WS_1009_MESSAGE_TOO_BIG",
    "WS_1010_MANDATORY_EXT",
    "WS_1010_MANDATORY_EXTENSION",
    "WS_1011_INTERNAL_ERROR",
    "WS_1012_SERVICE_RESTART",
    "WS_1013_TRY_AGAIN_LATER",
    "WS_1014_BAD_GATEWAY",
    "WS_1015_TLS_HANDSHAKE",
    "WS_1015_TLS_HANDSHAKE_FAILED",
    "WS_3000_UNAUTHORIZED",
    "WS_3003_FORBIDDEN",
    "WS_3008_TIMEOUT",
    # END GENERATED: __all__
    # Django REST Framework's predicates, which its module's star import brings too.
    "is_informational",
    "is_success",
    "is_redirect",
    "is_client_error",
    "is_server_error",
]

# The names before RFC 9110: they work, with a DeprecationWarning naming the new one.
_DEPRECATED = {
    # BEGIN GENERATED: deprecated names
    "HTTP_413_REQUEST_ENTITY_TOO_LARGE": "HTTP_413_CONTENT_TOO_LARGE",
    "HTTP_414_REQUEST_URI_TOO_LONG": "HTTP_414_URI_TOO_LONG",
    "HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE": "HTTP_416_RANGE_NOT_SATISFIABLE",
    "HTTP_422_UNPROCESSABLE_ENTITY": "HTTP_422_UNPROCESSABLE_CONTENT",
    # END GENERATED: deprecated names
}


# Django REST Framework's names for codes that no RFC defines: (vendor enum, member) in
# statuscodes.unofficial, which the first read imports, so that importing this module does not
# (it would cost a fifth more: docs/design.md, "Imports"). Left out of __all__, like the
# deprecated names: a star import would load it.
_UNOFFICIAL = {
    "HTTP_509_BANDWIDTH_LIMIT_EXCEEDED": ("Common", "BANDWIDTH_LIMIT_EXCEEDED"),
}
# One thread imports statuscodes.unofficial on the first read; the others wait for the whole
# module (a second thread can see a half-run module on some CPythons, 3.13.0 among them). A fork
# waits too: a child forked mid-import would wait forever on the import's lock.
_unofficial_lock = _thread.allocate_lock()
if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(
        before=_unofficial_lock.acquire,
        after_in_parent=_unofficial_lock.release,
        after_in_child=_unofficial_lock.release,
    )


def __getattr__(name: str) -> object:
    vendor_member = _UNOFFICIAL.get(name)
    if vendor_member is not None:
        with _unofficial_lock:
            from . import unofficial

        vendor, member = vendor_member
        value = getattr(unofficial, vendor)[member]
        globals()[name] = value  # later reads find it without calling __getattr__
        return value
    replacement = _DEPRECATED.get(name)
    if replacement is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import warnings

    warnings.warn(
        f"statuscodes.status.{name} is deprecated since RFC 9110: use {replacement}",
        DeprecationWarning,
        stacklevel=2,
    )
    return globals()[replacement]


def __dir__() -> list[str]:
    return sorted([*__all__, *_DEPRECATED, *_UNOFFICIAL])
