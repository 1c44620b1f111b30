"""The memo of findings that the middlewares and the client hooks share (`_reporting.Reporter`):
a response seen before is not checked again, a response that differs in anything the engine
reads is, the memo stays bounded, and threads sharing it get the findings of their own
responses."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from statuscodes import Finding, HTTPCode, ResponseChecker, _check, _memo, check_response
from statuscodes._findings import Exchange
from statuscodes._memo import MEMO_CONTENT, MEMO_ENTRIES, Start
from statuscodes._reporting import Reporter


def exchange(
    method: str = "GET",
    status: int = 401,
    headers: Any = None,
    request_headers: Any = None,
    content: bytes | None = None,
    content_length: int | None = 12,
) -> Exchange:
    """A 401 without WWW-Authenticate, or that changed; each call builds new lists."""
    if headers is None:
        headers = [(b"content-type", b"text/plain"), (b"content-length", b"12")]
    if request_headers is None:
        request_headers = [(b"host", b"testserver")]
    return Exchange(method, "/", status, headers, request_headers, content, content_length)


def direct(exchange: Any) -> list[Finding]:
    """The engine's findings, asked directly."""
    return check_response(
        exchange.status,
        exchange.headers,
        content=exchange.content,
        content_length=exchange.content_length,
        method=exchange.method,
        request_headers=exchange.request_headers,
    )


def test_a_response_seen_before_gets_the_same_findings_without_the_engine(
    engine_calls: list[Exchange],
) -> None:
    reporter = Reporter("raise")

    first = reporter.check(exchange())
    again = reporter.check(exchange())  # equal, not the same objects: a new request

    assert first == again == direct(exchange())
    assert [f.reference.section for f in again] == ["15.5.2"]
    assert len(engine_calls) == 1


def test_each_caller_gets_a_list_of_its_own() -> None:
    reporter = Reporter("raise")
    reporter.check(exchange()).clear()  # a callable on_finding may do this

    assert reporter.check(exchange()) == direct(exchange())


DIFFERENT = {
    "a header value": exchange(
        headers=[(b"content-type", b"text/html"), (b"content-length", b"12")]
    ),
    "a header's case": exchange(headers=[(b"Content-Type", b"text/plain")]),
    "a header the rules read more": exchange(
        headers=[(b"content-type", b"text/plain"), (b"content-length", b"12"), (b"vary", b"*")]
    ),
    "the headers' order": exchange(
        headers=[(b"content-length", b"12"), (b"content-type", b"text/plain")]
    ),
    "str for bytes": exchange(headers=[("content-type", "text/plain"), ("content-length", "12")]),
    "the method": exchange(method="HEAD"),
    "the status": exchange(status=403),
    "the status as an HTTPCode": exchange(status=HTTPCode.UNAUTHORIZED),
    "a kept body": exchange(content=b'{"status": 401}', content_length=None),
    "another kept body": exchange(content=b'{"status": 403}', content_length=None),
    "the length": exchange(content_length=13),
    "no length": exchange(content_length=None),
}


@pytest.mark.parametrize("changed", DIFFERENT.values(), ids=DIFFERENT.keys())
def test_a_response_that_differs_in_what_the_engine_reads_is_checked_again(
    engine_calls: list[Exchange], changed: Exchange
) -> None:
    reporter = Reporter("raise")
    reporter.check(exchange())

    assert reporter.check(changed) == direct(changed)
    assert len(engine_calls) == 2


