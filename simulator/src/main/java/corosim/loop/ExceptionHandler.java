package corosim.loop;

/** A handler installed with {@code loop.set_exception_handler}. */
@FunctionalInterface
public interface ExceptionHandler {
  void handle(EventLoop loop, ErrorContext context);
}
