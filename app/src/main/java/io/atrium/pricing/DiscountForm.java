package io.atrium.pricing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A staff discount's form: name, percentage, the role it belongs to, active, centres. */
public class DiscountForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private BigDecimal percent;
  private Long roleId;
  private boolean active = true;
  private List<Long> centreIds = new ArrayList<>();

  /** The form of a saved discount, with only the centres the caller sees. */
  public static DiscountForm of(StaffDiscount discount, java.util.function.LongPredicate visible) {
    DiscountForm form = new DiscountForm();
    form.name = discount.getName();
    form.percent = discount.getPercent();
    form.roleId = discount.getRole().getId();
    form.active = discount.isActive();
    discount.getCentres().stream()
        .filter(c -> visible.test(c.getId()))
        .forEach(c -> form.centreIds.add(c.getId()));
    return form;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getPercent() {
    return percent;
  }

  public void setPercent(BigDecimal percent) {
    this.percent = percent;
  }

  public Long getRoleId() {
    return roleId;
  }

  public void setRoleId(Long roleId) {
    this.roleId = roleId;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<Long> getCentreIds() {
    return centreIds;
  }

  public void setCentreIds(List<Long> centreIds) {
    this.centreIds = centreIds == null ? new ArrayList<>() : new ArrayList<>(centreIds);
  }
}
