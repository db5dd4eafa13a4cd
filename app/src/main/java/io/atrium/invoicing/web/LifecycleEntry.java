package io.atrium.invoicing.web;

import io.atrium.invoicing.LifecycleStatus;
import io.atrium.invoicing.Lifecycles;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;

/** The "Record a status" form of the e-invoice life cycle. */
@Dependent
public class LifecycleEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Lifecycles lifecycles;

  private LifecycleStatus status;
  private LocalDate date;
  private String reference;
  private String note;

  void record(long invoiceId) {
    lifecycles.record(invoiceId, status, date, reference, note);
  }

  void clear() {
    status = null;
    date = null;
    reference = null;
    note = null;
  }

  public LifecycleStatus getStatus() {
    return status;
  }

  public void setStatus(LifecycleStatus status) {
    this.status = status;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
