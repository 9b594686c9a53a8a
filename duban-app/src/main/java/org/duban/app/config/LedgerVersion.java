package org.duban.app.config;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever the ledger's content does, so answers cached under one version are
 * never served after a change.
 */
@Component
public final class LedgerVersion {

  private final AtomicLong version = new AtomicLong();

  public long current() {
    return version.get();
  }

  /** Called after a change to the ledger has been committed. */
  public void changed() {
    version.incrementAndGet();
  }
}
