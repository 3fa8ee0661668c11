package corosim.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python class: builtin ({@code int}, {@code list}, exception classes; shared by every run and
 * never mutated after start-up) or defined by a scenario. Attribute lookup walks the method
 * resolution order (C3, as CPython computes it).
 */
public final class PyType implements PyObject {
  /** How instances of the type are laid out in Java. */
  public enum Layout {
    /** A builtin type with its own Java class (int, str, list, Future, ...). */
    NATIVE,
    /** {@link PyInstance}: a user class. */
    INSTANCE,
    /** {@link PyException}: BaseException and its subclasses. */
    EXCEPTION
  }

  private final String name;
  private String qualname;
  private String module;
  private PyType[] bases;
  private PyType[] mro;
  private final PyDict dict;
  private final Layout layout;
  private final boolean builtin;
  /** For native types: what calling the type does (int("3"), list(x)); null if not callable. */
  private PyCallable constructor;
  private PyType metatype;
  /** For builtin types scenario classes may derive from: how to make an instance of a subclass. */
  private Allocator allocator;
  /** Builtin methods of this type receive the value of a {@link PyBoxed} self. */
  private boolean unboxesSelf;
  /**
   * {@link #lookup} results by name ({@link #MISSING} for none), so an attribute look-up costs
   * one hash probe instead of one per class of the MRO. Cleared, with every subclass's, when
   * the namespace of this class changes ({@link #changed}).
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Object> lookups =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final Object MISSING = new Object();
  /** Scenario classes deriving from this one (user classes only; builtins never change). */
  private final List<PyType> subclasses = new ArrayList<>();

  /**
   * Makes the Java object for an instance of {@code type}, a scenario class whose nearest
   * builtin base (its "solid base") is the type the allocator is installed on. This is
   * {@code base.__new__(type, *args)}: immutable bases consume the arguments, mutable
   * containers ignore them ({@code __init__} fills them).
   */
  @FunctionalInterface
  public interface Allocator {
    Object allocate(PyType type, Object[] args, String[] kwNames);
  }

  PyType(String name, PyType[] bases, Layout layout, boolean builtin) {
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.bases = bases;
    this.layout = layout;
    this.builtin = builtin;
    this.dict = new PyDict();
    this.mro = computeMro(this, bases);
    if (!builtin) {
      for (PyType b : bases) {
        if (!b.builtin) {
          b.subclasses.add(this);
        }
      }
    }
  }

  /** A builtin type with the given bases (none means object). */
  public static PyType builtin(String name, Layout layout, PyType... bases) {
    return new PyType(name, bases, layout, true);
  }

  /** A class created by a scenario's {@code class} statement. */
  public static PyType userClass(String name, String qualname, String module, PyType[] bases, PyDict ns) {
    Layout layout = Layout.INSTANCE;
    for (PyType b : bases) {
      if (b.layout == Layout.EXCEPTION) {
        layout = Layout.EXCEPTION;
      }
    }
    PyType t = new PyType(name, bases, layout, false);
    t.qualname = qualname;
    t.module = module;
    t.dict.putAll(ns);
    return t;
  }

  @Override
  public PyType type() {
    return metatype != null ? metatype : Types.TYPE;
  }

  public void setMetatype(PyType metatype) {
    this.metatype = metatype;
  }

  public String name() {
    return name;
  }

  public String qualname() {
    return qualname;
  }

  public String module() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public PyType[] bases() {
    return bases;
  }

  public PyType base() {
    return bases.length == 0 ? null : bases[0];
  }

  public PyType[] mro() {
    return mro;
  }

  public PyDict dict() {
    return dict;
  }

  public Layout layout() {
    return layout;
  }

  public boolean isBuiltin() {
    return builtin;
  }

  PyCallable constructor() {
    return constructor;
  }

