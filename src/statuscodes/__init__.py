"""statuscodes: the IANA registries of HTTP status codes and WebSocket close codes, as fast,
typed IntEnums.

>>> from statuscodes import HTTPCode
>>> HTTPCode(404).phrase
'Not Found'
"""

import sys as _sys

from ._check import PROBLEM_JSON as PROBLEM_JSON
from ._check import ResponseChecker as ResponseChecker
from ._check import assert_valid_response as assert_valid_response
from ._check import check_response as check_response
from ._data import IANA_HTTP_REGISTRY_DATE as IANA_HTTP_REGISTRY_DATE
from ._data import Finding as Finding
from ._data import HeaderRule as HeaderRule
from ._data import Reference as Reference
from ._data import Registration as Registration
from ._errors import CodeTypeError as CodeTypeError
from ._errors import UnregisteredCodeError as UnregisteredCodeError
from ._findings import ResponseRuleError as ResponseRuleError
from ._findings import ResponseRuleWarning as ResponseRuleWarning
from ._frameworks import choices as choices
from ._frameworks import openapi_responses as openapi_responses
from ._http import HTTPCategory as HTTPCategory
from ._http import HTTPCode as HTTPCode
from ._http import is_client_error as is_client_error
from ._http import is_error as is_error
from ._http import is_informational as is_informational
from ._http import is_redirection as is_redirection
from ._http import is_server_error as is_server_error
from ._http import is_success as is_success
from ._http import reason_phrase as reason_phrase
from ._ws import WSCategory as WSCategory
from ._ws import WSCloseCode as WSCloseCode
from ._ws import is_valid_close_code as is_valid_close_code

#: This package's version (written only here; the build copies it into the metadata).
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    # CPython marks a submodule initialized before it sets it on its package
    # (python/cpython#149728), so a thread's `import statuscodes.status` can return while
    # `statuscodes.status` is not yet there, though sys.modules holds it whole. Read there, not
    # imported, so that nothing recurses.
    submodule = _sys.modules.get(f"{__name__}.{name}")
    if submodule is None or getattr(submodule.__spec__, "_initializing", False):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return submodule
