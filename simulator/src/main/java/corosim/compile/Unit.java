package corosim.compile;

import corosim.compile.Scope.Binding;
import corosim.compile.Scope.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler's state for one code object: its scope, the builder, the blocks being compiled
 * and the slot of every local and cell.
 */
final class Unit {
  final Scope scope;
  final CodeBuilder builder = new CodeBuilder();
  final Deque<FBlock> blocks = new ArrayDeque<>();
  final List<String> varNames;
  final List<String> cellVars;
  final List<String> freeVars;
  /** The docstring of the function being compiled, or null. */
  String doc;
  private final Map<String, Integer> localSlots = new HashMap<>();
  private final Map<String, Integer> derefSlots = new HashMap<>();

  Unit(Scope scope) {
    this.scope = scope;
    this.varNames = scope.varNames();
    this.cellVars = new ArrayList<>(scope.cells);
    this.freeVars = new ArrayList<>(scope.frees);
    for (int i = 0; i < varNames.size(); i++) {
      localSlots.put(varNames.get(i), i);
    }
    for (int i = 0; i < cellVars.size(); i++) {
      derefSlots.put(cellVars.get(i), i);
    }
    for (int i = 0; i < freeVars.size(); i++) {
      derefSlots.putIfAbsent(freeVars.get(i), cellVars.size() + i);
    }
  }

  int localSlot(String name) {
    Integer slot = localSlots.get(name);
    if (slot == null) {
      throw new IllegalStateException("no local slot for '" + name + "' in " + scope.qualname);
    }
    return slot;
  }

  /** The index of a cell or free variable among the frame's cells (cells first, then frees). */
  int derefSlot(String name) {
    Integer slot = derefSlots.get(name);
    if (slot == null) {
      throw new IllegalStateException("no cell for '" + name + "' in " + scope.qualname);
    }
    return slot;
  }

  boolean inClassBody() {
    return scope.kind == Kind.CLASS;
  }

  void load(String name) {
    Binding b = scope.binding(name);
    switch (b) {
      case LOCAL -> builder.emit(Opcode.LOAD_FAST, localSlot(name));
      case CELL, FREE -> builder.emit(
          inClassBody() ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF, derefSlot(name));
      case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> builder.emit(Opcode.LOAD_GLOBAL, builder.name(name));
      case NAME -> builder.emit(
          scope.kind == Kind.MODULE ? Opcode.LOAD_GLOBAL : Opcode.LOAD_NAME, builder.name(name));
    }
  }

  void store(String name) {
    Binding b = scope.binding(name);
    switch (b) {
      case LOCAL -> builder.emit(Opcode.STORE_FAST, localSlot(name));
      case CELL, FREE -> builder.emit(Opcode.STORE_DEREF, derefSlot(name));
      case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> builder.emit(
          Opcode.STORE_GLOBAL, builder.name(name));
      case NAME -> builder.emit(
          scope.kind == Kind.MODULE ? Opcode.STORE_GLOBAL : Opcode.STORE_NAME, builder.name(name));
    }
  }

  void delete(String name) {
    Binding b = scope.binding(name);
    switch (b) {
      case LOCAL -> builder.emit(Opcode.DELETE_FAST, localSlot(name));
      case CELL, FREE -> builder.emit(Opcode.DELETE_DEREF, derefSlot(name));
      case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> builder.emit(
          Opcode.DELETE_GLOBAL, builder.name(name));
      case NAME -> builder.emit(
          scope.kind == Kind.MODULE ? Opcode.DELETE_GLOBAL : Opcode.DELETE_NAME,
          builder.name(name));
    }
  }

  int flags() {
    int flags = 0;
    if (scope.kind == Kind.MODULE || scope.kind == Kind.CLASS) {
      flags |= CodeObject.NAMESPACE;
    }
    boolean gen = scope.generator;
    boolean coro = scope.coroutine;
    if (gen && coro) {
      flags |= CodeObject.ASYNC_GENERATOR;
    } else if (gen) {
      flags |= CodeObject.GENERATOR;
    } else if (coro) {
      flags |= CodeObject.COROUTINE;
    }
    return flags;
  }

  int[] cellFromArg() {
    int[] out = new int[cellVars.size()];
    for (int i = 0; i < out.length; i++) {
      Integer slot = scope.params.contains(cellVars.get(i)) ? localSlots.get(cellVars.get(i)) : null;
      out[i] = slot == null ? -1 : slot;
    }
    return out;
  }
}
