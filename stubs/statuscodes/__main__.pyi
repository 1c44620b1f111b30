# `python -m statuscodes` runs the command: this module has no API for a checker to see.
