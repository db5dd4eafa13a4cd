package io.atrium.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.atrium.community.EventDetails;
import io.atrium.directory.Company;
import io.atrium.reception.NewVisitor;
import io.atrium.staff.StaffMember;
import io.atrium.testing.Deployments;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The objects the pages bind their inputs to carry the text rule, so Faces' bean validation puts
 * the message beside the field and the service's validation refuses them too: the server's own
 * validator (as Faces uses it) finds exactly the fields in error.
 */
@ExtendWith(ArquillianExtension.class)
class FormTextRuleIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.app();
  }

  @Inject Validator validator;

  private Set<String> invalid(Object form) {
    Set<String> fields = new TreeSet<>();
    for (ConstraintViolation<Object> violation : validator.validate(form)) {
      fields.add(violation.getPropertyPath().toString());
    }
    return fields;
  }

  @Test
  void controlCharactersAreRefusedFieldByFieldAndLineBreaksOnlyWhereTextIsMultiLine() {
    var company = new Company("Nul\u0000 SARL", Company.Kind.PROSPECT, null);
    company.setBillingCity("Paris\u001b[31m");
    assertEquals(Set.of("billingCity", "homeCentre", "name"), invalid(company));

    var staff = new StaffMember("Zoé\r\nBcc: someone", "zoe@lumiere.test", "fr");
    staff.setPhone("99:99");
    assertEquals(Set.of("fullName", "phone"), invalid(staff));

    var visitor = new NewVisitor();
    visitor.setFullName("Ada \ud800");
    visitor.setNotes("First line\nSecond line");
    assertEquals(Set.of("fullName"), invalid(visitor));

    var event = new EventDetails();
    event.setTitle("Break\nfast");
    event.setDescription("Coffee\n\tand croissants");
    assertEquals(true, invalid(event).contains("title"));
    assertEquals(false, invalid(event).contains("description"));
  }
}
