package io.atrium.spaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What staff type in a space's form, and what the API sends: the service checks it whole ({@link
 * SpaceRules}). The centre is fixed once the space exists; the shape is optional here (the floor
 * plan editor draws it).
 */
public class SpaceDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long centreId;
  private Long floorId;
  private Space.Kind kind;
  private String name;
  private BigDecimal areaSqm;
  private Integer capacity = 1;
  private List<Amenity> amenities = new ArrayList<>();
  private Long catalogueItemId;
  private boolean bookable;
  private String openingHours;
  private Space.Status status = Space.Status.AVAILABLE;
  private String shape;

  public static SpaceDetails of(Space space) {
    SpaceDetails details = new SpaceDetails();
    details.centreId = space.getCentre().getId();
    details.floorId = space.getFloorId();
    details.kind = space.getKind();
    details.name = space.getName();
    details.areaSqm = space.getAreaSqm();
    details.capacity = space.getCapacity();
    details.amenities = new ArrayList<>(space.getAmenityList());
    details.catalogueItemId =
        space.getCatalogueItem() == null ? null : space.getCatalogueItem().getId();
    details.bookable = space.isBookable();
    details.openingHours = space.getOpeningHours();
    details.status = space.getStatus();
    details.shape = space.getShape();
    return details;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public Long getFloorId() {
    return floorId;
  }

  public void setFloorId(Long floorId) {
    this.floorId = floorId;
  }

  public Space.Kind getKind() {
    return kind;
  }

  public void setKind(Space.Kind kind) {
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

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public List<Amenity> getAmenities() {
    return amenities;
  }

  public void setAmenities(List<Amenity> amenities) {
    this.amenities = amenities == null ? new ArrayList<>() : new ArrayList<>(amenities);
  }

  public Long getCatalogueItemId() {
    return catalogueItemId;
  }

  public void setCatalogueItemId(Long catalogueItemId) {
    this.catalogueItemId = catalogueItemId;
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

  public Space.Status getStatus() {
    return status;
  }

  public void setStatus(Space.Status status) {
    this.status = status;
  }

  public String getShape() {
    return shape;
  }

  public void setShape(String shape) {
    this.shape = shape;
  }
}
