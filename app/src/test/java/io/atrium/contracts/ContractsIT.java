package io.atrium.contracts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.atrium.approvals.ApprovalFixtures;
import io.atrium.approvals.Approvals;
import io.atrium.approvals.Decision;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.invoicing.MissingFactsException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.InvoiceFixtures;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server, on this class's copy of lumiere: contracts priced by the pricing service, their
 * life cycle, the spaces they hold and the deposit and first-month invoices their signature issues.
 * Each test uses spaces and companies of its own in the one copy.
 */
@ExtendWith(ArquillianExtension.class)
class ContractsIT {

  private static final LocalDate NOV_14 = LocalDate.of(2026, 11, 14);
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Contracts contracts;

  @Inject ContractLifecycle lifecycle;

  @Inject ContractDates dates;

  @Inject Approvals approvals;

  @Inject ContractRows rows;

  @Inject ApprovalFixtures people;

  @Inject InvoiceFixtures fixtures;

  @Inject TestTenants tenants;

  @Inject Tenancy tenancy;

  @Inject InTransaction tx;

  private static String lumiere;
  private static long tenant;
  private static long paris;
  private static long lyon;

  @BeforeEach
  void ownCopyOfLumiere() {
    if (lumiere == null) {
      lumiere = tenants.copyOf("lumiere");
      tenant = tenants.idOf(lumiere);
      paris = tenants.centreId(lumiere, "PAR1");
      lyon = tenants.centreId(lumiere, "LYO1");
    }
    as("admin@lumiere.test");
  }

  @Test
  void signingHoldsTheSpaceAndIssuesTheDepositAndTheProratedFirstMonth() {
    long office = rows.space(tenant, "Bureau 102");
    ContractDraft draft = draft("Studio Kaolin", paris, NOV_14);
    draft.setDepositAmount(new BigDecimal("1300.00"));
    draft.getLines().add(line(null, office, "0"));
    draft.getLines().add(line(rows.item(tenant, "CASIER"), null, "0"));
    Contract created = inTenant(() -> contracts.create(draft));
    assertTrue(created.getReference().matches("C-\\d{4}-\\d{4}"), created.getReference());
    assertEquals(Contract.Approval.NONE, created.getApproval());
    assertEquals(new BigDecimal("650.00"), created.getLines().get(0).getUnitPrice());

    inTenant(() -> lifecycle.send(created.getId()));
    List<Invoice> issued = inTenant(() -> lifecycle.sign(created.getId(), signature()));

    Contract signed = rows.contract(tenant, created.getId());
    assertEquals(Contract.Status.ACTIVE, signed.getStatus(), "started on 14 November: active");
    assertEquals("Léa Fontaine", signed.getSignatoryName());
    List<Invoice> invoices = rows.invoices(tenant, created.getId());
    assertEquals(2, invoices.size());
    Invoice deposit = invoices.get(0);
    Invoice month = invoices.get(1);
    assertEquals(Invoice.Kind.DEPOSIT, deposit.getKind());
    assertEquals(new BigDecimal("1300.00"), deposit.getGrossTotal());
    assertEquals(0, deposit.getTaxTotal().signum(), "a deposit is outside the scope of VAT");
    assertEquals(Invoice.Kind.INVOICE, month.getKind());
    assertEquals(sequence(deposit) + 1, sequence(month), "consecutive numbers");
    assertEquals(
        List.of(deposit.getNumber(), month.getNumber()),
        issued.stream().map(Invoice::getNumber).toList());
    InvoiceLine officeLine = month.getLines().get(0);
    assertEquals(new BigDecimal("368.33"), officeLine.getUnitPrice(), "650 × 17/30");
    assertTrue(officeLine.getProrationNote().startsWith("17/30"), officeLine.getProrationNote());
    assertEquals(NOV_14, officeLine.getPeriodFrom());
    assertEquals(new BigDecimal("8.50"), month.getLines().get(1).getUnitPrice(), "15 × 17/30");
    assertEquals(new BigDecimal("376.83"), month.getNetTotal());
    assertEquals(new BigDecimal("452.20"), month.getGrossTotal());

    List<?> billing =
        rows.rows(
            tenant,
            "SELECT period_start, period_end, invoice_id FROM contract_billing WHERE contract_id = "
                + created.getId());
    assertEquals(1, billing.size());
    Object[] period = (Object[]) billing.get(0);
    assertEquals("2026-11-14 2026-11-30", period[0] + " " + period[1]);
    assertEquals(month.getId(), ((Number) period[2]).longValue());
    assertEquals(Space.Status.OCCUPIED, rows.spaceStatus(tenant, office));
    assertEquals(
        1,
        rows.rows(tenant, "SELECT 1 FROM space_hold WHERE contract_id = " + created.getId())
            .size());
  }

