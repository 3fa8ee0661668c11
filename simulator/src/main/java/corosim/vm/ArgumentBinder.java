package corosim.vm;

import corosim.compile.CodeObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments to a new frame's parameter slots with CPython's rules and messages:
 * positional, keyword, defaults, {@code *args}, {@code **kwargs}, keyword-only and
 * positional-only parameters.
 */
final class ArgumentBinder {
  private ArgumentBinder() {}

  static void bind(PyFunction fn, Frame f, Object[] argv, int off, int n, String[] kwNames) {
    CodeObject code = fn.code;
    Object[] locals = f.locals;
    int nkw = kwNames == null ? 0 : kwNames.length;
    int npos = n - nkw;
    int argCount = code.argCount;
    // Fast path: exact positional call, nothing else to do.
    if (nkw == 0 && npos == argCount && (code.flags & (CodeObject.VARARGS | CodeObject.VARKEYWORDS)) == 0
        && code.kwOnlyCount == 0) {
      for (int i = 0; i < npos; i++) {
        locals[i] = argv[off + i];
      }
      return;
    }
    int kwOnly = code.kwOnlyCount;
    boolean varargs = code.is(CodeObject.VARARGS);
    boolean varkw = code.is(CodeObject.VARKEYWORDS);
    int varargsSlot = argCount + kwOnly;
    int varkwSlot = varargsSlot + (varargs ? 1 : 0);
    String name = fn.qualname;

    int copied = Math.min(npos, argCount);
    System.arraycopy(argv, off, locals, 0, copied);
    if (npos > argCount) {
      if (!varargs) {
        throw tooManyPositional(fn, npos, nkw, argv, off, kwNames);
      }
      Object[] extra = new Object[npos - argCount];
      System.arraycopy(argv, off + argCount, extra, 0, extra.length);
      locals[varargsSlot] = new PyTuple(extra);
    } else if (varargs) {
      locals[varargsSlot] = PyTuple.EMPTY;
    }
    PyDict kwargs = null;
    if (varkw) {
      kwargs = new PyDict();
      locals[varkwSlot] = kwargs;
    }
    List<String> posOnlyAsKw = null;
    for (int k = 0; k < nkw; k++) {
      String key = kwNames[k];
      Object value = argv[off + npos + k];
      int slot = -1;
      for (int i = code.posOnlyCount; i < argCount + kwOnly; i++) {
        if (code.varNames[i].equals(key)) {
          slot = i;
          break;
        }
      }
      if (slot < 0) {
        if (kwargs != null) {
          if (kwargs.get(key) != null) {
            throw Errors.typeError(name + "() got multiple values for keyword argument '" + key + "'");
          }
          kwargs.put(key, value);
          continue;
        }
        boolean posOnly = false;
        for (int i = 0; i < code.posOnlyCount; i++) {
          if (code.varNames[i].equals(key)) {
            posOnly = true;
          }
        }
        if (posOnly) {
          if (posOnlyAsKw == null) {
            posOnlyAsKw = new ArrayList<>();
          }
          posOnlyAsKw.add(key);
          continue;
        }
        throw Errors.typeError(name + "() got an unexpected keyword argument '" + key + "'");
      }
      if (locals[slot] != null) {
        throw Errors.typeError(name + "() got multiple values for argument '" + key + "'");
      }
      locals[slot] = value;
    }
    if (posOnlyAsKw != null) {
      throw Errors.typeError(name + "() got some positional-only arguments passed as keyword "
          + "arguments: '" + String.join(", ", posOnlyAsKw) + "'");
    }
    Object[] defaults = fn.defaults;
    int ndefaults = defaults == null ? 0 : defaults.length;
    List<String> missing = null;
    for (int i = 0; i < argCount; i++) {
      if (locals[i] == null) {
        int d = i - (argCount - ndefaults);
        if (d >= 0) {
          locals[i] = defaults[d];
        } else {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(code.varNames[i]);
        }
      }
    }
    if (missing != null) {
      throw missing(name, missing, "positional");
    }
    for (int i = argCount; i < argCount + kwOnly; i++) {
      if (locals[i] == null) {
        Object d = fn.kwDefaults == null ? null : fn.kwDefaults.get(code.varNames[i]);
        if (d != null) {
          locals[i] = d;
        } else {
          if (missing == null) {
            missing = new ArrayList<>();
          }
          missing.add(code.varNames[i]);
        }
      }
    }
    if (missing != null) {
      throw missing(name, missing, "keyword-only");
    }
  }

  private static PyException tooManyPositional(
      PyFunction fn, int given, int nkw, Object[] argv, int off, String[] kwNames) {
    CodeObject code = fn.code;
    int ndefaults = fn.defaults == null ? 0 : fn.defaults.length;
    int min = code.argCount - ndefaults;
    int max = code.argCount;
    String takes =
        min == max
            ? max + " positional argument" + (max == 1 ? "" : "s")
            : "from " + min + " to " + max + " positional arguments";
    String kwPart = "";
    int kwOnlyGiven = 0;
    if (kwNames != null) {
      for (String k : kwNames) {
        for (int i = code.argCount; i < code.argCount + code.kwOnlyCount; i++) {
          if (code.varNames[i].equals(k)) {
            kwOnlyGiven++;
          }
        }
      }
    }
    if (kwOnlyGiven > 0) {
      kwPart = " positional argument" + (given == 1 ? "" : "s") + " (and " + kwOnlyGiven
          + " keyword-only argument" + (kwOnlyGiven == 1 ? "" : "s") + ")";
      return Errors.typeError(fn.qualname + "() takes " + takes + " but " + given + kwPart + " were given");
    }
    return Errors.typeError(fn.qualname + "() takes " + takes + " but " + given + " "
        + (given == 1 ? "was" : "were") + " given");
  }

  private static PyException missing(String name, List<String> names, String kind) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
      }
      sb.append('\'').append(names.get(i)).append('\'');
    }
    return Errors.typeError(name + "() missing " + names.size() + " required " + kind
        + " argument" + (names.size() == 1 ? "" : "s") + ": " + sb);
  }
}
