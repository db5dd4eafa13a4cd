package io.atrium.helpdesk;

import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.notifications.InAppNotice;
import io.atrium.notifications.Mail;
import io.atrium.notifications.NoticeLabel;
import io.atrium.notifications.NoticeValue;
import io.atrium.notifications.Notifications;
import io.atrium.shared.i18n.Texts;
import io.atrium.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Tells people about tickets (package rule 9), by e-mail and in-app notice, each in their own
 * language, in the transaction of the change: a new ticket to the centre's support managers, an
 * assignment to the assignee, anything else to the requester, the assignee and the support
 * managers. Never to the person who made the change; internal notes never to a member.
 */
@ApplicationScoped
public class TicketNotifier {

  @Inject Notifications notifications;

  @Inject SupportSettings settings;

  private record Recipient(
      AtriumPrincipal.Kind kind, long id, String email, String name, String language) {

    static Recipient of(StaffMember staff) {
      return new Recipient(
          AtriumPrincipal.Kind.STAFF,
          staff.getId(),
          staff.getEmail(),
          staff.getFullName(),
          staff.getLanguage());
    }

    static Recipient of(Member member) {
      return new Recipient(
          AtriumPrincipal.Kind.MEMBER,
          member.getId(),
          member.getEmail(),
          member.getFullName(),
          member.getLanguage());
    }

    String link(long ticketId) {
      return (kind == AtriumPrincipal.Kind.MEMBER
              ? "/portal/ticket.xhtml?id="
              : "/helpdesk/ticket.xhtml?id=")
          + ticketId;
    }
  }

  @Transactional(TxType.MANDATORY)
  public void created(Ticket ticket, TicketActor author) {
    Map<String, Recipient> to = new LinkedHashMap<>();
    settings.managers(ticket.getCentre().getId()).forEach(s -> add(to, Recipient.of(s), author));
    send(to, ticket, author, "ticket.created", Map.of());
  }

  @Transactional(TxType.MANDATORY)
  public void assigned(Ticket ticket, TicketActor author) {
    Map<String, Recipient> to = new LinkedHashMap<>();
    add(to, Recipient.of(ticket.getAssignee()), author);
    send(to, ticket, author, "ticket.assigned", Map.of());
  }

  /** A status change (or reopening, or closing at the end of the window). */
  @Transactional(TxType.MANDATORY)
  public void statusChanged(Ticket ticket, TicketActor author) {
    send(everyone(ticket, author, true), ticket, author, "ticket.status", Map.of());
  }

  @Transactional(TxType.MANDATORY)
  public void escalationChanged(Ticket ticket, TicketActor author) {
    send(
        everyone(ticket, author, true),
        ticket,
        author,
        "ticket.escalation",
        Map.of("level", Integer.toString(ticket.getEscalationLevel())));
  }

  @Transactional(TxType.MANDATORY)
  public void commented(Ticket ticket, TicketComment comment, TicketActor author) {
    send(
        everyone(ticket, author, !comment.isInternal()),
        ticket,
        author,
        comment.isInternal() ? "ticket.note" : "ticket.comment",
        Map.of("comment", excerpt(comment.getBody())));
  }

  /** A comment as a notice's body holds it (2,000 characters at most). */
  static String excerpt(String text) {
    return text.length() <= 500 ? text : text.substring(0, 500) + "…";
  }

  private Map<String, Recipient> everyone(Ticket ticket, TicketActor author, boolean members) {
    Map<String, Recipient> to = new LinkedHashMap<>();
    if (ticket.getRequesterMember() != null && members) {
      add(to, Recipient.of(ticket.getRequesterMember()), author);
    }
    if (ticket.getRequesterStaff() != null) {
      add(to, Recipient.of(ticket.getRequesterStaff()), author);
    }
    if (ticket.getAssignee() != null) {
      add(to, Recipient.of(ticket.getAssignee()), author);
    }
    settings.managers(ticket.getCentre().getId()).forEach(s -> add(to, Recipient.of(s), author));
    return to;
  }

  private static void add(Map<String, Recipient> to, Recipient recipient, TicketActor author) {
    boolean isAuthor =
        recipient.kind() == AtriumPrincipal.Kind.STAFF
            ? author.staff() != null && author.staff().getId() == recipient.id()
            : author.member() != null && author.member().getId() == recipient.id();
    if (!isAuthor) {
      to.putIfAbsent(recipient.kind() + ":" + recipient.id(), recipient);
    }
  }

  private void send(
      Map<String, Recipient> to,
      Ticket ticket,
      TicketActor author,
      String template,
      Map<String, String> extra) {
    for (Recipient recipient : to.values()) {
      ResourceBundle texts = Texts.bundle(Locale.forLanguageTag(recipient.language()));
      Map<String, String> params = new HashMap<>(extra);
      params.put("name", recipient.name());
      params.put("number", ticket.getNumber());
      params.put("title", ticket.getTitle());
      params.put("centre", ticket.getCentre().getLabel());
      params.put("type", texts.getString(ticket.getType().getLabelKey()));
      params.put("status", texts.getString(ticket.getStatus().getLabelKey()));
      params.put(
          "author", author.name() == null ? texts.getString("ticket.actor.system") : author.name());
      params.put(
          "assignee", ticket.getAssignee() == null ? "-" : ticket.getAssignee().getFullName());
      // The bell writes these words again in the language of the page it is read on.
      Map<String, NoticeValue> labels = new HashMap<>();
      labels.put("type", new NoticeLabel(ticket.getType().getLabelKey()));
      labels.put("status", new NoticeLabel(ticket.getStatus().getLabelKey()));
      if (author.name() == null) {
        labels.put("author", new NoticeLabel("ticket.actor.system"));
      }
      notifications.email(
          new Mail(recipient.email(), recipient.name(), recipient.language(), template, params)
              .linkingTo(recipient.link(ticket.getId())));
      notifications.notice(
          new InAppNotice(
              recipient.kind(),
              recipient.id(),
              recipient.language(),
              template,
              params,
              recipient.link(ticket.getId()),
              labels));
    }
  }
}
