package io.atrium.helpdesk.web;

import io.atrium.helpdesk.AttachmentHeaders;
import io.atrium.helpdesk.TicketAttachment;
import io.atrium.helpdesk.TicketFiles;
import io.atrium.shared.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves a ticket's photo or video to the pages ({@code /helpdesk/attachments/<id>}), for staff and
 * members alike, after {@link TicketFiles#get} has checked that the signed-in person may see it:
 * anyone else, signed in or not, gets 404 as for an absent file.
 */
@WebServlet("/helpdesk/attachments/*")
public class AttachmentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TicketFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    TicketAttachment attachment;
    try {
      attachment = files.get(id(request.getPathInfo()));
    } catch (BusinessException refused) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(AttachmentHeaders.contentType(attachment));
    response.setHeader("Content-Disposition", AttachmentHeaders.contentDisposition(attachment));
    response.setContentLengthLong(attachment.getSizeBytes());
    for (String[] header : AttachmentHeaders.FIXED) {
      response.setHeader(header[0], header[1]);
    }
    try (InputStream in = files.open(attachment)) {
      in.transferTo(response.getOutputStream());
    }
  }

  /** The id after the slash; -1 (found by no one) when it is not a number. */
  private static long id(String pathInfo) {
    try {
      return Long.parseLong(pathInfo == null ? "" : pathInfo.substring(1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
