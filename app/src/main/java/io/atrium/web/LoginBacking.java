package io.atrium.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.omnifaces.util.Messages;

/**
 * The sign-in form: workspace (the operator's slug), e-mail, password. Accounts come with tenancy;
 * until then a valid form is answered that sign-in is not open yet.
 */
@Named
@RequestScoped
public class LoginBacking {

  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "{atrium.workspace.invalid}")
  private String workspace;

  @NotBlank @Email private String email;

  @NotBlank private String password;

  public void signIn() {
    Messages.addGlobalWarn("login.unavailable");
  }

  public String getWorkspace() {
    return workspace;
  }

  public void setWorkspace(String workspace) {
    this.workspace = workspace;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
