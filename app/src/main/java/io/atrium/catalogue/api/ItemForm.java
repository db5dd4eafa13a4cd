package io.atrium.catalogue.api;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.ItemDetails;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.Text;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An item's form, to create one or replace its details. Only the tax fields of the centres' scheme
 * may be filled: {@code vatCategory} with VAT, {@code sacCode} and {@code supplyAtProperty} with
 * GST.
 *
 * @param centreIds the caller's centres that offer the item (others it is offered in stay)
 * @param version the version read, to refuse the change with 409 if someone saved since (PUT)
 */
public record ItemForm(
    @Schema(required = true, example = "OFFICE-4", pattern = "^[A-Z0-9][A-Z0-9_-]{1,19}$")
        @Text(max = 20)
        String code,
    @Schema(
            required = true,
            enumeration = {"MAIN", "OPTION", "CONSUMPTION"})
        @Text(max = 20)
        String kind,
    @Schema(description = "MAIN items only: PRIVATE_OFFICE, DEDICATED_DESK, HOT_DESK, ...")
        @Text(max = 20)
        String serviceType,
    @Schema(required = true, maxLength = 120) @Text(max = 120) String nameEn,
    @Schema(required = true, maxLength = 120) @Text(max = 120) String nameFr,
    @Schema(maxLength = 2000) @Text(max = 2000, multiline = true) String descriptionEn,
    @Schema(maxLength = 2000) @Text(max = 2000, multiline = true) String descriptionFr,
    @Schema(
            required = true,
            enumeration = {"MONTH", "DAY", "HOUR", "HALF_DAY", "UNIT", "SQM"})
        @Text(max = 20)
        String unit,
    @Schema(description = "VAT: S, Z, E, AE, K, G or O") @Text(max = 2) String vatCategory,
    @Schema(description = "GST: six digits starting with 99", example = "997212") @Text(max = 6)
        String sacCode,
    @Schema(required = true, example = "20", description = "percent, a decimal string")
        @Text(max = 30)
        String taxRate,
    @Schema(description = "GST: place of supply is the property (default true)")
        Boolean supplyAtProperty,
    @Schema(maxLength = 20) @Text(max = 20) String revenueAccount,
    @Schema(
            example = "10",
            description =
                "hours of credits each unit grants a month on an active contract (MONTH items"
                    + " only), a decimal string; none: no credits")
        @Text(max = 30)
        String creditHours,
    @Schema(description = "sold or not (default true)") Boolean active,
    @Schema(description = "ids of the caller's centres offering it") List<Long> centreIds,
    @Schema(description = "PUT: the version read; 409 when it changed") Long version) {

  /**
   * Runs a command on the form as the service reads it, unless a kind, service type or unit means
   * nothing: that is refused first.
   */
  <T> T apply(Function<ItemDetails, T> command) {
    Map<String, String> unreadable = new LinkedHashMap<>();
    ItemDetails details = new ItemDetails();
    details.setCode(code);
    details.setKind(parse(CatalogueItem.Kind.class, kind, "kind", unreadable));
    details.setServiceType(
        parse(CatalogueItem.ServiceType.class, serviceType, "serviceType", unreadable));
    details.setNameEn(nameEn);
    details.setNameFr(nameFr);
    details.setDescriptionEn(descriptionEn);
    details.setDescriptionFr(descriptionFr);
    details.setUnit(parse(CatalogueItem.Unit.class, unit, "unit", unreadable));
    details.setVatCategory(vatCategory);
    details.setSacCode(sacCode);
    details.setTaxRate(Decimals.parse(taxRate, "taxRate", unreadable));
    details.setSupplyAtProperty(supplyAtProperty == null || supplyAtProperty);
    details.setRevenueAccount(revenueAccount);
    details.setCreditHours(Decimals.parse(creditHours, "creditHours", unreadable));
    details.setActive(active == null || active);
    details.setCentreIds(centreIds == null ? null : new LinkedHashSet<>(centreIds));
    if (!unreadable.isEmpty()) {
      // Refused before the command: a value left out could make a valid form (no service type).
      throw new InvalidFieldsException(unreadable);
    }
    return command.apply(details);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, Map<String, String> unreadable) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      unreadable.put(field, "catalogue." + field + ".unknown");
      return null;
    }
  }
}