# What the engine reads alike (it keeps no field that no rule reads, and reads bytes as
# Latin-1): served from the memo.
SAME = {
    "a header no rule reads more": exchange(
        headers=[
            (b"content-type", b"text/plain"),
            (b"x-request-id", b"7"),
            (b"content-length", b"12"),
        ]
    ),
    "another value of it": exchange(
        headers=[
            (b"content-type", b"text/plain"),
            (b"x-request-id", b"8"),
            (b"content-length", b"12"),
        ]
    ),
    "a header no rule reads, of a kind the engine skips": exchange(
        headers=[(b"content-type", b"text/plain"), (b"content-length", b"12"), ("x-n", 1)]
    ),
    "a name's case and spaces": exchange(
        headers=[(b"Content-Type", b"text/plain"), (b" content-length", b"12")]
    ),
    "a name as str": exchange(
        headers=[("content-type", b"text/plain"), (b"content-length", b"12")]
    ),
    "pairs as lists, as ASGI allows": exchange(
        headers=[[b"content-type", b"text/plain"], [b"content-length", b"12"]]
    ),
    "a cookie and an agent": exchange(
        request_headers=[(b"host", b"testserver"), (b"cookie", b"id=1"), (b"user-agent", b"x")]
    ),
    "a Range, on a code whose rules read no request field": exchange(
        request_headers=[(b"host", b"testserver"), (b"range", b"bytes=0-1")]
    ),
    "no request field, on such a code": exchange(request_headers=[]),
}


@pytest.mark.parametrize("same", SAME.values(), ids=SAME.keys())
def test_a_response_that_differs_in_nothing_the_engine_reads_is_served_from_the_memo(
    engine_calls: list[Exchange], same: Exchange
) -> None:
    reporter = Reporter("raise")
    reporter.check(exchange())

    assert reporter.check(same) == direct(same) == direct(exchange())
    assert len(engine_calls) == 1


# (status, request's fields): each differs, for a code whose rules read them, from the request
# with a Host alone.
DIFFERENT_REQUESTS = {
    "a Range": (206, [(b"host", b"testserver"), (b"range", b"bytes=0-1")]),
    "a precondition": (412, [(b"If-Match", b'"v1"')]),
    "an Upgrade": (101, [(b"upgrade", b"h2c")]),
    "another Upgrade": (101, [(b"upgrade", b"websocket")]),
    "none given": (304, None),
}


@pytest.mark.parametrize(
    ("status", "request_headers"), DIFFERENT_REQUESTS.values(), ids=DIFFERENT_REQUESTS.keys()
)
def test_a_request_that_differs_in_what_the_rules_of_its_code_read_is_checked_again(
    engine_calls: list[Exchange], status: int, request_headers: Any
) -> None:
    reporter = Reporter("raise")
    reporter.check(exchange(status=status))
    changed = exchange(status=status, request_headers=request_headers)
    changed.request_headers = request_headers  # exchange() would put a Host in place of None

    assert reporter.check(changed) == direct(changed)
    assert len(engine_calls) == 2


PROBLEM = "application/problem+json"
FIELDS_FORMS = {
    "bytes": ([(b"content-length", b"2"), (b"Content-Type", PROBLEM.encode())], True),
    "str": ([("Content-Type", f"{PROBLEM}; charset=utf-8")], True),
    "pairs as lists": ([[b"content-type", PROBLEM.encode()]], True),
    "a mapping": ({"content-type": PROBLEM}, True),
    "a second Content-Type": (
        [(b"content-type", b"text/plain"), (b"content-type", PROBLEM.encode())],
        True,
    ),
    "not JSON": ([(b"content-type", b"text/plain")], False),
    "JSON, not a problem": ([(b"content-type", b"application/json")], False),
    "no Content-Type": ([(b"content-length", b"2")], False),
    "a pair the key cannot hold": (
        [(b"content-type", PROBLEM.encode(), b"x"), (b"content-type", bytearray(PROBLEM.encode()))],
        True,
    ),
}


def start(headers: Any, status: int = 200, request_headers: Any = None) -> Start:
    """A response's start, as `Reporter.head` takes it."""
    return ("GET", "/", status, headers, request_headers)


@pytest.mark.parametrize(("headers", "keeps"), FIELDS_FORMS.values(), ids=FIELDS_FORMS.keys())
def test_the_adapters_know_from_the_fields_whether_a_rule_reads_the_body(
    headers: Any, keeps: bool
) -> None:
    head = Reporter("raise").head(start(headers))

    assert head.keeps_body is keeps
    assert head.memoized is not (headers == FIELDS_FORMS["a pair the key cannot hold"][0])


def test_every_variant_keeps_its_own_findings(engine_calls: list[Exchange]) -> None:
    reporter = Reporter("raise")
    variants = [exchange(), *DIFFERENT.values()]
    for variant in variants:
        reporter.check(variant)

    assert [reporter.check(variant) for variant in variants] == list(map(direct, variants))
    assert len(engine_calls) == len(variants)


