package io.atrium.community;

import io.atrium.shared.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What staff type in an event's form ("Create Event"): title, description, centre, the day and the
 * hours as the centre's clock shows them, location and capacity. Pages bind to it and the API fills
 * it; {@link Events} checks it whole and turns the day and hours into instants in the centre's
 * zone. The constraints let forms flag a field before the service is asked.
 */
public class EventDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The largest capacity accepted: more than any coworking building seats. */
  public static final int MAX_CAPACITY = 10_000;

  @NotNull private Long centreId;

  @NotBlank
  @Size(max = 150)
  @Text(max = 150)
  private String title;

  @Size(max = 4000)
  @Text(max = 4000, multiline = true)
  private String description;

  @NotNull private LocalDate date;

  @NotNull private LocalTime startTime;

  @NotNull private LocalTime endTime;

  @NotBlank
  @Size(max = 200)
  @Text(max = 200)
  private String location;

  @NotNull
  @Min(1)
  @Max(MAX_CAPACITY)
  private Integer capacity;

  /** One of the centre's event spaces, or null. */
  private Long spaceId;

  public EventDetails() {}

  /** The form of an existing event, to edit it. */
  public static EventDetails of(CommunityEvent event) {
    EventDetails details = new EventDetails();
    details.centreId = event.getCentre().getId();
    details.title = event.getTitle();
    details.description = event.getDescription();
    details.date = event.getDate();
    details.startTime = event.getStartTime();
    details.endTime = event.getEndTime();
    details.location = event.getLocation();
    details.capacity = event.getCapacity();
    details.spaceId = event.getSpaceId();
    return details;
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public Long getSpaceId() {
    return spaceId;
  }

  public void setSpaceId(Long spaceId) {
    this.spaceId = spaceId;
  }
}
