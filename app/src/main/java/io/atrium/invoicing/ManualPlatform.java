package io.atrium.invoicing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** No platform connected: documents are deposited by hand and staff record what they see. */
@ApplicationScoped
public class ManualPlatform implements EInvoicePlatform {

  public static final String CHANNEL = "manual";

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public void submit(Invoice invoice) {
    // Staff deposit the document on the platform's portal themselves.
  }

  @Override
  public List<InvoiceLifecycleEvent> fetch(Invoice invoice) {
    return List.of();
  }
}
