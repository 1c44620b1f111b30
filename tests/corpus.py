"""The corpus of real responses in tests/data/corpus: its file format, written by
tools/capture_corpus.py and read by tests/test_corpus.py, tools/bench_check.py and
tools/lint_corpus.py.

One file per exchange, named `<server>-<nn>-<what>.http`, in bytes:

    # <server and versions>
    > GET /static/hello.txt HTTP/1.1
    > Host: 127.0.0.1:41234
    >
    HTTP/1.1 200 OK<CRLF>
    ...the response exactly as the client read it off the socket

The request is text (one `> ` line each); the response is kept raw, so that its framing
(Content-Length, chunks, no body after HEAD) is what the server sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "corpus"


@dataclass(frozen=True)
class Exchange:
    name: str  # the file's stem
    server: str  # the first line: the server and the versions it was captured with
    method: str
    target: str
    request_headers: list[tuple[str, str]]
    status: int
    headers: list[tuple[str, str]]  # in the order they were sent
    content: bytes  # the body a client reads (chunks joined)
    raw: bytes  # the response as read


def write(path: Path, server: str, request: list[str], raw: bytes) -> None:
    """Writes one exchange: `request` is the request line then its header lines."""
    head = [f"# {server}", *(f"> {line}" for line in request), ">"]
    path.write_bytes("\n".join(head).encode("latin-1") + b"\n" + raw)


def read(path: Path) -> Exchange:
    data = path.read_bytes()
    server = ""
    request: list[str] = []
    while True:
        line, _, data = data.partition(b"\n")
        text = line.decode("latin-1")
        if text.startswith("# "):
            server = text[2:]
        elif text == ">":
            break
        elif text.startswith("> "):
            request.append(text[2:])
        else:
            raise ValueError(f"{path.name}: {text!r} is no request line (expected '> ...')")
    method, target, _ = request[0].split(" ", 2)
    status, headers, content = parse_response(data, method)
    return Exchange(
        name=path.stem,
        server=server,
        method=method,
        target=target,
        request_headers=[_field(line) for line in request[1:]],
        status=status,
        headers=headers,
        content=content,
        raw=data,
    )


def read_all() -> list[Exchange]:
    """Every exchange, in capture order within each server (the names sort so)."""
    return [read(path) for path in sorted(CORPUS.glob("*.http"))]


def parse_response(raw: bytes, method: str) -> tuple[int, list[tuple[str, str]], bytes]:
    """The status code, the header fields in order and the body as a client reads them."""
    head, separator, body = raw.partition(b"\r\n\r\n")
    if not separator:
        raise ValueError(f"no end of the header section in {raw[:60]!r}")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    status = int(status_line.split(" ", 2)[1])
    headers = [_field(line) for line in lines]
    names = {name.lower(): value for name, value in headers}
    if method == "HEAD" or status == 304 or status < 200:
        return status, headers, b""  # no content, whatever the fields say (RFC 9112, 6.3)
    if "chunked" in names.get("transfer-encoding", "").lower():
        return status, headers, _dechunked(body)
    if "content-length" in names:
        return status, headers, body[: int(names["content-length"])]
    return status, headers, body  # read until the server closed the connection


def _field(line: str) -> tuple[str, str]:
    name, colon, value = line.partition(":")
    if not colon:
        raise ValueError(f"{line!r} is no header field line")
    return name, value.strip(" \t")


def _dechunked(body: bytes) -> bytes:
    parts: list[bytes] = []
    while True:
        size_line, _, body = body.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            return b"".join(parts)
        parts.append(body[:size])
        body = body[size + 2 :]
