package io.atrium.spaces.web;

import io.atrium.shared.web.TableRows;
import io.atrium.spaces.Asset;
import io.atrium.spaces.AssetSearch;
import io.atrium.spaces.Inventory;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The inventory table's rows, a page at a time, and the filters of its header. */
public class AssetRows extends TableRows<Asset> {

  private static final long serialVersionUID = 1L;

  private final Inventory inventory;
  private Long centreId;
  private Long spaceId;
  private String type;
  private Asset.State state;
  private String text;

  AssetRows(Inventory inventory, Long centreId) {
    this.inventory = inventory;
    this.centreId = centreId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) inventory.count(search());
  }

  @Override
  public List<Asset> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return inventory.list(search(), first, pageSize);
  }

  @Override
  public String getRowKey(Asset asset) {
    return String.valueOf(asset.getId());
  }

  AssetSearch search() {
    return new AssetSearch(centreId, spaceId, type, state, text);
  }

  public Long getCentreId() {
    return centreId;
  }

  /** Another centre: its spaces and types are others, so those filters start again. */
  public void setCentreId(Long centreId) {
    if (centreId != null && !centreId.equals(this.centreId)) {
      spaceId = null;
      type = null;
    }
    this.centreId = centreId;
  }

  public Long getSpaceId() {
    return spaceId;
  }

  public void setSpaceId(Long spaceId) {
    this.spaceId = spaceId;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Asset.State getState() {
    return state;
  }

  public void setState(Asset.State state) {
    this.state = state;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
