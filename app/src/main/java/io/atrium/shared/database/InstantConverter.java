package io.atrium.shared.database;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@link Instant} attribute as a {@code timestamptz}. JPA 3.1 (EclipseLink 4.0) does
 * not know {@code Instant} and would serialize it to bytes, which PostgreSQL refuses for a
 * timestamp column ("expression is of type bytea"); a {@link Timestamp} is an exact instant that
 * the driver binds and reads as one.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
