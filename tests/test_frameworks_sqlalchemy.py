"""HTTPCode in SQLAlchemy 2 columns on a real SQLite file: `Enum(HTTPCode)`, which stores names,
and the integer recipe of docs/frameworks.md, which stores the codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy
from sqlalchemy import Dialect, Enum, Integer, TypeDecorator, create_engine, select, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from statuscodes import HTTPCode, UnregisteredCodeError


class HTTPCodeColumn(TypeDecorator[HTTPCode]):
    """An HTTP status code stored as its number, read back as the member."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: int | None, dialect: Dialect) -> int | None:
        return None if value is None else int(HTTPCode(value))

    def process_result_value(self, value: int | None, dialect: Dialect) -> HTTPCode | None:
        return None if value is None else HTTPCode(value)


class Base(DeclarativeBase):
    pass


class Response(Base):
    __tablename__ = "responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    by_name: Mapped[HTTPCode | None] = mapped_column(Enum(HTTPCode))
    by_code: Mapped[HTTPCode | None] = mapped_column(HTTPCodeColumn)


@pytest.fixture
def engine(tmp_path: Path) -> Any:
    engine = create_engine(f"sqlite:///{tmp_path / 'responses.db'}")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_members_round_trip_by_name_and_by_code(engine: Any) -> None:
    with Session(engine) as session:
        session.add_all(Response(id=code.value, by_name=code, by_code=code) for code in HTTPCode)
        session.commit()
    with Session(engine) as session:
        rows = session.scalars(select(Response).order_by(Response.id)).all()

        assert [(row.by_name, row.by_code) for row in rows] == [(code, code) for code in HTTPCode]
        assert all(type(row.by_code) is HTTPCode for row in rows)


def test_what_is_stored_is_the_name_and_the_number(engine: Any) -> None:
    with Session(engine) as session:
        session.add(Response(id=1, by_name=HTTPCode.UNPROCESSABLE_ENTITY, by_code=422))
        session.commit()
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT by_name, by_code FROM responses")).one()

    assert tuple(stored) == ("UNPROCESSABLE_CONTENT", 422)


def test_a_query_compares_with_members(engine: Any) -> None:
    with Session(engine) as session:
        session.add_all([Response(id=1, by_code=404), Response(id=2, by_code=500)])
        session.commit()

        found = session.scalars(select(Response.id).where(Response.by_code == HTTPCode.NOT_FOUND))

        assert list(found) == [1]


def test_an_unregistered_stored_code_is_a_value_error_on_read(engine: Any) -> None:
    # Chosen: a row the enum cannot hold is an error when read, not a silent None; use
    # HTTPCode.get in process_result_value to read such rows as None instead.
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO responses (id, by_code) VALUES (1, 599)"))

    with Session(engine) as session, pytest.raises(UnregisteredCodeError) as excinfo:
        session.scalars(select(Response.by_code)).all()

    assert excinfo.value.code == 599


def test_an_unregistered_code_is_refused_on_write(engine: Any) -> None:
    with Session(engine) as session:
        session.add(Response(id=1, by_code=599))

        with pytest.raises(sqlalchemy.exc.StatementError) as excinfo:
            session.commit()

    assert isinstance(excinfo.value.orig, UnregisteredCodeError)


def test_an_unknown_stored_name_is_sqlalchemy_s_lookup_error(engine: Any) -> None:
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO responses (id, by_name) VALUES (1, 'TEAPOT')"))

    with Session(engine) as session, pytest.raises(LookupError, match="TEAPOT"):
        session.scalars(select(Response.by_name)).all()
