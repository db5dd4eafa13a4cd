package io.atrium.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.consumptions.Consumption;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.invoicing.ChainVerification;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.InvoiceSeries;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.Poll;
import io.atrium.testing.TestDatabase;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The billing run in the server, in one copy of the French demo: each test bills a month of its
 * own, with contracts that end in that month, so tests never bill each other's contracts. Invoices
 * are dated one day after all of them, so each series stays chronological whatever the order.
 */
@ExtendWith(ArquillianExtension.class)
class BillingRunIT {

  private static final LocalDate ISSUED_ON = LocalDate.of(2027, 12, 31);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject TestTenants tenants;

  @Inject InTransaction tx;

  @Inject InvoiceFixtures fixtures;

  @Inject BillingRuns runs;

  @Inject ChainVerification chains;

  @Inject HttpServletRequest request;

  @Inject RunInvoices runInvoices;

  private static String slug;

  private long tenant;

  private BillingData data;

  @BeforeEach
  void signIn() {
    if (slug == null) {
      slug = tenants.copyOf("lumiere");
    }
    tenant = tenants.idOf(slug);
    data = new BillingData(fixtures, tenant);
    request.setAttribute(
        AtriumPrincipal.REQUEST_ATTRIBUTE, tenants.staffPrincipal(slug, "admin@lumiere.test"));
  }

  private <T> T as(Supplier<T> work) {
    return tenancy.runAsTenant(tenant, work);
  }