# Equal to the values above (True == 1, memoryview(b"x") == b"x"): the engine refuses a bool,
# and reads a memoryview as bytes.
EQUAL_BUT_READ_OTHERWISE = {
    "a bool length": exchange(content_length=True),
    "a memoryview value": exchange(headers=[(b"content-type", memoryview(b"text/plain"))]),
    "a bool status": exchange(status=True),
}


@pytest.mark.parametrize(
    "changed", EQUAL_BUT_READ_OTHERWISE.values(), ids=EQUAL_BUT_READ_OTHERWISE.keys()
)
def test_values_equal_to_a_remembered_one_but_of_another_type_go_to_the_engine(
    changed: Exchange,
) -> None:
    reporter = Reporter("raise")
    for seen in (exchange(content_length=1), exchange(headers=[(b"content-type", b"text/plain")])):
        reporter.check(seen)
    reporter.check(exchange(status=1))

    try:
        expected: object = direct(changed)
    except TypeError as error:
        with pytest.raises(TypeError, match=re.escape(str(error))):
            reporter.check(changed)
    else:
        assert reporter.check(changed) == expected


def test_header_objects_are_read_as_the_engine_reads_them(
    engine_calls: list[Exchange],
) -> None:
    reporter = Reporter("raise")
    # httpx's items() joins repeated fields; the engine reads multi_items(), and so must the key.
    one = httpx.Headers([("allow", "GET"), ("allow", "HEAD")])
    other = httpx.Headers([("allow", "GET, HEAD")])

    for headers in (one, one, other):
        reporter.check(exchange(status=405, headers=headers))

    assert len(engine_calls) == 2


def test_headers_the_key_cannot_hold_are_checked_each_time(
    engine_calls: list[Exchange],
) -> None:
    def pairs_once() -> Iterator[tuple[bytes, bytes]]:
        yield (b"allow", b"GET")

    reporter = Reporter("raise")
    cases = [
        lambda: {"allow": ["GET", "HEAD"]},  # a list of values
        lambda: [(b"allow", bytearray(b"GET"))],
        lambda: [(b"allow", memoryview(bytearray(b"GET")))],  # unhashable: a ValueError
        pairs_once,  # neither a list nor a mapping: only the engine may read it, once
    ]
    for headers in cases * 2:
        assert reporter.check(exchange(status=405, headers=headers())) == direct(
            exchange(status=405, headers=headers())
        )

    assert len(engine_calls) == 2 * len(cases)


def test_a_kept_body_above_the_memos_limit_is_checked_each_time(
    engine_calls: list[Exchange],
) -> None:
    reporter = Reporter("raise")
    large = exchange(content=b" " * (MEMO_CONTENT + 1), content_length=None)

    reporter.check(large)
    reporter.check(large)

    assert len(engine_calls) == 2


def with_length(length: int) -> Exchange:
    """A 401 whose Content-Length (a field the rules read) and body length are `length`."""
    fields = [(b"content-type", b"text/plain"), (b"content-length", str(length).encode())]
    return exchange(headers=fields, content_length=length)


def answers_held(reporter: Reporter) -> int:
    memo = reporter._memo
    heads = {*memo.heads.entries.values(), *memo.exact.entries.values()}
    return sum(len(head.answers) for head in heads)


NEW_EACH_TIME = {
    "body": lambda index: exchange(content_length=index),  # one head, a new body length
    "head": with_length,  # a new Content-Length: a new head too
}


@pytest.mark.parametrize("new", NEW_EACH_TIME.values(), ids=NEW_EACH_TIME.keys())
def test_the_memo_stays_bounded(
    monkeypatch: pytest.MonkeyPatch, new: Callable[[int], Exchange]
) -> None:
    monkeypatch.setattr(_memo, "MEMO_PAUSE", 0)  # filled again and again, never skipped
    reporter = Reporter("raise")
    for index in range(3 * MEMO_ENTRIES):
        reporter.check(new(index))

    memo = reporter._memo
    assert 0 < answers_held(reporter) <= MEMO_ENTRIES
    assert 0 < len(memo.heads.entries) <= MEMO_ENTRIES
    assert len(memo.exact.entries) <= MEMO_ENTRIES
    assert reporter.check(exchange(content_length=7)) == direct(exchange(content_length=7))