  @Test
  void aSecondContractOnAHeldSpaceIsRefusedByNameAndWritesNothing() {
    long office = rows.space(tenant, "Bureau 202");
    ContractDraft first = draft("Nordlys Conseil", lyon, NOV_14);
    first.getLines().add(line(null, office, "0"));
    long held = inTenant(() -> contracts.create(first)).getId();
    inTenant(() -> lifecycle.sign(held, signature()));

    ContractDraft second = draft("Nordlys Conseil", lyon, LocalDate.of(2027, 3, 1));
    second.getLines().add(line(null, office, "0"));
    long refused = inTenant(() -> contracts.create(second)).getId();
    long invoicesBefore = rows.count(tenant, "invoice");
    ContractStateException taken =
        assertThrows(
            ContractStateException.class,
            () -> inTenant(() -> lifecycle.sign(refused, signature())));
    assertEquals("contract.refused.space-held", taken.messageKey());
    assertArrayEquals(new Object[] {"Bureau 202"}, taken.arguments());
    assertEquals(Contract.Status.DRAFT, rows.contract(tenant, refused).getStatus());
    assertEquals(invoicesBefore, rows.count(tenant, "invoice"), "no invoice issued");
  }

  @Test
  void theLifeCycleRefusesIllegalStepsAndTheSpaceFollowsTheContract() {
    long desks = rows.space(tenant, "Postes dédiés Atget");
    ContractDraft draft = draft("Studio Kaolin", paris, NOV_14);
    draft.setCommitmentMonths(3);
    draft.getLines().add(line(null, desks, "0"));
    long id = inTenant(() -> contracts.create(draft)).getId();

    assertEquals("contract.refused.illegal-notice", refusal(() -> lifecycle.notice(id, today())));
    assertEquals("contract.refused.illegal-end", refusal(() -> lifecycle.end(id)));
    InvalidFieldsException noReason =
        assertThrows(
            InvalidFieldsException.class, () -> inTenant(() -> lifecycle.cancel(id, "  ")));
    assertEquals("contract.reason.required", noReason.fieldKeys().get("reason"));

    inTenant(() -> lifecycle.sign(id, signature()));
    assertEquals(Space.Status.OCCUPIED, rows.spaceStatus(tenant, desks));
    assertEquals("contract.refused.illegal-sign", refusal(() -> lifecycle.sign(id, signature())));
    assertEquals("contract.refused.illegal-cancel", refusal(() -> lifecycle.cancel(id, "why")));
    assertEquals("contract.refused.illegal-send", refusal(() -> lifecycle.send(id)));

    LocalDate noticeDay = LocalDate.of(2026, 12, 1);
    Contract noticed = inTenant(() -> lifecycle.notice(id, noticeDay));
    assertEquals(Contract.Status.NOTICE_GIVEN, noticed.getStatus());
    assertEquals(
        LocalDate.of(2027, 2, 13),
        noticed.getEndDate(),
        "the commitment (14 Nov + 3 months) ends after the notice (1 Dec + 1 month)");

    Contract ended = inTenant(() -> lifecycle.end(id));
    assertEquals(Contract.Status.ENDED, ended.getStatus());
    assertEquals(today(), ended.getEndedOn());
    assertEquals(Space.Status.AVAILABLE, rows.spaceStatus(tenant, desks));
    Object until =
        rows.rows(tenant, "SELECT held_until FROM space_hold WHERE contract_id = " + id).get(0);
    assertEquals(today().toString(), String.valueOf(until));
  }

