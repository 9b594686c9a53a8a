package org.duban.app.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Command-line options that say which ledger a command works on. */
public final class LedgerOptions {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "./duban-data",
      description = "Folder of the embedded database and search index (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--db-url",
      paramLabel = "URL",
      defaultValue = "${env:DUBAN_DB_URL}",
      description =
          "JDBC URL of a PostgreSQL ledger, e.g. jdbc:postgresql://localhost/duban"
              + " (default: environment variable DUBAN_DB_URL; without it the embedded database).")
  String dbUrl;

  @Option(
      names = "--db-user",
      paramLabel = "NAME",
      defaultValue = "${env:DUBAN_DB_USER}",
      description = "Database user (default: environment variable DUBAN_DB_USER).")
  String dbUser;

  @Option(
      names = "--db-password",
      paramLabel = "SECRET",
      defaultValue = "${env:DUBAN_DB_PASSWORD}",
      description = "Database password (default: environment variable DUBAN_DB_PASSWORD).")
  String dbPassword;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Folder of the search index (default: DIR/index under --data).")
  Path index;

  @Mixin DocumentLimitOption documentLimit = new DocumentLimitOption();

  /** The Spring properties that point the application at this ledger. */
  public Map<String, Object> properties() {
    Map<String, Object> p = new LinkedHashMap<>();
    Path dataDir = data.toAbsolutePath().normalize();
    p.put("duban.data-dir", dataDir.toString());
    p.put("duban.index-dir", (index == null ? dataDir.resolve("index") : index).toString());
    long mb = documentLimit.limit().maxTextBytes() / 1_000_000;
    p.put("duban.max-document-mb", mb);
    p.put("spring.servlet.multipart.max-file-size", (2 * mb + 1) + "MB");
    p.put("spring.servlet.multipart.max-request-size", (4 * mb + 2) + "MB");
    if (dbUrl != null && !dbUrl.isBlank()) {
      if (!dbUrl.startsWith("jdbc:postgresql:") && !dbUrl.startsWith("jdbc:h2:")) {
        throw new IllegalArgumentException(
            "--db-url must be a jdbc:postgresql:// (or jdbc:h2:) URL, not " + dbUrl);
      }
      p.put("spring.datasource.url", dbUrl);
      p.put("spring.datasource.username", dbUser == null ? "" : dbUser);
      p.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
    }
    return p;
  }

  /** Points these options at {@code dir} (for the demo's temporary ledger). */
  public void useDataDir(Path dir) {
    this.data = dir;
    this.dbUrl = null;
  }
}