  private long paris() {
    return tenants.all(tenant, Centre.class).stream()
        .filter(c -> c.getCode().equals("PAR1"))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  /** Runs the month to its end, as the page's progress bar follows it. */
  private BillingRun run(YearMonth month) throws Exception {
    BillingRun started = as(() -> runs.start(paris(), month, ISSUED_ON));
    assertTrue(
        Poll.until(
            Duration.ofSeconds(60),
            Duration.ofMillis(100),
            () -> !as(() -> runs.get(started.getId())).isRunning()),
        "the run ends");
    BillingRun done = as(() -> runs.get(started.getId()));
    assertEquals(BillingRun.Status.COMPLETED, done.getStatus(), done.getError());
    assertEquals(100, done.getPercent());
    return done;
  }

  /** The run's invoices with their lines, by the buyer's name then contract. */
  private List<Invoice> invoicesOf(long runId) {
    return sorted(runInvoices.of(tenant, runId));
  }

  private static List<Invoice> sorted(List<Invoice> invoices) {
    return invoices.stream()
        .sorted(
            Comparator.comparing((Invoice i) -> i.getCompany().getName())
                .thenComparing(i -> i.getContractId() == null ? 0 : i.getContractId()))
        .toList();
  }

  /** Every invoice of the preview, read a page at a time as its table reads them. */
  private List<Invoice> previewed(Preview preview) {
    List<Invoice> all = new ArrayList<>();
    for (int page = 0; page < preview.pages().size(); page++) {
      int p = page;
      List<Invoice> invoices = as(() -> runs.previewPage(preview, p));
      assertTrue(invoices.size() <= Preview.PAGE, "page " + page + " holds at most a page");
      all.addAll(invoices);
    }
    return all;
  }

  private static List<Invoice> of(List<Invoice> invoices, String prefix) {
    return invoices.stream().filter(i -> i.getCompany().getName().startsWith(prefix)).toList();
  }

  @Test
  void thePreviewShowsWhatTheRunIssuesWithAPartialMonthProratedAndConsumptionsOnce()
      throws Exception {
    data.settings(false, true);
    data.company("Jan Alpha");
    data.company("Jan Beta");
    data.contract(
        "JAN-A",
        "Jan Alpha",
        "PAR1",
        "2027-01-14",
        "2027-01-31",
        "ADVANCE",
        "1,MAIN,BUREAU-PRIVE,Bureau 12,1,600,0");
    data.contract(
        "JAN-B1",
        "Jan Beta",
        "PAR1",
        "2026-12-01",
        "2027-01-31",
        "ADVANCE",
        "1,MAIN,POSTE-DEDIE,Poste 4,2,420,10",
        "2,OPTION,CASIER,Casier,1,15,0");
    data.contract(
        "JAN-B2",
        "Jan Beta",
        "PAR1",
        "2027-01-01",
        "2027-01-31",
        "ADVANCE",
        "1,MAIN,DOMICILIATION,Domiciliation,1,45,0");
    data.consumption("Jan Alpha", "PAR1", "CAFE", "4", "2.50", "2027-01-20");
    data.consumption("Jan Alpha", "PAR1", "IMPRESSION", "10", "0.10", "2027-02-02");

    Preview preview = as(() -> runs.preview(paris(), YearMonth.of(2027, 1)));
    List<Invoice> previewed = sorted(of(previewed(preview), "Jan "));
    assertEquals(2, previewed.size(), "one invoice per company and centre");

    BillingRun done = run(YearMonth.of(2027, 1));
    List<Invoice> issued = of(invoicesOf(done.getId()), "Jan ");
    assertEquals(2, issued.size());
    for (int i = 0; i < 2; i++) {
      Invoice p = previewed.get(i);
      Invoice r = issued.get(i);
      assertEquals(Invoice.Status.ISSUED, r.getStatus());
      assertEquals(p.getCompany().getName(), r.getCompany().getName());
      assertEquals(p.getNetTotal(), r.getNetTotal());
      assertEquals(p.getTaxTotal(), r.getTaxTotal());
      assertEquals(p.getGrossTotal(), r.getGrossTotal());
      assertEquals(
          p.getLines().stream().map(InvoiceLine::getDescription).toList(),
          r.getLines().stream().map(InvoiceLine::getDescription).toList());
      assertEquals(
          p.getLines().stream().map(InvoiceLine::getNetAmount).toList(),
          r.getLines().stream().map(InvoiceLine::getNetAmount).toList());
    }
    Invoice alpha = issued.get(0);
    InvoiceLine office = alpha.getLines().get(0);
    // 600 × 18 / 31 = 348.387… → 348.39: from the 14th to the 31st.
    assertEquals(new BigDecimal("348.39"), office.getUnitPrice());
    assertEquals(LocalDate.of(2027, 1, 14), office.getPeriodFrom());
    assertTrue(office.getProrationNote().contains("18"), office.getProrationNote());
    assertEquals(2, alpha.getLines().size(), "January's coffee, not February's prints");
    assertEquals(InvoiceLine.Source.CONSUMPTION, alpha.getLines().get(1).getSource());
    Invoice beta = issued.get(1);
    assertEquals(3, beta.getLines().size(), "both contracts of Jan Beta on one invoice");
    assertNull(beta.getLines().get(0).getProrationNote(), "a full month is not prorated");
    // 2 × 420 − 10 % = 756 + 15 + 45 = 816, + 20 % VAT.
    assertEquals(new BigDecimal("816.00"), beta.getNetTotal());
    assertEquals(new BigDecimal("979.20"), beta.getGrossTotal());
    Long coffee =
        tenants.all(tenant, Consumption.class).stream()
            .filter(c -> c.getConsumedOn().equals(LocalDate.of(2027, 1, 20)))
            .findFirst()
            .orElseThrow()
            .getInvoiceId();
    assertEquals(alpha.getId(), coffee);
    assertEquals(Optional.empty(), verify(alpha.getSeriesId()));

    BillingRun again = run(YearMonth.of(2027, 1));
    assertEquals(0, again.getInvoices(), "a second run of the month bills nothing");
    assertEquals(List.of(), invoicesOf(again.getId()));
  }

  @Test
  void aLongPreviewIsReadAPageAtATimeAndItsPagesAddUpToWhatTheRunIssues() throws Exception {
    // Three invoices a payer (per contract) against pages of 20: pages start inside a payer.
    data.settings(true, true);
    try {
      for (int c = 1; c <= 21; c++) {
        String company = String.format("Oct %02d", c);
        data.company(company);
        for (int k = 1; k <= 3; k++) {
          data.contract(
              "OCT-" + c + "-" + k,
              company,
              "PAR1",
              "2027-10-01",
              "2027-10-31",
              "ADVANCE",
              "1,MAIN,POSTE-FLEX,Poste flexible," + k + ",100,0");
        }
      }
      Preview preview = as(() -> runs.preview(paris(), YearMonth.of(2027, 10)));
      assertTrue(preview.count() >= 63, "at least the 63 contracts: " + preview.count());
      assertEquals(Preview.PAGE, preview.firstPage().size());
      assertEquals((preview.count() + Preview.PAGE - 1) / Preview.PAGE, preview.pages().size());

      List<Invoice> all = previewed(preview);
      assertEquals(preview.count(), all.size(), "the pages hold every invoice once");
      assertEquals(
          all.size(),
          all.stream()
              .map(i -> i.getCompany().getId() + ":" + i.getContractId())
              .distinct()
              .count(),
          "no invoice on two pages");
      assertEquals(
          preview.gross(),
          all.stream().map(Invoice::getGrossTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
      assertEquals(preview.lines(), all.stream().mapToInt(i -> i.getLines().size()).sum());
      assertEquals(63, of(all, "Oct ").size());
      assertEquals(List.of(), as(() -> runs.previewPage(preview, preview.pages().size())));

      BillingRun done = run(YearMonth.of(2027, 10));
      assertEquals(preview.count(), done.getInvoices(), "the run issues what the preview showed");
      assertEquals(0, preview.gross().compareTo(done.getAmount()));
    } finally {
      data.settings(false, true);
    }
  }

  /**
   * A run fills the invoice tables fast: it analyses them when it opens, so that no pooled
   * connection keeps looking up lines' invoices with a plan made when the table was nearly empty
   * (B2 measured a run twice as slow). The application's role must be allowed to.
   */
  @Test
  void aRunAnalysesTheTablesItFillsWhenItOpens() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    run(YearMonth.of(2027, 11));
    assertTrue(
        Poll.until(
            Duration.ofSeconds(10),
            Duration.ofMillis(100),
            () -> {
              try (Connection owner = TestDatabase.ownerConnectionInServer();
                  var query =
                      owner.prepareStatement(
                          "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?")) {
                for (String table : List.of("invoice", "invoice_line", "contract_billing")) {
                  query.setString(1, table);
                  try (var rows = query.executeQuery()) {
                    if (!rows.next()
                        || rows.getTimestamp(1) == null
                        || rows.getTimestamp(1).toInstant().isBefore(before)) {
                      return false;
                    }
                  }
                }
                return true;
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            }),
        "invoice, invoice_line and contract_billing analysed by the run");
  }

  @Test
  void inArrearsBillsTheMonthBeforeAndInAdvanceThisMonth() throws Exception {
    data.settings(false, true);
    data.company("Mar Arrears");
    data.company("Mar Advance");
    data.contract(
        "MAR-R",
        "Mar Arrears",
        "PAR1",
        "2027-02-01",
        "2027-03-31",
        "ARREARS",
        "1,MAIN,POSTE-FLEX,Poste flexible,1,290,0");
    data.contract(
        "MAR-V",
        "Mar Advance",
        "PAR1",
        "2027-02-01",
        "2027-03-31",
        "ADVANCE",
        "1,MAIN,POSTE-FLEX,Poste flexible,1,290,0");

    List<Invoice> made = of(invoicesOf(run(YearMonth.of(2027, 3)).getId()), "Mar ");

    assertEquals(2, made.size());
    assertEquals("Mar Advance", made.get(0).getCompany().getName());
    assertEquals(LocalDate.of(2027, 3, 1), made.get(0).getLines().get(0).getPeriodFrom());
    assertEquals(LocalDate.of(2027, 2, 1), made.get(1).getLines().get(0).getPeriodFrom());
    assertEquals(LocalDate.of(2027, 2, 28), made.get(1).getLines().get(0).getPeriodTo());
  }

  @Test
  void perContractMakesOneDraftEachForReviewWhenRunsDoNotIssue() throws Exception {
    data.settings(true, false);
    data.company("May Two");
    data.contract(
        "MAY-1",
        "May Two",
        "PAR1",
        "2027-05-01",
        "2027-05-31",
        "ADVANCE",
        "1,MAIN,POSTE-FLEX,Poste flexible,1,290,0");
    data.contract(
        "MAY-2",
        "May Two",
        "PAR1",
        "2027-05-01",
        "2027-05-31",
        "ADVANCE",
        "1,MAIN,DOMICILIATION,Domiciliation,1,45,0");
    try {
      List<Invoice> made = of(invoicesOf(run(YearMonth.of(2027, 5)).getId()), "May ");
      assertEquals(2, made.size(), "one invoice per contract");
      for (Invoice draft : made) {
        assertEquals(Invoice.Status.DRAFT, draft.getStatus());
        assertNull(draft.getNumber(), "a draft has no number yet");
        assertNotNull(draft.getContractId());
      }
    } finally {
      data.settings(false, true);
    }
  }

  @Test
  void aBuyerWithoutSirenIsReportedAndSkippedWhileTheOthersAreBilled() throws Exception {
    data.settings(false, true);
    data.company("Jul Complete");
    data.company("Jul Nameless");
    fixtures.sql(
        tenant, "UPDATE company SET siren = NULL, siret = NULL WHERE name = 'Jul Nameless'");
    data.contract(
        "JUL-C",
        "Jul Complete",
        "PAR1",
        "2027-07-01",
        "2027-07-31",
        "ADVANCE",
        "1,MAIN,POSTE-FLEX,Poste flexible,1,290,0");
    data.contract(
        "JUL-N",
        "Jul Nameless",
        "PAR1",
        "2027-07-01",
        "2027-07-31",
        "ADVANCE",
        "1,MAIN,POSTE-FLEX,Poste flexible,1,290,0");

    Preview preview = as(() -> runs.preview(paris(), YearMonth.of(2027, 7)));
    assertTrue(
        preview.skipped().stream()
            .anyMatch(
                s ->
                    s.payer().equals("Jul Nameless")
                        && s.messageKey().equals("invoice.missing.buyer-siren")));
    BillingRun done = run(YearMonth.of(2027, 7));

    assertEquals(1, of(invoicesOf(done.getId()), "Jul ").size());
    assertEquals(
        "Jul Complete", of(invoicesOf(done.getId()), "Jul ").get(0).getCompany().getName());
    List<BillingRunError> skipped = as(() -> runs.skipped(done.getId()));
    assertEquals(1, skipped.size());
    assertEquals("Jul Nameless", skipped.get(0).getPayerName());
    assertEquals("JUL-N", skipped.get(0).getContracts());
    assertEquals("invoice.missing.buyer-siren", skipped.get(0).getMessageKey());
  }

  @Test
  void eachIssuedInvoiceIsWrittenWholeWithItsMailAndAccountingQueued() throws Exception {
    data.settings(false, true);
    data.company("Aug Mailed");
    fixtures.sql(tenant, "UPDATE company SET email = 'compta@aug.test' WHERE name = 'Aug Mailed'");
    data.contract(
        "AUG-M",
        "Aug Mailed",
        "PAR1",
        "2027-08-01",
        "2027-08-31",
        "ADVANCE",
        "1,MAIN,POSTE-FLEX,Poste flexible,1,290,0",
        "2,OPTION,CASIER,Casier,1,15,0");

    BillingRun done = run(YearMonth.of(2027, 8));
    Invoice invoice = of(invoicesOf(done.getId()), "Aug ").get(0);
    long id = invoice.getId();
    assertEquals(1, invoice.getVersion(), "written as a first insert");
    assertEquals("fr", invoice.getLanguage());
    assertEquals(done.getStartedById(), invoice.getCreatedById());
    assertEquals(done.getStartedById(), invoice.getIssuedById());
    assertEquals(done.getStartedBy(), invoice.getIssuedByName());
    assertTrue(invoice.getSeller().contains("\"siren\""), invoice.getSeller());
    assertEquals(
        List.of("POSTE-FLEX", "CASIER"),
        invoice.getLines().stream().map(l -> l.getItem().getCode()).toList());
    assertTrue(
        invoice.getLines().stream().allMatch(l -> l.getContractLineId() != null),
        "each line names its contract line");
    assertEquals(
        List.of(List.of("compta@aug.test", "invoice:" + id)),
        fixtures.rows(
            tenant,
            "SELECT m.to_email, a.made_from FROM outbox_mail m JOIN"
                + " outbox_mail_attachment a ON a.mail_id = m.id WHERE m.subject LIKE '%"
                + invoice.getNumber()
                + "%'"),
        "one mail to the buyer, its PDF to be made when sent");
    assertEquals(
        List.of(List.of("CONTACT"), List.of("INVOICE")),
        fixtures.rows(
            tenant,
            "SELECT entity_kind FROM accounting_sync WHERE (entity_kind = 'INVOICE' AND entity_id"
                + " = "
                + id
                + ") OR (entity_kind = 'CONTACT' AND entity_id = "
                + invoice.getCompany().getId()
                + ") ORDER BY entity_kind"),
        "the invoice and its buyer queued for the accounting push");
    assertEquals(Optional.empty(), verify(invoice.getSeriesId()));
  }

  private Optional<ChainVerification.Break> verify(long seriesId) {
    InvoiceSeries series =
        tenants.all(tenant, InvoiceSeries.class).stream()
            .filter(s -> s.getId() == seriesId)
            .findFirst()
            .orElseThrow();
    return as(() -> tx.call(() -> chains.verify(series)));
  }
}
