package io.atrium.access;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.ClientRight;
import io.atrium.identity.Where;
import io.atrium.shared.BusinessException;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.NotSignedInException;
import io.atrium.shared.csv.ImportRefusedException;
import io.atrium.shared.csv.LineError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The access cards of the caller's centres. Staff: access-cards:read to list, :edit to distribute
 * cards to a client company, give one to a person, take it back, or declare it lost or deactivated.
 * A client company's administrator (client right MEMBERS) gives the company's cards to its members,
 * takes them back and declares them lost, for their company's cards only; any other card is "not
 * found". Every change is audited with its actor and kept in the card's history.
 */
@ApplicationScoped
public class Cards {

  /** The most cards one distribution hands over. */
  static final int MOST_DISTRIBUTED = 5000;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  @Inject CardAccess access;

  /** Which cards to list: any filter may be null; text matches the number's start. */
  public record Search(Long centreId, AccessCard.State state, Long companyId, String number) {}

  /** A step of a card's life: when, the state and holders it took, and who did it. */
  public record Step(
      Instant at, AccessCard.State state, String company, String member, Long actorId) {}

  /** A card number to hand over, with the line (or position) it was given on. */
  public record Numbered(int line, String number) {}

  @Transactional
  public List<AccessCard> list(Search search, int first, int max) {
    return query("select c", search, " order by c.number", AccessCard.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Transactional
  public long count(Search search) {
    return query("select count(c)", search, "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(String select, Search search, String order, Class<T> type) {
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where = new StringBuilder(" where ");
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    if (principal.member()) {
      Member me = em.find(Member.class, principal.personId());
      if (caller.may(ClientRight.MEMBERS)) {
        where.append("c.company = :mine");
        parameters.put("mine", me.getCompany());
      } else {
        where.append("c.member = :me");
        parameters.put("me", me);
      }
    } else {
      caller.require(Area.ACCESS_CARDS, Action.READ);
      where.append(Where.inCentres("c.centre.id", caller.centres(), parameters));
    }
    if (search.centreId() != null) {
      where.append(" and c.centre.id = :centre");
      parameters.put("centre", search.centreId());
    }
    if (search.state() != null) {
      where.append(" and c.state = :state");
      parameters.put("state", search.state());
    }
    if (search.companyId() != null) {
      where.append(" and c.company.id = :company");
      parameters.put("company", search.companyId());
    }
    if (search.number() != null && !search.number().isBlank()) {
      where.append(" and c.number like :number");
      parameters.put("number", search.number().strip().replaceAll("[^0-9]", "") + "%");
    }
    TypedQuery<T> query = em.createQuery(select + " from AccessCard c" + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /** A card the caller may see. */
  @Transactional
  public AccessCard get(long id) {
    return seen(em.find(AccessCard.class, id));
  }

  /**
   * Client card distribution: hands the numbered cards, all available in the company's home centre,
   * to the company. All or nothing: each number that is not such a card is refused with its line.
   */
  @Transactional
  public int distribute(Long companyId, List<Numbered> numbers) {
    caller.require(Area.ACCESS_CARDS, Action.EDIT);
    Company company = companyId == null ? null : em.find(Company.class, companyId);
    if (company == null || !caller.centres().allows(company.getHomeCentre().getId())) {
      throw InvalidFieldsException.of("companyId", "card.company.unknown");
    }
    if (numbers.isEmpty()) {
      throw InvalidFieldsException.of("numbers", "card.distribute.none");
    }
    if (numbers.size() > MOST_DISTRIBUTED) {
      throw InvalidFieldsException.of("numbers", "card.distribute.tooMany");
    }
    Map<String, AccessCard> cards = new HashMap<>();
    em.createQuery("select c from AccessCard c where c.number in :numbers", AccessCard.class)
        .setParameter("numbers", numbers.stream().map(Numbered::number).distinct().toList())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(c -> cards.put(c.getNumber(), c));
    List<LineError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Numbered n : numbers) {
      AccessCard card = cards.get(n.number());
      if (seen.putIfAbsent(n.number(), n.line()) != null) {
        errors.add(new LineError(n.line(), "number", "card.import.number.twice"));
      } else if (card == null
          || !Objects.equals(card.getCentre().getId(), company.getHomeCentre().getId())) {
        errors.add(new LineError(n.line(), "number", "card.distribute.unknown"));
      } else if (card.getState() != AccessCard.State.AVAILABLE) {
        errors.add(new LineError(n.line(), "number", "card.distribute.notAvailable"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportRefusedException(
          "card.distribute.refused", "card.column.", errors, errors.size());
    }
    for (Numbered n : numbers) {
      AccessCard card = cards.get(n.number());
      card.distribute(company);
      step(card);
    }
    audit.record(
        "Company",
        company.getId(),
        "CARDS_DISTRIBUTED",
        company.getHomeCentre().getId(),
        Changes.of().field("cards", null, numbers.size()));
    return numbers.size();
  }

  /** Gives a card of a company to one of its members (staff, or the company's administrator). */
  @Transactional
  public AccessCard assign(long cardId, Long memberId) {
    AccessCard card = changeable(cardId, false);
    Member member = memberId == null ? null : em.find(Member.class, memberId);
    if (member == null
        || card.getCompany() == null
        || member.getCompany() == null
        || !member.getCompany().equals(card.getCompany())) {
      throw InvalidFieldsException.of("memberId", "card.member.unknown");
    }
    if (card.getState() != AccessCard.State.ASSIGNED_TO_COMPANY
        && card.getState() != AccessCard.State.ASSIGNED_TO_PERSON) {
      throw new CardStateException(card.getState());
    }
    String before = card.getMember() == null ? null : card.getMember().getFullName();
    card.assign(member);
    return changed(card, "ASSIGNED", "member", before, member.getFullName());
  }

  /** Takes a card back from its person to the company's pool. */
  @Transactional
  public AccessCard release(long cardId) {
    AccessCard card = changeable(cardId, false);
    if (card.getState() != AccessCard.State.ASSIGNED_TO_PERSON) {
      throw new CardStateException(card.getState());
    }
    String before = card.getMember().getFullName();
    card.release();
    return changed(card, "RELEASED", "member", before, null);
  }

  /** A card reported lost: it opens no door any more (staff, or the company's administrator). */
  @Transactional
  public AccessCard lost(long cardId) {
    AccessCard card = changeable(cardId, false);
    if (!card.isInService()) {
      throw new CardStateException(card.getState());
    }
    AccessCard.State before = card.getState();
    card.end(AccessCard.State.LOST);
    return changed(card, "LOST", "state", before.name(), card.getState().name());
  }

  /** A card put out of service for good, a lost one included (staff only). */
  @Transactional
  public AccessCard deactivate(long cardId) {
    AccessCard card = changeable(cardId, true);
    if (card.getState() == AccessCard.State.DEACTIVATED) {
      throw new CardStateException(card.getState());
    }
    AccessCard.State before = card.getState();
    card.end(AccessCard.State.DEACTIVATED);
    return changed(card, "DEACTIVATED", "state", before.name(), card.getState().name());
  }

  /** Back to the centre's available cards: taken back from a company, or a lost card found. */
  @Transactional
  public AccessCard makeAvailable(long cardId) {
    AccessCard card = changeable(cardId, true);
    if (card.getState() == AccessCard.State.AVAILABLE
        || card.getState() == AccessCard.State.DEACTIVATED) {
      throw new CardStateException(card.getState());
    }
    AccessCard.State before = card.getState();
    card.takeBack();
    return changed(card, "MADE_AVAILABLE", "state", before.name(), card.getState().name());
  }

  /** The card's life after its import, oldest first. */
  @Transactional
  public List<Step> history(long cardId) {
    AccessCard card = get(cardId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.at, e.state, co.name, m.full_name, e.actor_id FROM access_card_event e"
                    + " LEFT JOIN company co ON co.tenant_id = e.tenant_id AND co.id = e.company_id"
                    + " LEFT JOIN member m ON m.tenant_id = e.tenant_id AND m.id = e.member_id"
                    + " WHERE e.card_id = ?1 ORDER BY e.at, e.id")
            .setParameter(1, card.getId())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Step(
                    r[0] instanceof java.sql.Timestamp t
                        ? t.toInstant()
                        : r[0] instanceof java.time.OffsetDateTime o
                            ? o.toInstant()
                            : (Instant) r[0],
                    AccessCard.State.valueOf((String) r[1]),
                    (String) r[2],
                    (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).longValue()))
        .toList();
  }

  /** Keeps the change in the card's history, audits it, and brings its door credential in step. */
  AccessCard changed(AccessCard card, String action, String field, Object before, Object after) {
    step(card);
    access.follow(card);
    audit.record(
        "AccessCard",
        card.getId(),
        action,
        card.getCentre().getId(),
        Changes.of().field(field, before, after).field("number", null, card.getNumber()));
    return card;
  }

  /** Keeps the card's new state and holders in its history, with the caller as its actor. */
  void step(AccessCard card) {
    em.createNativeQuery(
            "INSERT INTO access_card_event (tenant_id, id, card_id, actor_id, state, company_id,"
                + " member_id) VALUES (atrium_current_tenant(), nextval('atrium_id_seq'), ?1,"
                + " CAST(?2 AS bigint), ?3, CAST(?4 AS bigint), CAST(?5 AS bigint))")
        .setParameter(1, card.getId())
        .setParameter(2, actorId())
        .setParameter(3, card.getState().name())
        .setParameter(4, card.getCompany() == null ? null : card.getCompany().getId())
        .setParameter(5, card.getMember() == null ? null : card.getMember().getId())
        .executeUpdate();
  }

  /** The person acting, or none for the system's own work (a job, outside any request). */
  private Long actorId() {
    try {
      return caller.principal().map(AtriumPrincipal::personId).orElse(null);
    } catch (RuntimeException outsideRequest) {
      return null;
    }
  }

  /**
   * The card, locked, when the caller may change it: staff with access-cards:edit in its centre, or
   * (unless {@code staffOnly}) the administrator of the company holding it.
   */
  AccessCard changeable(long cardId, boolean staffOnly) {
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    if (principal.member() && !staffOnly) {
      caller.require(ClientRight.MEMBERS);
    } else {
      caller.require(Area.ACCESS_CARDS, Action.EDIT);
    }
    return seen(em.find(AccessCard.class, cardId, LockModeType.PESSIMISTIC_WRITE));
  }

  private AccessCard seen(AccessCard card) {
    if (card == null) {
      throw new NotFoundException();
    }
    AtriumPrincipal principal = caller.principal().orElseThrow(NotSignedInException::new);
    if (principal.member()) {
      Member me = em.find(Member.class, principal.personId());
      boolean mine =
          caller.may(ClientRight.MEMBERS)
              ? card.getCompany() != null && card.getCompany().equals(me.getCompany())
              : me.equals(card.getMember());
      if (!mine) {
        throw new NotFoundException();
      }
    } else {
      caller.require(Area.ACCESS_CARDS, Action.READ);
      if (!caller.centres().allows(card.getCentre().getId())) {
        throw new NotFoundException();
      }
    }
    return card;
  }

  /** The card's state does not allow the change. */
  public static class CardStateException extends BusinessException {
    private static final long serialVersionUID = 1L;

    CardStateException(AccessCard.State state) {
      super(409, "card.refused." + state.name().toLowerCase(java.util.Locale.ROOT));
    }
  }
}
