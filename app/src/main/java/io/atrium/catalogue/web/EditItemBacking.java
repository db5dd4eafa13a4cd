package io.atrium.catalogue.web;

import io.atrium.catalogue.Catalogue;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.ItemDetails;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.web.PageErrors;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import io.atrium.tenancy.TaxScheme;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "New item" (no id) and an item's editor ({@code ?id=}): every field of the item, its tax category
 * in the scheme of the caller's centres, and the centres offering it as checkboxes. The price
 * history beside it is {@link ItemPricesBacking}'s.
 */
@Named
@ViewScoped
public class EditItemBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** EN 16931 VAT categories, the usual first. */
  private static final List<String> VAT_CATEGORIES = List.of("S", "Z", "E", "AE", "K", "G", "O");

  @Inject Catalogue catalogue;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject
  @Param(name = "id", converter = "#{itemParam}")
  private CatalogueItem item;

  private ItemDetails details = new ItemDetails();
  private List<Centre> centreChoices;

  public void load() {
    List<Centre> choices = getCentres();
    if (item == null) {
      caller.require(Area.CATALOG, Action.CREATE);
      if (choices.size() == 1) {
        details.getCentreIds().add(choices.get(0).getId());
      }
    } else {
      details = ItemDetails.of(item);
      // Only the caller's centres are boxes to tick; the service keeps the others as they are.
      details.getCentreIds().removeIf(id -> !caller.centres().allows(id));
    }
  }

  /** Creates or saves; then shows the item's editor with its price history. */
  public void save() throws IOException {
    try {
      item =
          item == null
              ? catalogue.create(details)
              : catalogue.update(item.getId(), details, item.getVersion());
      Messages.addFlashGlobalInfo("catalogue.saved", item.getCode());
      Faces.redirect(Faces.getRequestContextPath() + "/catalogue/edit.xhtml?id=" + item.getId());
    } catch (BusinessException refused) {
      PageErrors.show(refused, "form");
    }
  }

  /** Whether the caller's centres charge GST (SAC code and GST rate) rather than VAT. */
  public boolean isGst() {
    return getCentres().stream().anyMatch(c -> c.getTaxScheme() == TaxScheme.GST);
  }

  public boolean isMayEdit() {
    return item == null ? caller.can("catalog:create") : caller.can("catalog:edit");
  }

  public CatalogueItem getItem() {
    return item;
  }

  public ItemDetails getDetails() {
    return details;
  }

  /** The caller's centres; read here too, as the page's tax fields are chosen before load. */
  public List<Centre> getCentres() {
    if (centreChoices == null) {
      centreChoices = centres.visible();
    }
    return centreChoices;
  }

  public CatalogueItem.Kind[] getKinds() {
    return CatalogueItem.Kind.values();
  }

  public CatalogueItem.ServiceType[] getServiceTypes() {
    return CatalogueItem.ServiceType.values();
  }

  public CatalogueItem.Unit[] getUnits() {
    return CatalogueItem.Unit.values();
  }

  public List<String> getVatCategories() {
    return VAT_CATEGORIES;
  }
}
