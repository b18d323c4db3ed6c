package no.veikart.roadmap.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veikart.roadmap.security.HtmlForms.Form;
import no.veikart.roadmap.security.PermissionMatrix.Kind;
import no.veikart.roadmap.security.PermissionMatrix.Row;

/**
 * The plugin's forms as the pages of the matrix render them for the admin (who sees every form), and their
 * submission with or without a valid {@code atl_token}. Forms are named by their {@code roadmap-*-form} class.
 */
final class PageForms {
    static final String TOKEN_COOKIE = "atlassian.xsrf.token";
    static final String TOKEN_FIELD = "atl_token";
    /** Values for fields a person would type into (blank as rendered). */
    private static final Map<String, String> TYPED = Map.of("summary", "Security form initiative", "name", "Security form copy");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Http http;
    private final Scenario scenario;
    private final PermissionMatrix matrix;
    private final String contextPath;
    private Map<String, String> pageOfForm;

    PageForms(Http http, Scenario scenario, PermissionMatrix matrix, String contextPath) {
        this.http = http;
        this.scenario = scenario;
        this.matrix = matrix;
        this.contextPath = contextPath;
    }

    /** Form class to the PAGE path template that shows it, from every page of the matrix. */
    Map<String, String> pageOfForm() {
        if (pageOfForm == null) {
            pageOfForm = new LinkedHashMap<>();
            for (Row page : matrix.rows(Kind.PAGE)) {
                for (Form f : render(page.target().substring(page.target().indexOf(' ') + 1), page.kase())) {
                    for (String cssClass : f.cssClass().split("\\s+")) {
                        if (cssClass.startsWith("roadmap-") && cssClass.endsWith("-form")) {
                            pageOfForm.putIfAbsent(cssClass, page.target().substring(page.target().indexOf(' ') + 1));
                        }
                    }
                }
            }
        }
        return pageOfForm;
    }

    /** All forms of the page path template in the case. */
    List<Form> render(String pathTemplate, String kase) {
        Http.Reply page = http.send("GET", scenario.fill(pathTemplate, kase), "admin", Map.of(), null);
        return page.status() == 200 ? HtmlForms.postForms(page.body(), contextPath) : List.of();
    }

    /** The form as the admin's page shows it in the case (the tests' own template where there is one per template). */
    Form form(String cssClass, String kase) {
        String page = pageOfForm().get(cssClass);
        if (page == null) {
            throw new AssertionError("No page of the matrix shows a form " + cssClass);
        }
        List<Form> forms = render(page, kase).stream().filter(f -> List.of(f.cssClass().split("\\s+")).contains(cssClass)).toList();
        if (forms.isEmpty()) {
            throw new AssertionError(page + " [" + kase + "] shows the admin no form " + cssClass);
        }
        String ownTemplate = String.valueOf(scenario.template().id);
        return forms.stream().filter(f -> ownTemplate.equals(f.value("templateId"))).findFirst().orElse(forms.get(0));
    }

    enum Token { VALID, NONE, WRONG, FIELD_WITHOUT_COOKIE }

    /** Posts the form as the user, the typed fields filled in, with the token as asked. */
    Http.Reply submit(Form form, String user, Token token) {
        String value = HexFormat.of().formatHex(bytes()) + "_lin";
        Map<String, String> overrides = new LinkedHashMap<>();
        TYPED.forEach((field, typed) -> {
            String shown = form.value(field);
            if (shown != null && shown.isBlank()) {
                overrides.put(field, typed);
            }
        });
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        switch (token) {
            case VALID -> {
                headers.put("Cookie", TOKEN_COOKIE + "=" + value);
                overrides.put(TOKEN_FIELD, value);
            }
            case WRONG -> {
                headers.put("Cookie", TOKEN_COOKIE + "=" + value);
                overrides.put(TOKEN_FIELD, HexFormat.of().formatHex(bytes()) + "_lin");
            }
            case FIELD_WITHOUT_COOKIE -> overrides.put(TOKEN_FIELD, value);
            case NONE -> headers.put("Cookie", TOKEN_COOKIE + "=" + value);
        }
        String body = token == Token.NONE ? form.encode(overrides, TOKEN_FIELD) : form.encode(overrides);
        return http.send("POST", form.action(), user, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }
}
