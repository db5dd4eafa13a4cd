package io.atrium.community;

import java.io.Serializable;

/**
 * An event's figures for catering and seating: its capacity, the members going, waiting and checked
 * in.
 */
public record Seats(int capacity, long going, long waitlisted, long checkedIn)
    implements Serializable {

  public static Seats empty(int capacity) {
    return new Seats(capacity, 0, 0, 0);
  }

  public long left() {
    return Math.max(0, capacity - going);
  }

  public boolean full() {
    return going >= capacity;
  }
}
