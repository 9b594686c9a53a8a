package org.duban.app.supervision;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties what the supervision tests write, so that each starts from a known ledger. */
final class SupervisionTables {

  private SupervisionTables() {}

  static void clear(JdbcClient jdbc) {
    for (String table :
        List.of(
            "reminder",
            "evidence_file",
            "progress_report",
            "item_fact",
            "item_milestone",
            "item_unit",
            "supervision_item",
            "unit_proposal",
            "department_alias",
            "user_account",
            "department",
            "task_unit",
            "task",
            "fact",
            "outline_node",
            "document",
            "source_file",
            "audit_event")) {
      jdbc.sql("delete from " + table).update();
    }
  }
}
