package corosim.harness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * CPython 3.11's asyncio on a virtual clock: runs {@code src/test/python/virtual_clock.py}
 * on a scenario and returns what it printed. This is the truth corosim's output is
 * compared with, stamp for stamp; differential tests reuse it.
 *
 * <p>The interpreter is {@code python3} from the PATH unless the system property
 * {@code corosim.python} or the environment variable {@code COROSIM_PYTHON} names
 * another. A missing interpreter is an error, never a reason to skip.
 */
public final class PythonReference {

    /** Longest a single run may take before it is killed and reported. */
    public static final long TIMEOUT_SECONDS = 60;

    /** Exit code of the runner when the program deadlocks ({@code # DEADLOCK t}). */
    public static final int EXIT_DEADLOCK = 3;

    /**
     * Exit code of the runner when the program does something its model does not cover (a
     * job that calls into the loop, a blocking wait on a pending job, another executor...).
     */
    public static final int EXIT_UNSUPPORTED = 4;

    private final String python;
    private final Path runner;

    /**
     * What one run printed, and how it ended. {@code steps} is what the runner wrote with
     * {@code --steps} (one {@code %.6f<TAB>task name} line per task step), empty for a run
     * that did not ask for it ({@link #runStampedWithSteps}).
     */
    public record Result(int exitCode, String stdout, String stderr, String steps) {
        public Result {
            Objects.requireNonNull(stdout, "stdout");
            Objects.requireNonNull(stderr, "stderr");
            Objects.requireNonNull(steps, "steps");
        }

        public Result(int exitCode, String stdout, String stderr) {
            this(exitCode, stdout, stderr, "");
        }
    }

    public PythonReference(String python, Path runner) {
        this.python = Objects.requireNonNull(python, "python");
        this.runner = Objects.requireNonNull(runner, "runner");
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException("reference runner not found at " + runner.toAbsolutePath());
        }
    }

    /**
     * The reference as the build sees it: the runner under {@code src/test/python} of the
     * simulator module, resolved from {@code user.dir} (the module folder under surefire).
     */
    public static PythonReference fromBuild() {
        String python = System.getProperty("corosim.python");
        if (python == null || python.isBlank()) {
            python = System.getenv("COROSIM_PYTHON");
        }
        if (python == null || python.isBlank()) {
            python = "python3";
        }
        Path module = Path.of(System.getProperty("user.dir"));
        return new PythonReference(python, module.resolve("src/test/python/virtual_clock.py"));
    }

    public Path runner() {
        return runner;
    }

    /** {@code python3 virtual_clock.py --stamp file}: stamped lines, then # elapsed or # DEADLOCK. */
    public Result runStamped(Path file) {
        return run(List.of(runner.toString(), "--stamp", file.toString()), file.getParent());
    }

    /**
     * {@code python3 virtual_clock.py --stamp --steps STEPS file}: as {@link #runStamped}, and
     * the task steps the runner wrote to a temporary STEPS file in {@link Result#steps()}
     * (stderr keeps only tracebacks, warnings and runner messages).
     */
    public Result runStampedWithSteps(Path file) {
        Path steps = null;
        try {
            steps = Files.createTempFile("corosim-reference", ".steps");
            Result result = run(List.of(runner.toString(), "--stamp", "--steps", steps.toString(),
                    file.toString()), file.getParent());
            return new Result(result.exitCode(), result.stdout(), result.stderr(), read(steps));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the steps of a reference run: " + e.getMessage(), e);
        } finally {
            deleteQuietly(steps);
        }
    }

    /** {@code python3 virtual_clock.py file}: the program's own output, untouched. */
    public Result runPlain(Path file) {
        return run(List.of(runner.toString(), file.toString()), file.getParent());
    }

    /** Writes {@code source} to a temporary {@code scenario.py} and runs it stamped. */
    public Result runStampedSource(String source) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("corosim-reference");
            Path file = folder.resolve("scenario.py");
            Files.writeString(file, source, StandardCharsets.UTF_8);
            return runStamped(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a temporary scenario: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The interpreter's version, e.g. {@code 3.11.7}. */
    public String version() {
        Result result = run(List.of("-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"), null);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(python + " could not tell its version: " + result.stderr());
        }
        return result.stdout().strip();
    }

    /** Runs {@code python args...} in {@code workDir} (or the current folder), UTF-8 both ways. */
    public Result run(List<String> args, Path workDir) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("corosim-reference", ".out");
            err = Files.createTempFile("corosim-reference", ".err");
            ProcessBuilder builder = new ProcessBuilder(command(args))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            if (workDir != null) {
                builder.directory(workDir.toFile());
            }
            configure(builder.environment());
            Process process = start(builder);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("reference run timed out after " + TIMEOUT_SECONDS
                        + " s: " + String.join(" ", command(args)) + "\nstderr:\n" + read(err));
            }
            return new Result(process.exitValue(), read(out), read(err));
        } catch (IOException e) {
            throw new IllegalStateException("reference run failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + python, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private List<String> command(List<String> args) {
        return Stream.concat(Stream.of(python), args.stream()).toList();
    }

    private Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start '" + python + "': the reference runner needs CPython 3.11"
                    + " on the PATH (or -Dcorosim.python=/path/to/python3.11): " + e.getMessage(), e);
        }
    }

    /** Output must not depend on the caller's environment: UTF-8, fixed str hashes, no debug mode. */
    private static void configure(Map<String, String> env) {
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONUTF8", "1");
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.remove("PYTHONASYNCIODEBUG");
        env.remove("PYTHONDEVMODE");
        env.remove("PYTHONWARNINGS");
        env.remove("PYTHONSTARTUP");
        env.remove("PYTHONINSPECT");
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }
}
