"""The unofficial table: status codes that vendors send although no RFC defines them, kept apart
from the IANA registry. Only `statuscodes.unofficial` imports it, so `import statuscodes` never
pays for it. Descriptions are our own summaries of each vendor's documentation, cited per row.
"""

from __future__ import annotations

from ._data import Reference, Row

NGINX_CORE = Reference(
    "nginx source, ngx_http_request.h",
    url="https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h",
)
NGINX_SSL = Reference(
    "nginx documentation, ngx_http_ssl_module: error processing",
    url="https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors",
)
CLOUDFLARE_5XX = Reference(
    "Cloudflare documentation: Cloudflare 5xx errors",
    url="https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/",
)
AWS_ALB = Reference(
    "AWS documentation: Troubleshoot your Application Load Balancers",
    url="https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html",
)
MS_ASHTTP = Reference(
    "Microsoft [MS-ASHTTP]: Exchange ActiveSync HTTP Protocol",
    url="https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/",
)
LARAVEL_CSRF = Reference(
    "Laravel documentation: CSRF Protection", url="https://laravel.com/docs/csrf"
)
ESRI_ERRORS = Reference(
    "Esri ArcGIS REST API documentation",
    url="https://developers.arcgis.com/rest/services-reference/enterprise/",
)

#: (enum name, vendor as it calls itself, rows), in the order `meanings()` lists them.
VENDORS = (
    (
        "Nginx",
        "nginx",
        (
            Row(
                code=444,
                name="NO_RESPONSE",
                phrase="No Response",
                description=(
                    "nginx closed the connection without sending any response, as configured with "
                    "`return 444`; often used to drop unwanted or malicious requests."
                ),
                reference=Reference(
                    "nginx documentation, ngx_http_rewrite_module: return",
                    url="https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return",
                ),
            ),
            Row(
                code=494,
                name="REQUEST_HEADER_TOO_LARGE",
                phrase="Request Header Too Large",
                description=(
                    "The client sent a request header larger than `large_client_header_buffers` "
                    "allows; nginx logs 494 and answers 400."
                ),
                reference=NGINX_CORE,
            ),
            Row(
                code=495,
                name="SSL_CERTIFICATE_ERROR",
                phrase="SSL Certificate Error",
                description="The client presented a TLS certificate that failed verification.",
                reference=NGINX_SSL,
            ),
            Row(
                code=496,
                name="SSL_CERTIFICATE_REQUIRED",
                phrase="SSL Certificate Required",
                description=(
                    "A client TLS certificate was required and the client did not present one."
                ),
                reference=NGINX_SSL,
            ),
            Row(
                code=497,
                name="HTTP_REQUEST_SENT_TO_HTTPS_PORT",
                phrase="HTTP Request Sent to HTTPS Port",
                description="The client sent a plain HTTP request to a port that expects HTTPS.",
                reference=NGINX_SSL,
            ),
            Row(
                code=499,
                name="CLIENT_CLOSED_REQUEST",
                phrase="Client Closed Request",
                description=(
                    "The client closed the connection before nginx could send the response; it "
                    "appears in logs and metrics, never on the wire."
                ),
                reference=NGINX_CORE,
            ),
        ),
    ),
    (
        "Cloudflare",
        "Cloudflare",
        (
            Row(
                code=520,
                name="WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR",
                phrase="Web Server Returned an Unknown Error",
                description=(
                    "The origin server answered Cloudflare with something empty, unknown or "
                    "unexpected, such as a reset connection or an oversized header."
                ),
                reference=CLOUDFLARE_5XX,
            ),
            Row(
                code=521,
                name="WEB_SERVER_IS_DOWN",
                phrase="Web Server Is Down",
                description="The origin server refused the connection from Cloudflare.",
                reference=CLOUDFLARE_5XX,
            ),
            Row(
                code=522,
                name="CONNECTION_TIMED_OUT",
                phrase="Connection Timed Out",
                description=(
                    "Cloudflare could not complete a TCP connection to the origin server in time."
                ),
                reference=CLOUDFLARE_5XX,
            ),
            Row(
                code=523,
                name="ORIGIN_IS_UNREACHABLE",
                phrase="Origin Is Unreachable",
                description=(
                    "Cloudflare could not reach the origin server at all, for example because "
                    "its DNS records are wrong or a network route is missing."
                ),
                reference=CLOUDFLARE_5XX,
            ),
            Row(
                code=524,
                name="A_TIMEOUT_OCCURRED",
                phrase="A Timeout Occurred",
                description=(
                    "Cloudflare connected to the origin server, but the origin did not send an "
                    "HTTP response before the proxy read timeout."
                ),
                reference=CLOUDFLARE_5XX,
            ),
            Row(
                code=525,
                name="SSL_HANDSHAKE_FAILED",
                phrase="SSL Handshake Failed",
                description="The TLS handshake between Cloudflare and the origin server failed.",
                reference=CLOUDFLARE_5XX,
            ),
            Row(
                code=526,
                name="INVALID_SSL_CERTIFICATE",
                phrase="Invalid SSL Certificate",
                description=(
                    "Cloudflare could not validate the origin server's TLS certificate while in "
                    "Full (strict) mode."
                ),
                reference=CLOUDFLARE_5XX,
            ),
            Row(
                code=530,
                name="ORIGIN_DNS_ERROR",
                phrase="Origin DNS Error",
                description=(
                    "Sent with a Cloudflare 1xxx error, most often because Cloudflare could not "
                    "resolve the origin's DNS name; the page body names the 1xxx error."
                ),
                reference=CLOUDFLARE_5XX,
            ),
        ),
    ),
    (
        "AWSELB",
        "AWS Elastic Load Balancing",
        (
            Row(
                code=460,
                name="CLIENT_CLOSED_CONNECTION",
                phrase="Client Closed Connection",
                description=(
                    "The load balancer received a request, but the client closed the connection "
                    "before the idle timeout elapsed."
                ),
                reference=AWS_ALB,
            ),
            Row(
                code=463,
                name="TOO_MANY_FORWARDED_ADDRESSES",
                phrase="Too Many Forwarded Addresses",
                description=(
                    "The request's X-Forwarded-For header lists more IP addresses than the load "
                    "balancer accepts (30)."
                ),
                reference=AWS_ALB,
            ),
            Row(
                code=464,
                name="INCOMPATIBLE_PROTOCOL_VERSIONS",
                phrase="Incompatible Protocol Versions",
                description=(
                    "The request's protocol version does not match the target group's, such as "
                    "gRPC sent to an HTTP/1.1 target group."
                ),
                reference=AWS_ALB,
            ),
            Row(
                code=561,
                name="UNAUTHORIZED",
                phrase="Unauthorized",
                description=(
                    "The identity provider returned an error while the load balancer was "
                    "authenticating the user."
                ),
                reference=AWS_ALB,
            ),
        ),
    ),
    (
        "IIS",
        "Microsoft IIS and Exchange",
        (
            Row(
                code=440,
                name="LOGIN_TIME_OUT",
                phrase="Login Time-out",
                description="The client's session has expired and the user must log in again.",
                reference=MS_ASHTTP,
            ),
            Row(
                code=449,
                name="RETRY_WITH",
                phrase="Retry With",
                description=(
                    "The server cannot honour the request without more information from the "
                    "client, which should retry after supplying it."
                ),
                reference=MS_ASHTTP,
            ),
            Row(
                code=451,
                name="REDIRECT",
                phrase="Redirect",
                description=(
                    "Exchange ActiveSync tells the client to use another server, named in the "
                    "X-MS-Location header; the IANA registry gives 451 another meaning."
                ),
                reference=MS_ASHTTP,
            ),
        ),
    ),
    (
        "Laravel",
        "Laravel",
        (
            Row(
                code=419,
                name="PAGE_EXPIRED",
                phrase="Page Expired",
                description=(
                    "The request's CSRF token is missing or no longer valid, typically because "
                    "the session behind a form expired."
                ),
                reference=LARAVEL_CSRF,
            ),
        ),
    ),
    (
        "Esri",
        "Esri ArcGIS",
        (
            Row(
                code=498,
                name="INVALID_TOKEN",
                phrase="Invalid Token",
                description="The access token sent with the request has expired or is not valid.",
                reference=ESRI_ERRORS,
            ),
            Row(
                code=499,
                name="TOKEN_REQUIRED",
                phrase="Token Required",
                description="The resource needs an access token and the request carried none.",
                reference=ESRI_ERRORS,
            ),
        ),
    ),
    (
        "Common",
        "several servers and hosts",
        (
            Row(
                code=509,
                name="BANDWIDTH_LIMIT_EXCEEDED",
                phrase="Bandwidth Limit Exceeded",
                description=(
                    "The site has used up the bandwidth its hosting plan allows; sent by Apache "
                    "bandwidth modules and hosting control panels such as cPanel."
                ),
                reference=Reference(
                    "cPanel documentation",
                    url="https://docs.cpanel.net/",
                ),
            ),
        ),
    ),
)
