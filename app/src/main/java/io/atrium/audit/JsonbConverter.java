package io.atrium.audit;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.SQLException;
import org.postgresql.util.PGobject;

/**
 * JSON text to and from a {@code jsonb} column. PostgreSQL refuses a {@code varchar} parameter for
 * a {@code jsonb} column, and EclipseLink knows no JSON type, so the driver's own typed value is
 * bound.
 */
@Converter
public class JsonbConverter implements AttributeConverter<String, PGobject> {

  @Override
  public PGobject convertToDatabaseColumn(String json) {
    // A typed null, as a bare null is bound as varchar, which a jsonb column refuses.
    try {
      PGobject value = new PGobject();
      value.setType("jsonb");
      value.setValue(json);
      return value;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String convertToEntityAttribute(PGobject value) {
    return value == null ? null : value.getValue();
  }
}
