package corosim.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope of a module as the symbol table sees it: what it binds, uses and declares, and —
 * after {@link ScopeAnalyzer} resolves it — where each name lives.
 */
final class Scope {
  enum Kind {
    MODULE,
    FUNCTION,
    CLASS,
    COMPREHENSION
  }

  /** Where a name lives, deciding which load/store instructions the compiler emits. */
  enum Binding {
    /** A fast local slot. */
    LOCAL,
    /** A local captured by an inner scope: lives in a cell. */
    CELL,
    /** Captured from an enclosing function scope. */
    FREE,
    /** Declared {@code global}. */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function scope: globals, then builtins. */
    GLOBAL_IMPLICIT,
    /** Bound in a class body or module: the namespace dict. */
    NAME
  }

  final Kind kind;
  final String name;
  final Scope parent;
  final Object node;
  final Set<String> params = new LinkedHashSet<>();
  final Set<String> assigned = new LinkedHashSet<>();
  final Set<String> used = new LinkedHashSet<>();
  final Set<String> globals = new LinkedHashSet<>();
  final Set<String> nonlocals = new LinkedHashSet<>();
  final List<Scope> children = new ArrayList<>();
  boolean generator;
  boolean coroutine;
  boolean hasAwait;
  /** A method using {@code super()} or {@code __class__}: needs the implicit __class__ cell. */
  boolean needsClassCell;
  String qualname;

  final Map<String, Binding> bindings = new LinkedHashMap<>();
  final Set<String> cells = new LinkedHashSet<>();
  final Set<String> frees = new LinkedHashSet<>();

  Scope(Kind kind, String name, Scope parent, Object node) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
    this.node = node;
    if (parent != null) {
      parent.children.add(this);
    }
  }

  boolean isFunctionLike() {
    return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
  }

  /** Whether the body runs as a coroutine (async def, or an async comprehension). */
  boolean isAsync() {
    return coroutine;
  }

  Binding binding(String name) {
    Binding b = bindings.get(name);
    if (b != null) {
      return b;
    }
    return kind == Kind.MODULE || kind == Kind.CLASS ? Binding.NAME : Binding.GLOBAL_IMPLICIT;
  }

  /** Local slot names in order: parameters first, then other locals. */
  List<String> varNames() {
    List<String> out = new ArrayList<>(params);
    if (isFunctionLike()) {
      for (Map.Entry<String, Binding> e : bindings.entrySet()) {
        if (e.getValue() == Binding.LOCAL && !params.contains(e.getKey())) {
          out.add(e.getKey());
        }
      }
    }
    return out;
  }
}
