"""The one error reading a file raises: the file cannot be read at all, with the reason."""


class UnreadableFile(Exception):
    pass
