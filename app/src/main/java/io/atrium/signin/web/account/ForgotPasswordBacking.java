package io.atrium.signin.web.account;

import io.atrium.signin.PasswordLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.omnifaces.util.Messages;

/** "Forgot password": the same answer whether the account exists or not. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

  @Inject PasswordLinks links;

  @NotBlank private String workspace;

  @NotBlank @Email private String email;

  private boolean sent;

  public void send() {
    links.requestReset(workspace, email);
    sent = true;
    Messages.addGlobalInfo("account.forgot.sent");
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

  public boolean isSent() {
    return sent;
  }
}
