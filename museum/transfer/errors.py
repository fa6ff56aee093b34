"""The one error of imports and exports: a file that cannot be used, told in plain words."""


class TransferError(ValueError):
    """A file (or an option) the import or export cannot use; the message says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
