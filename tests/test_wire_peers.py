"""Every member of the peers' enums (h2's ErrorCodes, aioquic's h3 ErrorCode and QuicErrorCode) has
a member of ours with the same name and value, and they compare equal; docs/h2-h3-quic.md lists
what ours have beyond them."""

from __future__ import annotations

import enum
from typing import Any

import pytest
from conftest import import_unless_left_out, skip_on_pypy_without

from statuscodes.h2 import H2ErrorCode
from statuscodes.h3 import H3ErrorCode
from statuscodes.quic import QUICErrorCode


def pairs(theirs: type[enum.IntEnum], ours: type[enum.IntEnum]) -> list[tuple[Any, Any]]:
    return [(member, ours.__members__.get(member.name)) for member in theirs]


def test_every_h2_member_is_ours() -> None:
    from h2.errors import ErrorCodes

    for theirs, ours in pairs(ErrorCodes, H2ErrorCode):
        assert ours is not None and ours == theirs and ours is H2ErrorCode(int(theirs))
    assert len(H2ErrorCode) == len(ErrorCodes)  # the same registry, nothing more


@skip_on_pypy_without("aioquic")
def test_every_aioquic_h3_member_is_ours() -> None:
    connection = import_unless_left_out("aioquic.h3.connection")
    assert connection is not None

    for theirs, ours in pairs(connection.ErrorCode, H3ErrorCode):
        assert ours is not None and ours == theirs and ours is H3ErrorCode(int(theirs))
    assert {m.name for m in H3ErrorCode} == {m.name for m in connection.ErrorCode}


@skip_on_pypy_without("aioquic")
def test_every_aioquic_quic_member_is_ours() -> None:
    packet = import_unless_left_out("aioquic.quic.packet")
    assert packet is not None

    for theirs, ours in pairs(packet.QuicErrorCode, QUICErrorCode):
        assert ours is not None and ours == theirs and ours is QUICErrorCode(int(theirs))
    assert {m.name for m in QUICErrorCode} == {m.name for m in packet.QuicErrorCode}


@skip_on_pypy_without("aioquic")
def test_aioquic_tls_alerts_are_our_names() -> None:
    from statuscodes.quic import TLS_ALERTS

    tls = import_unless_left_out("aioquic.tls")
    assert tls is not None

    for alert in tls.AlertDescription:
        assert TLS_ALERTS[int(alert)] == alert.name


@pytest.mark.parametrize("member", list(H2ErrorCode), ids=lambda member: member.name)
def test_h2_sends_our_member_and_its_peer_reads_it_back(member: H2ErrorCode) -> None:
    from h2.config import H2Configuration
    from h2.connection import H2Connection
    from h2.events import StreamReset

    client = H2Connection(H2Configuration(client_side=True))
    server = H2Connection(H2Configuration(client_side=False))
    client.initiate_connection()
    server.initiate_connection()
    server.receive_data(client.data_to_send())
    client.receive_data(server.data_to_send())
    request = [(":method", "GET"), (":path", "/"), (":scheme", "https"), (":authority", "a")]
    client.send_headers(1, request, end_stream=True)
    server.receive_data(client.data_to_send())

    server.reset_stream(1, error_code=member)
    events = client.receive_data(server.data_to_send())

    (reset,) = [event for event in events if isinstance(event, StreamReset)]
    assert reset.error_code == member
    assert H2ErrorCode(reset.error_code) is member
