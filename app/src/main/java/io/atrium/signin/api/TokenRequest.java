package io.atrium.signin.api;

/** {@code {"tenant":"lumiere","email":"...","password":"..."}} */
public record TokenRequest(String tenant, String email, String password) {}
