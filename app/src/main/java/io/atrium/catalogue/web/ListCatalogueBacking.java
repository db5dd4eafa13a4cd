package io.atrium.catalogue.web;

import io.atrium.catalogue.Catalogue;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.catalogue.CentrePrice;
import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.format.Formats;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * Catalogue de services: the items of the caller's centres by code, filtered by centre, kind,
 * status and a text (a link may name {@code ?centre=&kind=&active=}), each with its price today per
 * centre; "New item" opens the editor.
 */
@Named
@ViewScoped
public class ListCatalogueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Catalogue catalogue;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject Formats formats;

  private CatalogueRows rows;
  private List<Centre> centreChoices;

  /** Refuses callers without catalog:read before anything is shown. */
  public void open() {
    caller.require(Area.CATALOG, Action.READ);
    centreChoices = centres.visible();
    rows = new CatalogueRows(catalogue);
    rows.filterBy(Faces::getRequestParameter);
    if (rows.getCentreId() != null) {
      centres.get(rows.getCentreId()); // another tenant's or centre's: not found, as everywhere
    }
  }

  /** "1 200,00 EUR", or null when the centre offers the item without a price. */
  public String priceText(CentrePrice offer) {
    return offer.price() == null ? null : PriceTexts.price(formats, offer.price());
  }

  public CatalogueRows getRows() {
    return rows;
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public CatalogueItem.Kind[] getKinds() {
    return CatalogueItem.Kind.values();
  }
}
