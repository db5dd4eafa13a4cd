package io.atrium.community;

import io.atrium.shared.files.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Deletes a replaced cover once its replacement is committed: deleting it earlier would leave the
 * event without its image if the change rolled back.
 */
@ApplicationScoped
class CoverCleanup {

  @Inject FileStore files;

  void replaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoverReplaced replaced) {
    files.delete(replaced.key());
  }
}
