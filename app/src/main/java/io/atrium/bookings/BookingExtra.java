package io.atrium.bookings;

import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Something a booking's guests consumed: the consumption billed to its payer, and the booking. */
@Entity
@Table(name = "booking_extra")
public class BookingExtra extends TenantEntity {

  private static final long serialVersionUID = 1L;

  @ManyToOne(optional = false)
  @JoinColumn(name = "booking_id", updatable = false)
  private Booking booking;

  @Column(name = "consumption_id", updatable = false)
  private Long consumptionId;

  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected BookingExtra() {}

  BookingExtra(Booking booking, long consumptionId, Instant createdAt) {
    this.booking = booking;
    this.consumptionId = consumptionId;
    this.createdAt = createdAt;
  }

  public Booking getBooking() {
    return booking;
  }

  public Long getConsumptionId() {
    return consumptionId;
  }
}
