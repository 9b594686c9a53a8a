package org.duban.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The ledger application: started by {@code serve}, {@code demo}, {@code ingest}, {@code reindex}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DubanApplication {}
