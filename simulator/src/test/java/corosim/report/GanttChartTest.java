package corosim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corosim.trace.Recorder;
import corosim.trace.RunEnd;
import corosim.trace.Trace;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Headless smoke tests of the rendering; what the chart shows is tested on the model. */
class GanttChartTest {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir Path dir;

  @Test
  void write_headless_pngAndSvgAppearWithTitle() throws Exception {
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();

    ChartFiles files = GanttChart.write(Traces.twoTasksSleeping(), dir);

    assertThat(files.png()).isEqualTo(dir.resolve("two_tasks.png"));
    assertThat(files.svg()).isEqualTo(dir.resolve("two_tasks.svg"));
    assertThat(Files.readAllBytes(files.png())).startsWith(PNG_MAGIC);
    Document svg = parseXml(files.svg());
    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("two_tasks \u2014 elapsed 2.000000 s", "seed 0", "Task-2 worker", "loop");
  }

  @Test
  void write_sameTrace_byteIdenticalSvg() throws Exception {
    ChartFiles first = GanttChart.write(Traces.blockedLoop(), dir.resolve("first"));
    ChartFiles second = GanttChart.write(Traces.blockedLoop(), dir.resolve("second"));

    assertThat(Files.readAllBytes(second.svg())).isEqualTo(Files.readAllBytes(first.svg()));
  }

  @Test
  void write_leavesOnlyTheTwoFiles_noTemporaryFiles() throws Exception {
    GanttChart.write(Traces.lockWait(), dir);
    GanttChart.write(Traces.lockWait(), dir);

    assertThat(list(dir)).containsExactly("lock_wait.png", "lock_wait.svg");
  }

  @Test
  void write_missingDirectory_isCreated() throws Exception {
    Path nested = dir.resolve("reports").resolve("charts");

    GanttChart.write(Traces.bareYieldBehindBlocker(), nested);

    assertThat(list(nested)).containsExactly("bare_yield.png", "bare_yield.svg");
  }

  @Test
  void write_emptyTrace_stillDrawsAChart() throws Exception {
    Trace trace = Recorder.columnar().close("empty", 3, 0, RunEnd.OK);

    ChartFiles files = GanttChart.write(trace, dir);

    assertThat(Files.readAllBytes(files.png())).startsWith(PNG_MAGIC);
    assertThat(parseXml(files.svg()).getDocumentElement().getTextContent()).contains("seed 3");
  }

  @Test
  void write_scenarioNameWithSeparator_rejectedBeforeWriting() {
    Trace trace = Recorder.columnar().close("../escape", 0, 0, RunEnd.OK);

    assertThatThrownBy(() -> GanttChart.write(trace, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scenario name must be a plain file name, got '../escape'");
  }

  @Test
  void atomicWrite_moveFails_noTemporaryFileRemains() throws Exception {
    // The second target is a non-empty directory, which a file cannot be renamed over.
    Files.createDirectories(dir.resolve("b.svg").resolve("occupied"));
    LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
    files.put("b.png", new byte[] {1});
    files.put("b.svg", new byte[] {2});

    assertThatThrownBy(() -> AtomicFiles.write(dir, files)).isInstanceOf(IOException.class);
    assertThat(list(dir)).noneMatch(name -> name.endsWith(".tmp"));
  }

  @Test
  @Timeout(60)
  void write_twoThousandTasks_renders() throws Exception {
    Trace trace = Traces.manyTasks(2_000);

    ChartFiles files = GanttChart.write(trace, dir);

    assertThat(GanttModel.of(trace).rows()).hasSize(2_002);
    assertThat(Files.readAllBytes(files.png())).startsWith(PNG_MAGIC);
    assertThat(parseXml(files.svg()).getDocumentElement().getTextContent())
        .contains("many_tasks \u2014 elapsed 3.000000 s", "Task-8 worker", "Task-16 worker")
        .doesNotContain("Task-9 worker");
  }

  private static Document parseXml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // Never fetch a DTD from the network while parsing.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
