package io.atrium.pricing;

import io.atrium.audit.AuditTrail;
import io.atrium.audit.Changes;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.staff.RoleChoices;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Réductions: the discounts by staff status, read with pricing:read, added with pricing:create,
 * changed and deactivated with pricing:edit (never deleted: documents may name them). A caller
 * limited to some centres sees those offered in one of them (or in none yet) and assigns only their
 * own centres.
 */
@ApplicationScoped
public class StaffDiscounts {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @PersistenceContext(unitName = "atrium")
  EntityManager em;

  @Inject Caller caller;

  @Inject Centres centres;

  @Inject RoleChoices roleChoices;

  @Inject AuditTrail audit;

  @Transactional
  public List<StaffDiscount> list(Long centreId) {
    caller.require(Area.PRICING, Action.READ);
    if (centreId != null) {
      centres.get(centreId);
    }
    return em.createQuery(
            "select d from StaffDiscount d order by d.active desc, d.name", StaffDiscount.class)
        .getResultStream()
        .filter(this::visible)
        .filter(
            d ->
                centreId == null
                    || d.getCentres().stream().anyMatch(c -> c.getId().equals(centreId)))
        .toList();
  }

  /** The roles a discount may belong to, by name. */
  @Transactional
  public List<StaffRole> roles() {
    caller.require(Area.PRICING, Action.READ);
    return roleChoices.all();
  }

  @Transactional
  public StaffDiscount create(DiscountForm form) {
    caller.require(Area.PRICING, Action.CREATE);
    StaffDiscount discount =
        new StaffDiscount(name(form.getName(), null), percent(form), role(form));
    apply(discount, form);
    em.persist(discount);
    em.flush();
    audit.record("StaffDiscount", discount.getId(), "CREATE", null, changes(null, discount));
    return discount;
  }

  @Transactional
  public StaffDiscount update(long id, DiscountForm form) {
    caller.require(Area.PRICING, Action.EDIT);
    StaffDiscount discount = managed(id);
    String before = describe(discount);
    discount.setName(name(form.getName(), discount));
    discount.setPercent(percent(form));
    discount.setRole(role(form));
    apply(discount, form);
    audit.record("StaffDiscount", discount.getId(), "UPDATE", null, changes(before, discount));
    return discount;
  }

  /** Stops offering the discount; it stays in the table, inactive. */
  @Transactional
  public StaffDiscount deactivate(long id) {
    caller.require(Area.PRICING, Action.EDIT);
    StaffDiscount discount = managed(id);
    boolean before = discount.isActive();
    discount.setActive(false);
    audit.record(
        "StaffDiscount",
        discount.getId(),
        "DEACTIVATE",
        null,
        Changes.of().field("active", before, false));
    return discount;
  }

  private StaffDiscount managed(long id) {
    StaffDiscount discount = em.find(StaffDiscount.class, id);
    if (discount == null || !visible(discount)) {
      throw new NotFoundException();
    }
    return discount;
  }

  private void apply(StaffDiscount discount, DiscountForm form) {
    Set<Centre> chosen = new LinkedHashSet<>();
    for (Long centreId : form.getCentreIds()) {
      chosen.add(centres.get(centreId));
    }
    if (chosen.isEmpty()
        && discount.getCentres().stream().noneMatch(c -> !caller.centres().allows(c.getId()))) {
      throw InvalidFieldsException.of("centreIds", "pricing.discount.centres");
    }
    discount.setActive(form.isActive());
    discount.getCentres().removeIf(c -> caller.centres().allows(c.getId()) && !chosen.contains(c));
    discount.getCentres().addAll(chosen);
  }

  private String name(String name, StaffDiscount self) {
    String value = RuleNames.clean(name);
    boolean taken =
        em.createQuery(
                "select d from StaffDiscount d where lower(d.name) = lower(:name)",
                StaffDiscount.class)
            .setParameter("name", value)
            .getResultStream()
            .anyMatch(d -> !d.equals(self));
    if (taken) {
      throw InvalidFieldsException.of("name", "pricing.name.taken");
    }
    return value;
  }

  private static BigDecimal percent(DiscountForm form) {
    BigDecimal percent = form.getPercent();
    if (percent == null
        || percent.signum() <= 0
        || percent.compareTo(HUNDRED) > 0
        || percent.stripTrailingZeros().scale() > 2) {
      throw InvalidFieldsException.of("percent", "pricing.discount.percent");
    }
    return percent;
  }

  private StaffRole role(DiscountForm form) {
    if (form.getRoleId() == null) {
      throw InvalidFieldsException.of("roleId", "pricing.discount.role");
    }
    StaffRole role = em.find(StaffRole.class, form.getRoleId());
    if (role == null) {
      throw new NotFoundException();
    }
    return role;
  }

  private boolean visible(StaffDiscount discount) {
    return discount.getCentres().isEmpty()
        || discount.getCentres().stream().anyMatch(c -> caller.centres().allows(c.getId()));
  }

  private static String describe(StaffDiscount d) {
    return d.getName()
        + " | "
        + d.getPercent().stripTrailingZeros().toPlainString()
        + " % | "
        + d.getRole().getName()
        + " | "
        + (d.isActive() ? "active" : "inactive")
        + " | "
        + d.getCentres().stream().map(Centre::getCode).sorted().collect(Collectors.joining(","));
  }

  private static Changes changes(String before, StaffDiscount after) {
    return Changes.of().field("discount", before, describe(after));
  }
}
