package jiken.web.auth;

/**
 * Model of {@code /login}.
 *
 * @param csrf the token the form echoes
 * @param user the logged-in user's name, or null (then the login form is shown)
 * @param error a message for the reader, or null
 * @param name the name typed last time, or ""
 * @param next where to go after login (a local path)
 */
public record LoginPage(boolean demo, String csrf, String user, String error, String name, String next) {}
