package io.atrium.spaces;

import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A physical asset of a space (000 "Asset & Inventory View"): furniture, screens, phones. Read-only
 * for community managers; changed only by roles with inventory:edit or by a CSV import.
 */
@Entity
@Table(name = "asset")
public class Asset extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum State {
    IN_SERVICE,
    IN_REPAIR,
    BROKEN,
    RETIRED;

    public String getLabelKey() {
      return "asset.state." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "space_id")
  private Space space;

  private String type;

  private String label;

  @Column(name = "serial_number")
  private String serialNumber;

  @Enumerated(EnumType.STRING)
  private State state = State.IN_SERVICE;

  @Column(name = "acquired_on")
  private LocalDate acquiredOn;

  protected Asset() {}

  public Asset(Space space, String type, String label) {
    this.space = space;
    this.type = type;
    this.label = label;
  }

  public Space getSpace() {
    return space;
  }

  public void setSpace(Space space) {
    this.space = space;
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

  public State getState() {
    return state;
  }

  public void setState(State state) {
    this.state = state;
  }

  public LocalDate getAcquiredOn() {
    return acquiredOn;
  }

  public void setAcquiredOn(LocalDate acquiredOn) {
    this.acquiredOn = acquiredOn;
  }
}
