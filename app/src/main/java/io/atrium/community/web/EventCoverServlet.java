package io.atrium.community.web;

import io.atrium.community.Cover;
import io.atrium.community.Events;
import io.atrium.shared.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * An event's cover for pages, {@code ?id=}: staff of the event's centre with events:read, and the
 * members who see the event. Anyone else, and an event without a cover, get 404. The type sent is
 * the one read from the file's content, with {@code nosniff}, so a browser never runs it as
 * anything else.
 */
@WebServlet("/community/events/cover")
public class EventCoverServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Events events;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Optional<Cover> cover;
    try {
      cover = events.cover(Long.parseLong(String.valueOf(req.getParameter("id")).strip()));
    } catch (NumberFormatException e) {
      cover = Optional.empty();
    } catch (BusinessException refused) {
      res.sendError(refused.status() == 401 ? 404 : refused.status());
      return;
    }
    if (cover.isEmpty()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setContentType(cover.get().contentType());
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Disposition", "inline");
    res.setHeader("Cache-Control", "private, no-cache");
    try (InputStream in = cover.get().content()) {
      in.transferTo(res.getOutputStream());
    }
  }
}
