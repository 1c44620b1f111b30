"""statuscodes: the IANA registries of HTTP status codes and WebSocket close codes, as fast,
typed IntEnums.

>>> from statuscodes import HTTPCode
>>> HTTPCode(404).phrase
'Not Found'
"""

from ._data import IANA_HTTP_REGISTRY_DATE as IANA_HTTP_REGISTRY_DATE
from ._codes import HTTPCategory as HTTPCategory
from ._codes import HTTPCode as HTTPCode
from ._codes import is_client_error as is_client_error
from ._codes import is_error as is_error
from ._codes import is_informational as is_informational
from ._codes import is_redirection as is_redirection
from ._codes import is_server_error as is_server_error
from ._codes import is_success as is_success
from ._codes import reason_phrase as reason_phrase
from ._enum import UnregisteredCodeError as UnregisteredCodeError
from ._data import Reference as Reference
from ._data import Registration as Registration
from ._codes import WSCategory as WSCategory
from ._codes import WSCloseCode as WSCloseCode
from ._codes import is_valid_close_code as is_valid_close_code

__version__ = "0.1.0"
