package io.atrium.signin;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends the session (POST, so another site cannot sign a user out with a link). */
@WebServlet("/logout")
public class SignOutServlet extends HttpServlet {

  @Inject AuditTrail audit;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    // While the request still carries the person, so the entry is theirs and in their tenant.
    SignedIn.of(request)
        .filter(person -> !person.platform())
        .ifPresent(
            person ->
                audit.record(
                    person.staff() ? "StaffMember" : "Member",
                    person.personId(),
                    "SIGN_OUT",
                    null,
                    Changes.of()));
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
  }
}
