package io.atrium.spaces;

import java.io.Serializable;
import java.time.LocalDate;

/** The inventory form of one asset, as the page and an import line give it. */
public class AssetDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long spaceId;
  private String type;
  private String label;
  private String serialNumber;
  private Asset.State state = Asset.State.IN_SERVICE;
  private LocalDate acquiredOn;

  public static AssetDetails of(Asset asset) {
    AssetDetails details = new AssetDetails();
    details.spaceId = asset.getSpace().getId();
    details.type = asset.getType();
    details.label = asset.getLabel();
    details.serialNumber = asset.getSerialNumber();
    details.state = asset.getState();
    details.acquiredOn = asset.getAcquiredOn();
    return details;
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

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getSerialNumber() {
    return serialNumber;
  }

  public void setSerialNumber(String serialNumber) {
    this.serialNumber = serialNumber;
  }

  public Asset.State getState() {
    return state;
  }

  public void setState(Asset.State state) {
    this.state = state;
  }

  public LocalDate getAcquiredOn() {
    return acquiredOn;
  }

  public void setAcquiredOn(LocalDate acquiredOn) {
    this.acquiredOn = acquiredOn;
  }
}
