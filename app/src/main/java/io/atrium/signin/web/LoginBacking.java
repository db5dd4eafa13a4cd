package io.atrium.signin.web;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.signin.PageAccess;
import io.atrium.signin.SignInResult;
import io.atrium.signin.WorkspaceCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import org.omnifaces.util.Messages;

/**
 * The sign-in form: workspace (the operator's slug, prefilled from {@code /t/<slug>}), e-mail,
 * password. Success lands on the page asked for, or the person's home page.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext securityContext;

  @NotBlank
  @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "{atrium.workspace.invalid}")
  private String workspace;

  @NotBlank @Email private String email;

  @NotBlank private String password;

  private String next;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new WorkspaceCredential(workspace, email, password))
                .newAuthentication(true));
    var result = (SignInResult) request.getAttribute(SignInResult.class.getName());
    if (status == AuthenticationStatus.SUCCESS && result != null && result.succeeded()) {
      external.redirect(external.getRequestContextPath() + landing(result.principal()));
      faces.responseComplete();
    } else if (result != null && result.outcome() == SignInResult.Outcome.THROTTLED) {
      Messages.addGlobalError("login.throttled");
    } else {
      Messages.addGlobalError("login.failed");
    }
  }

  private String landing(AtriumPrincipal principal) {
    return landing(next, PageAccess.home(principal), principal.staff());
  }

  /**
   * Only a path of this site, so the link cannot send the user elsewhere: printable ASCII only, as
   * the sign-in redirect encodes the page asked for. Browsers drop tabs and line breaks from a
   * {@code Location} before reading it, so {@code /<TAB>/evil.example} would be followed as {@code
   * //evil.example}, another site; a line break would also break the header (a 500).
   */
  public static String landing(String next, String home, boolean staff) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || !next.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return home;
    }
    String kindHome = home.substring(0, home.indexOf('/', 1) + 1);
    return staff || next.startsWith(kindHome) ? next : home;
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

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
