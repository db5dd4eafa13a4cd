package io.atrium.spaces;

import io.atrium.shared.files.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Deletes a replaced plan once its replacement is committed: earlier, a rollback would leave the
 * floor without its image.
 */
@ApplicationScoped
class PlanCleanup {

  @Inject FileStore files;

  void replaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanReplaced replaced) {
    files.delete(replaced.key());
  }
}
