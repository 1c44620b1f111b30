"""The rules on field values and on the request, each tested from the sentence it comes from
(quoted above the test, its section in the test's name): the response that breaks it, and the
ones beside it that do not."""

from __future__ import annotations

import json
import threading

import pytest

from statuscodes import Finding, ResponseChecker, check_response

TEXT = {"Content-Type": "text/plain"}


def found(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(finding.level, str(finding.reference)) for finding in findings]


# RFC 9110, 15.4.5: "a sender SHOULD NOT generate representation metadata other than the above
# listed fields unless said metadata exists for the purpose of guiding cache updates".
@pytest.mark.parametrize("field", ["Content-Type", "Content-Encoding", "Content-Language"])
def test_rfc9110_15_4_5_a_304_should_not_carry_representation_metadata(field: str) -> None:
    findings = check_response(304, {field: "x", "ETag": '"a"'})

    assert found(findings) == [("SHOULD", "RFC 9110, Section 15.4.5")]
    assert field in findings[0].message


def test_rfc9110_15_4_5_a_304_with_validators_and_cache_fields_is_clean() -> None:
    headers = {"ETag": '"a"', "Last-Modified": "Sun, 06 Nov 1994 08:49:37 GMT", "Vary": "Accept"}

    assert check_response(304, {**headers, "Cache-Control": "max-age=60"}) == []


# RFC 9110, 14.4: "only the 206 (Partial Content) and 416 (Range Not Satisfiable) status codes
# describe a meaning for Content-Range".
def test_rfc9110_14_4_content_range_outside_206_and_416_has_no_meaning() -> None:
    findings = check_response(200, {**TEXT, "Content-Range": "bytes 0-9/20"})

    assert found(findings) == [("SHOULD", "RFC 9110, Section 14.4")]
    assert check_response(206, {**TEXT, "Content-Range": "bytes 0-9/20"}) == []
    assert check_response(416, {"Content-Range": "bytes */20"}) == []


# RFC 9110, 14.4: Content-Range = range-unit SP ( range-resp / unsatisfied-range ); "A
# Content-Range field value is invalid if it contains a range-resp that has a last-pos value
# less than its first-pos value, or a complete-length value less than or equal to its last-pos
# value."
@pytest.mark.parametrize(
    "value",
    [
        "bytes 9-0/20",
        "bytes 0-20/20",
        "bytes 0-9",
        "bytes=0-9/20",
        "bytes -9/20",
        "0-9/20",
        "bytes */*",
    ],
)
def test_rfc9110_14_4_a_malformed_or_invalid_content_range(value: str) -> None:
    findings = check_response(206, {**TEXT, "Content-Range": value})

    assert found(findings) == [("MUST", "RFC 9110, Section 14.4")]


@pytest.mark.parametrize("value", ["bytes 0-9/20", "bytes 0-9/*", "bytes 19-19/20", "items 0-1/2"])
def test_rfc9110_14_4_well_formed_content_ranges(value: str) -> None:
    assert check_response(206, {**TEXT, "Content-Range": value}) == []


# RFC 9110, 15.3.7.1: "If a single part is being transferred, the server generating the 206
# response MUST generate a Content-Range header field, describing what range of the selected
# representation is enclosed".
def test_rfc9110_15_3_7_1_a_206_content_range_must_describe_a_range() -> None:
    findings = check_response(206, {**TEXT, "Content-Range": "bytes */20"})

    assert found(findings) == [("MUST", "RFC 9110, Section 15.3.7.1")]


# RFC 9110, 14.4: "A server generating a 416 (Range Not Satisfiable) response to a byte-range
# request SHOULD send a Content-Range header field with an unsatisfied-range value".
def test_rfc9110_14_4_a_416_with_a_satisfied_range() -> None:
    findings = check_response(416, {"Content-Range": "bytes 0-9/20"})

    assert found(findings) == [("SHOULD", "RFC 9110, Section 14.4")]


