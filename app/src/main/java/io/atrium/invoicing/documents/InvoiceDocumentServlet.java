package io.atrium.invoicing.documents;

import io.atrium.shared.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents for the pages, which sign in with the session (the API takes bearer tokens only):
 * staff follow {@code /invoicing/documents/<id>/pdf} (or {@code /facturx}), members {@code
 * /portal/documents/<id>/pdf}. The same rights as the API ({@link InvoiceDocuments}); anything
 * refused is 404, like an absent document, and a draft is 409.
 */
@WebServlet({"/invoicing/documents/*", "/portal/documents/*"})
public class InvoiceDocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PATH = Pattern.compile("^/(\\d{1,18})/(pdf|facturx)$");

  @Inject InvoiceDocuments documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long id = Long.parseLong(path.group(1));
    InvoiceDocuments.File file;
    try {
      file = "facturx".equals(path.group(2)) ? documents.facturXFor(id) : documents.pdfFor(id);
    } catch (BusinessException refused) {
      response.sendError(
          refused.status() == 409
              ? HttpServletResponse.SC_CONFLICT
              : HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + file.name() + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(file.content().length);
    response.getOutputStream().write(file.content());
  }
}
