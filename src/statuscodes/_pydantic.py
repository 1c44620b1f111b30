"""What the code registries answer to pydantic's hooks: a core schema that validates as pydantic
does `HTTPStatus`, and a JSON Schema that lists each code once, with its name and phrase.

Nothing here imports pydantic until pydantic calls a hook, and by then pydantic_core is loaded.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # for checkers only: _registry imports this module
    from ._registry import CodeRegistry


def core_schema_of(registry: type[CodeRegistry]) -> object:
    """Lax mode takes what it takes for `HTTPStatus` (ints, integral floats, integer strings),
    read by pydantic's own int validator; strict mode takes members, and ints in JSON. A refusal
    is the class call's ValueError, which names the value and the registry."""
    from pydantic_core import (  # type: ignore[import-not-found,unused-ignore]  # installed where pydantic calls this
        SchemaValidator,
        ValidationError,
        core_schema,
    )

    read_int = SchemaValidator(core_schema.int_schema()).validate_python

    def from_lax_input(value: object) -> CodeRegistry:
        if isinstance(value, bool):  # an int to pydantic, and no code: refused by name, as bool
            return registry(value)
        try:
            number = read_int(value)
        except ValidationError:
            number = value  # not an int to pydantic: the class call refuses it by name
        return registry(number)

    return core_schema.lax_or_strict_schema(
        lax_schema=core_schema.no_info_plain_validator_function(from_lax_input),
        strict_schema=core_schema.json_or_python_schema(
            json_schema=core_schema.no_info_plain_validator_function(registry),
            python_schema=core_schema.is_instance_schema(registry),
        ),
        serialization=core_schema.plain_serializer_function_ser_schema(
            int, when_used="json-unless-none"
        ),
        ref=f"{registry.__module__}.{registry.__qualname__}",
    )


def json_schema_of(registry: type[CodeRegistry]) -> dict[str, object]:
    """Each code once, its name and phrase where OpenAPI tools look for them (`x-enum-varnames`,
    read by code generators; `x-enumDescriptions`, shown by ReDoc)."""
    members = list(registry)
    return {
        "type": "integer",
        "title": registry.__name__,
        "description": (registry.__doc__ or "").strip().splitlines()[0],
        "enum": [member.value for member in members],
        "x-enum-varnames": [member.name for member in members],
        "x-enumDescriptions": {str(member.value): member.phrase for member in members},
    }
