"""What the code registries answer to pydantic's hooks: a core schema that validates as pydantic
does `HTTPStatus`, and a JSON Schema that lists each code once, with its name and phrase.

Nothing here imports pydantic until pydantic calls a hook, and by then pydantic_core is loaded.
"""

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# No code has more digits once leading zeros are dropped, and int() of a long string costs
# quadratic time (and past 4300 digits raises its own error).
_MOST_DIGITS = 40
# What pydantic strips around a number: Unicode's White_Space, which unlike str.strip()'s
# default leaves U+001C-U+001F (the information separators) in place.
_WHITESPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def core_schema_of(registry: "Any") -> "Any":
    """Lax mode takes what it takes for `HTTPStatus` (ints, integral floats, integer strings);
    strict mode takes members, and ints in JSON. A refusal is the class call's ValueError, which
    names the value and the registry."""
    from pydantic_core import core_schema  # type: ignore[import-not-found,unused-ignore]  # installed where pydantic calls this

    def from_lax_input(value: object) -> "Any":
        return registry(lax_number(value))

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


def lax_number(value: object) -> object:
    """`value` as pydantic's lax mode reads an int: an integral float as that int, and text (str,
    or bytes as UTF-8) that writes an integer as pydantic reads one (" +404 ", "4_04", "404.00",
    any number of leading zeros); anything else unchanged, for the class call to take or refuse
    by name."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    if not isinstance(text, str):
        return value
    whole, dot, decimals = text.strip(_WHITESPACE).partition(".")
    if dot and (not decimals or decimals.strip("0")):
        return value  # a fraction, or "404.": pydantic refuses both
    sign = whole[:1] if whole.startswith(("+", "-")) else ""
    groups = whole[len(sign) :].split("_")  # Python's rule: one underscore between two digits
    if not all(group.isascii() and group.isdigit() for group in groups):
        return value  # "٤٠٤" is no int to pydantic either
    number = "".join(groups).lstrip("0")
    if len(number) > _MOST_DIGITS:
        return value
    return int(sign + (number or "0"))


def json_schema_of(registry: "Any") -> "dict[str, object]":
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