def test_numbers_longer_than_int_converts_are_compared_not_raised() -> None:
    huge = "9" * 5000

    assert check_response(206, {**TEXT, "Content-Range": f"bytes 0-1/{huge}"}) == []
    assert found(check_response(200, {**TEXT, "Content-Length": huge}, content=b"abc")) == [
        ("MUST", "RFC 9110, Section 8.6")
    ]
    assert check_response(200, {**TEXT, "Content-Length": "0003"}, content=b"abc") == []


# RFC 9110, 10.2.2: Location = URI-reference.
@pytest.mark.parametrize("value", ["/a b", "/caf\u00e9", "/%zz", "/a#b#c", "/<x>", '/"q"'])
def test_rfc9110_10_2_2_location_must_be_a_uri_reference(value: str) -> None:
    findings = check_response(302, {"Location": value})

    assert found(findings) == [("MUST", "RFC 9110, Section 10.2.2")]


@pytest.mark.parametrize(
    "value",
    [
        "/a%20b",
        "https://example.com/p?q=1&r=[2]#frag",
        "../up",
        "?only-query",
        "//host/x",
        "/caf%C3%A9",
    ],
)
def test_rfc9110_10_2_2_uri_references_pass(value: str) -> None:
    assert check_response(302, {"Location": value}) == []


# RFC 9110, 8.6: Content-Length = 1*DIGIT, "the number of octets" of the content.
def test_rfc9110_8_6_content_length_must_be_the_content_s_length() -> None:
    [finding] = check_response(200, {**TEXT, "Content-Length": "5"}, content=b"hello!")

    assert (finding.level, str(finding.reference)) == ("MUST", "RFC 9110, Section 8.6")
    assert "Content-Length: 5 and 6 bytes" in finding.message
    assert check_response(200, {**TEXT, "Content-Length": "6"}, content=b"hello!") == []
    assert found(check_response(200, {**TEXT, "Content-Length": "5"}, content_length=4)) == [
        ("MUST", "RFC 9110, Section 8.6")
    ]


@pytest.mark.parametrize("values", [["abc"], ["-1"], ["5, 5"], ["5", "6"], ["\uff15"]])
def test_rfc9110_8_6_content_length_must_be_one_decimal_number(values: list[str]) -> None:
    headers = [("Content-Type", "text/plain"), *(("Content-Length", value) for value in values)]

    assert found(check_response(200, headers)) == [("MUST", "RFC 9110, Section 8.6")]


def test_rfc9110_8_6_content_length_is_not_compared_where_the_body_is_not_the_content() -> None:
    # A response to HEAD and a 304 give the 200's length (Section 8.6); a coded body may reach
    # the check decoded (an HTTP client decodes it); with Transfer-Encoding the field is void.
    assert check_response(200, {**TEXT, "Content-Length": "31"}, content=b"", method="HEAD") == []
    assert check_response(304, {"Content-Length": "31"}, content=b"") == []
    coded = {**TEXT, "Content-Length": "20", "Content-Encoding": "gzip"}
    assert check_response(200, coded, content=b"decoded, longer than 20") == []
    assert check_response(200, {**TEXT, "Content-Length": "3"}) == []  # the content is unknown


# RFC 9110, 10.2.1: Allow = #method; 9.1: method = token; 5.6.1.1: "a sender MUST NOT generate
# empty list elements".
@pytest.mark.parametrize("value", ["GET HEAD", "GET;HEAD", "GET, (HEAD)"])
def test_rfc9110_10_2_1_allow_must_be_a_list_of_methods(value: str) -> None:
    findings = check_response(405, {"Allow": value})

    assert found(findings) == [("MUST", "RFC 9110, Section 10.2.1")]


@pytest.mark.parametrize("value", ["GET,,HEAD", "GET, HEAD,"])
def test_rfc9110_5_6_1_1_allow_without_empty_elements(value: str) -> None:
    findings = check_response(405, {"Allow": value})

    assert found(findings) == [("MUST", "RFC 9110, Section 5.6.1.1")]


