package org.duban.app.schedule;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs for servers. Several instances may serve one database: a job that must run once
 * across them takes {@code @SchedulerLock(name = "…")} beside its {@code @Scheduled}, and ShedLock
 * holds a row of the {@code shedlock} table for it, timed by the database's clock so the instances'
 * clocks need not agree. Jobs without the lock (the search index following the ledger) run on every
 * instance. Commands that do one job and exit ({@code ingest}, {@code reindex}) turn scheduling
 * off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "duban.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class SchedulingConfig {

  @Bean
  LockProvider lockProvider(DataSource dataSource) {
    return new JdbcTemplateLockProvider(
        JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTableName("shedlock")
            .usingDbTime()
            .build());
  }
}
