package io.atrium.approvals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A document capability as the tests see one: it keeps the decisions announced to it, to prove each
 * is announced once, with its state and reason, inside the decision's transaction.
 */
@ApplicationScoped
public class DecisionsHeard {

  /** The kind of document no real capability owns, so only this observer acts on it. */
  public static final String KIND = "TEST_DOCUMENT";

  private final List<ApprovalDecided> heard = new CopyOnWriteArrayList<>();

  void heard(@Observes ApprovalDecided decided) {
    if (decided.concerns(KIND)) {
      heard.add(decided);
    }
  }

  public List<ApprovalDecided> of(long documentId) {
    return heard.stream().filter(d -> d.documentId() == documentId).toList();
  }
}
