package jiken.web.render;

/** Model of the error page. */
public record ErrorPage(int status, String message) {}
