package corosim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes finished files so a reader never sees half of one: each goes to a hidden temporary file in
 * the same directory, then is renamed over its target in one step.
 */
final class AtomicFiles {
  private static final AtomicLong COUNTER = new AtomicLong();

  private AtomicFiles() {}

  /**
   * Writes every (file name, content) pair into {@code dir}, creating it if missing, and returns
   * the paths in the map's order. All temporary files are written before any is moved into place;
   * on failure the temporary files are deleted and the exception propagates.
   */
  static List<Path> write(Path dir, LinkedHashMap<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    List<Path> temps = new ArrayList<>();
    List<Path> targets = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path temp = dir.resolve(tempName(file.getKey()));
        temps.add(temp);
        // CREATE_NEW, not createTempFile: the file gets the umask's permissions, not 0600.
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
          out.write(file.getValue());
        }
        targets.add(dir.resolve(file.getKey()));
      }
      for (int i = 0; i < temps.size(); i++) {
        move(temps.get(i), targets.get(i));
      }
      return List.copyOf(targets);
    } finally {
      for (Path temp : temps) {
        deleteQuietly(temp);
      }
    }
  }

  private static String tempName(String name) {
    long pid = ProcessHandle.current().pid();
    return "." + name + "." + pid + "." + COUNTER.incrementAndGet() + ".tmp";
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // Already failing or already moved: a leftover hidden temp file must not mask the cause.
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
