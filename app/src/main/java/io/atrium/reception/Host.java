package io.atrium.reception;

/** The member a visitor comes to see, as the visitor's row keeps them. */
record Host(long id, Long companyId, String fullName, String email, String language) {}
