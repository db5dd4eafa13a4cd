package io.atrium.spaces;

import java.io.Serializable;

/** A floor's form: its centre (fixed once created), name and level (0 ground, negative below). */
public class FloorDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long centreId;
  private String name;
  private Integer level = 0;

  public static FloorDetails of(Floor floor) {
    FloorDetails details = new FloorDetails();
    details.centreId = floor.getCentre().getId();
    details.name = floor.getName();
    details.level = floor.getLevel();
    return details;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }
}
