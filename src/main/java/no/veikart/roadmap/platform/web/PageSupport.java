package no.veikart.roadmap.platform.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import no.veikart.roadmap.common.domain.Actor;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.platform.jira.JiraUsers;

/** Shared duties of the plugin's servlet pages: who is asking, XSRF tokens, rendering with view models. */
public class PageSupport {
    private final JiraUsers users;
    private final Texts texts;
    private final TemplateRenderer renderer;
    private final FormTokens tokens;
    private final LoginUriProvider loginUris;
    private final ApplicationProperties applicationProperties;

    public PageSupport(JiraUsers users, Texts texts, TemplateRenderer renderer, FormTokens tokens,
            LoginUriProvider loginUris, ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
        this.users = users;
        this.texts = texts;
        this.renderer = renderer;
        this.tokens = tokens;
        this.loginUris = loginUris;
    }

    /** The logged-in actor, or null after sending the browser to the login page. */
    public Actor actorOrLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = users.currentActor();
        if (actor == null) {
            StringBuilder current = new StringBuilder(request.getRequestURI());
            if (request.getQueryString() != null) {
                current.append('?').append(request.getQueryString());
            }
            response.sendRedirect(loginUris.getLoginUri(URI.create(current.toString())).toASCIIString());
        }
        return actor;
    }

    public boolean validToken(HttpServletRequest request) {
        return tokens.valid(request);
    }

    public void render(String template, Map<String, Object> model, Actor actor, HttpServletRequest request,
            HttpServletResponse response, int status) throws IOException {
        Map<String, Object> context = new HashMap<>(model);
        context.put("i18n", new TemplateTexts(texts, actor.locale()));
        context.put("atlToken", tokens.token());
        context.put("tokenParameter", tokens.parameterName());
        context.put("contextPath", applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(template, context, response.getWriter());
    }

    public String text(Actor actor, String key, Object... args) {
        return texts.text(actor.locale(), key, args);
    }
}