def test_where_every_response_differs_the_memo_is_skipped_for_a_while(
    monkeypatch: pytest.MonkeyPatch, engine_calls: list[Exchange]
) -> None:
    monkeypatch.setattr(_memo, "MEMO_ENTRIES", 4)
    monkeypatch.setattr(_memo, "MEMO_PAUSE", 3)
    reporter = Reporter("raise")
    for length in range(5):  # four fill the memo without a hit; the fifth finds it full
        reporter.check(with_length(length))

    paused = [reporter.check(with_length(4)) for _ in range(3)]
    calls_while_paused = len(engine_calls) - 5
    again = [reporter.check(with_length(4)) for _ in range(3)]

    assert paused == again == [direct(with_length(4))] * 3
    assert calls_while_paused == 3  # the engine, each time, though the memo holds the answer
    assert len(engine_calls) == 5 + 3  # then the memo again


def test_while_the_memo_is_skipped_a_start_still_says_whether_to_keep_the_body() -> None:
    reporter = Reporter("raise")
    reporter._memo.exact.paused = reporter._memo.heads.paused = 2
    problem = start([(b"content-type", b"application/problem+json")])

    streamed = reporter.head(problem)  # an adapter that has the start before the body
    whole = reporter.head(problem, body_known=True)

    assert (streamed.keeps_body, streamed.memoized) == (True, False)
    assert not whole.memoized
    assert reporter.head(problem) is reporter.head(problem)  # the pause is over: held again


def test_a_pause_taken_below_zero_by_racing_threads_is_over(
    engine_calls: list[Exchange],
) -> None:
    reporter = Reporter("raise")
    # two threads both took the last paused response
    reporter._memo.exact.paused = reporter._memo.heads.paused = -1

    reporter.check(exchange())
    reporter.check(exchange())

    assert len(engine_calls) == 1


def test_a_memo_that_serves_responses_is_not_skipped(
    monkeypatch: pytest.MonkeyPatch, engine_calls: list[Exchange]
) -> None:
    monkeypatch.setattr(_memo, "MEMO_ENTRIES", 4)
    reporter = Reporter("raise")
    for length in range(4):
        reporter.check(with_length(length))
        reporter.check(with_length(length))  # a hit for each: one in two served

    for _ in range(3):
        reporter.check(with_length(4))  # clears the memo, then served from it

    assert len(engine_calls) == 5


