package corosim.report;

import corosim.trace.WaitKind;

/**
 * What a stretch of a chart row means. Task rows show {@link #RUNNING}, {@link #READY} (queued,
 * waiting for the loop, as asyncio's ready deque) and one {@code AWAITING_…} kind per {@link
 * WaitKind}; the loop row shows {@link #BUSY} and {@link #BLOCKED}, idle being the background.
 */
public enum SegmentKind {
  RUNNING("running"),
  READY("ready, waiting for the loop"),
  AWAITING_TIMER("awaiting timer"),
  AWAITING_FUTURE("awaiting future"),
  AWAITING_TASK("awaiting task"),
  AWAITING_IO("awaiting I/O"),
  AWAITING_LOCK("awaiting lock"),
  AWAITING_EVENT("awaiting event"),
  AWAITING_CONDITION("awaiting condition"),
  AWAITING_SEMAPHORE("awaiting semaphore"),
  AWAITING_QUEUE("awaiting queue"),
  AWAITING_BARRIER("awaiting barrier"),
  AWAITING_EXECUTOR("awaiting executor"),
  BUSY("loop busy"),
  BLOCKED("loop blocked");

  private final String legend;

  SegmentKind(String legend) {
    this.legend = legend;
  }

  /** The text of this kind in the chart's legend. */
  public String legend() {
    return legend;
  }

  /** The segment a task shows while suspended on {@code wait}; NONE means it is not waiting. */
  public static SegmentKind awaiting(WaitKind wait) {
    return switch (wait) {
      case NONE -> throw new IllegalArgumentException(
          "a task waiting for NONE is ready, not waiting");
      case TIMER -> AWAITING_TIMER;
      case FUTURE -> AWAITING_FUTURE;
      case TASK -> AWAITING_TASK;
      case IO -> AWAITING_IO;
      case LOCK -> AWAITING_LOCK;
      case EVENT -> AWAITING_EVENT;
      case CONDITION -> AWAITING_CONDITION;
      case SEMAPHORE -> AWAITING_SEMAPHORE;
      case QUEUE -> AWAITING_QUEUE;
      case BARRIER -> AWAITING_BARRIER;
      case EXECUTOR -> AWAITING_EXECUTOR;
    };
  }
}
