package io.atrium.spaces.web;

import io.atrium.shared.BusinessException;
import io.atrium.spaces.Floors;
import io.atrium.spaces.PlanFile;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A floor's plan image for pages, {@code ?floor=}: staff of the floor's centre with catalog:read;
 * anyone else, and a floor without a plan, get 404. Sent with the type read from its content,
 * {@code nosniff}, and a policy that lets an SVG opened on its own run nothing and fetch nothing.
 */
@WebServlet("/spaces/plan")
public class PlanServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; sandbox";

  @Inject Floors floors;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Optional<PlanFile> plan;
    try {
      plan = floors.plan(Long.parseLong(String.valueOf(req.getParameter("floor")).strip()));
    } catch (NumberFormatException e) {
      plan = Optional.empty();
    } catch (BusinessException refused) {
      res.sendError(refused.status() == 401 ? 404 : refused.status());
      return;
    }
    if (plan.isEmpty()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType(plan.get().contentType());
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Security-Policy", POLICY);
    res.setHeader("Content-Disposition", "inline");
    res.setHeader("Cache-Control", "private, no-cache");
    try (InputStream in = plan.get().content()) {
      in.transferTo(res.getOutputStream());
    }
  }
}
