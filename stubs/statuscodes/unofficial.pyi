# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.
import enum
from typing import TypeVar, overload

from typing_extensions import Self

from statuscodes import HTTPCategory, HTTPCode, Reference

_T = TypeVar("_T")

class VendorCode(enum.IntEnum):  # type: ignore[misc]  # a base without members, as Enum allows
    _value_: int  # without it mypy infers .value of a member-less enum from its methods
    @property
    def phrase(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def vendor(self) -> str: ...
    @property
    def reference(self) -> Reference: ...
    @property
    def category(self) -> HTTPCategory: ...
    @overload
    @classmethod
    def get(cls, code: int) -> Self | None: ...
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> Self | _T: ...
    @classmethod
    def from_phrase(cls, text: str) -> Self: ...
    @classmethod
    def parse(cls, text: str) -> Self: ...

def meanings(code: int) -> tuple[HTTPCode | VendorCode, ...]: ...

__all__ = [
    "VendorCode",
    "meanings",
    # BEGIN GENERATED: vendor names
    "Nginx",
    "Cloudflare",
    "AWSELB",
    "IIS",
    "Laravel",
    "Esri",
    "Common",
    # END GENERATED: vendor names
]

# BEGIN GENERATED: vendor enums
class Nginx(VendorCode):
    NO_RESPONSE = 444
    REQUEST_HEADER_TOO_LARGE = 494
    SSL_CERTIFICATE_ERROR = 495
    SSL_CERTIFICATE_REQUIRED = 496
    HTTP_REQUEST_SENT_TO_HTTPS_PORT = 497
    CLIENT_CLOSED_REQUEST = 499

class Cloudflare(VendorCode):
    WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR = 520
    WEB_SERVER_IS_DOWN = 521
    CONNECTION_TIMED_OUT = 522
    ORIGIN_IS_UNREACHABLE = 523
    A_TIMEOUT_OCCURRED = 524
    SSL_HANDSHAKE_FAILED = 525
    INVALID_SSL_CERTIFICATE = 526
    ORIGIN_DNS_ERROR = 530

class AWSELB(VendorCode):
    CLIENT_CLOSED_CONNECTION = 460
    TOO_MANY_FORWARDED_ADDRESSES = 463
    INCOMPATIBLE_PROTOCOL_VERSIONS = 464
    UNAUTHORIZED = 561

class IIS(VendorCode):
    LOGIN_TIME_OUT = 440
    RETRY_WITH = 449
    REDIRECT = 451

class Laravel(VendorCode):
    PAGE_EXPIRED = 419

class Esri(VendorCode):
    INVALID_TOKEN = 498
    TOKEN_REQUIRED = 499

class Common(VendorCode):
    BANDWIDTH_LIMIT_EXCEEDED = 509

# END GENERATED: vendor enums
