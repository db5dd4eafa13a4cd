package io.atrium.consumptions.web;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.ItemChoices;
import io.atrium.consumptions.Consumption;
import io.atrium.consumptions.ConsumptionDetails;
import io.atrium.consumptions.ConsumptionInvoicing;
import io.atrium.consumptions.Consumptions;
import io.atrium.consumptions.Payers;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.invoicing.Invoice;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;

/**
 * Finance → Consumptions: what clients used, by the unit, in the caller's centres (unbilled ones
 * first); add one in a dialog (price from the catalogue unless typed), change or remove an unbilled
 * one, and «Générer une facture» on the selected ones of one payer.
 */
@Named
@ViewScoped
public class ConsumptionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Consumptions consumptions;

  @Inject ConsumptionInvoicing invoicing;

  @Inject Payers payers;

  @Inject ItemChoices items;

  @Inject Centres centres;

  @Inject Caller caller;

  private ConsumptionRows rows;
  private List<Centre> centreChoices;
  private List<Payers.Choice> payerChoices;
  private List<Consumption> selected = new ArrayList<>();
  private final Form form = new Form();
  private String lastInvoice;

  /** The dialog's fields. */
  public static class Form implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long id;
    private Long centreId;
    private Long payerId;
    private Long itemId;
    private String description;
    private BigDecimal quantity;
    private BigDecimal unitPrice;
    private BigDecimal discountPercent;
    private LocalDate consumedOn;

    public Long getId() {
      return id;
    }

    public Long getCentreId() {
      return centreId;
    }

    public void setCentreId(Long centreId) {
      this.centreId = centreId;
    }

    public Long getPayerId() {
      return payerId;
    }

    public void setPayerId(Long payerId) {
      this.payerId = payerId;
    }

    public Long getItemId() {
      return itemId;
    }

    public void setItemId(Long itemId) {
      this.itemId = itemId;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public BigDecimal getQuantity() {
      return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
      this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
      return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
      this.unitPrice = unitPrice;
    }

    public BigDecimal getDiscountPercent() {
      return discountPercent;
    }

    public void setDiscountPercent(BigDecimal discountPercent) {
      this.discountPercent = discountPercent;
    }

    public LocalDate getConsumedOn() {
      return consumedOn;
    }

    public void setConsumedOn(LocalDate consumedOn) {
      this.consumedOn = consumedOn;
    }
  }

  /** Refuses callers without invoices:read before anything is shown. */
  public void open() {
    caller.require(Area.INVOICES, Action.READ);
    centreChoices = centres.visible();
    payerChoices = payers.choices();
    Set<Long> companies =
        payerChoices.stream()
            .filter(Payers.Choice::company)
            .map(Payers.Choice::id)
            .collect(Collectors.toSet());
    rows = new ConsumptionRows(consumptions, companies);
  }

  public boolean isMayBill() {
    return caller.can("invoices:create");
  }

  public void startNew() {
    form.id = null;
    form.centreId = centreChoices.isEmpty() ? null : centreChoices.get(0).getId();
    form.payerId = null;
    form.itemId = null;
    form.description = null;
    form.quantity = BigDecimal.ONE;
    form.unitPrice = null;
    form.discountPercent = null;
    form.consumedOn =
        LocalDate.now(
            centreChoices.isEmpty() ? java.time.ZoneOffset.UTC : centreChoices.get(0).zone());
  }

  public void startEdit(long id) {
    Consumption c = consumptions.get(id);
    form.id = c.getId();
    form.centreId = c.getCentre().getId();
    form.payerId = c.getCompany() != null ? c.getCompany().getId() : c.getMember().getId();
    form.itemId = c.getItem().getId();
    form.description = c.getDescription();
    form.quantity = c.getQuantity();
    form.unitPrice = c.getUnitPrice();
    form.discountPercent = c.getDiscountPercent();
    form.consumedOn = c.getConsumedOn();
  }

  public void save() {
    boolean company =
        payerChoices.stream()
            .anyMatch(p -> p.company() && Long.valueOf(p.id()).equals(form.payerId));
    ConsumptionDetails details =
        new ConsumptionDetails(
            form.centreId,
            company ? form.payerId : null,
            company ? null : form.payerId,
            form.itemId,
            form.description,
            form.quantity,
            form.unitPrice,
            form.discountPercent,
            form.consumedOn,
            null);
    if (form.id == null) {
      PageErrors.run(() -> consumptions.create(details), "consumption.saved", "consumption");
    } else {
      long id = form.id;
      PageErrors.run(() -> consumptions.update(id, details), "consumption.saved", "consumption");
    }
  }

  public void delete(long id) {
    PageErrors.run(() -> consumptions.delete(id), "consumption.deleted", "consumptions");
  }

  /** «Générer une facture» on the selected rows. */
  public void invoice() {
    List<Long> ids = selected.stream().map(Consumption::getId).toList();
    try {
      Invoice made = invoicing.invoice(ids);
      lastInvoice = made.getNumber();
      Messages.addGlobalInfo("consumption.invoiced", made.getNumber());
      selected = new ArrayList<>();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "consumptions");
    }
  }

  public List<CatalogueItem> getItems() {
    return form.centreId == null ? List.of() : items.offeredIn(form.centreId);
  }

  public ConsumptionRows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public List<Payers.Choice> getPayers() {
    return payerChoices;
  }

  public String payerName(Consumption c) {
    return c.getCompany() != null ? c.getCompany().getName() : c.getMember().getFullName();
  }

  public List<Consumption> getSelected() {
    return selected;
  }

  public void setSelected(List<Consumption> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public Form getForm() {
    return form;
  }

  public String getLastInvoice() {
    return lastInvoice;
  }
}
