package io.atrium.spaces;

import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A floor of a centre, with the plan image its spaces are drawn on (PNG or SVG, read by content,
 * kept by the shared file store under {@code planKey}); the plan's pixel size scales the shapes.
 */
@Entity
@Table(name = "floor")
public class Floor extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  private String name;

  private int level;

  @Column(name = "plan_key")
  private String planKey;

  @Column(name = "plan_type")
  private String planType;

  @Column(name = "plan_width")
  private Integer planWidth;

  @Column(name = "plan_height")
  private Integer planHeight;

  protected Floor() {}

  public Floor(Centre centre, String name, int level) {
    this.centre = centre;
    this.name = name;
    this.level = level;
  }

  public Centre getCentre() {
    return centre;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getLevel() {
    return level;
  }

  public void setLevel(int level) {
    this.level = level;
  }

  public String getPlanKey() {
    return planKey;
  }

  public void setPlanKey(String planKey) {
    this.planKey = planKey;
  }

  public String getPlanType() {
    return planType;
  }

  public void setPlanType(String planType) {
    this.planType = planType;
  }

  public Integer getPlanWidth() {
    return planWidth;
  }

  public void setPlanWidth(Integer planWidth) {
    this.planWidth = planWidth;
  }

  public Integer getPlanHeight() {
    return planHeight;
  }

  public void setPlanHeight(Integer planHeight) {
    this.planHeight = planHeight;
  }
}
