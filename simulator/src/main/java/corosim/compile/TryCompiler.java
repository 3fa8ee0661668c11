package corosim.compile;

import corosim.compile.FBlock.Kind;
import corosim.lang.Node.ExceptHandler;
import corosim.lang.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Lowers {@code try} statements as CPython 3.11's compiler does: handlers as entries of the
 * exception table, {@code finally} bodies copied onto the normal and the exceptional path,
 * {@code except} clauses restoring the handled exception, and {@code except*}.
 */
final class TryCompiler {
  private final Compiler c;
  private final StatementCompiler st;

  TryCompiler(Compiler c, StatementCompiler st) {
    this.c = c;
    this.st = st;
  }

  private CodeBuilder b() {
    return c.builder();
  }

  private Unit u() {
    return c.unit();
  }

  private ExpressionCompiler x() {
    return c.expressions;
  }

  void compile(Stmt.Try s) {
    if (!s.finalBody().isEmpty()) {
      tryFinally(s);
    } else if (s.isStar()) {
      tryStar(s);
    } else {
      tryExcept(s);
    }
  }

  private void tryFinally(Stmt.Try s) {
    Label fin = new Label();
    Label end = new Label();
    int d = b().depth();
    int before = b().handlerStack().size();
    b().pushHandler(fin, d);
    st.push(Kind.FINALLY_TRY, null, null, s.finalBody(), null, before);
    if (s.isStar()) {
      tryStar(s);
    } else if (!s.handlers().isEmpty()) {
      tryExcept(s);
    } else {
      st.body(s.body());
    }
    st.pop();
    b().popHandler();
    st.body(s.finalBody());
    b().emitJump(Opcode.JUMP, end);
    // The exception path: [prev, exc] while the finally body runs, then re-raise.
    b().bind(fin);
    Label cleanup = new Label();
    int cleanupBefore = b().handlerStack().size();
    b().pushHandler(cleanup, d + 1);
    b().emit(Opcode.PUSH_EXC_INFO);
    st.push(Kind.FINALLY_END, cleanupBefore, null);
    st.body(s.finalBody());
    st.pop();
    b().emit(Opcode.RERAISE);
    b().popHandler();
    popExceptAndReraise(cleanup);
    b().bind(end);
  }

  /** The shared cleanup handler: restore the previously handled exception and re-raise. */
  void popExceptAndReraise(Label cleanup) {
    b().bind(cleanup);
    b().emit(Opcode.SWAP, 2);
    b().emit(Opcode.POP_EXCEPT);
    b().emit(Opcode.RERAISE);
  }

  private void tryExcept(Stmt.Try s) {
    Label handler = new Label();
    Label end = new Label();
    int d = b().depth();
    int before = b().handlerStack().size();
    b().pushHandler(handler, d);
    st.push(Kind.TRY_EXCEPT, null, null, null, null, before);
    int guard = StatementCompiler.catchesImportError(s.handlers()) ? 1 : 0;
    st.importGuards += guard;
    st.body(s.body());
    st.importGuards -= guard;
    st.pop();
    b().popHandler();
    st.body(s.orElse());
    b().emitJump(Opcode.JUMP, end);
    b().bind(handler);
    Label cleanup = new Label();
    int cleanupBefore = b().handlerStack().size();
    b().pushHandler(cleanup, d + 1);
    b().emit(Opcode.PUSH_EXC_INFO);
    List<ExceptHandler> handlers = s.handlers();
    for (int i = 0; i < handlers.size(); i++) {
      ExceptHandler h = handlers.get(i);
      b().setPosition(h.span());
      Label next = new Label();
      if (h.type() == null && i < handlers.size() - 1) {
        c.error(h.span(), "default 'except:' must be last");
      }
      if (h.type() != null) {
        x().compile(h.type());
        b().emit(Opcode.CHECK_EXC_MATCH);
        b().emitJump(Opcode.POP_JUMP_IF_FALSE, next);
      }
      if (h.name() != null) {
        u().store(h.name());
        Label clearName = new Label();
        b().pushHandler(clearName, d + 1);
        st.push(Kind.HANDLER_CLEANUP, cleanupBefore, h.name());
        st.body(h.body());
        st.pop();
        b().popHandler();
        leaveHandler(h.name(), end);
        // An exception inside the body: clear the name, then the shared cleanup.
        b().bind(clearName);
        st.clearName(h.name());
        b().emit(Opcode.RERAISE);
      } else {
        b().emit(Opcode.POP_TOP);
        st.push(Kind.HANDLER_CLEANUP, cleanupBefore, null);
        st.body(h.body());
        st.pop();
        leaveHandler(null, end);
      }
      b().bind(next);
    }
    b().emit(Opcode.RERAISE);
    b().popHandler();
    popExceptAndReraise(cleanup);
    b().bind(end);
  }

