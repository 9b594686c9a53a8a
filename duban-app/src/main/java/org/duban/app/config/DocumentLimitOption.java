package org.duban.app.config;

import org.duban.reader.ReadLimit;
import picocli.CommandLine.Option;

/** The {@code --max-document-mb} option of every command that reads documents. */
public final class DocumentLimitOption {

  @Option(
      names = ReadLimit.OPTION,
      paramLabel = "MB",
      defaultValue = "" + ReadLimit.DEFAULT_MB,
      description =
          "Largest text of one document, after decoding and decompression, in MB (default:"
              + " ${DEFAULT-VALUE}); larger files are refused.")
  int megabytes = ReadLimit.DEFAULT_MB;

  public ReadLimit limit() {
    return ReadLimit.megabytes(megabytes);
  }
}