  /**
   * Declares how instances of scenario subclasses of this builtin type are made, and installs
   * {@code __new__} (so {@code base.__new__(cls, ...)} and {@code super().__new__(cls)} work).
   */
  public void setAllocator(Allocator allocator) {
    this.allocator = allocator;
    changed();
    dict.put("__new__", new Descriptors.StaticMethod(new PyBuiltin("__new__", (a, k) -> {
      if (a.length == 0 || !(a[0] instanceof PyType t)) {
        throw Errors.typeError(name + ".__new__(X): X is not a type object");
      }
      if (!t.isSubtypeOf(this)) {
        throw Errors.typeError(name + ".__new__(" + t.name() + "): " + t.name()
            + " is not a subtype of " + name);
      }
      Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
      return Classes.allocate(t, rest, k);
    })));
  }

  Allocator allocator() {
    return allocator;
  }

  /** The first builtin class of the MRO that knows how to allocate instances (object at worst). */
  PyType solidBase() {
    for (PyType t : mro) {
      if (t.builtin && t.allocator != null) {
        return t;
      }
    }
    return Types.OBJECT;
  }

  void setUnboxesSelf() {
    unboxesSelf = true;
  }

  boolean unboxesSelf() {
    return unboxesSelf;
  }

  public void setConstructor(PyCallable constructor) {
    this.constructor = constructor;
  }

  /** The value of {@code name} in the first class of the MRO defining it, or null. */
  public Object lookup(String name) {
    Object cached = lookups.get(name);
    if (cached != null) {
      return cached == MISSING ? null : cached;
    }
    Object found = null;
    for (PyType t : mro) {
      Object v = t.dict.get(name);
      if (v != null) {
        found = v;
        break;
      }
    }
    lookups.put(name, found == null ? MISSING : found);
    return found;
  }

  /** Must follow every change to this class's namespace: drops cached look-ups. */
  public void changed() {
    lookups.clear();
    for (PyType s : subclasses) {
      s.changed();
    }
  }

  /** The scenario classes deriving directly from this one ({@code __subclasses__()}). */
  public List<PyType> subclasses() {
    return subclasses;
  }

  /** The class of the MRO that defines {@code name}, or null. */
  public PyType definingClass(String name) {
    for (PyType t : mro) {
      if (t.dict.get(name) != null) {
        return t;
      }
    }
    return null;
  }

  public boolean isSubtypeOf(PyType other) {
    if (this == other) {
      return true;
    }
    for (PyType t : mro) {
      if (t == other) {
        return true;
      }
    }
    return false;
  }

  /** Installs a builtin method (takes self as its first argument). */
  public void method(String name, PyCallable body) {
    dict.put(name, new PyBuiltin(name, body, this));
    changed();
  }

  /** Installs a value in the type's namespace. */
  public void attribute(String name, Object value) {
    dict.put(name, value);
    changed();
  }

  // ---- C3 linearisation

  static PyType[] computeMro(PyType self, PyType[] bases) {
    List<List<PyType>> seqs = new ArrayList<>();
    for (PyType b : bases) {
      seqs.add(new ArrayList<>(List.of(b.mro)));
    }
    seqs.add(new ArrayList<>(List.of(bases)));
    List<PyType> out = new ArrayList<>();
    out.add(self);
    while (true) {
      seqs.removeIf(List::isEmpty);
      if (seqs.isEmpty()) {
        break;
      }
      PyType candidate = null;
      for (List<PyType> seq : seqs) {
        PyType head = seq.get(0);
        boolean inTail = false;
        for (List<PyType> other : seqs) {
          if (other.indexOf(head) > 0) {
            inTail = true;
            break;
          }
        }
        if (!inTail) {
          candidate = head;
          break;
        }
      }
      if (candidate == null) {
        StringBuilder names = new StringBuilder();
        for (PyType b : bases) {
          names.append(names.length() == 0 ? "" : ", ").append(b.name);
        }
        throw Errors.typeError(
            "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
      }
      out.add(candidate);
      for (List<PyType> seq : seqs) {
        if (!seq.isEmpty() && seq.get(0) == candidate) {
          seq.remove(0);
        }
      }
    }
    if (out.size() == 1 && self.builtin && !self.name.equals("object")) {
      out.add(Types.OBJECT);
    }
    return out.toArray(new PyType[0]);
  }

  @Override
  public String toString() {
    return "<class '" + (module.equals("builtins") ? "" : module + ".") + qualname + "'>";
  }
}
