package io.atrium.credits;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.AtriumPrincipal;
import io.atrium.identity.Caller;
import io.atrium.identity.Where;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.tenancy.Centre;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Credit pools and their ledger (see the package's rules). */
@ApplicationScoped
public class Credits {

  /** The most a grant or an adjustment moves at once, in hours or money. */
  static final BigDecimal MOST = new BigDecimal("1000000");

  /** The longest label and note. */
  static final int LABEL = 120;

  static final int NOTE = 200;

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  /** Which pools to list: each filter may be null. */
  public record Search(Long centreId, Long companyId, Long memberId) {}

  /**
   * Staff: the pools of their centres (bookings:read). A member: their allowances and their
   * company's pools, whatever the filters.
   */
  @Transactional
  public List<CreditPool> list(Search search) {
    Map<String, Object> parameters = new HashMap<>();
    StringBuilder where = new StringBuilder(" where ");
    if (caller.isMember()) {
      Member me = em.find(Member.class, caller.requireMember().personId());
      where.append("(p.member = :me");
      parameters.put("me", me);
      if (me.getCompany() != null) {
        where.append(" or p.company = :company");
        parameters.put("company", me.getCompany());
      }
      where.append(")");
    } else {
      caller.require(Area.BOOKINGS, Action.READ);
      where.append(Where.inCentres("p.centre.id", caller.centres(), parameters));
      if (search.centreId() != null) {
        where.append(" and p.centre.id = :centre");
        parameters.put("centre", search.centreId());
      }
      if (search.companyId() != null) {
        where.append(" and p.company.id = :companyId");
        parameters.put("companyId", search.companyId());
      }
      if (search.memberId() != null) {
        where.append(" and p.member.id = :memberId");
        parameters.put("memberId", search.memberId());
      }
    }
    TypedQuery<CreditPool> query =
        em.createQuery(
            "select p from CreditPool p" + where + " order by p.centre.id, p.expiresOn, p.id",
            CreditPool.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(500).getResultList();
  }

  /** A pool the caller may see (as {@link #list}), else 404. */
  @Transactional
  public CreditPool get(long id) {
    CreditPool pool = em.find(CreditPool.class, id);
    if (pool == null || !visible(pool)) {
      throw new NotFoundException();
    }
    return pool;
  }

  /** The pool's ledger, newest first. */
  @Transactional
  public List<CreditEntry> ledger(long poolId) {
    CreditPool pool = get(poolId);
    return em.createQuery(
            "select e from CreditEntry e where e.pool = :pool order by e.at desc, e.id desc",
            CreditEntry.class)
        .setParameter("pool", pool)
        .setMaxResults(1000)
        .getResultList();
  }

  /** Opens a pool for a company or a member with its first grant (contracts:edit), audited. */
  @Transactional
  public CreditPool grant(NewGrant grant) {
    AtriumPrincipal actor = caller.require(Area.CONTRACTS, Action.EDIT);
    Map<String, String> errors = new LinkedHashMap<>();
    Centre centre = grant.centreId() == null ? null : em.find(Centre.class, grant.centreId());
    if (centre == null || !caller.centres().allows(centre.getId())) {
      errors.put("centreId", "credits.centre.unknown");
      centre = null;
    }
    Company company = null;
    Member member = null;
    if ((grant.companyId() == null) == (grant.memberId() == null)) {
      errors.put("companyId", "credits.holder.required");
    } else if (grant.companyId() != null) {
      company = em.find(Company.class, grant.companyId());
      if (company == null || !caller.centres().allows(company.getHomeCentre().getId())) {
        errors.put("companyId", "credits.company.unknown");
      }
    } else {
      member = em.find(Member.class, grant.memberId());
      if (member == null || !caller.centres().allows(member.getHomeCentre().getId())) {
        errors.put("memberId", "credits.member.unknown");
      }
    }
    if (grant.unit() == null) {
      errors.put("unit", "credits.unit.required");
    }
    amount(grant.amount(), false, "amount", errors);
    String label = grant.label() == null ? "" : grant.label().strip();
    if (label.isEmpty()) {
      errors.put("label", "credits.label.required");
    } else if (label.length() > LABEL) {
      errors.put("label", "credits.label.long");
    }
    if (centre != null
        && grant.expiresOn() != null
        && grant.expiresOn().isBefore(LocalDate.now(clock.withZone(centre.zone())))) {
      errors.put("expiresOn", "credits.expiresOn.past");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    CreditPool pool =
        new CreditPool(
            centre, company, member, grant.unit(), label, grant.expiresOn(), clock.instant());
    em.persist(pool);
    write(pool, CreditEntry.Kind.GRANT, grant.amount(), null, null, actor);
    audit.record(
        "CreditPool",
        pool.getId(),
        "CREATE",
        centre.getId(),
        Changes.of()
            .field("holder", null, pool.getHolderName())
            .field("unit", null, pool.getUnit())
            .field("amount", null, grant.amount())
            .field("expiresOn", null, pool.getExpiresOn())
            .field("label", null, label));
    return pool;
  }

  /**
   * Adds to a pool (more credits) or takes from it (a correction), with the reason; never below
   * zero. Contracts:edit, audited.
   */
  @Transactional
  public CreditEntry adjust(long poolId, BigDecimal amount, String note) {
    AtriumPrincipal actor = caller.require(Area.CONTRACTS, Action.EDIT);
    CreditPool pool = em.find(CreditPool.class, poolId, LockModeType.PESSIMISTIC_WRITE);
    if (pool == null || !caller.centres().allows(pool.getCentre().getId())) {
      throw new NotFoundException();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    amount(amount, true, "amount", errors);
    if (errors.isEmpty() && pool.getBalance().add(amount).signum() < 0) {
      errors.put("amount", "credits.amount.belowZero");
    }
    String reason = note == null ? "" : note.strip();
    if (reason.isEmpty()) {
      errors.put("note", "credits.note.required");
    } else if (reason.length() > NOTE) {
      errors.put("note", "credits.note.long");
    }
    if (!errors.isEmpty()) {
      throw new InvalidFieldsException(errors);
    }
    BigDecimal before = pool.getBalance();
    CreditEntry entry = write(pool, CreditEntry.Kind.ADJUSTMENT, amount, null, reason, actor);
    audit.record(
        "CreditPool",
        pool.getId(),
        "ADJUST",
        pool.getCentre().getId(),
        Changes.of().field("balance", before, pool.getBalance()).field("note", null, reason));
    return entry;
  }

  /**
   * Pays the charge from the first pool that covers it whole, in the caller's transaction: the
   * member's allowance before the company's pool, hours before money, the soonest to expire first.
   * Empty when none does (it is then billed as usual).
   */
  public Optional<Paid> pay(Charge charge, Use use) {
    for (CreditPool candidate : candidates(charge)) {
      BigDecimal need = charge.from(candidate);
      if (need == null || need.signum() <= 0) {
        continue;
      }
      CreditPool pool = em.find(CreditPool.class, candidate.getId());
      em.lock(pool, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(pool);
      if (pool.getBalance().compareTo(need) >= 0) {
        write(pool, use.kind(), need.negate(), use, null, caller.principal().orElse(null));
        return Optional.of(new Paid(pool.getId(), need));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a pool would pay the charge whole now, read without locking: a command that knows
   * before it writes that none will can write its rows once, billed as usual (a booking).
   */
  public boolean covers(Charge charge) {
    return candidates(charge).stream()
        .anyMatch(
            p -> {
              BigDecimal need = charge.from(p);
              return need != null && need.signum() > 0 && p.getBalance().compareTo(need) >= 0;
            });
  }

  /** The pools that may pay the charge, in the order {@link #pay} tries them. */
  private List<CreditPool> candidates(Charge charge) {
    return em
        .createQuery(
            "select p from CreditPool p where p.centre.id = :centre and (p.member.id ="
                + " :member or p.company.id = :company) and p.balance > 0 and (p.expiresOn"
                + " is null or p.expiresOn >= :day)",
            CreditPool.class)
        .setParameter("centre", charge.centreId())
        .setParameter("member", charge.memberId() == null ? -1L : charge.memberId())
        .setParameter("company", charge.companyId() == null ? -1L : charge.companyId())
        .setParameter("day", charge.day())
        .getResultList()
        .stream()
        .sorted(
            java.util.Comparator.comparing((CreditPool p) -> p.getMember() == null)
                .thenComparing(CreditPool::getUnit)
                .thenComparing(
                    CreditPool::getExpiresOn,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(CreditPool::getId))
        .toList();
  }

  /** Gives back what a booking or a day pass took (all of it, or what a late fee left). */
  public void giveBack(long poolId, BigDecimal amount, Use use) {
    if (amount == null || amount.signum() <= 0) {
      return;
    }
    CreditPool pool = em.find(CreditPool.class, poolId, LockModeType.PESSIMISTIC_WRITE);
    write(pool, CreditEntry.Kind.REFUND, amount, use, null, caller.principal().orElse(null));
  }

  private CreditEntry write(
      CreditPool pool,
      CreditEntry.Kind kind,
      BigDecimal amount,
      Use use,
      String note,
      AtriumPrincipal actor) {
    CreditEntry entry = new CreditEntry(pool, kind, amount.setScale(2), use, note, clock.instant());
    entry.by(actor);
    em.persist(entry);
    return entry;
  }

  private boolean visible(CreditPool pool) {
    if (caller.isMember()) {
      Member me = em.find(Member.class, caller.requireMember().personId());
      return me.equals(pool.getMember())
          || (me.getCompany() != null && me.getCompany().equals(pool.getCompany()));
    }
    caller.require(Area.BOOKINGS, Action.READ);
    return caller.centres().allows(pool.getCentre().getId());
  }

  /** Checks an amount: set, not 0 (positive unless {@code signed}), two decimals, within reach. */
  private static void amount(
      BigDecimal amount, boolean signed, String field, Map<String, String> errors) {
    if (amount == null) {
      errors.put(field, "credits.amount.required");
    } else if (amount.signum() == 0 || (!signed && amount.signum() < 0)) {
      errors.put(field, signed ? "credits.amount.zero" : "credits.amount.positive");
    } else if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(MOST) > 0) {
      errors.put(field, "credits.amount.range");
    }
  }
}
