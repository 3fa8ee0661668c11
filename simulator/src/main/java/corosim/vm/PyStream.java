package corosim.vm;

/** {@code sys.stdout} and {@code sys.stderr}: text streams onto the run's output. */
final class PyStream implements PyObject {
  static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.Layout.NATIVE);

  static {
    TYPE.setModule("_io");
    TYPE.method("write", (a, k) -> {
      if (!(a[1] instanceof String s)) {
        throw Errors.typeError("write() argument must be str, not " + Types.of(a[1]).name());
      }
      ((PyStream) a[0]).write(s);
      return Strings.length(s);
    });
    TYPE.method("flush", (a, k) -> PyNone.NONE);
    TYPE.method("isatty", (a, k) -> false);
    TYPE.method("writelines", (a, k) -> {
      for (Object o : Ops.toArray(a[1])) {
        ((PyStream) a[0]).write((String) o);
      }
      return PyNone.NONE;
    });
  }

  private final Output output;
  private final boolean error;

  PyStream(Output output, boolean error) {
    this.output = output;
    this.error = error;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  void write(String s) {
    if (error) {
      output.error(s);
    } else {
      output.write(s);
    }
  }
}
