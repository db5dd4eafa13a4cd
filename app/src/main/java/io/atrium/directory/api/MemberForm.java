package io.atrium.directory.api;

import io.atrium.directory.Member;
import io.atrium.directory.NewMember;
import io.atrium.identity.CompanyRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member's form, to add one to a company or to replace their details.
 *
 * @param language en or fr; empty means the operator's language
 * @param companyRole ADMINISTRATOR, MANAGER or USER; by default USER for a new member, and the
 *     current role for an existing one
 */
public record MemberForm(
    @NotBlank @Size(max = 120) String fullName,
    @NotBlank @Email @Size(max = 254) String email,
    @Pattern(regexp = "\\+[1-9][0-9 ]{6,18}[0-9]", message = "{atrium.phone.invalid}") String phone,
    @Pattern(regexp = "en|fr", message = "{atrium.language.invalid}") String language,
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
