package io.atrium.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The one rule of every text a person types, in API records and in pages alike: no control
 * characters (NUL, escape, ...; line breaks and tabs only where {@link #multiline()} allows them),
 * no half of a surrogate pair, and at most {@link #max()} characters, the size of its column.
 * PostgreSQL cannot store NUL, and a line break in a one-line field breaks the e-mails, CSV files
 * and headers it is copied into.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

  /** The most characters (Unicode code points, as PostgreSQL counts them). */
  int max() default Integer.MAX_VALUE;

  /** Whether line breaks and tabs are allowed (descriptions, comments, notes). */
  boolean multiline() default false;

  String message() default "{atrium.text.control}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
