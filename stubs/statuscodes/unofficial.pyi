# GENERATED blocks are written by tools/generate.py from src/statuscodes/_data.py; edit the rest.
import enum
from typing import TypeVar, overload

from typing_extensions import Self

from statuscodes import HTTPCategory, HTTPCode, Reference

_T = TypeVar("_T")

class VendorCode(enum.IntEnum):  # type: ignore[misc]  # a base without members, as Enum allows
    """A status code one vendor sends although no RFC defines it: the base of the vendor enums."""

    _value_: int  # without it mypy infers .value of a member-less enum from its methods
    @property
    def phrase(self) -> str:
        """the vendor's phrase, such as 'Client Closed Request'"""
    @property
    def description(self) -> str:
        """what the vendor means by it, in a sentence or two"""
    @property
    def vendor(self) -> str:
        """who sends it, such as 'nginx'"""
    @property
    def reference(self) -> Reference:
        """the vendor's documentation"""
    @property
    def category(self) -> HTTPCategory:
        """the class its first digit puts it in (RFC 9110 treats it as x00)"""
    @overload
    @classmethod
    def get(cls, code: int) -> Self | None:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @overload
    @classmethod
    def get(cls, code: int, default: _T) -> Self | _T:
        """The member for `code`, or `default` when `code` is an int that is not a member."""
    @classmethod
    def from_phrase(cls, text: str) -> Self:
        """The member whose phrase is `text`, ignoring case, spaces and punctuation; former and
        alternative phrases work too.
        """
    @classmethod
    def parse(cls, text: str) -> Self:
        """The member that `text` names by value, name or phrase ("404", "404 Not Found",
        "NOT_FOUND", "not_found", "Not Found"); a miss raises ValueError listing the closest
        matches.
        """

def meanings(code: int) -> tuple[HTTPCode | VendorCode, ...]:
    """Every meaning `code` has: the registry's member first when it is registered, then each
    vendor's, in a fixed vendor order. Empty when nobody gives it a meaning.

    >>> meanings(451)
    (<HTTPCode.UNAVAILABLE_FOR_LEGAL_REASONS: 451>, <IIS.REDIRECT: 451>)
    """

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
    """Status codes nginx sends that no RFC defines."""

    NO_RESPONSE = 444
    """444 No Response

    nginx closed the connection without sending any response, as configured with `return 444`;
    often used to drop unwanted or malicious requests.

    nginx documentation, ngx_http_rewrite_module: return:
    https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return
    """
    REQUEST_HEADER_TOO_LARGE = 494
    """494 Request Header Too Large

    The client sent a request header larger than `large_client_header_buffers` allows; nginx logs
    494 and answers 400.

    nginx source, ngx_http_request.h:
    https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h
    """
    SSL_CERTIFICATE_ERROR = 495
    """495 SSL Certificate Error

    The client presented a TLS certificate that failed verification.

    nginx documentation, ngx_http_ssl_module: error processing:
    https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors
    """
    SSL_CERTIFICATE_REQUIRED = 496
    """496 SSL Certificate Required

    A client TLS certificate was required and the client did not present one.

    nginx documentation, ngx_http_ssl_module: error processing:
    https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors
    """
    HTTP_REQUEST_SENT_TO_HTTPS_PORT = 497
    """497 HTTP Request Sent to HTTPS Port

    The client sent a plain HTTP request to a port that expects HTTPS.

    nginx documentation, ngx_http_ssl_module: error processing:
    https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors
    """
    CLIENT_CLOSED_REQUEST = 499
    """499 Client Closed Request

    The client closed the connection before nginx could send the response; it appears in logs and
    metrics, never on the wire.

    nginx source, ngx_http_request.h:
    https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h
    """

