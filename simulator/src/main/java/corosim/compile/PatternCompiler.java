package corosim.compile;

import corosim.lang.Expr;
import corosim.lang.Node.MatchCase;
import corosim.lang.Operator;
import corosim.lang.Pattern;
import corosim.lang.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers {@code match} statements the way CPython 3.11's compiler does
 * ({@code compiler_match} and the {@code compiler_pattern_*} family): each pattern consumes
 * its subject from the top of the stack; captured values stay on the stack, below whatever the
 * pattern still works on, and are stored only once the whole pattern has matched, so a failed
 * case binds nothing. A failure jumps to {@code failPop[n]}, which pops the n items the pattern
 * had pushed so far.
 */
final class PatternCompiler implements Pattern.Visitor<Void> {
  private final Compiler c;
  /** Names captured so far by the pattern being compiled, in the order they are on the stack. */
  private List<String> stores = new ArrayList<>();
  /** Items on top of the stack that must stay there; captures go beneath them. */
  private int onTop;
  /** Whether a capture or wildcard of the whole subject is allowed here. */
  private boolean allowIrrefutable;
  private List<Label> failPop = new ArrayList<>();

  PatternCompiler(Compiler c) {
    this.c = c;
  }

  private CodeBuilder b() {
    return c.builder();
  }

