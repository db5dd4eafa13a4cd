package io.atrium.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Pushes the bound tenant's due {@code accounting_sync} rows to an accounting system, one by one,
 * with no transaction open while the system is called: a slow or failing system never holds a lock
 * or rolls back anything of the business. Returns how many rows were done.
 */
@ApplicationScoped
public class AccountingPush {

  @Inject AccountingQueue queue;

  @Inject AccountingRows rows;

  public int pushDue(AccountingSystem system, int max) {
    queue.queueNewPayments();
    int done = 0;
    for (long id : rows.due(max)) {
      Optional<Object> outgoing = rows.outgoing(id);
      if (outgoing.isEmpty()) {
        continue;
      }
      try {
        rows.done(id, send(system, outgoing.get()), system.name());
        done++;
      } catch (AccountingException failed) {
        rows.failed(id, failed.getMessage(), failed.retryable(), system.name());
      }
    }
    return done;
  }

  private static String send(AccountingSystem system, Object outgoing) {
    if (outgoing instanceof AccountingSystem.Contact contact) {
      return system.pushContact(contact);
    }
    if (outgoing instanceof AccountingSystem.Receipt receipt) {
      return system.pushPayment(receipt);
    }
    AccountingSystem.Document document = (AccountingSystem.Document) outgoing;
    return document.creditNote() ? system.pushCreditNote(document) : system.pushInvoice(document);
  }
}