def test_threads_sharing_a_memo_get_the_findings_of_their_own_responses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_memo, "MEMO_ENTRIES", 3)  # cleared often, while others read it
    monkeypatch.setattr(_memo, "MEMO_PAUSE", 0)
    reporter = Reporter("raise")
    cases = [exchange(status=status) for status in (200, 204, 401, 405, 407, 416, 503)]
    cases += [exchange(status=204, content_length=length) for length in range(1, 8)]
    cases += [with_length(length) for length in range(1, 8)]
    expected = [direct(case) for case in cases]
    assert len({tuple(findings) for findings in expected}) > len(cases) // 2  # mostly distinct
    threads_count, rounds = 8, 300
    barrier = threading.Barrier(threads_count)
    wrong: list[tuple[int, object]] = []

    def worker(offset: int) -> None:
        barrier.wait()
        for turn in range(rounds):
            index = (offset + turn) % len(cases)
            found = reporter.check(cases[index])
            if found != expected[index]:
                wrong.append((index, found))

    threads = [threading.Thread(target=worker, args=(offset,)) for offset in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert wrong == []
    assert answers_held(reporter) <= 3 + threads_count  # a head in use keeps what it gets


# Header fields the key can hold, mostly, and some it cannot (lists, values of other types);
# fields the rules read, spelled as a server may spell them, and fields they do not read.
NAMES = [b"content-type", "Content-Type ", b"allow", b"retry-after", b"x-request-id", "Server"]
VALUES = [b"text/plain", "text/plain", b"", b"1", "1", b"120", "120"]
ODD_VALUES = [1, 1.0, memoryview(b"1"), bytearray(b"1"), None, ["GET", "HEAD"]]
# Writable, so hash() raises ValueError (and sampled_from would hash it): made per draw.
writable = st.builds(lambda: memoryview(bytearray(b"1")))
pair = st.builds(
    lambda name, value, as_list: [name, value] if as_list else (name, value),
    st.sampled_from(NAMES),
    st.one_of(st.sampled_from(VALUES * 3 + ODD_VALUES), writable),
    st.sampled_from([False, False, False, True]),
)
fields = st.one_of(
    st.lists(pair, max_size=3),
    st.lists(pair, max_size=3).map(tuple),
    st.dictionaries(st.sampled_from(["allow", "retry-after"]), st.sampled_from(VALUES), max_size=2),
    st.lists(st.tuples(st.sampled_from(["allow", "Allow"]), st.sampled_from(["GET", "HEAD"]))).map(
        httpx.Headers
    ),
)
# The request's: those its rules read (spelled as a request may spell them), and others.
REQUEST_NAMES = [b"range", " Range", b"if-match", "If-None-Match", b"expect", b"upgrade", b"cookie"]
request_pair = st.builds(
    lambda name, value: (name, value),
    st.sampled_from(REQUEST_NAMES),
    st.sampled_from([b"bytes=0-1", "h2c", b"websocket", b"", 1, None]),
)
request_fields = st.one_of(fields, st.lists(request_pair, max_size=3))
INPUTS = {
    "method": st.sampled_from(["GET", "HEAD", "CONNECT", "get"]),
    "status": st.sampled_from([0, 1, 101, 204, 206, 401, HTTPCode.UNAUTHORIZED, 405, 412, 417]),
    "headers": fields,
    "request_headers": st.one_of(st.none(), request_fields),
    "content": st.sampled_from([None, b"", b"x", b'{"status": 401}']),
    "content_length": st.sampled_from([None, 0, 1]),
}


def twin(value: Any) -> Any:
    """An equal value of another type, which the engine reads otherwise (or refuses), where one
    exists: the near miss a key too coarse would serve from the memo."""
    if value.__class__ is int:
        return bool(value) if value in (0, 1) else float(value)
    if value.__class__ is bytes:
        return memoryview(value)
    if isinstance(value, list) and value and isinstance(value[0], tuple):
        name, field = value[0]
        return [(name, twin(field)), *value[1:]]
    return value


@st.composite
def neighbours(draw: st.DrawFn) -> list[Exchange]:
    """An exchange, then others that differ from it in one input each: another value, or an
    equal value of another type."""
    base = {name: draw(strategy) for name, strategy in INPUTS.items()}
    pool = [Exchange(target="/", **base)]
    for _ in range(draw(st.integers(0, 5))):
        name = draw(st.sampled_from(sorted(INPUTS)))
        changed = draw(INPUTS[name]) if draw(st.integers(0, 2)) == 0 else twin(base[name])
        pool.append(Exchange(target="/", **{**base, name: changed}))
    return pool


def outcome(check: Callable[[Any], object], exchange: Exchange) -> object:
    """The findings, or the TypeError's text: the memo must not turn either into the other."""
    try:
        return check(exchange)
    except TypeError as error:
        return ("TypeError", str(error))


@settings(max_examples=300)
@given(neighbours(), st.lists(st.integers(0, 5), max_size=24))
def test_whatever_a_reporter_saw_before_it_answers_as_the_engine_would(
    pool: list[Exchange], order: list[int]
) -> None:
    reporter = Reporter("raise")

    for index in [*range(len(pool)), *order]:  # each once, then again in any order
        seen = pool[index % len(pool)]
        assert outcome(reporter.check, seen) == outcome(direct, seen)


# Lists of pairs as an ASGI app sends them, mostly, with their near misses.
asgi_pair = st.tuples(
    st.sampled_from([b"content-type", b"Content-Type", b"x-request-id", "content-type"]),
    st.sampled_from([b"application/problem+json", b"text/plain", "text/plain", *ODD_VALUES]),
)
asgi_fields = st.lists(
    st.one_of(asgi_pair, asgi_pair.map(lambda pair: (pair[0], twin(pair[1])))), max_size=3
)


def engine_reads_the_body(headers: Any) -> bool:
    """Whether the engine reads the body of a response with these fields (of a problem+json
    object, at most)."""
    problem = {"type": "about:blank", "status": 400}  # not the status of the response
    content = json.dumps(problem).encode()
    with_body = check_response(200, headers, content=content, content_length=len(content))
    return with_body != check_response(200, headers, content_length=len(content))


@settings(max_examples=300)
@given(st.lists(st.one_of(asgi_fields, fields), min_size=1, max_size=8))
def test_starts_given_one_head_are_read_alike_by_the_engine(lists: list[Any]) -> None:
    reporter = Reporter("raise")
    findings_of: dict[object, object] = {}
    twins = [
        [(name, twin(value)) for name, value in headers]
        for headers in lists
        if isinstance(headers, list) and all(isinstance(pair, tuple) for pair in headers)
    ]
    for headers in [*lists, *lists, *twins]:  # each read, then found again, then its twin
        for status in (200, 401):
            head = reporter.head(start(headers, status, []))

            try:
                findings = check_response(status, headers, content_length=5, request_headers=[])
            except TypeError:
                assert not head.memoized
                continue
            if status == 200:
                assert head.keeps_body is engine_reads_the_body(headers)
            if head.memoized:
                assert findings_of.setdefault(head, findings) == findings


def test_a_list_equal_to_one_read_before_is_read_as_it_was() -> None:
    reporter = Reporter("raise")
    problem = b"application/problem+json"
    read = reporter.head(start([(b"content-type", problem)]))

    # memoryview(b"x") == b"x", and the engine reads both alike
    as_memoryview: Any = [(b"content-type", memoryview(problem))]  # typed as bytes or str
    assert reporter.head(start(as_memoryview)) is read
    assert check_response(200, as_memoryview, content_length=5) == check_response(
        200, [(b"content-type", problem)], content_length=5
    )
    assert reporter.head(start([("content-type", problem.decode())])) is not read


@pytest.mark.parametrize(
    "headers",
    [
        [(b"content-type", b"text/plain"), (b"x-request-id", b"7")],  # as from ASGI
        [("Content-Type", "text/plain"), ("X-Request-Id", "7")],  # as from WSGI
    ],
    ids=["bytes", "str"],
)
def test_a_list_of_pairs_seen_before_is_found_without_reading_it(headers: Any) -> None:
    reporter = Reporter("raise")
    first = reporter.head(start(headers))

    assert reporter.head(start(list(headers))) is first
    assert reporter._memo.exact.hits == 1


def test_a_first_pair_of_another_length_is_read_as_the_engine_reads_it() -> None:
    reporter = Reporter("raise")
    for headers in ([(), (b"content-type", b"text/plain")], [(b"allow",), (b"allow", b"GET")]):
        seen = exchange(status=405, headers=headers)

        assert reporter.check(seen) == direct(seen)


def test_a_200_served_from_the_memo_is_the_newest_as_for_a_response_checker() -> None:
    reporter, checker = Reporter("raise"), ResponseChecker(remember=3)
    reporter._history = _check.ResponseChecker(remember=3)
    page = [(b"etag", b'"v1"'), (b"content-length", b"5")]
    order = ["/a", "/b", "/c", "/a", "/d"]  # /a seen again, so /b is the oldest when /d comes
    for target in order:
        reporter.check(Exchange("GET", target, 200, page, [], None, 5))
        checker.check(200, page, target=target, content_length=5, request_headers=[])

    for target in ("/a", "/b"):
        found = reporter.check(Exchange("GET", target, 304, [], [], None, 0))
        assert found == checker.check(304, [], target=target, request_headers=[])
    assert reporter.check(Exchange("GET", "/a", 304, [], [], None, 0)) != []  # /a remembered


def test_the_lists_of_fields_remembered_stay_bounded() -> None:
    reporter = Reporter("raise")
    heads = [
        reporter.head(start([(b"x-request-id", str(number).encode())]))
        for number in range(2 * MEMO_ENTRIES)
    ]

    assert 0 < len(reporter._memo.exact.entries) <= MEMO_ENTRIES
    assert len(set(heads)) == 1  # no field the rules read: one head for all


def test_a_304_is_judged_against_the_200_it_follows_whatever_the_memo_holds() -> None:
    reporter = Reporter("raise")
    page = [(b"content-type", b"text/html"), (b"content-length", b"40"), (b"etag", b'"v1"')]
    not_modified = [(b"content-length", b"0"), (b"etag", b'"v1"')]
    revalidating = [(b"if-none-match", b'"v1"')]

    def answer(status: int, headers: Any, target: str) -> Exchange:
        request = revalidating if status == 304 else [(b"host", b"testserver")]
        return Exchange("GET", target, status, headers, request, None, 40 if status == 200 else 0)

    before = reporter.check(answer(304, not_modified, "/page"))
    reporter.check(answer(200, page, "/page"))
    reporter.check(answer(200, page, "/page"))  # from the memo, and still remembered
    after = [reporter.check(answer(304, not_modified, "/page")) for _ in range(2)]
    elsewhere = reporter.check(answer(304, not_modified, "/other"))

    assert before == elsewhere == []
    assert [[str(f.reference) for f in findings] for findings in after] == [
        ["RFC 9110, Section 8.6"],
        ["RFC 9110, Section 8.6"],
    ]


def test_request_fields_the_rules_do_not_read_do_not_make_a_response_new(
    engine_calls: list[Exchange],
) -> None:
    reporter = Reporter("raise")
    for number in range(5):
        browser = [(b"host", b"testserver"), (b"cookie", f"session={number}".encode())]
        reporter.check(exchange(status=412, request_headers=browser))
    reporter.check(exchange(status=412, request_headers=[(b"if-match", b'"v2"')]))

    assert len(engine_calls) == 2  # each cookie once through the engine would be 6
    assert reporter.check(exchange(status=412, request_headers=[])) == direct(
        exchange(status=412, request_headers=[])
    )


def test_a_206_s_fields_are_read_once_even_from_an_iterator() -> None:
    # ASGI allows any iterable of pairs: read twice, an iterator would seem to lack every field.
    reporter = Reporter("raise")
    date = (b"date", b"Sun, 06 Nov 1994 08:49:37 GMT")
    text = (b"content-type", b"text/plain")
    whole = [date, (b"etag", b'"a"'), text, (b"content-length", b"10")]
    part = [date, (b"etag", b'"a"'), text, (b"content-range", b"bytes 0-1/10")]
    reporter.check(Exchange("GET", "/x", 200, whole, [], b"0123456789", 10))

    findings = reporter.check(
        Exchange("GET", "/x", 206, iter(part), [(b"range", b"bytes=0-1")], b"01", 2)
    )

    assert findings == []


# Comparing bytes with str is a warning under -b, an error under -bb; their hashes are equal, so
# a memo holding one looks the other up by comparing.
BYTES_AND_STR = """
import sys
from statuscodes._findings import Exchange
from statuscodes._reporting import Reporter
reporter = Reporter("raise")
as_bytes = [(b"content-type", b"text/plain"), (b"location", b"/x")]
as_str = [(name.decode(), value.decode()) for name, value in as_bytes]
mixed = [(b"content-type", "text/plain"), ("location", b"/x")]  # not valid ASGI
lists = (as_bytes, as_str, mixed) if sys.flags.bytes_warning == 2 else (as_bytes, as_str)
for headers in lists * 2:
    for status in (200, 412):
        reporter.head(("GET", "/", status, headers, headers))
        reporter.check(Exchange("GET", "/", status, headers, headers, None, 0))
print("compared none")
"""


@pytest.mark.slow  # a fresh interpreter
@pytest.mark.parametrize("flag", ["-b", "-bb"])
def test_the_memo_never_compares_bytes_with_str(flag: str) -> None:
    result = subprocess.run(
        [sys.executable, flag, "-c", BYTES_AND_STR], capture_output=True, text=True, timeout=60
    )

    assert (result.returncode, result.stdout, result.stderr) == (0, "compared none\n", "")
