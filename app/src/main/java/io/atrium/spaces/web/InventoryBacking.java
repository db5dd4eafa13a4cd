package io.atrium.spaces.web;

import io.atrium.identity.Action;
import io.atrium.identity.Area;
import io.atrium.identity.Caller;
import io.atrium.shared.BusinessException;
import io.atrium.shared.format.Formats;
import io.atrium.shared.web.PageErrors;
import io.atrium.spaces.Asset;
import io.atrium.spaces.AssetDetails;
import io.atrium.spaces.Inventory;
import io.atrium.spaces.InventoryExport;
import io.atrium.spaces.Space;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.Centres;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Espaces → Inventaire: the assets of one of the caller's centres ({@code ?centre=}), filtered by
 * space, type, state and a search; with inventory:edit, the dialog that adds or edits an asset and
 * Retire. The import is {@link InventoryImportBacking}.
 */
@Named
@ViewScoped
public class InventoryBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Inventory inventory;

  @Inject Centres centres;

  @Inject Caller caller;

  @Inject InventoryExport export;

  @Inject Formats formats;

  private AssetRows rows;
  private List<Centre> centreChoices;
  private AssetDetails draft = new AssetDetails();
  private Long editedId;

  /** Refuses callers without inventory:read; a centre outside theirs is not found. */
  public void open() {
    caller.require(Area.INVENTORY, Action.READ);
    centreChoices = centres.visible();
    String named = Faces.getRequestParameter("centre");
    Long centreId = centreChoices.isEmpty() ? null : centreChoices.get(0).getId();
    if (named != null && named.matches("\\d{1,18}")) {
      centreId = centres.get(Long.parseLong(named)).getId();
    }
    rows = new AssetRows(inventory, centreId);
  }

  public void startCreate() {
    editedId = null;
    draft = new AssetDetails();
    draft.setSpaceId(rows.getSpaceId());
  }

  public void startEdit(Asset asset) {
    editedId = asset.getId();
    draft = AssetDetails.of(inventory.get(asset.getId()));
  }

  public void save() {
    try {
      Asset saved = editedId == null ? inventory.create(draft) : inventory.update(editedId, draft);
      Messages.addGlobalInfo("inventory.saved", saved.getLabel());
      startCreate();
    } catch (BusinessException refused) {
      PageErrors.show(refused, "assetForm");
    }
  }

  public void retire(Asset asset) {
    PageErrors.run(() -> inventory.retire(asset.getId()), "inventory.retired", "inventoryForm");
  }

  /** The list as filtered, as a CSV download in the reader's language. */
  public void exportCsv() throws IOException {
    StringWriter csv = new StringWriter();
    export.write(rows.search(), formats, csv);
    Faces.sendFile(csv.toString().getBytes(StandardCharsets.UTF_8), "inventory.csv", true);
  }

  public List<Space> getSpaces() {
    return rows.getCentreId() == null ? List.of() : inventory.spaces(rows.getCentreId());
  }

  public List<String> getTypes() {
    return rows.getCentreId() == null ? List.of() : inventory.types(rows.getCentreId());
  }

  public Asset.State[] getStates() {
    return Asset.State.values();
  }

  public AssetRows getRows() {
    return rows;
  }

  /** The centre shown, which an import goes into. */
  public String getCentreLabel() {
    return centreChoices.stream()
        .filter(c -> c.getId().equals(rows.getCentreId()))
        .map(Centre::getLabel)
        .findFirst()
        .orElse("");
  }

  public List<Centre> getCentres() {
    return centreChoices;
  }

  public AssetDetails getDraft() {
    return draft;
  }

  public boolean isEditing() {
    return editedId != null;
  }
}