@pytest.mark.parametrize("value", ["GET,HEAD", "GET, HEAD", " GET ,  POST ", "", "M-SEARCH"])
def test_rfc9110_10_2_1_allow_lists_that_pass(value: str) -> None:
    # aiohttp sends `GET,HEAD`; an empty Allow means no method is allowed.
    assert check_response(405, {"Allow": value}) == []


# RFC 9110, 11.6.1: WWW-Authenticate = #challenge; 11.3: challenge = auth-scheme [ 1*SP (
# token68 / #auth-param ) ], auth-param = token BWS "=" BWS ( token / quoted-string ).
@pytest.mark.parametrize(
    "value", ['"Basic" realm="x"', 'Basic realm="x', "Basic realm=a b", 'Digest realm="x", =y']
)
def test_rfc9110_11_6_1_a_malformed_challenge(value: str) -> None:
    findings = check_response(401, {"WWW-Authenticate": value})

    assert ("MUST", "RFC 9110, Section 11.6.1") in found(findings)


@pytest.mark.parametrize(
    "value",
    [
        'Basic realm="simple"',
        'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
        "Negotiate",
        "Negotiate a87421000492aa874209af8bc028==",
        'Digest realm="x", qop="auth, auth-int", nonce="n", opaque="o"',
        'Basic realm = "spaced", charset="UTF-8"',
    ],
)
def test_rfc9110_11_6_1_challenges_that_pass(value: str) -> None:
    assert check_response(401, {"WWW-Authenticate": value}) == []


def test_rfc9110_11_7_1_proxy_authenticate_is_read_the_same() -> None:
    findings = check_response(407, {"Proxy-Authenticate": '"Basic"'})

    assert found(findings) == [("MUST", "RFC 9110, Section 11.7.1")]


# RFC 7617, 2: "The authentication parameter 'realm' is REQUIRED".
def test_rfc7617_2_a_basic_challenge_needs_a_realm() -> None:
    findings = check_response(401, {"WWW-Authenticate": 'Basic charset="UTF-8"'})

    assert found(findings) == [("MUST", "RFC 7617, Section 2")]
    assert found(check_response(407, {"Proxy-Authenticate": "basic"})) == [
        ("MUST", "RFC 7617, Section 2")
    ]


# RFC 6750, 3: "This scheme MUST be followed by one or more auth-param values."
def test_rfc6750_3_a_bearer_challenge_needs_parameters() -> None:
    assert found(check_response(401, {"WWW-Authenticate": "Bearer"})) == [
        ("MUST", "RFC 6750, Section 3")
    ]
    assert check_response(401, {"WWW-Authenticate": 'Bearer realm="api"'}) == []
    assert check_response(401, {"WWW-Authenticate": 'Bearer error="invalid_token"'}) == []


# RFC 9457, 3.1.2: "Generators MUST use the same status code in the actual HTTP response, to
# assure that generic HTTP software that does not understand this format still behaves
# correctly."
def test_rfc9457_3_1_2_a_problem_s_status_must_be_the_response_s() -> None:
    problem = {"Content-Type": "application/problem+json"}

    findings = check_response(400, problem, content=json.dumps({"status": 404}).encode())

    assert found(findings) == [("MUST", "RFC 9457, Section 3.1.2")]
    assert check_response(404, problem, content=b'{"status": 404, "title": "Not Found"}') == []
    assert check_response(400, problem, content=b'{"title": "no status"}') == []
    assert check_response(400, problem, content=b'{"status": "404"}') == []  # not a number
    assert check_response(400, problem, content=b"not json") == []
    assert check_response(400, problem, content=b"[404]") == []


# RFC 9110, 8.3: "A sender that generates a message containing content SHOULD generate a
# Content-Type header field in that message unless the intended media type of the enclosed
# representation is unknown to the sender."
def test_rfc9110_8_3_content_without_content_type() -> None:
    [finding] = check_response(200, {}, content=b"hello")

    assert (finding.level, str(finding.reference)) == ("SHOULD", "RFC 9110, Section 8.3")
    assert check_response(200, {}, content=b"") == []
    assert check_response(200, {}, content_length=0) == []
    assert check_response(200, {}) == []  # the content is unknown


