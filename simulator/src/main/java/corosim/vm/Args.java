package corosim.vm;

/**
 * Argument handling for builtins written in Java: positional counts, keyword look-up and the
 * TypeErrors CPython raises for them.
 */
public final class Args {
  private Args() {}

  public static int positional(Object[] args, String[] kw) {
    return args.length - (kw == null ? 0 : kw.length);
  }

  /** Checks the positional count and that no keywords were given. */
  public static void exact(String name, Object[] args, String[] kw, int min, int max) {
    noKeywords(name, kw);
    count(name, args, kw, min, max);
  }

  public static void count(String name, Object[] args, String[] kw, int min, int max) {
    int n = positional(args, kw);
    if (n < min || n > max) {
      if (min == max) {
        if (min == 0) {
          throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
        }
        throw Errors.typeError(name + "() takes exactly " + (min == 1 ? "one argument" : min
            + " arguments") + " (" + n + " given)");
      }
      if (n < min) {
        throw Errors.typeError(name + " expected at least " + min + " argument"
            + (min == 1 ? "" : "s") + ", got " + n);
      }
      throw Errors.typeError(name + " expected at most " + max + " argument"
          + (max == 1 ? "" : "s") + ", got " + n);
    }
  }

  public static void noKeywords(String name, String[] kw) {
    if (kw != null && kw.length > 0) {
      throw Errors.typeError(name + "() takes no keyword arguments");
    }
  }

  /** The keyword argument {@code key}, or {@code dflt}; unknown keywords are a TypeError. */
  public static Object keyword(String fn, Object[] args, String[] kw, String key, Object dflt,
      String... allowed) {
    if (kw == null) {
      return dflt;
    }
    Object found = dflt;
    int base = args.length - kw.length;
    for (int i = 0; i < kw.length; i++) {
      if (kw[i].equals(key)) {
        found = args[base + i];
      } else {
        boolean ok = false;
        for (String a : allowed) {
          ok |= a.equals(kw[i]);
        }
        if (!ok) {
          throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for " + fn + "()");
        }
      }
    }
    return found;
  }

  /** Positional argument i if given, else the keyword {@code key}, else {@code dflt}. */
  public static Object arg(Object[] args, String[] kw, int i, String key, Object dflt) {
    int n = positional(args, kw);
    if (i < n) {
      return args[i];
    }
    if (kw != null) {
      int base = args.length - kw.length;
      for (int k = 0; k < kw.length; k++) {
        if (kw[k].equals(key)) {
          return args[base + k];
        }
      }
    }
    return dflt;
  }

  public static String str(Object o, String fn, int index) {
    if (o instanceof String s) {
      return s;
    }
    throw Errors.typeError(fn + "() argument " + index + " must be str, not " + Types.of(o).name());
  }
}
