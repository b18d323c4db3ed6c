package com.atlassian.mail;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-mail {@code com.atlassian.mail.Email} (public decompiled
 * copy, CFR, index id 42458274244, and older public source): {@code Email(String to)} (blank "to" is refused), fluent
 * setters that return {@code Email} (setSubject, setBody, setMimeType, setEncoding), and getters. Defaults as in the
 * real class: MIME type text/plain, encoding UTF-8, empty subject and body. Jira's
 * {@code com.atlassian.jira.mail.Email} extends this class to add Jira's headers; the plugin uses this base class.
 */
public class Email {
    private String to;
    private String subject = "";
    private String body = "";
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }
}
