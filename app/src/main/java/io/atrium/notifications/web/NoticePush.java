package io.atrium.notifications.web;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.notifications.NoticeStored;
import io.atrium.shared.push.LiveChannel;
import io.atrium.shared.push.LivePush;
import io.atrium.shared.push.LivePushes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Tells the recipient's open pages, on every server, that a notice arrived, once it is committed:
 * the bell's socket ({@code <o:socket channel="notices">} in the layout) then re-renders the count
 * and the list. A person with no page open gets nothing pushed and sees the notice on their next
 * page.
 */
@ApplicationScoped
public class NoticePush implements LiveChannel {

  /** The socket message, also the ajax event the bell listens to. */
  static final String EVENT = "notice";

  private static final String CHANNEL = "notices";

  /** A push's target: the kind of person (staff or member, who have a bell) and their id. */
  private static final Pattern TARGET = Pattern.compile("(STAFF|MEMBER):([1-9][0-9]{0,17})");

  @Inject
  @Push(channel = CHANNEL)
  PushContext notices;

  @Inject LivePushes pushes;

  void pushed(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeStored stored) {
    pushes.publish(
        new LivePush(
            CHANNEL, stored.tenantId(), stored.recipientKind() + ":" + stored.recipientId()));
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public Optional<String> socketUser(long tenantId, String target) {
    Matcher person = TARGET.matcher(target);
    return person.matches()
        ? Optional.of(
            NoticeBell.socketUser(
                tenantId,
                AtriumPrincipal.Kind.valueOf(person.group(1)),
                Long.parseLong(person.group(2))))
        : Optional.empty();
  }

  @Override
  public void send(Collection<String> socketUsers) {
    notices.send(EVENT, socketUsers);
  }
}
