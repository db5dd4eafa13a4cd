package io.atrium.testing;

import io.atrium.shared.database.SetInsert;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The columns an entity maps and those a set-based writer names, to hold one to the other. */
public final class MappedColumns {

  private MappedColumns() {}

  /**
   * The id and the columns of the entity's own fields (tenant and version are {@link SetInsert}'s):
   * a field without {@code @Column} is mapped, by JPA's default, to the column of its name.
   */
  public static Set<String> of(Class<?> entity) {
    Set<String> columns = new TreeSet<>(Set.of("id"));
    for (Field field : entity.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          || Modifier.isTransient(field.getModifiers())
          || field.isAnnotationPresent(Transient.class)
          || field.isAnnotationPresent(OneToMany.class)) {
        continue;
      }
      Column column = field.getAnnotation(Column.class);
      JoinColumn join = field.getAnnotation(JoinColumn.class);
      if (column != null && !column.name().isEmpty()) {
        columns.add(column.name());
      } else if (join != null) {
        columns.add(join.name());
      } else {
        columns.add(field.getName().toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  public static <T> Set<String> written(List<SetInsert.Column<T>> columns) {
    return columns.stream()
        .map(SetInsert.Column::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
