package com.atlassian.jira.util;

import java.util.Date;

/**
 * Stand-in, compile-only, never bundled. Mirrors Jira 11 (jira-api 11.3) as far as the plugin uses it;
 * {@code String formatDatePicker(Date)} of jira-api's DateFieldFormat (since 4.4; copies of the interface in public
 * code; @ComponentImport-ed by public custom field plugins). It formats for the logged-in user exactly as date picker
 * custom fields parse input ({@code DatePickerConverterImpl} uses {@code parseDatePicker}); the Date is midnight in
 * the system time zone.
 */
public interface DateFieldFormat {
    String formatDatePicker(Date date);
}