  @Test
  void aContractSignedBeforeItsStartIsActivatedByTheDailyJobOnItsStartDate() {
    long parking = rows.space(tenant, "Parking P1");
    ContractDraft draft = draft("Nordlys Conseil", lyon, LocalDate.of(2027, 1, 1));
    draft.getLines().add(line(null, parking, "0"));
    long id = inTenant(() -> contracts.create(draft)).getId();
    inTenant(() -> lifecycle.sign(id, signature()));
    assertEquals(Contract.Status.SIGNED, rows.contract(tenant, id).getStatus());
    assertEquals(Space.Status.AVAILABLE, rows.spaceStatus(tenant, parking), "held, not yet used");

    inTenant(() -> dates.applyAt(Instant.parse("2026-12-31T12:00:00Z")));
    assertEquals(Contract.Status.SIGNED, rows.contract(tenant, id).getStatus(), "the eve");
    inTenant(() -> dates.applyAt(Instant.parse("2027-01-01T08:00:00Z")));
    assertEquals(Contract.Status.ACTIVE, rows.contract(tenant, id).getStatus());
    assertEquals(Space.Status.OCCUPIED, rows.spaceStatus(tenant, parking));
  }

  @Test
  void aCancelledDraftKeepsItsReason() {
    ContractDraft draft = draft("Studio Kaolin", paris, NOV_14);
    draft.getLines().add(line(rows.item(tenant, "DOMICILIATION"), null, "0"));
    long id = inTenant(() -> contracts.create(draft)).getId();
    inTenant(() -> lifecycle.send(id));
    Contract cancelled = inTenant(() -> lifecycle.cancel(id, "Le client a choisi un autre lieu"));
    assertEquals(Contract.Status.CANCELLED, cancelled.getStatus());
    assertEquals("Le client a choisi un autre lieu", cancelled.getCancelReason());
    assertEquals("contract.refused.illegal-sign", refusal(() -> lifecycle.sign(id, signature())));
  }

  @Test
  void aMissingSirenRefusesTheSignatureAndWritesNothing() {
    fixtures.sql(
        tenant,
        "UPDATE company SET siren = NULL, siret = NULL, billing_line = '3 rue Mercière',"
            + " billing_postal_code = '69002', billing_city = 'Lyon', billing_country = 'FR'"
            + " WHERE name = 'Brique Rouge Architectes'");
    ContractDraft draft = draft("Brique Rouge Architectes", lyon, NOV_14);
    draft.setDepositAmount(new BigDecimal("500"));
    draft.getLines().add(line(rows.item(tenant, "POSTE-FLEX"), null, "0"));
    long id = inTenant(() -> contracts.create(draft)).getId();
    long invoicesBefore = rows.count(tenant, "invoice");
    MissingFactsException missing =
        assertThrows(
            MissingFactsException.class, () -> inTenant(() -> lifecycle.sign(id, signature())));
    assertEquals("invoice.missing.buyer-siren", missing.messageKey());
    Contract unchanged = rows.contract(tenant, id);
    assertEquals(Contract.Status.DRAFT, unchanged.getStatus());
    assertNull(unchanged.getSignedAt());
    assertEquals(invoicesBefore, rows.count(tenant, "invoice"));
    assertEquals(
        0, rows.rows(tenant, "SELECT 1 FROM contract_billing WHERE contract_id = " + id).size());
  }

  @Test
  void aDiscountAboveTheAuthorsCeilingWaitsForApprovalBeforeSending() {
    as("sales@lumiere.test");
    ContractDraft draft = draft("Studio Kaolin", paris, NOV_14);
    draft.getLines().add(line(rows.item(tenant, "POSTE-FLEX"), null, "20"));
    Contract created = inTenant(() -> contracts.create(draft));
    assertEquals(Contract.Approval.PENDING, created.getApproval(), "sales may grant 15 %");
    assertEquals(
        "contract.refused.pending-approval", refusal(() -> lifecycle.send(created.getId())));
    assertEquals(
        "contract.refused.pending-approval",
        refusal(() -> lifecycle.sign(created.getId(), signature())));

    as("admin@lumiere.test");
    long request =
        inTenant(() -> approvals.pending(ContractApproval.KIND, created.getId()))
            .orElseThrow()
            .getId();
    inTenant(() -> approvals.decide(request, Decision.APPROVE, null));
    assertEquals(Contract.Approval.APPROVED, rows.contract(tenant, created.getId()).getApproval());
    assertEquals(Contract.Status.SENT, inTenant(() -> lifecycle.send(created.getId())).getStatus());
  }