  /**
   * {@code try/except*} as CPython 3.11's compiler_try_star_except lowers it. While the
   * handlers run the stack holds {@code [prev, orig, raised, rest]}: the original exception,
   * the list of what the handler bodies raised (or re-raised), and the part of the group no
   * handler has matched yet. CHECK_EG_MATCH splits {@code rest} for each clause;
   * PREP_RERAISE_STAR combines what is left into the exception the statement raises.
   */
  private void tryStar(Stmt.Try s) {
    Label handler = new Label();
    Label end = new Label();
    int d = b().depth();
    int before = b().handlerStack().size();
    b().pushHandler(handler, d);
    st.push(Kind.TRY_EXCEPT, null, null, null, null, before);
    st.body(s.body());
    st.pop();
    b().popHandler();
    st.body(s.orElse());
    b().emitJump(Opcode.JUMP, end);
    b().bind(handler);
    Label cleanup = new Label();
    int cleanupBefore = b().handlerStack().size();
    b().pushHandler(cleanup, d + 1);
    b().emit(Opcode.PUSH_EXC_INFO);
    b().emit(Opcode.COPY, 1);
    b().emit(Opcode.BUILD_LIST, 0);
    b().emit(Opcode.SWAP, 2);
    Label reraiseStar = new Label();
    List<ExceptHandler> handlers = s.handlers();
    for (int i = 0; i < handlers.size(); i++) {
      ExceptHandler h = handlers.get(i);
      b().setPosition(h.span());
      Label next = new Label();
      Label matched = new Label();
      x().compile(h.type());
      b().setPosition(h.span());
      b().emit(Opcode.CHECK_EG_MATCH);
      b().emit(Opcode.COPY, 1);
      b().emitJump(Opcode.POP_JUMP_IF_NOT_NONE, matched);
      b().emit(Opcode.POP_TOP);
      b().emitJump(Opcode.JUMP, next);
      b().bind(matched);
      if (h.name() != null) {
        u().store(h.name());
      } else {
        b().emit(Opcode.POP_TOP);
      }
      Label raisedInBody = new Label();
      b().pushHandler(raisedInBody, d + 4);
      st.push(Kind.EXCEPTION_GROUP_HANDLER, cleanupBefore, h.name());
      st.body(h.body());
      st.pop();
      b().popHandler();
      if (h.name() != null) {
        st.clearName(h.name());
      }
      b().emitJump(Opcode.JUMP, next);
      // [prev, orig, raised, rest, exc]: keep what the handler body raised.
      b().bind(raisedInBody);
      if (h.name() != null) {
        st.clearName(h.name());
      }
      b().emit(Opcode.LIST_APPEND, 2);
      b().emitJump(Opcode.JUMP, next);
      b().bind(next);
      if (i == handlers.size() - 1) {
        b().emit(Opcode.LIST_APPEND, 1); // the unhandled rest, or None
        b().emitJump(Opcode.JUMP, reraiseStar);
      }
    }
    b().bind(reraiseStar);
    Label reraise = new Label();
    b().emit(Opcode.PREP_RERAISE_STAR);
    b().emit(Opcode.COPY, 1);
    b().emitJump(Opcode.POP_JUMP_IF_NOT_NONE, reraise);
    b().popHandler();
    b().emit(Opcode.POP_TOP);
    b().emit(Opcode.POP_EXCEPT);
    b().emitJump(Opcode.JUMP, end);
    b().bind(reraise);
    b().emit(Opcode.SWAP, 2);
    b().emit(Opcode.POP_EXCEPT);
    b().emit(Opcode.RERAISE);
    popExceptAndReraise(cleanup);
    b().bind(end);
  }

  /**
   * Normal end of an except clause: POP_EXCEPT outside the cleanup region (the innermost
   * handler), clear the name, jump past the try statement.
   */
  private void leaveHandler(String name, Label end) {
    List<Integer> saved = new ArrayList<>(b().handlerStack());
    b().restoreHandlers(saved.subList(0, saved.size() - 1));
    b().emit(Opcode.POP_EXCEPT);
    if (name != null) {
      st.clearName(name);
    }
    b().emitJump(Opcode.JUMP, end);
    b().restoreHandlers(saved);
  }
}
