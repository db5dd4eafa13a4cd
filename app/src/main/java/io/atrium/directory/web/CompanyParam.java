package io.atrium.directory.web;

import io.atrium.directory.Companies;
import io.atrium.directory.Company;
import io.atrium.shared.web.EntityParam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The company of a page's {@code ?id=}, if its home centre is one of the caller's, else 404. */
@Named
@ApplicationScoped
public class CompanyParam extends EntityParam<Company> {

  CompanyParam() {}

  @Inject
  CompanyParam(Companies service) {
    super(service::get, Company::getId);
  }
}
