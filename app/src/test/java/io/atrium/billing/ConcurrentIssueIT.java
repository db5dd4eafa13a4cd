package io.atrium.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.invoicing.ChainVerification;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceSeries;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.TestTenants;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R4: fifty invoices issued at the same moment in one series, each by its own thread in its own
 * transaction through the invoicing core, take fifty consecutive numbers: no gap, no duplicate, and
 * one unbroken footprint chain.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentIssueIT {

  private static final int ISSUERS = 50;

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject TestTenants tenants;

  @Inject InTransaction tx;

  @Inject InvoiceFixtures invoices;

  @Inject ChainVerification chains;

  @Test
  void fiftyConcurrentIssuesTakeConsecutiveNumbersWithoutGap() throws Exception {
    long tenant = tenants.idOf(tenants.copyOf("lumiere"));
    LocalDate day = LocalDate.of(2026, 11, 2);
    ManagedExecutorService executor =
        (ManagedExecutorService)
            new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Invoice>> issued = new ArrayList<>();
    for (int i = 0; i < ISSUERS; i++) {
      String price = String.valueOf(100 + i);
      issued.add(
          executor.submit(
              () -> {
                start.await();
                return invoices.issue(tenant, c -> c.getSiren() != null, price, day);
              }));
    }
    start.countDown();
    List<String> numbers = new ArrayList<>();
    for (Future<Invoice> invoice : issued) {
      numbers.add(invoice.get().getNumber());
    }

    assertEquals(
        IntStream.rangeClosed(1, ISSUERS).mapToObj(n -> String.format("F-2026-%06d", n)).toList(),
        numbers.stream().sorted().toList(),
        "consecutive, each once");
    InvoiceSeries series =
        tenants.all(tenant, InvoiceSeries.class).stream()
            .filter(s -> s.getDocumentKind() == InvoiceSeries.DocumentKind.INVOICE)
            .findFirst()
            .orElseThrow();
    assertEquals(ISSUERS, series.getLastNumber());
    assertEquals(
        Optional.empty(), tenancy.runAsTenant(tenant, () -> tx.call(() -> chains.verify(series))));
  }
}
