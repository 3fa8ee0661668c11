package corosim.vm.lib;

import corosim.vm.Args;
import corosim.vm.Errors;
import corosim.vm.Ops;
import corosim.vm.PyBytes;
import corosim.vm.PyModule;
import corosim.vm.PyNone;
import corosim.vm.PyTuple;
import corosim.vm.Runtime;
import java.nio.charset.StandardCharsets;

/**
 * {@code _json}: the encoder and scanner the Python module {@code json} calls, as CPython's
 * json module calls its C accelerator _json.
 */
final class JsonModule {
  private JsonModule() {}

  static PyModule create(Runtime rt) {
    PyModule m = new PyModule("_json");
    // encode(obj, indent, item_separator, key_separator, sort_keys, skipkeys, ensure_ascii,
    //        allow_nan, check_circular, default)
    m.function("encode", (a, k) -> {
      Args.exact("encode", a, k, 10, 10);
      String indent = a[1] == PyNone.NONE ? null : (String) a[1];
      return new JsonEncoder(indent, (String) a[2], (String) a[3], Ops.truthy(a[4]),
          Ops.truthy(a[5]), Ops.truthy(a[6]), Ops.truthy(a[7]), Ops.truthy(a[8]), a[9])
          .encode(a[0]);
    });
    // scan(doc, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
    //      parse_constant, error_factory, whole): whole decodes the document (decode),
    //      otherwise the value at idx and the index after it (raw_decode).
    m.function("scan", (a, k) -> {
      Args.exact("scan", a, k, 10, 10);
      if (!(a[0] instanceof String doc)) {
        throw Errors.typeError("first argument must be a string, not "
            + corosim.vm.Types.of(a[0]).name());
      }
      JsonDecoder d = new JsonDecoder(doc, Ops.truthy(a[2]), a[3], a[4], a[5], a[6], a[7],
          a[8]);
      if (Ops.truthy(a[9])) {
        return d.decode();
      }
      Object[] r = d.rawDecode((int) Ops.index(a[1]));
      return PyTuple.of(r[0], (long) (Integer) r[1]);
    });
    // decode_bytes(b): json.loads of bytes decodes them as UTF-8 (a BOM is an error there).
    m.function("decode_bytes", (a, k) -> {
      Args.exact("decode_bytes", a, k, 1, 1);
      if (!(a[0] instanceof PyBytes b)) {
        throw Errors.typeError("a bytes object is required");
      }
      return new String(b.data(), StandardCharsets.UTF_8);
    });
    return m;
  }
}
