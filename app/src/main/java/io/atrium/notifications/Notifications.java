package io.atrium.notifications;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.format.Formats;
import io.atrium.tenancy.Tenancy;
import io.atrium.tenancy.Tenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every module's way to tell people something. Both methods write to the outbox in the caller's
 * transaction, so a message exists exactly when the change that caused it commits; delivery happens
 * after commit. Texts are rendered now, in the recipient's language, from the bundles' {@code
 * mail.<template>.subject/.body} and {@code notice.<template>.title/.body}; a notice keeps its
 * template and parameters too, its days, times, numbers and labels as values ({@link NoticeValue}),
 * so the bell shows all of it in the language of the page it is read on.
 */
@ApplicationScoped
public class Notifications {

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Tenancy tenancy;

  @Inject Event<MailQueued> mailQueued;

  @Inject Event<NoticeStored> noticeStored;

  @Inject SiteAddress site;

  @Inject OutboxRows rows;

  @Resource TransactionSynchronizationRegistry transactions;

  Clock clock = Clock.systemUTC();

  /**
   * Queues an e-mail (in the current, tenant-bound transaction). A mail about a page gets its
   * address under {@code PUBLIC_URL} as the parameter {@code link}.
   *
   * @throws IllegalArgumentException when the template or one of its parameters is missing, or the
   *     page is not a path of this site
   */
  @Transactional(TxType.MANDATORY)
  public void email(Mail mail) {
    long tenantId = tenantId();
    em.persist(rendered(mail, tenantId));
    nudge(tenantId);
  }

  /**
   * Queues many e-mails at once, written set-based ({@link OutboxRows}): a billing run's chunk
   * queues a mail per invoice. The same checks as {@link #email} for each.
   */
  @Transactional(TxType.MANDATORY)
  public void emailAll(List<Mail> mails) {
    if (mails.isEmpty()) {
      return;
    }
    long tenantId = tenantId();
    rows.insert(mails.stream().map(mail -> rendered(mail, tenantId)).toList());
    nudge(tenantId);
  }

  private OutboxMail rendered(Mail mail, long tenantId) {
    Templates.checkName(mail.template());
    if (mail.toEmail() == null || mail.toEmail().isBlank()) {
      throw new IllegalArgumentException("A mail needs a recipient");
    }
    Map<String, String> params = mail.params();
    if (mail.page() != null) {
      if (!isSitePath(mail.page())) {
        throw new IllegalArgumentException("A mail links to a page of this site: " + mail.page());
      }
      params = new HashMap<>(params);
      params.put("link", site.base() + mail.page());
    }
    Locale language = Templates.language(recipientsLanguage(mail.language(), tenantId));
    String prefix = "mail." + mail.template();
    String subject = Templates.oneLine(Templates.render(prefix + ".subject", language, params));
    String body = Templates.render(prefix + ".body", language, params);
    OutboxMail queued =
        new OutboxMail(
            mail.toEmail().strip(),
            mail.toName() == null ? null : Templates.oneLine(mail.toName()),
            language.getLanguage(),
            mail.template(),
            subject,
            body,
            clock.instant());
    queued.attach(mail.attachments());
    return queued;
  }

  /**
   * One nudge per transaction: it delivers every mail due, and a billing run's chunk queues a
   * thousand mails, which would otherwise start a thousand delivery passes after its commit.
   */
  private void nudge(long tenantId) {
    if (transactions.getResource(MailQueued.class) == null) {
      transactions.putResource(MailQueued.class, Boolean.TRUE);
      mailQueued.fire(new MailQueued(tenantId));
    }
  }

  /**
   * Stores an in-app notice and pushes it to the recipient's open pages after commit.
   *
   * @throws IllegalArgumentException when the template or a parameter is missing, or the link is
   *     not a path of this site
   */
  @Transactional(TxType.MANDATORY)
  public void notice(InAppNotice notice) {
    long tenantId = tenantId();
    Templates.checkName(notice.template());
    if (notice.recipientKind() == null || notice.recipientKind() == AtriumPrincipal.Kind.PLATFORM) {
      throw new IllegalArgumentException("Notices are for staff and members");
    }
    if (notice.link() != null && !isSitePath(notice.link())) {
      throw new IllegalArgumentException("A notice links to a page of this site: " + notice.link());
    }
    Locale language = Templates.language(recipientsLanguage(notice.language(), tenantId));
    String prefix = "notice." + notice.template();
    Map<String, String> params = new HashMap<>(notice.params());
    Tenant tenant = em.find(Tenant.class, tenantId);
    Formats formats = Formats.of(language, tenant == null ? null : tenant.getCountry());
    notice.values().forEach((name, value) -> params.put(name, value.shownWith(formats)));
    String title = Templates.oneLine(Templates.render(prefix + ".title", language, params));
    String body = Templates.renderOptional(prefix + ".body", language, params);
    em.persist(
        new Notification(
            notice.recipientKind(),
            notice.recipientId(),
            title,
            body,
            notice.link(),
            clock.instant(),
            notice.template(),
            notice.params(),
            notice.values()));
    noticeStored.fire(new NoticeStored(tenantId, notice.recipientKind(), notice.recipientId()));
  }

  /** A path on this site, so following a notice can never lead to another site. */
  static boolean isSitePath(String link) {
    return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
  }

  /** The recipient's profile language, else their tenant's default (a visitor has no profile). */
  private String recipientsLanguage(String profile, long tenantId) {
    if (profile != null && !profile.isBlank()) {
      return profile;
    }
    Tenant tenant = em.find(Tenant.class, tenantId);
    return tenant == null ? null : tenant.getDefaultLocale();
  }

  private long tenantId() {
    return tenancy
        .currentTenantId()
        .orElseThrow(() -> new IllegalStateException("Messages belong to a tenant"));
  }
}
