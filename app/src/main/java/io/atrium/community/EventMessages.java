package io.atrium.community;

import io.atrium.directory.CentreMembers;
import io.atrium.directory.Member;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.notifications.InAppNotice;
import io.atrium.notifications.Mail;
import io.atrium.notifications.NoticeTime;
import io.atrium.notifications.NoticeValue;
import io.atrium.notifications.Notifications;
import io.atrium.shared.format.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What members are told about events, through the outbox in the transaction of the change, each in
 * their own language: the invitation broadcast when an event is published, the cancellation to
 * those who answered, the seat given to the first of the waitlist.
 */
@ApplicationScoped
class EventMessages {

  /** Where notices lead: the client space's events. */
  static final String PORTAL_PAGE = "/portal/events.xhtml";

  @Inject Notifications notifications;

  @Inject CentreMembers centreMembers;

  /** The audience of a centre's events: its active members, of companies or on demand. */
  List<Member> audience(CommunityEvent event) {
    return centreMembers.active(event.getCentre());
  }

  /** E-mails the invitation to every member of the event's centre. */
  int invite(CommunityEvent event) {
    List<Member> members = audience(event);
    members.forEach(member -> mail(member, "event-published", event));
    return members.size();
  }

  /** Tells each member who answered (going or waiting) that the event is called off. */
  void cancelled(CommunityEvent event, List<Rsvp> answers) {
    for (Rsvp rsvp : answers) {
      mail(rsvp.getMember(), "event-cancelled", event);
      notice(rsvp.getMember(), "event-cancelled", event);
    }
  }

  void promoted(Rsvp rsvp) {
    mail(rsvp.getMember(), "event-promoted", rsvp.getEvent());
    notice(rsvp.getMember(), "event-promoted", rsvp.getEvent());
  }

  private void mail(Member member, String template, CommunityEvent event) {
    notifications.email(
        new Mail(
                member.getEmail(),
                member.getFullName(),
                member.getLanguage(),
                template,
                params(member, event))
            .linkingTo(page(event)));
  }

  /** The client space's events with this one picked out, where the member answers. */
  static String page(CommunityEvent event) {
    return PORTAL_PAGE + "?id=" + event.getId();
  }

  private void notice(Member member, String template, CommunityEvent event) {
    notifications.notice(
        new InAppNotice(
            AtriumPrincipal.Kind.MEMBER,
            member.getId(),
            member.getLanguage(),
            template,
            params(member, event),
            page(event),
            times(event)));
  }

  /**
   * The event's day and hours in a notice, written when the member reads it, in the language of
   * their page then (a mail's are written once, in theirs).
   */
  static Map<String, NoticeValue> times(CommunityEvent event) {
    return Map.of(
        "date", NoticeTime.date(event.getStartsAt(), event.zone()),
        "start", NoticeTime.time(event.getStartsAt(), event.zone()),
        "end", NoticeTime.time(event.getEndsAt(), event.zone()));
  }

  /** The event as the member reads it: day and hours on the centre's clock, in their language. */
  static Map<String, String> params(Member member, CommunityEvent event) {
    Locale language =
        Locale.forLanguageTag(member.getLanguage() == null ? "en" : member.getLanguage());
    Formats formats = Formats.of(language, event.getCentre().getCountry());
    return Map.of(
        "name", member.getFullName(),
        "title", event.getTitle(),
        "centre", event.getCentre().getName(),
        "location", event.getLocation(),
        "date", formats.date(event.getDate()),
        "start", formats.time(event.getStartTime()),
        "end", formats.time(event.getEndTime()));
  }
}
