package jiken.web.audit;

import java.util.List;

/** Model of {@code /admin/audit}: the newest entries and the admin's CSRF token. */
public record AuditPage(boolean demo, String user, String csrf, List<AuditEntry> entries) {}
