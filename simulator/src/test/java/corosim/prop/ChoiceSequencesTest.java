package corosim.prop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChoiceSequencesTest {
  @Test
  void shortlex_ordersByLengthThenLexicographically() {
    assertThat(ChoiceSequences.shortlex(new long[] {9}, new long[] {0, 0})).isNegative();
    assertThat(ChoiceSequences.shortlex(new long[] {1, 5}, new long[] {2, 0})).isNegative();
    assertThat(ChoiceSequences.shortlex(new long[] {1, 5}, new long[] {1, 5})).isZero();
  }

  @Test
  void inlineForm_roundTrips() {
    long[] s = {1, 1001, 0, Long.MAX_VALUE};
    assertThat(ChoiceSequences.format(s)).isEqualTo("1,1001,0,9223372036854775807");
    assertThat(ChoiceSequences.parse(ChoiceSequences.format(s))).isEqualTo(s);
    assertThat(ChoiceSequences.parse(" 1, 2 ,3")).containsExactly(1, 2, 3);
    assertThat(ChoiceSequences.parse("empty")).isEmpty();
    assertThat(ChoiceSequences.format(new long[0])).isEqualTo("empty");
    assertThatThrownBy(() -> ChoiceSequences.parse("1,-2"))
        .hasMessage("a choice sequence is comma-separated non-negative integers or 'empty', got '1,-2'");
  }

  @Test
  void replayFile_roundTrips(@TempDir Path dir) throws Exception {
    Path file = Replay.write(dir, "A.b c", 42, new long[] {3, 0});
    assertThat(file.getFileName()).hasToString("A.b_c.replay");
    Replay r = Replay.parse(file.toString());
    assertThat(r.property()).isEqualTo("A.b c");
    assertThat(r.seed()).isEqualTo(42);
    assertThat(r.choices()).containsExactly(3, 0);
    assertThat(r.appliesTo("A.b c")).isTrue();
    assertThat(r.appliesTo("other")).isFalse();
    assertThat(Replay.parse("3,0").appliesTo("other")).isTrue();
  }

  @Test
  void replayFile_withUnknownKey_isRejected(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.replay");
    Files.writeString(file, "choices=1\nseeds=2\n");
    assertThatThrownBy(() -> Replay.parse(file.toString()))
        .hasMessage(file + ": unknown key 'seeds' in replay file, expected property, seed or choices");
  }
}
