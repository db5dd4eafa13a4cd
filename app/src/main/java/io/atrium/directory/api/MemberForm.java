package io.atrium.directory.api;

import io.atrium.directory.Member;
import io.atrium.directory.NewMember;
import io.atrium.identity.CompanyRole;
import io.atrium.shared.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's form, to add one to a company or to replace their details.
 *
 * @param language en or fr; empty means the operator's language
 * @param companyRole ADMINISTRATOR, MANAGER or USER; by default USER for a new member, and the
 *     current role for an existing one
 */
public record MemberForm(
    @Schema(required = true, maxLength = 120) @NotBlank @Size(max = 120) @Text(max = 120)
        String fullName,
    @Schema(required = true, maxLength = 254) @NotBlank @Email @Size(max = 254) @Text(max = 254)
        String email,
    @Schema(description = "international format, e.g. +33 6 12 34 56 78")
        @Pattern(regexp = "\\+[1-9][0-9 ]{6,18}[0-9]", message = "{atrium.phone.invalid}")
        String phone,
    @Schema(
            enumeration = {"en", "fr"},
            description = "empty: the operator's language")
        @Pattern(regexp = "en|fr", message = "{atrium.language.invalid}")
        String language,
    @Schema(enumeration = {"ADMINISTRATOR", "MANAGER", "USER"})
        @Pattern(regexp = "ADMINISTRATOR|MANAGER|USER", message = "{member.role.invalid}")
        String companyRole) {

  NewMember toNewMember() {
    var who =
        new NewMember(
            fullName,
            email,
            companyRole == null ? CompanyRole.USER : CompanyRole.valueOf(companyRole));
    who.setPhone(CompanyForm.blankToNull(phone));
    who.setLanguage(CompanyForm.blankToNull(language));
    return who;
  }

  /** Writes the form onto a copy of the stored member. */
  Member applyTo(Member member) {
    member.setFullName(fullName);
    member.setEmail(email);
    member.setPhone(CompanyForm.blankToNull(phone));
    if (CompanyForm.blankToNull(language) != null) {
      member.setLanguage(language);
    }
    if (companyRole != null && !member.onDemand()) {
      member.setCompanyRole(CompanyRole.valueOf(companyRole));
    }
    return member;
  }
}
