"""`python -m statuscodes`: the same as the `statuscodes` command."""

import sys

from ._cli import main

if __name__ == "__main__":  # stubtest and doctest import this module: only run when executed
    sys.exit(main())
