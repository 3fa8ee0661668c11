package corosim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import corosim.trace.Recorder;
import corosim.trace.RunEnd;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class GanttDatasetTest {
  @Test
  void layout_timeAxis_padsTheDataAtBothEnds() {
    ChartLayout layout = ChartLayout.of(GanttModel.of(Traces.twoTasksSleeping()));

    assertThat(layout.lower()).isCloseTo(-0.04, within(1e-12));
    assertThat(layout.upper()).isCloseTo(2.04, within(1e-12));
    assertThat(layout.minWidth()).isCloseTo(2.08 * 0.003, within(1e-12));
  }

  @Test
  void layout_runTookNoTime_axisSpansOneSecond() {
    GanttModel model = GanttModel.of(Recorder.columnar().close("x", 0, 0, RunEnd.OK));

    ChartLayout layout = ChartLayout.of(model);

    assertThat(layout.lower()).isCloseTo(-0.02, within(1e-12));
    assertThat(layout.upper()).isCloseTo(1.02, within(1e-12));
  }

  @Test
  void layout_height_growsWithRowsUpToTheMaximum() {
    int few = ChartLayout.of(GanttModel.of(Traces.manyTasks(3))).height();
    int more = ChartLayout.of(GanttModel.of(Traces.manyTasks(30))).height();
    int lots = ChartLayout.of(GanttModel.of(Traces.manyTasks(2_000))).height();

    assertThat(few).isEqualTo(ChartLayout.MIN_HEIGHT);
    assertThat(more).isEqualTo(ChartLayout.FRAME_HEIGHT + 32 * ChartLayout.ROW_HEIGHT);
    assertThat(lots).isEqualTo(ChartLayout.MAX_HEIGHT);
  }

  @Test
  void layout_rowsThinnerThanALabel_labelEveryNthRowOnly() {
    ChartLayout few = ChartLayout.of(GanttModel.of(Traces.manyTasks(30)));
    ChartLayout lots = ChartLayout.of(GanttModel.of(Traces.manyTasks(2_000)));

    assertThat(few.labelStep()).isEqualTo(1);
    // 2,002 rows in 3,810 px: 1.9 px a row, a 14 px label every 8 rows.
    assertThat(lots.labelStep()).isEqualTo(8);
  }

  @Test
  void series_oneSeriesPerKindPresent_inDrawingOrder_ticksLast() {
    GanttModel model = GanttModel.of(Traces.twoTasksSleeping());

    XYIntervalSeriesCollection data = GanttDataset.of(model, ChartLayout.of(model));

    assertThat(keys(data))
        .containsExactly("awaiting timer", "awaiting future", "running", "printed line");
  }

  @Test
  void series_zeroLengthStep_widenedToMinimumAroundItsInstant_inItsRowBand() {
    GanttModel model = GanttModel.of(Traces.twoTasksSleeping());
    ChartLayout layout = ChartLayout.of(model);

    XYIntervalSeriesCollection data = GanttDataset.of(model, layout);

    int running = 2;
    // The first running mark is Task-1 main's step at 0, on row 1.
    assertThat(data.getStartXValue(running, 0)).isCloseTo(-layout.minWidth() / 2, within(1e-12));
    assertThat(data.getEndXValue(running, 0)).isCloseTo(layout.minWidth() / 2, within(1e-12));
    assertThat(data.getStartYValue(running, 0)).isCloseTo(1 - 0.35, within(1e-12));
    assertThat(data.getEndYValue(running, 0)).isCloseTo(1 + 0.35, within(1e-12));
  }

  @Test
  void series_longSegment_keepsItsExactSpan() {
    GanttModel model = GanttModel.of(Traces.twoTasksSleeping());

    XYIntervalSeriesCollection data = GanttDataset.of(model, ChartLayout.of(model));

    int timers = 0;
    assertThat(data.getStartXValue(timers, 0)).isEqualTo(0.0);
    assertThat(data.getEndXValue(timers, 0)).isEqualTo(1.0);
    assertThat(data.getYValue(timers, 0)).isEqualTo(2.0);
  }

  @Test
  void colors_everyKindHasItsOwn() {
    assertThat(Arrays.stream(SegmentKind.values()).map(Palette::color).distinct())
        .hasSize(SegmentKind.values().length);
  }

  private static List<String> keys(XYIntervalSeriesCollection data) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < data.getSeriesCount(); i++) {
      keys.add(String.valueOf(data.getSeriesKey(i)));
    }
    return keys;
  }
}
