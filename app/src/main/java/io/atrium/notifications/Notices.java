package io.atrium.notifications;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * A person's bell: their latest notices, how many are unread, and marking them read. Queries run in
 * the person's tenant and always name the person, so nobody reads or marks another's notices.
 */
@ApplicationScoped
public class Notices {

  /** How many notices the bell lists. */
  public static final int LATEST = 10;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  Clock clock = Clock.systemUTC();

  /** The person's latest notices, newest first. */
  @Transactional
  public List<Notification> listFor(AtriumPrincipal person) {
    return em.createQuery(
            "select n from Notification n where n.recipientKind = :kind and n.recipientId = :id"
                + " order by n.createdAt desc, n.id desc",
            Notification.class)
        .setParameter("kind", person.kind())
        .setParameter("id", person.personId())
        .setMaxResults(LATEST)
        .getResultList();
  }

  @Transactional
  public long unreadCount(AtriumPrincipal person) {
    return em.createQuery(
            "select count(n) from Notification n where n.recipientKind = :kind"
                + " and n.recipientId = :id and n.readAt is null",
            Long.class)
        .setParameter("kind", person.kind())
        .setParameter("id", person.personId())
        .getSingleResult();
  }

  /**
   * Marks one of the signed-in person's notices read and returns it (for its link).
   *
   * @throws NotFoundException when it does not exist or is someone else's
   */
  @Transactional
  public Notification markRead(long id) {
    AtriumPrincipal person = signedIn();
    Notification notice = em.find(Notification.class, id);
    if (notice == null || !notice.isFor(person)) {
      throw new NotFoundException();
    }
    notice.markRead(clock.instant());
    return notice;
  }

  /** Marks every unread notice of the signed-in person read; returns how many. */
  @Transactional
  public int markAllRead() {
    AtriumPrincipal person = signedIn();
    List<Notification> unread =
        em.createQuery(
                "select n from Notification n where n.recipientKind = :kind"
                    + " and n.recipientId = :id and n.readAt is null",
                Notification.class)
            .setParameter("kind", person.kind())
            .setParameter("id", person.personId())
            .getResultList();
    unread.forEach(n -> n.markRead(clock.instant()));
    return unread.size();
  }

  private AtriumPrincipal signedIn() {
    return caller.principal().orElseThrow(NotSignedInException::new);
  }
}
