package io.atrium.signin.web.account;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.signin.PageAccess;
import io.atrium.signin.PasswordLinks;
import io.atrium.signin.SignInResult;
import io.atrium.signin.WorkspaceCredential;
import io.atrium.signin.web.LoginBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Activation and reset links: the person chooses a password (twice), is signed in, and lands on
 * their home page (the client space for members), or the page the activation link names.
 */
@Named
@RequestScoped
public class SetPasswordBacking {

  @Inject PasswordLinks links;

  @Inject SecurityContext securityContext;

  private String workspace;
  private String token;
  private String next;

  @NotBlank private String password;

  @NotBlank private String confirmation;

  public boolean isUsable() {
    return links.usable(workspace, token);
  }

  public void save() throws IOException {
    if (!password.equals(confirmation)) {
      Messages.addError("form:confirmation", "account.password.mismatch");
      return;
    }
    String email;
    try {
      email = links.redeem(workspace, token, password);
    } catch (InvalidFieldsException invalid) {
      invalid.fieldKeys().forEach((field, key) -> Messages.addError("form:" + field, key));
      return;
    } catch (BusinessException refused) {
      Messages.addGlobalError(refused.messageKey());
      return;
    }
    var status =
        securityContext.authenticate(
            Faces.getRequest(),
            Faces.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new WorkspaceCredential(workspace, email, password))
                .newAuthentication(true));
    var result = (SignInResult) Faces.getRequest().getAttribute(SignInResult.class.getName());
    String target;
    if (status == AuthenticationStatus.SUCCESS && result != null && result.succeeded()) {
      // An activation link may name the page to land on (a walk-in's invoice to pay): only a path
      // of this site, checked as the sign-in form checks its own.
      AtriumPrincipal principal = result.principal();
      target = LoginBacking.landing(next, PageAccess.home(principal), principal.staff());
    } else {
      target = "/login.xhtml";
    }
    Faces.redirect(Faces.getRequestContextPath() + target);
  }

  public String getWorkspace() {
    return workspace;
  }

  public void setWorkspace(String workspace) {
    this.workspace = workspace;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
