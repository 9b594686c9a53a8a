package org.duban.app.console;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.duban.core.text.SourceText;
import org.duban.reader.DocumentReader;
import org.duban.reader.ReadLimit;
import org.duban.reader.UnreadableFileException;

/**
 * Runs an action over the files a command was given, one at a time: a file that cannot be read or
 * processed is reported in one line on the error stream and the others still run.
 */
public final class InputFiles {

  /** What a command does with one file's text. */
  @FunctionalInterface
  public interface Action {
    void accept(SourceText text) throws Exception;
  }

  private final DocumentReader reader;

  public InputFiles() {
    this(ReadLimit.DEFAULT);
  }

  public InputFiles(ReadLimit limit) {
    this.reader = new DocumentReader(limit);
  }

  /** Returns the number of files that failed. */
  public int forEach(List<Path> files, PrintWriter err, Action action) {
    int failed = 0;
    for (Path file : files) {
      try {
        action.accept(reader.read(file));
      } catch (UnreadableFileException e) {
        err.println("duban: " + e.getMessage());
        failed++;
      } catch (Exception e) {
        err.println(
            "duban: cannot process "
                + file
                + ": "
                + e
                + "; please report this file with the message");
        failed++;
      }
      err.flush();
    }
    return failed;
  }
}