# RFC 9110, 15.3.7: the 206 "indicates that the server is successfully fulfilling a range
# request"; 15.5.17: the 416 "indicates that the set of ranges in the request's Range header
# field has been rejected".
@pytest.mark.parametrize(
    ("code", "headers", "section"),
    [
        (206, {**TEXT, "Content-Range": "bytes 0-9/20"}, "15.3.7"),
        (416, {"Content-Range": "bytes */20"}, "15.5.17"),
    ],
)
def test_rfc9110_15_3_7_and_15_5_17_a_range_answer_to_a_request_without_range(
    code: int, headers: dict[str, str], section: str
) -> None:
    findings = check_response(code, headers, request_headers={"Host": "example"})

    assert found(findings) == [("SHOULD", f"RFC 9110, Section {section}")]
    assert check_response(code, headers, request_headers={"Range": "bytes=0-9"}) == []
    assert check_response(code, headers) == []  # no request given: not judged


# RFC 9110, 14.2: "A server MUST ignore a Range header field received with a request method that
# is unrecognized or for which range handling is not defined. For this specification, GET is the
# only method for which range handling is defined."
def test_rfc9110_14_2_a_206_to_a_method_without_range_handling() -> None:
    headers = {**TEXT, "Content-Range": "bytes 0-9/20"}

    ranged = {"Range": "bytes=0-9"}

    for method in ("POST", "PATCH", "DELETE"):
        findings = check_response(206, headers, method=method, request_headers=ranged)
        assert found(findings) == [("MUST", "RFC 9110, Section 14.2")]
    # Section 9.3.2: HEAD gets the header fields a GET would, as file servers send them.
    assert check_response(206, headers, content=b"", method="HEAD", request_headers=ranged) == []


# RFC 9110, 15.5.13: a 412 "indicates that one or more conditions given in the request header
# fields evaluated to false when tested on the server".
def test_rfc9110_15_5_13_a_412_to_a_request_without_a_precondition() -> None:
    assert found(check_response(412, {}, request_headers={"Accept": "*/*"})) == [
        ("SHOULD", "RFC 9110, Section 15.5.13")
    ]
    for condition in ("If-Match", "If-Unmodified-Since", "If-None-Match", "If"):
        assert check_response(412, {}, request_headers={condition: "x"}) == []


# RFC 9110, 15.4.5: a 304 "indicates that a conditional GET or HEAD request has been received and
# would have resulted in a 200 (OK) response if it were not for the fact that the condition
# evaluated to false".
def test_rfc9110_15_4_5_a_304_to_a_request_that_did_not_revalidate() -> None:
    assert found(check_response(304, {}, request_headers={"If-Match": '"a"'})) == [
        ("SHOULD", "RFC 9110, Section 15.4.5")
    ]
    assert check_response(304, {}, request_headers={"If-None-Match": '"a"'}) == []
    assert check_response(304, {}, request_headers={"If-Modified-Since": "x"}) == []


# RFC 9110, 15.5.18: a 417 "indicates that the expectation given in the request's Expect header
# field (Section 10.1.1) could not be met".
def test_rfc9110_15_5_18_a_417_to_a_request_without_expect() -> None:
    assert found(check_response(417, {}, request_headers={})) == [
        ("SHOULD", "RFC 9110, Section 15.5.18")
    ]
    assert check_response(417, {}, request_headers={"Expect": "100-continue"}) == []


# RFC 9110, 15.2.1: "If the request did not contain an Expect header field containing the
# 100-continue expectation, the client can simply discard this interim response."
def test_rfc9110_15_2_1_a_100_without_expect_is_allowed() -> None:
    assert check_response(100, {}, request_headers={}) == []


