package org.duban.app.supervision;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.duban.app.audit.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminders every morning while the server runs ({@code duban.supervision.reminder-cron},
 * default 08:00 in the office's time zone; "-" turns it off). The work is {@link
 * ReminderService#runToday}, which the endpoint calls too. Several servers on one database run it
 * once between them: ShedLock holds the lock (see {@code schedule.SchedulingConfig}), and the
 * reminder table's key on item and day refuses a second reminder anyway.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ReminderJob {

  private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

  private final ReminderService reminders;

  ReminderJob(ReminderService reminders) {
    this.reminders = reminders;
  }

  @Scheduled(
      cron = "${duban.supervision.reminder-cron:0 0 8 * * *}",
      zone = "${duban.time-zone:Asia/Shanghai}")
  @SchedulerLock(name = "supervision-reminders", lockAtLeastFor = "PT1M")
  void remind() {
    ReminderRun run = reminders.runToday(Actor.system("reminders"));
    log.info(
        "reminders for {}: {} items reminded, {} already reminded today, {} mails",
        run.day(),
        run.reminded(),
        run.skipped(),
        run.mails().size());
  }
}
