package corosim.report;

/**
 * Sizes of one chart: the time axis in virtual seconds ({@code lower..upper}, a little wider than
 * the data so marks at the edges show whole), the narrowest a bar or tick may be drawn, in
 * seconds, the image size in pixels, whose height grows with the rows up to {@link #MAX_HEIGHT},
 * and which rows get a label: every {@code labelStep}-th, so labels never overlap.
 */
record ChartLayout(
    double lower,
    double upper,
    double minWidth,
    double tickWidth,
    int width,
    int height,
    int labelStep) {
  static final int WIDTH = 1200;
  static final int MIN_HEIGHT = 320;
  static final int MAX_HEIGHT = 4000;
  /** Pixels per row while the height is under the maximum. */
  static final int ROW_HEIGHT = 22;
  /** Pixels for the title, subtitle, legend and time axis. */
  static final int FRAME_HEIGHT = 190;
  /** A zero-length step is drawn this wide: 0.3 % of the time axis, about 3 px. */
  static final double MIN_WIDTH_FRACTION = 0.003;
  static final double TICK_WIDTH_FRACTION = 0.001;
  static final double PAD_FRACTION = 0.02;
  /** Pixels a row label needs; once rows are thinner, only every n-th row is labelled. */
  static final int LABEL_HEIGHT = 14;
  /**
   * JFreeChart draws no ticks at all, and so no labels, on an axis with more than 500
   * ({@code ValueAxis.MAXIMUM_TICK_COUNT}) of them.
   */
  static final int MAX_LABELS = 500;

  static ChartLayout of(GanttModel model) {
    // A run that took no virtual time still gets a 1 s axis, so its instants have room.
    double span = model.end() > 0 ? model.end() : 1.0;
    double pad = span * PAD_FRACTION;
    double lower = -pad;
    double upper = span + pad;
    double range = upper - lower;
    long rows = model.rows().size();
    int height = (int) Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, FRAME_HEIGHT + rows * ROW_HEIGHT));
    double rowPixels = (double) (height - FRAME_HEIGHT) / Math.max(1, rows);
    int labelStep =
        (int) Math.max(Math.ceil(LABEL_HEIGHT / rowPixels), Math.ceil(rows / (double) MAX_LABELS));
    return new ChartLayout(
        lower,
        upper,
        range * MIN_WIDTH_FRACTION,
        range * TICK_WIDTH_FRACTION,
        WIDTH,
        height,
        Math.max(1, labelStep));
  }
}