  @Test
  void aManagerOfParisOnlyFindsNoContractCentreCompanyOrSpaceOfLyon() {
    rows.grantContracts(tenant, "Community Manager");
    ContractDraft lyonDraft = draft("Nordlys Conseil", lyon, NOV_14);
    lyonDraft.getLines().add(line(rows.item(tenant, "COWORKING"), null, "0"));
    long lyonContract = inTenant(() -> contracts.create(lyonDraft)).getId();
    long before = rows.count(tenant, "contract");

    as("cm@lumiere.test");
    assertThrows(NotFoundException.class, () -> inTenant(() -> contracts.get(lyonContract)));
    assertThrows(NotFoundException.class, () -> inTenant(() -> lifecycle.send(lyonContract)));
    assertThrows(NotFoundException.class, () -> inTenant(() -> contracts.create(lyonDraft)));
    ContractDraft lyonCompany = draft("Nordlys Conseil", paris, NOV_14);
    assertThrows(NotFoundException.class, () -> inTenant(() -> contracts.create(lyonCompany)));
    ContractDraft lyonSpace = draft("Studio Kaolin", paris, NOV_14);
    lyonSpace.getLines().add(line(null, rows.space(tenant, "Parking P2"), "0"));
    assertThrows(NotFoundException.class, () -> inTenant(() -> contracts.create(lyonSpace)));
    assertTrue(
        inTenant(() -> contracts.list(ContractSearch.none(), 0, 500)).stream()
            .allMatch(c -> c.getCentre().getId() == paris),
        "only Paris in the list");
    assertEquals(before, rows.count(tenant, "contract"));
  }

  @Test
  void badTermsAndLinesAreRefusedFieldByFieldAndWriteNothing() {
    long before = rows.count(tenant, "contract");
    ContractDraft draft = draft("Studio Kaolin", paris, NOV_14);
    draft.setEndDate(NOV_14.minusDays(1));
    draft.setDepositAmount(new BigDecimal("-1"));
    draft.setCommitmentMonths(5);
    InvalidFieldsException terms =
        assertThrows(InvalidFieldsException.class, () -> inTenant(() -> contracts.create(draft)));
    assertEquals("contract.endDate.beforeStart", terms.fieldKeys().get("endDate"));
    assertEquals("contract.deposit.invalid", terms.fieldKeys().get("depositAmount"));
    assertEquals("contract.commitment.invalid", terms.fieldKeys().get("commitmentMonths"));

    ContractDraft lines = draft("Studio Kaolin", paris, NOV_14);
    lines.getLines().add(line(rows.item(tenant, "PARKING"), null, "0"));
    lines.getLines().add(line(null, rows.space(tenant, "Bureau 201"), "0"));
    lines.getLines().add(line(rows.item(tenant, "CAFE"), null, "0"));
    InvalidFieldsException refused =
        assertThrows(InvalidFieldsException.class, () -> inTenant(() -> contracts.create(lines)));
    assertEquals("contract.line.notOffered", refused.fieldKeys().get("lines[0]"), "Lyon only");
    assertEquals("contract.line.spaceElsewhere", refused.fieldKeys().get("lines[1]"));
    assertEquals("contract.line.notMonthly", refused.fieldKeys().get("lines[2]"));
    assertEquals(before, rows.count(tenant, "contract"));
  }

  private String refusal(Supplier<?> step) {
    return assertThrows(ContractStateException.class, () -> inTenant(step)).messageKey();
  }

  private ContractDraft draft(String company, long centre, LocalDate start) {
    ContractDraft draft = new ContractDraft();
    draft.setCentreId(centre);
    draft.setCompanyId(rows.company(tenant, company));
    draft.setStartDate(start);
    draft.setCommitmentMonths(12);
    return draft;
  }

  private static ContractDraft.Line line(Long item, Long space, String discount) {
    return new ContractDraft.Line(item, space, BigDecimal.ONE, new BigDecimal(discount));
  }

  private static Signature signature() {
    return new Signature(
        "Léa Fontaine", Contract.SignatureMethod.PAPER, Instant.now().minusSeconds(3600));
  }

  private static long sequence(Invoice invoice) {
    String number = invoice.getNumber();
    return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
  }

  private static LocalDate today() {
    return LocalDate.now(PARIS);
  }

  private void as(String email) {
    people.signIn(tenants.staffPrincipal(lumiere, email));
  }

  private <T> T inTenant(Supplier<T> work) {
    return tenancy.runAsTenant(tenant, () -> tx.call(work));
  }
}
