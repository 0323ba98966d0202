"""Loaded first: the test run keeps Python's bytecode cache even where the environment turns it
off, so the xdist workers and the `ghostwatch` processes the tests start read compiled modules
instead of compiling every import again."""

import os
import sys

sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
