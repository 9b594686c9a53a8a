package org.duban.app.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the ledger keeps its files.
 *
 * @param dataDir the folder of the embedded database and, by default, of the search index
 * @param indexDir the folder of the Lucene search index
 * @param demo whether to load the shipped sample documents on start
 */
@ConfigurationProperties("duban")
public record DubanProperties(Path dataDir, Path indexDir, boolean demo) {}
