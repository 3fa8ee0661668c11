package corosim.vm;

import corosim.compile.CodeObject;

/**
 * A function defined by a scenario ({@code def}, {@code lambda}, a comprehension): code plus the
 * globals, defaults and closure cells it was created with. Calling a generator or coroutine
 * function creates the generator or coroutine object without running it.
 */
public final class PyFunction implements PyObject, PyCallable {
  final Runtime runtime;
  final CodeObject code;
  final PyDict globals;
  Object[] defaults;
  PyDict kwDefaults;
  final PyCell[] closure;
  String name;
  String qualname;
  private PyDict dict;

  PyFunction(Runtime runtime, CodeObject code, PyDict globals, Object[] defaults, PyDict kwDefaults,
      PyCell[] closure) {
    this.runtime = runtime;
    this.code = code;
    this.globals = globals;
    this.defaults = defaults;
    this.kwDefaults = kwDefaults;
    this.closure = closure;
    this.name = code.name;
    this.qualname = code.qualname;
  }

  @Override
  public PyType type() {
    return Types.FUNCTION;
  }

  public CodeObject code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String qualname() {
    return qualname;
  }

  public PyDict globals() {
    return globals;
  }

  /** Function attributes ({@code f.x = 1}, {@code __wrapped__}); created on first use. */
  public PyDict dict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }

  boolean hasDict() {
    return dict != null;
  }

  @Override
  public Object call(Object[] args, String[] kwNames) {
    return runtime.interpreter().call(this, args, 0, args.length, kwNames);
  }

  /** Whether calling it makes a coroutine ({@code async def} without yield). */
  public boolean isCoroutineFunction() {
    return code.is(CodeObject.COROUTINE);
  }

  /** The module the function was defined in (its globals' {@code __name__}). */
  public String moduleName() {
    Object n = globals.get("__name__");
    return n instanceof String s ? s : "__main__";
  }

  @Override
  public String toString() {
    return "<function " + qualname + ">";
  }
}
