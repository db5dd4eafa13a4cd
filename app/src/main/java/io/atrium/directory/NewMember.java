package io.atrium.directory;

import io.atrium.identity.CompanyRole;
import io.atrium.shared.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A person to add to a company, or as an on-demand user: what staff, or the company's administrator
 * in the client space, type in. Pages bind to it; the API fills it from its request. The role is
 * ignored for on-demand users; an empty language means the operator's.
 */
public class NewMember implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An international number, as the SMS gateway takes it; also the API's walk-in form's rule. */
  public static final String PHONE = "\\+[1-9][0-9 ]{6,18}[0-9]";

  /** The languages a member is written to in. */
  public static final String LANGUAGE = "en|fr";

  @NotBlank
  @Size(max = 120)
  @Text(max = 120)
  private String fullName;

  @NotBlank
  @Email
  @Size(max = 254)
  @Text(max = 254)
  private String email;

  @Pattern(regexp = PHONE, message = "{atrium.phone.invalid}")
  private String phone;

  @Pattern(regexp = LANGUAGE, message = "{atrium.language.invalid}")
  private String language;

  private CompanyRole role = CompanyRole.USER;

  public NewMember() {}

  public NewMember(String fullName, String email, CompanyRole role) {
    this.fullName = fullName;
    this.email = email;
    this.role = role;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public CompanyRole getRole() {
    return role;
  }

  public void setRole(CompanyRole role) {
    this.role = role;
  }
}
