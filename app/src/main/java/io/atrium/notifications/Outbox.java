package io.atrium.notifications;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.List;

/**
 * The tenant's outbox as its staff see it on the Sent mail page: what went out (or would have, with
 * no SMTP server), what is waiting and what failed. Mails hold links that open accounts, so only
 * staff with {@code settings:read} see them.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Mailer mailer;

  /** False when no SMTP server is configured: mails are captured here, not delivered. */
  public boolean delivering() {
    return mailer.configured();
  }

  @Transactional
  public long count() {
    caller.require(Area.SETTINGS, Action.READ);
    return em.createQuery("select count(m) from OutboxMail m", Long.class).getSingleResult();
  }

  /** Newest first, one page. */
  @Transactional
  public List<OutboxMail> list(int first, int size) {
    caller.require(Area.SETTINGS, Action.READ);
    return em.createQuery(
            "select m from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(size, 100)))
        .getResultList();
  }

  /**
   * One mail with its body and its attachments' bytes (a few small files: a QR code, an .ics).
   *
   * @throws NotFoundException when there is no such mail in the caller's tenant
   */
  @Transactional
  public OutboxMail get(long id) {
    caller.require(Area.SETTINGS, Action.READ);
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null) {
      throw new NotFoundException();
    }
    mail.getAttachments().forEach(OutboxAttachment::getContent);
    return mail;
  }

  /** The operator's time zone, in which the page shows dates. */
  @Transactional
  public ZoneId zone() {
    long tenantId = caller.require(Area.SETTINGS, Action.READ).tenantId();
    Tenant tenant = em.find(Tenant.class, tenantId);
    return tenant == null || tenant.getTimeZone() == null
        ? ZoneId.of("UTC")
        : ZoneId.of(tenant.getTimeZone());
  }
}
