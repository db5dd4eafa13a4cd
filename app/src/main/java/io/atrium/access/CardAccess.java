package io.atrium.access;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A card's door credential (000 Access Control): a card opens the doors while it is given to a
 * person, or lent for a booking's time or a day pass's day; the door controller then knows its
 * number as the holder's credential. Every change of the card ({@link Cards#changed}) brings the
 * credential in step, in the same transaction: a new holder or time queues a grant, made there and
 * then by the built-in door system, else by {@link ProvisioningJob}; a card lost, deactivated,
 * taken back or returned ends the grant at once, and the job revokes the credential within seconds.
 */
@ApplicationScoped
public class CardAccess {

  /** A card given to a person opens the doors until it is withdrawn. */
  public static final Instant UNTIL_WITHDRAWN = Instant.parse("2100-01-01T00:00:00Z");

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Cards cards;

  @Inject GrantAttempts attempts;

  @Inject Event<AccessQueued> queued;

  Clock clock = Clock.systemUTC();

  /** Who the card lets in, and when; none when it opens no door in its state. */
  private record Holding(String holder, Instant from, Instant until) {}

  /** Brings the card's door credential in step with its state and holder. */
  void follow(AccessCard card) {
    Instant now = clock.instant();
    Holding holding = holding(card, now);
    for (AccessGrant grant : open(card.getId(), now)) {
      if (holding != null
          && Objects.equals(grant.getHolder(), holding.holder())
          && grant.getValidUntil().equals(holding.until())) {
        return; // already in step
      }
      grant.withdrawn(now);
      queued.fire(new AccessQueued());
    }
    if (holding != null) {
      AccessGrant grant =
          AccessGrant.forCard(
              card.getCentre().getId(),
              card.getId(),
              holding.holder(),
              holding.from(),
              holding.until(),
              now);
      em.persist(grant);
      if (attempts.leftForJob(grant)) {
        queued.fire(new AccessQueued());
      }
    }
  }

  private Holding holding(AccessCard card, Instant now) {
    if (card.getState() == AccessCard.State.ASSIGNED_TO_PERSON) {
      return new Holding(card.getMember().getFullName(), now, UNTIL_WITHDRAWN);
    }
    if (card.getState() != AccessCard.State.LENT) {
      return null;
    }
    return em
        .createQuery(
            "select l from CardLoan l where l.card = :card and l.endedAt is null", CardLoan.class)
        .setParameter("card", card)
        .getResultList()
        .stream()
        .filter(loan -> loan.getEndsAt().isAfter(now))
        .findFirst()
        .map(
            loan ->
                new Holding(
                    card.getMember() != null
                        ? card.getMember().getFullName()
                        : card.getCompany().getName(),
                    loan.getStartsAt(),
                    loan.getEndsAt()))
        .orElse(null);
  }

  /** The card's door grants, newest first (access-cards:read, the card's centre). */
  @Transactional
  public List<AccessGrant> ofCard(long cardId) {
    cards.get(cardId);
    return em.createQuery(
            "select g from AccessGrant g where g.cardId = :card order by g.createdAt desc, g.id"
                + " desc",
            AccessGrant.class)
        .setParameter("card", cardId)
        .getResultList();
  }

  /**
   * "Give Access" for a card (access-cards:edit): makes its door credential now when it is not
   * active, as the job would.
   */
  @Transactional
  public List<AccessGrant> giveAccess(long cardId) {
    caller.require(Area.ACCESS_CARDS, Action.EDIT);
    AccessCard card = cards.changeable(cardId, true);
    List<AccessGrant> grants = open(card.getId(), clock.instant());
    if (grants.isEmpty()) {
      throw new Provisioning.GiveAccessRefused("access.give.noHolder");
    }
    grants.stream().filter(AccessGrant::isRetryable).forEach(attempts::attempt);
    return grants;
  }

  /** The card's grants whose time is not over, locked. */
  private List<AccessGrant> open(long cardId, Instant now) {
    return em.createQuery(
            "select g from AccessGrant g where g.cardId = :card and g.status <> :revoked"
                + " and g.validUntil > :now",
            AccessGrant.class)
        .setParameter("card", cardId)
        .setParameter("revoked", AccessGrant.Status.REVOKED)
        .setParameter("now", now)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
