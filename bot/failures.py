"""A failure the command line answers with one line and an exit code instead of a traceback."""

CONFIG = 2  # the settings are wrong: fix them before trying again
OUTAGE = 1  # a server is away: the same command works once it is back


class Stop(Exception):
    def __init__(self, line: str, *, config: bool) -> None:
        super().__init__(line)
        self.line = line
        self.code = CONFIG if config else OUTAGE
