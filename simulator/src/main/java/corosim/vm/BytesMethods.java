package corosim.vm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The constructor and the few methods of {@code bytes} that programs use with text. */
final class BytesMethods {
  private BytesMethods() {}

  static void install() {
    PyType t = Types.BYTES;
    t.setConstructor((a, k) -> {
      Args.exact("bytes", a, k, 0, 3);
      if (a.length == 0) {
        return new PyBytes(new byte[0]);
      }
      Object o = a[0];
      if (o instanceof String s) {
        if (a.length < 2) {
          throw Errors.typeError("string argument without an encoding");
        }
        return new PyBytes(s.getBytes(StandardCharsets.UTF_8));
      }
      if (o instanceof PyBytes b) {
        return b;
      }
      if (o instanceof Long n) {
        if (n < 0) {
          throw Errors.valueError("negative count");
        }
        return new PyBytes(new byte[(int) (long) n]);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Object v : Ops.toArray(o)) {
        long b = Ops.index(v);
        if (b < 0 || b > 255) {
          throw Errors.valueError("bytes must be in range(0, 256)");
        }
        out.write((int) b);
      }
      return new PyBytes(out.toByteArray());
    });
    t.method("decode", (a, k) -> new String(((PyBytes) a[0]).data(), StandardCharsets.UTF_8));
    t.method("hex", (a, k) -> {
      StringBuilder sb = new StringBuilder();
      for (byte b : ((PyBytes) a[0]).data()) {
        sb.append(String.format("%02x", b & 0xff));
      }
      return sb.toString();
    });
    t.method("__len__", (a, k) -> (long) ((PyBytes) a[0]).length());
  }
}
