package corosim.vm.lib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry: what is supported, what is deliberately not, and that every module loads. */
class LibraryTest {
  @Test
  void supported_listsTheLibraryWithAsyncioSysAndTime_sorted() {
    List<String> names = Library.supported();
    assertThat(names).contains("asyncio", "sys", "time", "random", "math", "json", "collections",
        "collections.abc", "itertools", "functools", "contextlib", "dataclasses", "enum",
        "typing", "string", "logging", "uuid", "heapq", "bisect", "operator", "copy",
        "statistics", "textwrap", "abc", "hashlib", "io", "fractions");
    assertThat(names).isSorted().doesNotHaveDuplicates()
        .noneMatch(n -> n.startsWith("_")).doesNotContain("os", "pathlib");
  }

  @Test
  void hint_forSandboxedModules_saysWhatToUse() {
    assertThat(Library.hint("os")).contains("sandbox");
    assertThat(Library.hint("os.path")).isEqualTo(Library.hint("os"));
    assertThat(Library.hint("pathlib")).contains("file system");
    assertThat(Library.hint("subprocess")).contains("asyncio.sleep");
    assertThat(Library.hint("threading")).contains("asyncio");
    assertThat(Library.hint("random")).isNull();
    assertThat(Library.hint("nosuchmodule")).isNull();
  }

  @Test
  void everySupportedModule_importsInAFreshRun() {
    StringBuilder program = new StringBuilder();
    for (String name : Library.supported()) {
      if (!name.equals("asyncio")) {
        program.append("import ").append(name).append('\n');
      }
    }
    program.append("print('ok')\n");
    assertThat(LibRun.corosim(program.toString())).isEqualTo("ok\n");
  }

  @Test
  void unsupportedModule_isModuleNotFoundError() {
    assertThat(LibRun.corosim("try:\n    import os\nexcept ImportError as e:\n    print(e)\n"))
        .isEqualTo("No module named 'os'\n");
  }
}
