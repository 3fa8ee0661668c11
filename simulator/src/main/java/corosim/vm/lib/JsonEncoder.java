package corosim.vm.lib;

import corosim.vm.Errors;
import corosim.vm.FloatFormat;
import corosim.vm.Numbers;
import corosim.vm.Ops;
import corosim.vm.PyDict;
import corosim.vm.PyList;
import corosim.vm.PyNone;
import corosim.vm.PyTuple;
import corosim.vm.Runtime;
import corosim.vm.Types;
import java.math.BigInteger;
import java.util.IdentityHashMap;

/**
 * JSON encoding as CPython's C encoder (_json.c c_make_encoder) does it: the same separators,
 * indentation, key conversions, float spellings (NaN, Infinity), escapes (ensure_ascii writes
 * \\uXXXX with lowercase hex and surrogate pairs) and error messages.
 */
final class JsonEncoder {
  private final String indent;
  private final String itemSeparator;
  private final String keySeparator;
  private final boolean sortKeys;
  private final boolean skipKeys;
  private final boolean ensureAscii;
  private final boolean allowNan;
  private final Object defaultFn;
  private final IdentityHashMap<Object, Boolean> markers;
  private final StringBuilder out = new StringBuilder();

  JsonEncoder(String indent, String itemSeparator, String keySeparator, boolean sortKeys,
      boolean skipKeys, boolean ensureAscii, boolean allowNan, boolean checkCircular,
      Object defaultFn) {
    this.indent = indent;
    this.itemSeparator = itemSeparator;
    this.keySeparator = keySeparator;
    this.sortKeys = sortKeys;
    this.skipKeys = skipKeys;
    this.ensureAscii = ensureAscii;
    this.allowNan = allowNan;
    this.defaultFn = defaultFn;
    this.markers = checkCircular ? new IdentityHashMap<>() : null;
  }

  String encode(Object o) {
    value(o, 0);
    return out.toString();
  }

  private void value(Object o, int level) {
    if (o == PyNone.NONE) {
      out.append("null");
    } else if (o instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (o instanceof String s) {
      string(s);
    } else if (o instanceof Long || o instanceof BigInteger) {
      out.append(o);
    } else if (o instanceof Double d) {
      out.append(floatText(d));
    } else if (o instanceof PyList || o instanceof PyTuple) {
      array(o, level);
    } else if (o instanceof PyDict d) {
      object(d, level);
    } else {
      Object builtinValue = enumValue(o);
      if (builtinValue != null) {
        value(builtinValue, level);
        return;
      }
      if (defaultFn == PyNone.NONE) {
        throw Errors.typeError("Object of type " + Types.of(o).name()
            + " is not JSON serializable");
      }
      enter(o);
      value(Ops.call(defaultFn, o), level);
      leave(o);
    }
  }

  /**
   * The int or str an IntEnum/StrEnum member stands for: CPython's encoder sees those members
   * as ints and strs (corosim's members carry the value, see the enum module).
   */
  static Object enumValue(Object o) {
    if (Types.of(o).isBuiltin() || Types.of(o).lookup("__corosim_value__") == null) {
      return null;
    }
    return Ops.callDunder(o, "__corosim_value__");
  }

  String floatText(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      if (!allowNan) {
        throw Errors.valueError("Out of range float values are not JSON compliant");
      }
      return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }
    return FloatFormat.repr(d);
  }

  private void enter(Object o) {
    if (markers != null) {
      if (markers.containsKey(o)) {
        throw Errors.valueError("Circular reference detected");
      }
      markers.put(o, Boolean.TRUE);
    }
  }

  private void leave(Object o) {
    if (markers != null) {
      markers.remove(o);
    }
  }

  private void newline(int level) {
    out.append('\n');
    for (int i = 0; i < level; i++) {
      out.append(indent);
    }
  }

  private void array(Object seq, int level) {
    Object[] items = Ops.toArray(seq);
    if (items.length == 0) {
      out.append("[]");
      return;
    }
    enter(seq);
    out.append('[');
    if (indent != null) {
      newline(level + 1);
    }
    for (int i = 0; i < items.length; i++) {
      if (i > 0) {
        out.append(itemSeparator);
        if (indent != null) {
          newline(level + 1);
        }
      }
      value(items[i], level + 1);
    }
    if (indent != null) {
      newline(level);
    }
    out.append(']');
    leave(seq);
  }

  private void object(PyDict d, int level) {
    if (d.size() == 0) {
      out.append("{}");
      return;
    }
    enter(d);
    out.append('{');
    if (indent != null) {
      newline(level + 1);
    }
    Object[] keys;
    Object[] values;
    if (sortKeys) {
      Object sorted = Ops.call(Runtime.current().builtins().get("sorted"),
          Ops.call(corosim.vm.Attributes.get(d, "items")));
      Object[] pairs = Ops.toArray(sorted);
      keys = new Object[pairs.length];
      values = new Object[pairs.length];
      for (int i = 0; i < pairs.length; i++) {
        keys[i] = ((PyTuple) pairs[i]).get(0);
        values[i] = ((PyTuple) pairs[i]).get(1);
      }
    } else {
      keys = new Object[d.size()];
      values = new Object[d.size()];
      int n = 0;
      for (int p = 0; p < d.capacityUsed(); p++) {
        if (d.keyAt(p) != null) {
          keys[n] = d.keyAt(p);
          values[n] = d.valueAt(p);
          n++;
        }
      }
    }
    boolean first = true;
    for (int i = 0; i < keys.length; i++) {
      String key = keyText(keys[i]);
      if (key == null) {
        continue;
      }
      if (!first) {
        out.append(itemSeparator);
        if (indent != null) {
          newline(level + 1);
        }
      }
      first = false;
      string(key);
      out.append(keySeparator);
      value(values[i], level + 1);
    }
    if (indent != null) {
      newline(level);
    }
    out.append('}');
    leave(d);
  }

  /** A key as JSON text, or null when skipkeys drops it. */
  private String keyText(Object key) {
    if (key instanceof String s) {
      return s;
    }
    if (key instanceof Double d) {
      return floatText(d);
    }
    if (key instanceof Boolean b) {
      return b ? "true" : "false";
    }
    if (key == PyNone.NONE) {
      return "null";
    }
    if (Numbers.isInt(key)) {
      return key.toString();
    }
    Object enumValue = enumValue(key);
    if (enumValue != null) {
      return keyText(enumValue);
    }
    if (skipKeys) {
      return null;
    }
    throw Errors.typeError("keys must be str, int, float, bool or None, not "
        + Types.of(key).name());
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || (ensureAscii && c > 0x7e)) {
            // UTF-16 units: a character beyond the BMP is already its surrogate pair.
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
