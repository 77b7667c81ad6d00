class BrastodError(Exception):
    """An error the user can act on. ``str(error)`` is a complete Swedish sentence for them."""


class ValidationError(BrastodError):
    """Input that a register or form refuses (empty name, duplicate …)."""


class ImportFailure(BrastodError):
    """A file that cannot be imported at all; the message names the file and what to do."""


class PersonalDataFound(BrastodError):
    """An export stopped because its text looks like personal data; ``hits`` says where."""

    def __init__(self, message: str, hits: list):
        super().__init__(message)
        self.hits = hits


class FieldError(ValidationError):
    """A form value that is refused; ``field`` names the input, so the message can be shown
    where the user typed it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


class DamagedDatabase(BrastodError):
    """The database file is damaged; ``backup`` is the newest sound backup, if there is one."""

    def __init__(self, message: str, path, backup=None):
        super().__init__(message)
        self.path, self.backup = path, backup


class DatabaseBusy(BrastodError):
    """Another program held the database's write lock for longer than the wait allows."""
