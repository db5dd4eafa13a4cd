package io.atrium.bookings;

import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day a centre is closed (a public holiday, works): no booking of its spaces touches it. */
@Entity
@Table(name = "centre_closure")
public class CentreClosure extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id", updatable = false)
  private Centre centre;

  @Column(updatable = false)
  private LocalDate day;

  private String label;

  protected CentreClosure() {}

  CentreClosure(Centre centre, LocalDate day, String label) {
    this.centre = centre;
    this.day = day;
    this.label = label;
  }

  public Centre getCentre() {
    return centre;
  }

  public LocalDate getDay() {
    return day;
  }

  public String getLabel() {
    return label;
  }
}
