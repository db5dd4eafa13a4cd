package io.atrium.consumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.directory.Company;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.invoicing.Invoice;
import io.atrium.invoicing.InvoiceLine;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Tenancy;
import io.atrium.testing.Deployments;
import io.atrium.testing.InTransaction;
import io.atrium.testing.TestTenants;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server, in a copy of the French demo: consumptions are added at the catalogue's price of
 * the day, changed while unbilled, and billed once by «Générer une facture»; what is refused writes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ConsumptionsIT {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 14);

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Tenancy tenancy;

  @Inject TestTenants tenants;

  @Inject InTransaction tx;

  @Inject Consumptions consumptions;

  @Inject ConsumptionInvoicing invoicing;

  @Inject HttpServletRequest request;

  private static String slug;

  private long tenant;

  @BeforeEach
  void signIn() {
    if (slug == null) {
      slug = tenants.copyOf("lumiere");
    }
    tenant = tenants.idOf(slug);
    AtriumPrincipal admin = tenants.staffPrincipal(slug, "admin@lumiere.test");
    request.setAttribute(AtriumPrincipal.REQUEST_ATTRIBUTE, admin);
  }

  private <T> T one(Class<T> type, java.util.function.Predicate<T> filter) {
    return tenants.all(tenant, type).stream().filter(filter).findFirst().orElseThrow();
  }

  private long centre(String code) {
    return one(Centre.class, c -> c.getCode().equals(code)).getId();
  }

  private long company(String name) {
    return one(Company.class, c -> c.getName().equals(name)).getId();
  }

  private long item(String code) {
    return one(CatalogueItem.class, i -> i.getCode().equals(code)).getId();
  }

  private ConsumptionDetails details(String item, String quantity, String price, String discount) {
    return new ConsumptionDetails(
        centre("PAR1"),
        company("Studio Kaolin"),
        null,
        item(item),
        null,
        new BigDecimal(quantity),
        price == null ? null : new BigDecimal(price),
        discount == null ? null : new BigDecimal(discount),
        DAY,
        null);
  }

  private <T> T as(java.util.function.Supplier<T> work) {
    return tenancy.runAsTenant(tenant, work);
  }

  @Test
  void consumptionsAreAddedEditedAndBilledOnceOnOneIssuedInvoice() {
    Consumption prints = as(() -> consumptions.create(details("IMPRESSION", "100", null, null)));
    Consumption coffees = as(() -> consumptions.create(details("CAFE", "4", null, "10")));
    assertEquals(new BigDecimal("0.10"), prints.getUnitPrice(), "the catalogue's price that day");
    assertEquals("Page imprimée", prints.getDescription(), "the item's name, in French");

    as(() -> consumptions.update(prints.getId(), details("IMPRESSION", "120", null, null)));
    assertEquals(
        new BigDecimal("120.000"),
        as(() -> consumptions.get(prints.getId())).getQuantity().setScale(3));

    Invoice invoice = as(() -> invoicing.invoice(List.of(coffees.getId(), prints.getId())));
    assertEquals(Invoice.Status.ISSUED, invoice.getStatus());
    assertNotNull(invoice.getNumber());
    // 120 × 0.10 = 12.00 + 20 % VAT; 4 × 2.50 − 10 % = 9.00 + 10 % VAT.
    assertEquals(new BigDecimal("21.00"), invoice.getNetTotal());
    assertEquals(new BigDecimal("3.30"), invoice.getTaxTotal());
    assertEquals(new BigDecimal("24.30"), invoice.getGrossTotal());
    assertEquals(
        Set.of(prints.getId(), coffees.getId()),
        Set.copyOf(invoice.getLines().stream().map(InvoiceLine::getConsumptionId).toList()));
    assertEquals(invoice.getId(), as(() -> consumptions.get(prints.getId())).getInvoiceId());

    assertThrows(
        ConsumptionBilledException.class,
        () -> as(() -> invoicing.invoice(List.of(prints.getId()))),
        "a second «Générer une facture» bills nothing");
    assertThrows(
        ConsumptionBilledException.class,
        () -> as(() -> consumptions.update(prints.getId(), details("IMPRESSION", "1", "1", null))));
    assertThrows(
        ConsumptionBilledException.class,
        () ->
            as(
                () -> {
                  consumptions.delete(coffees.getId());
                  return null;
                }));
    assertEquals(
        1L,
        tenants.all(tenant, Invoice.class).stream()
            .filter(i -> invoice.getId().equals(i.getId()))
            .count());
  }

  @Test
  void badInputIsRefusedFieldByFieldAndWritesNothing() {
    long before = tenants.all(tenant, Consumption.class).size();
    InvalidFieldsException refused =
        assertThrows(
            InvalidFieldsException.class,
            () ->
                as(
                    () ->
                        consumptions.create(
                            new ConsumptionDetails(
                                centre("PAR1"),
                                null,
                                null,
                                item("CAFE"),
                                "x".repeat(301),
                                new BigDecimal("-1"),
                                new BigDecimal("-5"),
                                new BigDecimal("150"),
                                null,
                                null))));
    assertEquals(
        Set.of(
            "companyId", "quantity", "unitPrice", "discountPercent", "consumedOn", "description"),
        refused.fieldKeys().keySet());
    assertEquals("consumption.quantity.invalid", refused.fieldKeys().get("quantity"));
    assertEquals(before, tenants.all(tenant, Consumption.class).size());

    Consumption paris = as(() -> consumptions.create(details("CAFE", "1", "2", null)));
    Consumption lyon =
        as(
            () ->
                consumptions.create(
                    new ConsumptionDetails(
                        centre("LYO1"),
                        company("Studio Kaolin"),
                        null,
                        item("CAFE"),
                        "Café",
                        BigDecimal.ONE,
                        null,
                        null,
                        DAY,
                        null)));
    assertEquals(new BigDecimal("2.20"), lyon.getUnitPrice(), "Lyon's own price");
    InvalidFieldsException mixed =
        assertThrows(
            InvalidFieldsException.class,
            () -> as(() -> invoicing.invoice(List.of(paris.getId(), lyon.getId()))));
    assertEquals("consumption.invoice.one-payer", mixed.fieldKeys().get("ids"));
    assertThrows(
        NotFoundException.class, () -> as(() -> invoicing.invoice(List.of(Long.MAX_VALUE))));
    assertNull(as(() -> consumptions.get(paris.getId())).getInvoiceId());
  }
}
