"""from_http against grpcio's own client: a server on the loopback answers each call with a bare
HTTP/2 status and no grpc-status, as a proxy would, and the code grpcio reports is compared with
ours. They agree on every status but 431, which the mapping page gained after grpc-core's table
was written (docs/grpc.md says so)."""

from __future__ import annotations

import socket
import struct
import threading

import pytest
from conftest import import_unless_left_out, skip_on_pypy_without

from statuscodes.grpc import GRPCCode, from_grpcio, from_http

grpc = import_unless_left_out("grpc")  # grpcio: no PyPy wheels
pytestmark = skip_on_pypy_without("grpc")

PREFACE_LENGTH = 24  # "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" (RFC 9113, Section 3.4)
SETTINGS, HEADERS = 0x4, 0x1
ACK = END_STREAM = 0x1
END_HEADERS = 0x4
# The statuses the mapping page names, and others of every class.
STATUSES = [400, 401, 403, 404, 429, 431, 502, 503, 504, 200, 204, 301, 304, 405, 409, 418, 499]
STATUSES += [500, 501, 505, 599]
# grpc-core's table has no 431 row: it gives 431 the page's "all other codes" answer.
GRPC_CORE_DIFFERS = {431: GRPCCode.UNKNOWN}


def _frame(kind: int, flags: int, stream: int, payload: bytes = b"") -> bytes:
    return (
        struct.pack(">I", len(payload))[1:]
        + bytes([kind, flags])
        + struct.pack(">I", stream)
        + payload
    )


def _read(connection: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = connection.recv(size - len(data))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def _answer_with_status(listener: socket.socket, status: int) -> None:
    """Serve one connection: each request gets a HEADERS frame holding `:status` alone."""
    listener.settimeout(10)
    try:
        connection, _ = listener.accept()
    except OSError:
        return
    with connection:
        connection.settimeout(10)
        try:
            _read(connection, PREFACE_LENGTH)
            connection.sendall(_frame(SETTINGS, 0, 0))
            while True:
                header = _read(connection, 9)
                kind, flags = header[3], header[4]
                stream = int.from_bytes(header[5:9], "big") & 0x7FFF_FFFF
                _read(connection, int.from_bytes(header[:3], "big"))
                if kind == SETTINGS and not flags & ACK:
                    connection.sendall(_frame(SETTINGS, ACK, 0))
                elif kind == HEADERS:
                    # HPACK: a literal without indexing, named by static entry 8 (":status").
                    value = str(status).encode()
                    block = bytes([0x08, len(value)]) + value
                    connection.sendall(_frame(HEADERS, END_HEADERS | END_STREAM, stream, block))
        except (EOFError, OSError):  # the client is done
            pass


def _grpcio_reports(status: int) -> GRPCCode:
    assert grpc is not None
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        server = threading.Thread(target=_answer_with_status, args=(listener, status), daemon=True)
        server.start()
        host, port = listener.getsockname()
        with grpc.insecure_channel(f"{host}:{port}") as channel:
            call = channel.unary_unary("/statuscodes.Probe/Call")
            with pytest.raises(grpc.RpcError) as caught:
                call(b"", timeout=10)
        server.join(timeout=10)
    return from_grpcio(caught.value.code())


@pytest.mark.parametrize("status", STATUSES)
def test_grpcio_reports_what_from_http_says_for_a_bare_http_status(status: int) -> None:
    reported = _grpcio_reports(status)

    assert reported is GRPC_CORE_DIFFERS.get(status, from_http(status))


def test_431_is_where_grpc_core_and_the_mapping_page_differ() -> None:
    assert from_http(431) is GRPCCode.INTERNAL
    assert _grpcio_reports(431) is GRPCCode.UNKNOWN
