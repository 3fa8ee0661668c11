package corosim.compile;

import corosim.lang.Stmt;
import java.util.List;

/**
 * A block the compiler is inside of, for {@code return}, {@code break} and {@code continue} to
 * unwind: what is on the stack for it and what must run on the way out (CPython's fblockinfo).
 *
 * @param kind what kind of block
 * @param start the loop's continue target (loops only)
 * @param exit the loop's break target (loops only)
 * @param finalBody the finally body to run on the way out (FINALLY_TRY only)
 * @param name the {@code except ... as name} variable to clear (HANDLER_CLEANUP only)
 * @param handlersBefore the exception handler nesting to go back to when leaving the block
 */
record FBlock(
    Kind kind, Label start, Label exit, List<Stmt> finalBody, String name, int handlersBefore) {
  enum Kind {
    WHILE_LOOP,
    FOR_LOOP,
    ASYNC_FOR_LOOP,
    TRY_EXCEPT,
    FINALLY_TRY,
    FINALLY_END,
    HANDLER_CLEANUP,
    /** The body of an except* clause: return, break and continue may not leave it. */
    EXCEPTION_GROUP_HANDLER,
    WITH,
    ASYNC_WITH,
    POP_VALUE
  }

  boolean isLoop() {
    return kind == Kind.WHILE_LOOP || kind == Kind.FOR_LOOP || kind == Kind.ASYNC_FOR_LOOP;
  }
}