# RFC 9110, 7.8: "A server MUST NOT switch to a protocol that was not indicated by the client in
# the corresponding request's Upgrade header field."
def test_rfc9110_7_8_a_101_must_switch_to_a_protocol_the_client_named() -> None:
    upgrade = {"Upgrade": "websocket", "Connection": "Upgrade"}

    assert found(check_response(101, upgrade, request_headers={})) == [
        ("MUST", "RFC 9110, Section 7.8")
    ]
    assert found(check_response(101, upgrade, request_headers={"Upgrade": "h2c"})) == [
        ("MUST", "RFC 9110, Section 7.8")
    ]
    assert check_response(101, upgrade, request_headers={"Upgrade": "h2c, WebSocket"}) == []
    # A version answered to a name asked (and the other way), and HTTP listed as the layer that
    # goes on above TLS (RFC 2817, Section 3.3: "Upgrade: TLS/1.0, HTTP/1.1").
    versioned = {"Upgrade": "websocket/13", "Connection": "Upgrade"}
    assert check_response(101, versioned, request_headers={"Upgrade": "websocket"}) == []
    assert check_response(101, upgrade, request_headers={"Upgrade": "websocket/13"}) == []
    tls = {"Upgrade": "TLS/1.0, HTTP/1.1", "Connection": "Upgrade"}
    assert check_response(101, tls, request_headers={"Upgrade": "TLS/1.0"}) == []
    assert found(check_response(101, tls, request_headers={"Upgrade": "TLS/1.2"})) == [
        ("MUST", "RFC 9110, Section 7.8")
    ]


# RFC 9110, 15.3.2: a 201 "indicates that the request has been fulfilled and has resulted in one
# or more new resources being created"; 9.2.1: safe methods are "essentially read-only".
@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "TRACE"])
def test_rfc9110_15_3_2_a_201_to_a_safe_method(method: str) -> None:
    findings = check_response(201, {"Location": "/new"}, method=method, request_headers={})

    assert found(findings) == [("SHOULD", "RFC 9110, Section 15.3.2")]
    assert check_response(201, {"Location": "/new"}, method="POST", request_headers={}) == []


# RFC 9110, 15.5.6: a 405 "indicates that the method received in the request-line is known by the
# origin server but not supported by the target resource"; its Allow lists the "currently
# supported methods".
def test_rfc9110_15_5_6_a_405_whose_allow_lists_the_method() -> None:
    findings = check_response(405, {"Allow": "GET, POST"}, method="POST", request_headers={})

    assert found(findings) == [("SHOULD", "RFC 9110, Section 15.5.6")]
    assert check_response(405, {"Allow": "GET, HEAD"}, method="POST", request_headers={}) == []


# RFC 9110, 9.1: "All general-purpose servers MUST support the methods GET and HEAD." That a
# resource answering GET must answer HEAD is an inference from it: a SHOULD.
def test_rfc9110_9_1_a_405_to_head_where_get_is_allowed() -> None:
    findings = check_response(405, {"Allow": "GET"}, method="HEAD", request_headers={})

    assert found(findings) == [("SHOULD", "RFC 9110, Section 9.1")]
    assert check_response(405, {"Allow": "POST"}, method="HEAD", request_headers={}) == []


# RFC 9110, 15.4.5: "The server generating a 304 response MUST generate any of the following
# header fields that would have been sent in a 200 (OK) response to the same request:
# Content-Location, Date, ETag, and Vary; Cache-Control and Expires"; 15.3.7 asks it of a 206.
def test_rfc9110_15_4_5_a_304_must_repeat_the_200_s_fields() -> None:
    checker = ResponseChecker()
    page = {**TEXT, "Date": "Sun, 06 Nov 1994 08:49:37 GMT", "ETag": '"v1"'}
    checker.check(200, page, target="/page", content=b"hello")

    [finding] = checker.check(304, {"ETag": '"v1"'}, target="/page")

    assert (finding.level, str(finding.reference)) == ("MUST", "RFC 9110, Section 15.4.5")
    assert "without Date" in finding.message
    assert checker.check(304, {"ETag": '"v1"'}, target="/other") == []
    assert checker.check(304, {"ETag": '"v2"'}, target="/page") == []  # another representation


