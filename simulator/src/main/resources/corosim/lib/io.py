"""In-memory text and byte streams (io.StringIO, io.BytesIO) for corosim.

Only the in-memory streams exist: a scenario has no files (open() is not available).
"""

__all__ = ["StringIO", "BytesIO", "TextIOBase", "IOBase", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "UnsupportedOperation"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        self.closed = True

    def flush(self):
        self._check_closed()

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False


class TextIOBase(IOBase):
    pass


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._buffer = initial_value or ''
        self._pos = 0
        self.closed = False

    def getvalue(self):
        self._check_closed()
        return self._buffer

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        buf = self._buffer
        if self._pos > len(buf):
            buf = buf + '\0' * (self._pos - len(buf))
        self._buffer = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buffer)
        else:
            end = min(len(self._buffer), self._pos + size)
        result = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def readline(self, size=-1):
        self._check_closed()
        i = self._buffer.find('\n', self._pos)
        end = len(self._buffer) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        result = self._buffer[self._pos:end]
        self._pos = max(self._pos, end)
        return result

    def readlines(self, hint=-1):
        return list(iter(self.readline, ''))

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buffer)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def tell(self):
        self._check_closed()
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buffer = self._buffer[:size]
        return size


class BytesIO(IOBase):
    """Buffered I/O implementation using an in-memory bytes buffer (write and getvalue)."""

    def __init__(self, initial_bytes=b''):
        self._chunks = [initial_bytes] if initial_bytes else []
        self.closed = False

    def write(self, b):
        self._check_closed()
        self._chunks.append(b)
        return len(b)

    def getvalue(self):
        self._check_closed()
        out = b''
        for c in self._chunks:
            out = out + c
        return out
