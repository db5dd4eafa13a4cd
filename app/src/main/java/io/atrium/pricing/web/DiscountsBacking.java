package io.atrium.pricing.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.pricing.DiscountForm;
import io.atrium.pricing.StaffDiscount;
import io.atrium.pricing.StaffDiscounts;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.EntityParam;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Réductions: the discounts by staff status of the caller's centres ({@code ?centre=} filters),
 * added and edited in a dialog, deactivated from the table.
 */
@Named
@ViewScoped
public class DiscountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffDiscounts discounts;

  @Inject Centres centres;

  @Inject Caller caller;

  private List<StaffDiscount> rows;
  private List<Centre> centreChoices;
  private List<StaffRole> roles;
  private Long centreId;
  private Long editing;
  private DiscountForm form = new DiscountForm();

  public void open() {
    caller.require(Area.PRICING, Action.READ);
    centreChoices = centres.visible();
    roles = discounts.roles();
    String centre = Faces.getRequestParameter("centre");
    centreId = centre == null || centre.isBlank() ? null : EntityParam.id(centre);
    filter();
  }

  public void filter() {
    rows = discounts.list(centreId);
  }

  public void add() {
    editing = null;
    form = new DiscountForm();
    if (centreChoices.size() == 1) {
      form.getCentreIds().add(centreChoices.get(0).getId());
    }
  }

  public void edit(StaffDiscount discount) {
    editing = discount.getId();
    form = DiscountForm.of(discount, id -> caller.centres().allows(id));
  }

  public void save() {
    try {
      StaffDiscount saved =
          editing == null ? discounts.create(form) : discounts.update(editing, form);
      filter();
      Messages.addGlobalInfo("pricing.discount.saved", saved.getName());
    } catch (BusinessException refused) {
      RuleErrors.show(refused, "discountForm");
    }
  }

  public void deactivate(StaffDiscount discount) {
    try {
      discounts.deactivate(discount.getId());
      filter();
      Messages.addGlobalInfo("pricing.discount.deactivated", discount.getName());
    } catch (BusinessException refused) {
      RuleErrors.show(refused, "discountsForm");
    }
  }

  public String centresOf(StaffDiscount discount) {
    return discount.getCentres().stream()
        .map(Centre::getCode)
        .sorted()
        .collect(Collectors.joining(", "));
  }

  public List<StaffDiscount> getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<StaffRole> getRoles() {
    return roles;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public DiscountForm getForm() {
    return form;
  }

  public boolean isNew() {
    return editing == null;
  }
}
