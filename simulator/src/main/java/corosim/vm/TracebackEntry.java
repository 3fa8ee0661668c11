package corosim.vm;

import corosim.compile.CodeObject;

/** One frame of a Python traceback: the code, and the line the exception passed through. */
public record TracebackEntry(CodeObject code, int line) {}
