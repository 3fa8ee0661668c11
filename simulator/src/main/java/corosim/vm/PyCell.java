package corosim.vm;

/** A closure cell: one variable shared by a function and the functions nested in it. */
public final class PyCell implements PyObject {
  /** The value, or null while unbound. */
  public Object value;

  public PyCell(Object value) {
    this.value = value;
  }

  @Override
  public PyType type() {
    return Types.CELL;
  }
}
