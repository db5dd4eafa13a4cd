package io.atrium.spaces;

import io.atrium.catalogue.CatalogueItem;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A space of a centre (001 §8): an office, a desk, a hot-desk zone, a meeting room, an event space
 * or a parking spot, on a floor, priced by a catalogue item, with its shape on the floor's plan.
 */
@Entity
@Table(name = "space")
public class Space extends TenantEntity {

  private static final long serialVersionUID = 1L;

  public enum Kind {
    PRIVATE_OFFICE,
    DEDICATED_DESK,
    HOT_DESK_ZONE,
    MEETING_ROOM,
    EVENT_SPACE,
    PARKING_SPOT;

    public String getLabelKey() {
      return "space.kind." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** Occupied means held by a contract (set by the contracts issue); out of service is manual. */
  public enum Status {
    AVAILABLE,
    OCCUPIED,
    OUT_OF_SERVICE;

    public String getLabelKey() {
      return "space.status." + name().toLowerCase(Locale.ROOT);
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id")
  private Centre centre;

  @Column(name = "floor_id")
  private Long floorId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String name;

  @Column(name = "area_sqm")
  private BigDecimal areaSqm;

  private int capacity = 1;

  private String amenities;

  @ManyToOne
  @JoinColumn(name = "catalogue_item_id")
  private CatalogueItem catalogueItem;

  private boolean bookable;

  @Column(name = "opening_hours")
  private String openingHours;

  @Enumerated(EnumType.STRING)
  private Status status = Status.AVAILABLE;

  /**
   * Polygon on the floor's plan: "x,y x,y …" in fractions (0..1) of the plan's width and height.
   */
  private String shape;

  protected Space() {}

  public Space(Centre centre, Kind kind, String name) {
    this.centre = centre;
    this.kind = kind;
    this.name = name;
  }

  public Centre getCentre() {
    return centre;
  }

  public Long getFloorId() {
    return floorId;
  }

  public void setFloorId(Long floorId) {
    this.floorId = floorId;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getAreaSqm() {
    return areaSqm;
  }

  public void setAreaSqm(BigDecimal areaSqm) {
    this.areaSqm = areaSqm;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  public String getAmenities() {
    return amenities;
  }

  public void setAmenities(String amenities) {
    this.amenities = amenities;
  }

  public CatalogueItem getCatalogueItem() {
    return catalogueItem;
  }

  public void setCatalogueItem(CatalogueItem catalogueItem) {
    this.catalogueItem = catalogueItem;
  }

  public boolean isBookable() {
    return bookable;
  }

  public void setBookable(boolean bookable) {
    this.bookable = bookable;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public String getShape() {
    return shape;
  }

  public void setShape(String shape) {
    this.shape = shape;
  }
}