class Cloudflare(VendorCode):
    """Status codes Cloudflare sends that no RFC defines."""

    WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR = 520
    """520 Web Server Returned an Unknown Error

    The origin server answered Cloudflare with something empty, unknown or unexpected, such as a
    reset connection or an oversized header.

    Cloudflare documentation: Cloudflare 5xx errors:
    https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
    """
    WEB_SERVER_IS_DOWN = 521
    """521 Web Server Is Down

    The origin server refused the connection from Cloudflare.

    Cloudflare documentation: Cloudflare 5xx errors:
    https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
    """
    CONNECTION_TIMED_OUT = 522
    """522 Connection Timed Out

    Cloudflare could not complete a TCP connection to the origin server in time.

    Cloudflare documentation: Cloudflare 5xx errors:
    https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
    """
    ORIGIN_IS_UNREACHABLE = 523
    """523 Origin Is Unreachable

    Cloudflare could not reach the origin server at all, for example because its DNS records are
    wrong or a network route is missing.

    Cloudflare documentation: Cloudflare 5xx errors:
    https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
    """
    A_TIMEOUT_OCCURRED = 524
    """524 A Timeout Occurred

    Cloudflare connected to the origin server, but the origin did not send an HTTP response
    before the proxy read timeout.

    Cloudflare documentation: Cloudflare 5xx errors:
    https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
    """
    SSL_HANDSHAKE_FAILED = 525
    """525 SSL Handshake Failed

    The TLS handshake between Cloudflare and the origin server failed.

    Cloudflare documentation: Cloudflare 5xx errors:
    https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
    """
    INVALID_SSL_CERTIFICATE = 526
    """526 Invalid SSL Certificate

    Cloudflare could not validate the origin server's TLS certificate while in Full (strict)
    mode.

    Cloudflare documentation: Cloudflare 5xx errors:
    https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
    """
    ORIGIN_DNS_ERROR = 530
    """530 Origin DNS Error

    Sent with a Cloudflare 1xxx error, most often because Cloudflare could not resolve the
    origin's DNS name; the page body names the 1xxx error.

    Cloudflare documentation: Cloudflare 5xx errors:
    https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/
    """

class AWSELB(VendorCode):
    """Status codes AWS Elastic Load Balancing sends that no RFC defines."""

    CLIENT_CLOSED_CONNECTION = 460
    """460 Client Closed Connection

    The load balancer received a request, but the client closed the connection before the idle
    timeout elapsed.

    AWS documentation: Troubleshoot your Application Load Balancers:
    https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
    """
    TOO_MANY_FORWARDED_ADDRESSES = 463
    """463 Too Many Forwarded Addresses

    The request's X-Forwarded-For header lists more IP addresses than the load balancer accepts
    (30).

    AWS documentation: Troubleshoot your Application Load Balancers:
    https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
    """
    INCOMPATIBLE_PROTOCOL_VERSIONS = 464
    """464 Incompatible Protocol Versions

    The request's protocol version does not match the target group's, such as gRPC sent to an
    HTTP/1.1 target group.

    AWS documentation: Troubleshoot your Application Load Balancers:
    https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
    """
    UNAUTHORIZED = 561
    """561 Unauthorized

    The identity provider returned an error while the load balancer was authenticating the user.

    AWS documentation: Troubleshoot your Application Load Balancers:
    https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
    """

class IIS(VendorCode):
    """Status codes Microsoft IIS and Exchange sends that no RFC defines."""

    LOGIN_TIME_OUT = 440
    """440 Login Time-out

    The client's session has expired and the user must log in again.

    Microsoft [MS-ASHTTP]: Exchange ActiveSync HTTP Protocol:
    https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/
    """
    RETRY_WITH = 449
    """449 Retry With

    The server cannot honour the request without more information from the client, which should
    retry after supplying it.

    Microsoft [MS-ASHTTP]: Exchange ActiveSync HTTP Protocol:
    https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/
    """
    REDIRECT = 451
    """451 Redirect

    Exchange ActiveSync tells the client to use another server, named in the X-MS-Location
    header; the IANA registry gives 451 another meaning.

    Microsoft [MS-ASHTTP]: Exchange ActiveSync HTTP Protocol:
    https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/
    """

class Laravel(VendorCode):
    """Status codes Laravel sends that no RFC defines."""

    PAGE_EXPIRED = 419
    """419 Page Expired

    The request's CSRF token is missing or no longer valid, typically because the session behind
    a form expired.

    Laravel documentation: CSRF Protection: https://laravel.com/docs/csrf
    """

class Esri(VendorCode):
    """Status codes Esri ArcGIS sends that no RFC defines."""

    INVALID_TOKEN = 498
    """498 Invalid Token

    The access token sent with the request has expired or is not valid.

    Esri ArcGIS REST API documentation:
    https://developers.arcgis.com/rest/services-reference/enterprise/
    """
    TOKEN_REQUIRED = 499
    """499 Token Required

    The resource needs an access token and the request carried none.

    Esri ArcGIS REST API documentation:
    https://developers.arcgis.com/rest/services-reference/enterprise/
    """

class Common(VendorCode):
    """Status codes several servers and hosts sends that no RFC defines."""

    BANDWIDTH_LIMIT_EXCEEDED = 509
    """509 Bandwidth Limit Exceeded

    The site has used up the bandwidth its hosting plan allows; sent by Apache bandwidth modules
    and hosting control panels such as cPanel.

    cPanel documentation: https://docs.cpanel.net/
    """

# END GENERATED: vendor enums
