package corosim.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Locale;

/**
 * The chart's look in one place: a fixed colour-blind-friendly palette (Okabe–Ito for running,
 * ready and the loop; Paul Tol's light and muted schemes for the waits), how thick each kind of
 * bar is within its row, and the fonts. Thickness doubles the colour cue: running is a full bar,
 * ready a medium one, waiting a thin line, so the kinds stay apart without colour.
 */
final class Palette {
  static final Color BACKGROUND = Color.WHITE;
  static final Color GRID = new Color(0xC8C8C8);
  static final Color ROW_BAND = new Color(0xF2F2F2);
  static final Color TEXT = new Color(0x202020);
  static final Color TICK = Color.BLACK;

  /** Height of a printed-line tick as a fraction of the row. */
  static final double TICK_THICKNESS = 0.9;

  /** DejaVu Sans where installed (CI has fonts-dejavu-core), else the JDK's logical sans serif. */
  static final String FONT_FAMILY = fontFamily();

  static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 16);
  static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
  static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
  static final Font TICK_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);
  static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);

  private Palette() {}

  static Color color(SegmentKind kind) {
    return switch (kind) {
      case RUNNING -> new Color(0x0072B2); // Okabe–Ito blue
      case READY -> new Color(0xE69F00); // Okabe–Ito orange
      case AWAITING_TIMER -> new Color(0x99DDFF); // Tol light cyan
      case AWAITING_FUTURE -> new Color(0xBBBBBB); // Tol grey
      case AWAITING_TASK -> new Color(0x77AADD); // Tol light blue
      case AWAITING_IO -> new Color(0x44BB99); // Tol mint
      case AWAITING_LOCK -> new Color(0xEE8866); // Tol light orange
      case AWAITING_EVENT -> new Color(0xEEDD88); // Tol light yellow
      case AWAITING_CONDITION -> new Color(0xFFAABB); // Tol pink
      case AWAITING_SEMAPHORE -> new Color(0xBBCC33); // Tol pear
      case AWAITING_QUEUE -> new Color(0xAAAA00); // Tol olive
      case AWAITING_BARRIER -> new Color(0xCC6677); // Tol rose
      case AWAITING_EXECUTOR -> new Color(0xAA4499); // Tol purple
      case BUSY -> new Color(0x009E73); // Okabe–Ito bluish green
      case BLOCKED -> new Color(0xD55E00); // Okabe–Ito vermillion
    };
  }

  /** How much of its row's height a bar of this kind fills, from 0 to 1. */
  static double thickness(SegmentKind kind) {
    return switch (kind) {
      case RUNNING, BUSY -> 0.7;
      // Drawn over BUSY (a blocking step is also busy), so both show.
      case READY, BLOCKED -> 0.45;
      case AWAITING_TIMER,
          AWAITING_FUTURE,
          AWAITING_TASK,
          AWAITING_IO,
          AWAITING_LOCK,
          AWAITING_EVENT,
          AWAITING_CONDITION,
          AWAITING_SEMAPHORE,
          AWAITING_QUEUE,
          AWAITING_BARRIER,
          AWAITING_EXECUTOR -> 0.25;
    };
  }

  private static String fontFamily() {
    String[] installed =
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
    return Arrays.asList(installed).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
  }
}