  void match(Stmt.Match s) {
    c.expressions.compile(s.subject());
    Label end = new Label();
    List<MatchCase> cases = s.cases();
    int n = cases.size();
    MatchCase last = cases.get(n - 1);
    boolean hasDefault = isWildcard(last.pattern()) && n > 1;
    for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
      MatchCase m = cases.get(i);
      b().setPosition(m.pattern().span());
      boolean keepSubject = i != n - (hasDefault ? 1 : 0) - 1;
      if (keepSubject) {
        b().emit(Opcode.COPY, 1);
      }
      stores = new ArrayList<>();
      allowIrrefutable = m.guard() != null || i == n - 1;
      failPop = new ArrayList<>();
      onTop = 0;
      pattern(m.pattern());
      for (String name : stores) {
        c.unit().store(name);
      }
      if (m.guard() != null) {
        ensureFailPop(0);
        c.expressions.jumpIf(m.guard(), false, failPop.get(0));
      }
      if (keepSubject) {
        b().emit(Opcode.POP_TOP);
      }
      c.statements.body(m.body());
      b().emitJump(Opcode.JUMP, end);
      b().setPosition(m.pattern().span());
      emitAndResetFailPop();
    }
    if (hasDefault) {
      b().setPosition(last.pattern().span());
      if (n == 1) {
        b().emit(Opcode.POP_TOP);
      } else {
        b().emit(Opcode.NOP);
      }
      if (last.guard() != null) {
        c.expressions.jumpIf(last.guard(), false, end);
      }
      c.statements.body(last.body());
    }
    b().bind(end);
  }

  private static boolean isWildcard(Pattern p) {
    return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
  }

  private static boolean isStarWildcard(Pattern p) {
    return p instanceof Pattern.MatchStar s && s.name() == null;
  }

  private void pattern(Pattern p) {
    b().setPosition(p.span());
    p.accept(this);
  }

  /** A sub-pattern: irrefutable patterns are fine inside others. */
  private void subpattern(Pattern p) {
    boolean saved = allowIrrefutable;
    allowIrrefutable = true;
    pattern(p);
    allowIrrefutable = saved;
  }

  // ---- failure paths

  private void ensureFailPop(int n) {
    while (failPop.size() <= n) {
      failPop.add(new Label());
    }
  }

  /** Jumps (with {@code op}) to the block popping everything this pattern pushed. */
  private void jumpToFailPop(Opcode op) {
    int pops = onTop + stores.size();
    ensureFailPop(pops);
    b().emitJump(op, failPop.get(pops));
  }

  private void emitAndResetFailPop() {
    for (int i = failPop.size() - 1; i > 0; i--) {
      b().bind(failPop.get(i));
      b().emit(Opcode.POP_TOP);
    }
    if (!failPop.isEmpty()) {
      b().bind(failPop.get(0));
    }
    failPop = new ArrayList<>();
  }

  // ---- captures

  private void rotate(int count) {
    while (count > 1) {
      b().emit(Opcode.SWAP, count--);
    }
  }

  /** Moves the value on top beneath the kept items and earlier captures, to store later. */
  private void storeName(String name, Pattern at) {
    if (name == null) {
      b().emit(Opcode.POP_TOP);
      return;
    }
    if (stores.contains(name)) {
      c.error(at.span(), "multiple assignments to name '" + name + "' in pattern");
    }
    rotate(onTop + stores.size() + 1);
    stores.add(name);
  }

  // ---- the patterns

  @Override
  public Void visitMatchValue(Pattern.MatchValue p) {
    c.expressions.compile(p.value());
    b().setPosition(p.span());
    b().emit(Opcode.COMPARE_OP, Operator.Compare.EQ.ordinal());
    jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
    return null;
  }

  @Override
  public Void visitMatchSingleton(Pattern.MatchSingleton p) {
    b().emit(Opcode.LOAD_CONST, b().constant(p.value().value()));
    b().emit(Opcode.IS_OP, 0);
    jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
    return null;
  }

  @Override
  public Void visitMatchAs(Pattern.MatchAs p) {
    if (p.pattern() == null) {
      if (!allowIrrefutable) {
        if (p.name() != null) {
          c.error(p.span(), "name capture '" + p.name() + "' makes remaining patterns unreachable");
        }
        c.error(p.span(), "wildcard makes remaining patterns unreachable");
      }
      storeName(p.name(), p);
      return null;
    }
    onTop++;
    b().emit(Opcode.COPY, 1);
    pattern(p.pattern());
    onTop--;
    storeName(p.name(), p);
    return null;
  }

  @Override
  public Void visitMatchStar(Pattern.MatchStar p) {
    storeName(p.name(), p);
    return null;
  }

  @Override
  public Void visitMatchSequence(Pattern.MatchSequence p) {
    List<Pattern> patterns = p.patterns();
    int size = patterns.size();
    int star = -1;
    boolean onlyWildcard = true;
    boolean starWildcard = false;
    for (int i = 0; i < size; i++) {
      Pattern q = patterns.get(i);
      if (q instanceof Pattern.MatchStar) {
        if (star >= 0) {
          c.error(q.span(), "multiple starred names in sequence pattern");
        }
        starWildcard = isStarWildcard(q);
        onlyWildcard &= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &= isWildcard(q);
    }
    onTop++;
    b().emit(Opcode.MATCH_SEQUENCE);
    jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
    if (star < 0) {
      lengthCheck(size, Operator.Compare.EQ);
    } else if (size > 1) {
      lengthCheck(size - 1, Operator.Compare.GE);
    }
    onTop--;
    if (onlyWildcard) {
      b().emit(Opcode.POP_TOP);
    } else if (starWildcard) {
      sequenceSubscripts(patterns, star);
    } else {
      sequenceUnpack(patterns, star);
    }
    return null;
  }

  private void lengthCheck(int n, Operator.Compare op) {
    b().emit(Opcode.GET_LEN);
    b().emit(Opcode.LOAD_CONST, b().constant(java.math.BigInteger.valueOf(n)));
    b().emit(Opcode.COMPARE_OP, op.ordinal());
    jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
  }

  private void sequenceUnpack(List<Pattern> patterns, int star) {
    int size = patterns.size();
    if (star < 0) {
      b().emit(Opcode.UNPACK_SEQUENCE, size);
    } else {
      b().emit(Opcode.UNPACK_EX, star | (size - star - 1) << 8);
    }
    onTop += size;
    for (Pattern q : patterns) {
      onTop--;
      subpattern(q);
    }
  }

  /** {@code [first, *_, last]}: index the subject instead of unpacking all of it. */
  private void sequenceSubscripts(List<Pattern> patterns, int star) {
    onTop++;
    int size = patterns.size();
    for (int i = 0; i < size; i++) {
      Pattern q = patterns.get(i);
      if (isWildcard(q) || i == star) {
        continue;
      }
      b().emit(Opcode.COPY, 1);
      if (i < star) {
        b().emit(Opcode.LOAD_CONST, b().constant(java.math.BigInteger.valueOf(i)));
      } else {
        b().emit(Opcode.GET_LEN);
        b().emit(Opcode.LOAD_CONST, b().constant(java.math.BigInteger.valueOf(size - i)));
        b().emit(Opcode.BINARY_OP, Operator.Binary.SUB.ordinal());
      }
      b().emit(Opcode.BINARY_SUBSCR);
      subpattern(q);
    }
    onTop--;
    b().emit(Opcode.POP_TOP);
  }

  @Override
  public Void visitMatchMapping(Pattern.MatchMapping p) {
    List<Expr> keys = p.keys();
    int size = keys.size();
    onTop++;
    b().emit(Opcode.MATCH_MAPPING);
    jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
    if (size == 0 && p.rest() == null) {
      onTop--;
      b().emit(Opcode.POP_TOP);
      return null;
    }
    if (size > 0) {
      lengthCheck(size, Operator.Compare.GE);
    }
    List<Object> seen = new ArrayList<>();
    for (Expr key : keys) {
      if (key instanceof Expr.Constant k) {
        if (seen.contains(k.value())) {
          c.error(key.span(), "mapping pattern checks duplicate key (" + literal(k) + ")");
        }
        seen.add(k.value());
      } else if (!(key instanceof Expr.Attribute)) {
        c.error(key.span(), "mapping pattern keys may only match literals and attribute lookups");
      }
      c.expressions.compile(key);
    }
    b().setPosition(p.span());
    b().emit(Opcode.BUILD_TUPLE, size);
    b().emit(Opcode.MATCH_KEYS);
    onTop += 2;
    b().emit(Opcode.COPY, 1);
    b().emit(Opcode.LOAD_CONST, b().constant(Expr.Singleton.NONE));
    b().emit(Opcode.IS_OP, 1);
    jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
    b().emit(Opcode.UNPACK_SEQUENCE, size);
    onTop += size - 1;
    for (Pattern q : p.patterns()) {
      onTop--;
      subpattern(q);
    }
    onTop -= 2;
    if (p.rest() != null) {
      b().emit(Opcode.COPY_DICT_WITHOUT_KEYS); // consumes the subject and the keys
      storeName(p.rest(), p);
    } else {
      b().emit(Opcode.POP_TOP);
      b().emit(Opcode.POP_TOP);
    }
    return null;
  }

  private static String literal(Expr.Constant k) {
    Object v = k.value();
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    if (v instanceof Boolean bool) {
      return bool ? "True" : "False";
    }
    return String.valueOf(v);
  }

  @Override
  public Void visitMatchClass(Pattern.MatchClass p) {
    List<String> attrs = p.kwdAttrs();
    for (int i = 0; i < attrs.size(); i++) {
      for (int j = i + 1; j < attrs.size(); j++) {
        if (attrs.get(i).equals(attrs.get(j))) {
          c.error(p.kwdPatterns().get(j).span(),
              "attribute name repeated in class pattern: " + attrs.get(i));
        }
      }
    }
    int nargs = p.patterns().size();
    int nattrs = attrs.size();
    c.expressions.compile(p.cls());
    b().setPosition(p.span());
    b().emit(Opcode.LOAD_CONST, b().constant(new CodeObject.ConstTuple(new ArrayList<>(attrs))));
    b().emit(Opcode.MATCH_CLASS, nargs);
    b().emit(Opcode.COPY, 1);
    b().emit(Opcode.LOAD_CONST, b().constant(Expr.Singleton.NONE));
    b().emit(Opcode.IS_OP, 1);
    onTop++;
    jumpToFailPop(Opcode.POP_JUMP_IF_FALSE);
    b().emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs);
    onTop += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
      onTop--;
      Pattern q = i < nargs ? p.patterns().get(i) : p.kwdPatterns().get(i - nargs);
      if (isWildcard(q)) {
        b().emit(Opcode.POP_TOP);
        continue;
      }
      subpattern(q);
    }
    return null;
  }

  @Override
  public Void visitMatchOr(Pattern.MatchOr p) {
    Label end = new Label();
    List<String> oldStores = stores;
    int oldOnTop = onTop;
    boolean oldAllow = allowIrrefutable;
    List<Label> oldFailPop = failPop;
    List<String> control = null;
    List<Pattern> alts = p.patterns();
    for (int i = 0; i < alts.size(); i++) {
      Pattern alt = alts.get(i);
      b().setPosition(alt.span());
      stores = new ArrayList<>();
      allowIrrefutable = i == alts.size() - 1 && oldAllow;
      failPop = new ArrayList<>();
      onTop = 0;
      b().emit(Opcode.COPY, 1);
      pattern(alt);
      int nstores = stores.size();
      if (i == 0) {
        control = stores;
      } else if (nstores != control.size() || !stores.containsAll(control)) {
        c.error(p.span(), "alternative patterns bind different names");
      } else if (nstores > 0) {
        // Reorder the captures on the stack into the first alternative's order.
        for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
          String name = control.get(icontrol);
          int istores = stores.indexOf(name);
          if (icontrol != istores) {
            int rotations = istores + 1;
            List<String> rotated = new ArrayList<>(stores.subList(0, rotations));
            stores.subList(0, rotations).clear();
            stores.addAll(icontrol - istores, rotated);
            while (rotations-- > 0) {
              rotate(icontrol + 1);
            }
          }
        }
      }
      b().emitJump(Opcode.JUMP, end);
      emitAndResetFailPop();
    }
    stores = oldStores;
    onTop = oldOnTop;
    allowIrrefutable = oldAllow;
    failPop = oldFailPop;
    // No alternative matched: pop the remaining copy of the subject and fail.
    b().emit(Opcode.POP_TOP);
    jumpToFailPop(Opcode.JUMP);
    b().bind(end);
    int nstores = control.size();
    int nrots = nstores + 1 + onTop + stores.size();
    for (int i = 0; i < nstores; i++) {
      rotate(nrots);
      String name = control.get(i);
      if (stores.contains(name)) {
        c.error(p.span(), "multiple assignments to name '" + name + "' in pattern");
      }
      stores.add(name);
    }
    b().emit(Opcode.POP_TOP);
    return null;
  }
}
