package corosim.vm;

import java.util.Arrays;

/** Python's {@code bytes}: an immutable byte string. */
public final class PyBytes implements PyObject {
  private final byte[] data;

  public PyBytes(byte[] data) {
    this.data = data;
  }

  @Override
  public PyType type() {
    return Types.BYTES;
  }

  public int length() {
    return data.length;
  }

  public byte[] data() {
    return data.clone();
  }

  Object getItem(Object key) {
    if (key instanceof PySlice s) {
      long[] idx = s.indices(data.length);
      byte[] out = new byte[(int) idx[3]];
      for (int i = 0; i < out.length; i++) {
        out[i] = data[(int) (idx[0] + i * idx[2])];
      }
      return new PyBytes(out);
    }
    int i = Containers.checkIndex(key, data.length, "index");
    return (long) (data[i] & 0xff);
  }

  int compareTo(PyBytes other) {
    return Arrays.compareUnsigned(data, other.data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyBytes b && Arrays.equals(data, b.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  /** {@code repr(b)}: b'...' with Python's escapes. */
  String repr() {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : data) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char q = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder("b").append(q);
    for (byte x : data) {
      int c = x & 0xff;
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 32 || c >= 127) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(q).toString();
  }
}
