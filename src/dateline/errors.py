"""The errors dateline reports to users. Each message names the input and the fix."""
from __future__ import annotations


class DatelineError(Exception):
    """Base class: a problem the user can act on (never shown as a traceback)."""


class ModelNotFound(DatelineError):
    pass


class InputError(DatelineError):
    """Bad input: a message naming the file, the line and the field."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 field: str | None = None):
        self.message, self.path, self.line, self.field = message, path, line, field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f": field {self.field!r}"
        return f"{where}: {self.message}"


class StoreError(DatelineError):
    pass
