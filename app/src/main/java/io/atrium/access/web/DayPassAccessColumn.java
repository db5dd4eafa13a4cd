package io.atrium.access.web;

import io.atrium.access.AccessGrant;
import io.atrium.access.Provisioning;
import io.atrium.identity.Caller;
import io.atrium.shared.web.PageErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bookings → Day passes, the access column (000 workflow 4 step 3), which access adds to a page of
 * daypasses (that may not call access; not a backing bean: the page has its own): each pass's door
 * and Wi-Fi grants for its day, and "Give Access" when the automatic provisioning did not complete.
 */
@Named
@RequestScoped
public class DayPassAccessColumn {

  @Inject Provisioning provisioning;

  @Inject Caller caller;

  private final Map<Long, List<AccessGrant>> grants = new HashMap<>();

  public List<AccessGrant> grants(long dayPassId) {
    return grants.computeIfAbsent(dayPassId, provisioning::ofPass);
  }

  /** Whether a grant of the pass is not active yet (pending, or failed). */
  public boolean incomplete(long dayPassId) {
    List<AccessGrant> of = grants(dayPassId);
    return of.isEmpty() || of.stream().anyMatch(AccessGrant::isRetryable);
  }

  public void give(long dayPassId) {
    PageErrors.run(() -> provisioning.giveAccessForPass(dayPassId), "access.given", "passes");
    grants.remove(dayPassId);
  }

  public boolean isMayGive() {
    return caller.can("day-passes:edit");
  }
}
