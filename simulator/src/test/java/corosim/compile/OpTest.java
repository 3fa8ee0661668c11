package corosim.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The interpreter dispatches on {@link Op}'s int constants: they must mirror {@link Opcode}. */
class OpTest {
  @Test
  void everyOpConstant_isItsOpcodesOrdinal() throws Exception {
    for (Opcode op : Opcode.values()) {
      Field f = Op.class.getField(op.name());
      assertThat(f.getInt(null)).as(op.name()).isEqualTo(op.ordinal());
    }
    assertThat(Op.class.getFields()).hasSize(Opcode.values().length);
  }

  @Test
  void theInterpreter_hasACaseForEveryOpcode() throws IOException {
    String interpreter = Files.readString(Path.of("src/main/java/corosim/vm/Interpreter.java"));
    for (Opcode op : Opcode.values()) {
      assertThat(interpreter).as("case for %s", op).containsPattern("Op\\." + op.name() + "\\b");
    }
  }
}
