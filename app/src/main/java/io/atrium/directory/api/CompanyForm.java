package io.atrium.directory.api;

import io.atrium.directory.Company;
import io.atrium.directory.NewMember;
import io.atrium.identity.CompanyRole;
import io.atrium.shared.Text;
import io.atrium.tenancy.Centre;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A company's form: to create one (with its main contact, who becomes its first member) or to
 * replace its details (the contact fields are then ignored). Empty optional fields are cleared.
 *
 * @param kind PROSPECT or CLIENT
 * @param homeCentreId one of the caller's centres
 * @param contactName required to create a company
 * @param contactEmail required to create a company; unique among the operator's members
 */
public record CompanyForm(
    @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) @Text(max = 200)
        String name,
    @Schema(
            required = true,
            enumeration = {"PROSPECT", "CLIENT"})
        @NotNull
        @Pattern(regexp = "PROSPECT|CLIENT", message = "{company.kind.invalid}")
        String kind,
    @Schema(required = true, description = "one of the caller's centres") @NotNull
        Long homeCentreId,
    @Schema(description = "France: 9 digits")
        @Pattern(regexp = "\\d{9}", message = "{company.siren.invalid}")
        String siren,
    @Schema(description = "France: 14 digits")
        @Pattern(regexp = "\\d{14}", message = "{company.siret.invalid}")
        String siret,
    @Schema(description = "EU VAT number, e.g. FR23912846375")
        @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{2,13}", message = "{company.vatNumber.invalid}")
        String vatNumber,
    @Schema(description = "India: GSTIN, 15 characters")
        @Pattern(
            regexp = "\\d{2}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]",
            message = "{company.gstin.invalid}")
        String gstin,
    @Schema(maxLength = 254) @Email @Size(max = 254) @Text(max = 254) String email,
    @Schema(description = "international format, e.g. +33 6 12 34 56 78")
        @Pattern(regexp = "\\+[1-9][0-9 ]{6,18}[0-9]", message = "{atrium.phone.invalid}")
        String phone,
    @Schema(maxLength = 200) @Size(max = 200) @Text(max = 200) String billingLine,
    @Schema(maxLength = 20) @Size(max = 20) @Text(max = 20) String billingPostalCode,
    @Schema(maxLength = 100) @Size(max = 100) @Text(max = 100) String billingCity,
    @Schema(description = "ISO country code, e.g. FR")
        @Pattern(regexp = "[A-Z]{2}", message = "{atrium.country.invalid}")
        String billingCountry,
    @Schema(description = "required to create a company", maxLength = 120)
        @Size(max = 120)
        @Text(max = 120)
        String contactName,
    @Schema(description = "required to create a company", maxLength = 254)
        @Email
        @Size(max = 254)
        @Text(max = 254)
        String contactEmail) {

  /** Writes the form onto a company: a new one, or a copy of the stored one. */
  Company applyTo(Company company, Centre centre) {
    company.setName(name);
    company.setKind(Company.Kind.valueOf(kind));
    company.setHomeCentre(centre);
    company.setSiren(blankToNull(siren));
    company.setSiret(blankToNull(siret));
    company.setVatNumber(blankToNull(vatNumber));
    company.setGstin(blankToNull(gstin));
    company.setEmail(blankToNull(email));
    company.setPhone(blankToNull(phone));
    company.setBillingLine(blankToNull(billingLine));
    company.setBillingPostalCode(blankToNull(billingPostalCode));
    company.setBillingCity(blankToNull(billingCity));
    company.setBillingCountry(blankToNull(billingCountry));
    return company;
  }

  /** The main contact, or null when the form names none. */
  NewMember contact() {
    if (blankToNull(contactName) == null && blankToNull(contactEmail) == null) {
      return null;
    }
    return new NewMember(contactName, contactEmail, CompanyRole.ADMINISTRATOR);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