def test_a_200_that_varies_is_no_measure_of_a_later_304() -> None:
    # Its fields may be another client's: 15.4.5 speaks of the 200 "to the same request".
    checker = ResponseChecker()
    page = {**TEXT, "Date": "Sun, 06 Nov 1994 08:49:37 GMT", "ETag": '"v1"', "Vary": "Cookie"}
    checker.check(200, page, target="/page", content=b"hello")

    assert checker.check(304, {"ETag": '"v1"', "Content-Length": "0"}, target="/page") == []


def test_rfc9110_15_3_7_a_206_must_repeat_the_200_s_fields() -> None:
    checker = ResponseChecker()
    checker.check(200, {**TEXT, "Cache-Control": "max-age=9"}, target="/f", content=b"0123456789")
    partial = {**TEXT, "Content-Range": "bytes 0-4/10"}

    findings = checker.check(206, partial, target="/f", content=b"01234")

    assert found(findings) == [("MUST", "RFC 9110, Section 15.3.7")]
    assert "without Cache-Control" in findings[0].message


# RFC 9110, 8.6: "a server MUST NOT send Content-Length in such a response unless its field value
# equals the decimal number of octets that would have been sent in the content of a 200 (OK)
# response to the same request".
def test_rfc9110_8_6_a_304_s_content_length_must_be_the_200_s() -> None:
    checker = ResponseChecker()
    checker.check(200, {**TEXT, "Content-Length": "40"}, target="/p", content=b"x" * 40)

    assert found(checker.check(304, {"Content-Length": "0"}, target="/p")) == [
        ("MUST", "RFC 9110, Section 8.6")
    ]
    assert checker.check(304, {"Content-Length": "40"}, target="/p") == []
    assert checker.check(304, {}, target="/p") == []


def test_a_304_s_length_is_not_compared_with_a_200_that_varies() -> None:
    checker = ResponseChecker()
    varying = {**TEXT, "Content-Length": "40", "Vary": "Accept-Encoding"}
    checker.check(200, varying, target="/p", content=b"x" * 40)

    assert (
        checker.check(304, {"Content-Length": "12", "Vary": "Accept-Encoding"}, target="/p") == []
    )


def test_the_checker_remembers_only_200s_to_get_and_forgets_the_oldest() -> None:
    checker = ResponseChecker(remember=2)
    for target in ("/a", "/b", "/c"):
        checker.check(200, {"Date": "Sun, 06 Nov 1994 08:49:37 GMT"}, target=target)
    checker.check(200, {"ETag": '"h"'}, target="/head", method="HEAD")

    assert checker.check(304, {}, target="/a") == []  # forgotten
    assert len(checker.check(304, {}, target="/c")) == 1
    assert checker.check(304, {}, target="/head") == []  # a HEAD is not remembered
    assert checker.check(304, {}) == []  # no target: nothing to compare


@pytest.mark.parametrize("remember", [0, -1, "many", 1.5, None])
def test_the_checker_refuses_a_bad_size(remember: object) -> None:
    with pytest.raises(ValueError, match="remember must be a number of targets"):
        ResponseChecker(remember=remember)  # type: ignore[arg-type]  # wrong on purpose


def test_the_checker_is_safe_to_share_between_threads() -> None:
    checker = ResponseChecker(remember=8)
    barrier = threading.Barrier(8)
    results: list[list[Finding]] = []

    def run(number: int) -> None:
        barrier.wait()
        for round_ in range(200):
            target = f"/{(number + round_) % 16}"
            checker.check(200, {"ETag": '"e"'}, target=target)
            results.append(checker.check(304, {"ETag": '"e"'}, target=target))

    threads = [threading.Thread(target=run, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(results) == 1600 and all(findings == [] for findings in results)


def test_a_bad_request_headers_argument_is_named() -> None:
    with pytest.raises(TypeError, match="^request_headers must be a mapping"):
        check_response(200, {}, request_headers="Range: bytes=0-1")  # type: ignore[arg-type]
