package io.atrium.contracts;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CataloguePrice;
import io.atrium.catalogue.CataloguePrices;
import io.atrium.catalogue.ItemChoices;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.spaces.Space;
import io.atrium.spaces.SpacesInCentre;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.manifest.ContractManifest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes a manifest's contracts in the tenant's creation transaction (no caller: the platform's
 * import, audited by its one tenant entry). Lines take the item's catalogue price on the start day;
 * a SIGNED one goes through {@link ContractSigning}, so its spaces are held and its deposit and
 * first-month invoices issued, dated the day of its signature, and it is active once started.
 */
@ApplicationScoped
public class DemoContracts {

  static final String MANIFEST = "Tenant manifest";

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject ItemChoices items;

  @Inject CataloguePrices prices;

  @Inject SpacesInCentre spaces;

  @Inject ContractReferences references;

  @Inject ContractSigning signing;

  Clock clock = Clock.systemUTC();

  public void write(
      List<ContractManifest> manifests,
      Map<String, Centre> centres,
      Map<String, Company> companies,
      Map<String, Member> members) {
    if (manifests.isEmpty()) {
      return;
    }
    List<CatalogueItem> catalogue = items.all();
    for (ContractManifest m : manifests) {
      Centre centre = centres.get(m.centre());
      Instant created = m.signedAt() != null ? m.signedAt() : clock.instant();
      Contract contract =
          new Contract(
              references.next(LocalDate.ofInstant(created, centre.zone())), centre, null, created);
      contract.setCompany(m.company() == null ? null : companies.get(m.company()));
      contract.setMember(m.onDemandUser() == null ? null : members.get(m.onDemandUser()));
      contract.setStartDate(m.startDate());
      contract.setEndDate(m.endDate());
      contract.setCommitmentMonths(m.commitmentMonths());
      contract.setNoticeMonths(m.noticeMonths());
      contract.setDepositAmount(m.deposit());
      contract.setPaymentMethod(PaymentMethod.valueOf(m.paymentMethod()));
      List<Space> centreSpaces = spaces.of(centre.getId());
      int position = 1;
      for (ContractManifest.Line l : m.lines()) {
        contract.getLines().add(line(contract, position++, l, catalogue, centreSpaces));
      }
      em.persist(contract);
      em.flush();
      if (!m.status().equals("DRAFT")) {
        contract.setStatus(Contract.Status.SENT);
        contract.setSentAt(created);
      }
      if (m.status().equals("SIGNED")) {
        signing.sign(
            contract,
            new Signature(
                m.signatory(), Contract.SignatureMethod.valueOf(m.signatureMethod()), created),
            null,
            MANIFEST,
            created);
        Instant now = clock.instant();
        if (contract.getStatus() == Contract.Status.SIGNED
            && !contract.getStartDate().isAfter(LocalDate.ofInstant(now, centre.zone()))) {
          signing.activate(contract, now);
        }
      }
    }
  }

  private ContractLine line(
      Contract contract,
      int position,
      ContractManifest.Line manifest,
      List<CatalogueItem> catalogue,
      List<Space> centreSpaces) {
    CatalogueItem item =
        catalogue.stream()
            .filter(i -> i.getCode().equals(manifest.item()))
            .findFirst()
            .orElseThrow();
    Space space =
        manifest.space() == null
            ? null
            : centreSpaces.stream()
                .filter(s -> s.getName().equals(manifest.space()))
                .findFirst()
                .orElseThrow();
    ContractLine line =
        new ContractLine(
            contract,
            position,
            item.getKind() == CatalogueItem.Kind.MAIN
                ? ContractLine.Kind.MAIN
                : ContractLine.Kind.OPTION,
            item);
    line.setSpace(space);
    String name = item.name(java.util.Locale.forLanguageTag(language(contract)));
    line.setDescription(space == null ? name : name + " · " + space.getName());
    line.setQuantity(manifest.quantity());
    line.setDiscountPercent(manifest.discountPercent());
    line.setUnitPrice(price(item, contract));
    return line;
  }

  /** The price on the start day; for a demo contract older than the catalogue, its first price. */
  private BigDecimal price(CatalogueItem item, Contract contract) {
    return prices
        .on(item, contract.getCentre(), contract.getStartDate())
        .or(
            () ->
                prices.history(item).stream()
                    .filter(p -> p.getCentre().equals(contract.getCentre()))
                    .min(java.util.Comparator.comparing(CataloguePrice::getEffectiveFrom)))
        .map(CataloguePrice::getUnitPrice)
        .orElse(BigDecimal.ZERO);
  }

  private static String language(Contract contract) {
    return contract.getCentre().getTaxScheme() == io.atrium.tenancy.TaxScheme.GST ? "en" : "fr";
  }
}
