package no.veikart.roadmap.sandbox.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.AoModule;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.ConditionNode;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.ContextProviderSpec;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.DashboardItemModule;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.Definition;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.Label;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.Resource;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.RestModule;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.ServletModule;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.WebItemModule;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.WebPanelModule;
import no.veikart.roadmap.sandbox.host.PluginDescriptor.WebResourceModule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads {@code atlassian-plugin.xml} into a {@link PluginDescriptor}. */
public final class DescriptorParser {

    private static final Set<String> UNHOSTED = Set.of("plugin-info", "rest-migration", "resource");

    private DescriptorParser() {
    }

    public static PluginDescriptor parse(InputStream in) throws IOException {
        Element root = XmlSupport.parse(in).getDocumentElement();
        List<String> i18n = new ArrayList<>();
        List<RestModule> rest = new ArrayList<>();
        List<ServletModule> servlets = new ArrayList<>();
        List<WebResourceModule> webResources = new ArrayList<>();
        List<WebPanelModule> webPanels = new ArrayList<>();
        List<WebItemModule> webItems = new ArrayList<>();
        List<DashboardItemModule> dashboardItems = new ArrayList<>();
        List<AoModule> ao = new ArrayList<>();
        List<PluginDescriptor.CustomFieldTypeModule> customFieldTypes = new ArrayList<>();
        List<PluginDescriptor.WebSectionModule> webSections = new ArrayList<>();
        List<PluginDescriptor.WorkflowValidatorModule> workflowValidators = new ArrayList<>();
        Set<String> allowlist = new LinkedHashSet<>();
        List<String> ignored = new ArrayList<>();
        for (Element e : XmlSupport.children(root)) {
            String key = e.getAttribute("key");
            switch (e.getTagName()) {
                case "resource":
                    if ("i18n".equals(e.getAttribute("type"))) {
                        i18n.add(e.getAttribute("location"));
                    }
                    break;
                case "rest":
                    rest.add(new RestModule(key, e.getAttribute("path"), e.getAttribute("version"),
                            XmlSupport.texts(e, "package")));
                    break;
                case "servlet":
                    servlets.add(new ServletModule(key, e.getAttribute("class"), XmlSupport.texts(e, "url-pattern"),
                            initParams(e)));
                    break;
                case "web-resource":
                    webResources.add(new WebResourceModule(key, XmlSupport.texts(e, "dependency"), resources(e),
                            XmlSupport.texts(e, "context"), transformations(e)));
                    break;
                case "web-panel":
                    webPanels.add(new WebPanelModule(key, e.getAttribute("location"), weight(e), label(e, "label"),
                            resources(e), contextProvider(e), condition(e)));
                    break;
                case "web-item":
                    Element link = XmlSupport.child(e, "link");
                    webItems.add(new WebItemModule(key, e.getAttribute("section"), weight(e), label(e, "label"),
                            link == null ? null : link.getTextContent().trim(),
                            link == null ? null : emptyToNull(link.getAttribute("linkId")),
                            XmlSupport.text(e, "styleClass"), condition(e)));
                    break;
                case "dashboard-item":
                    Element definition = XmlSupport.child(e, "definition");
                    Label title = definition == null ? null : label(definition, "title");
                    if (title == null && !e.getAttribute("i18n-name-key").isEmpty()) {
                        title = new Label(e.getAttribute("i18n-name-key"), e.getAttribute("name"));
                    }
                    dashboardItems.add(new DashboardItemModule(key, e.getAttribute("name"), title, resources(e),
                            contextProvider(e), condition(e), "true".equalsIgnoreCase(e.getAttribute("configurable")),
                            emptyToNull(XmlSupport.text(e, "amd-module")), label(e, "description"),
                            definition(definition)));
                    break;
                case "ao":
                    ao.add(new AoModule(key, emptyToNull(e.getAttribute("namespace")), XmlSupport.texts(e, "entity"),
                            XmlSupport.texts(e, "upgradeTask")));
                    break;
                case "customfield-type":
                    customFieldTypes.add(new PluginDescriptor.CustomFieldTypeModule(key,
                            new Label(emptyToNull(e.getAttribute("i18n-name-key")), emptyToNull(e.getAttribute("name"))),
                            e.getAttribute("class"), resources(e)));
                    break;
                case "web-section":
                    webSections.add(new PluginDescriptor.WebSectionModule(key, e.getAttribute("location"), weight(e),
                            label(e, "label"), condition(e)));
                    break;
                case "workflow-validator":
                    workflowValidators.add(new PluginDescriptor.WorkflowValidatorModule(key,
                            new Label(emptyToNull(e.getAttribute("i18n-name-key")), emptyToNull(e.getAttribute("name"))),
                            e.getAttribute("class"), emptyToNull(XmlSupport.text(e, "validator-class")), resources(e)));
                    break;
                case "velocity-allowlist":
                    allowlist.addAll(XmlSupport.texts(e, "method"));
                    break;
                default:
                    if (!UNHOSTED.contains(e.getTagName())) {
                        ignored.add(e.getTagName() + (key.isEmpty() ? "" : " " + key));
                    }
            }
        }
        return new PluginDescriptor(root.getAttribute("key"), root.getAttribute("name"), i18n, rest, servlets,
                webResources, webPanels, webItems, dashboardItems, ao, customFieldTypes, webSections, workflowValidators,
                allowlist, ignored);
    }

    private static int weight(Element e) {
        String w = e.getAttribute("weight");
        try {
            return w.isEmpty() ? 1000 : Integer.parseInt(w.trim());
        } catch (NumberFormatException ex) {
            return 1000;
        }
    }

    private static Label label(Element parent, String tag) {
        Element l = XmlSupport.child(parent, tag);
        if (l == null) {
            return null;
        }
        return new Label(emptyToNull(l.getAttribute("key")), emptyToNull(l.getTextContent().trim()));
    }

    private static List<Resource> resources(Element e) {
        List<Resource> list = new ArrayList<>();
        for (Element r : XmlSupport.children(e, "resource")) {
            list.add(new Resource(r.getAttribute("type"), r.getAttribute("name"), r.getAttribute("location")));
        }
        return list;
    }

    private static Map<String, List<String>> transformations(Element e) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Element t : XmlSupport.children(e, "transformation")) {
            List<String> keys = new ArrayList<>();
            for (Element transformer : XmlSupport.children(t, "transformer")) {
                keys.add(transformer.getAttribute("key"));
            }
            out.computeIfAbsent(t.getAttribute("extension"), k -> new ArrayList<>()).addAll(keys);
        }
        return out;
    }

    private static Definition definition(Element d) {
        if (d == null) {
            return null;
        }
        Element categories = XmlSupport.child(d, "categories");
        Element author = XmlSupport.child(d, "author");
        Element thumbnail = XmlSupport.child(d, "thumbnail");
        return new Definition(label(d, "title"), categories == null ? List.of() : XmlSupport.texts(categories,
                "category"), author == null ? null : emptyToNull(XmlSupport.text(author, "name")),
                thumbnail == null ? null : emptyToNull(thumbnail.getAttribute("location")));
    }

    private static Map<String, String> params(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : XmlSupport.children(e, "param")) {
            String value = p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().trim();
            params.put(p.getAttribute("name"), value);
        }
        return params;
    }

    private static Map<String, String> initParams(Element e) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element p : XmlSupport.children(e, "init-param")) {
            params.put(XmlSupport.text(p, "param-name"), XmlSupport.text(p, "param-value"));
        }
        return params;
    }

    private static ContextProviderSpec contextProvider(Element e) {
        Element cp = XmlSupport.child(e, "context-provider");
        return cp == null ? null : new ContextProviderSpec(cp.getAttribute("class"), params(cp));
    }

    /** The module's {@code <condition>} or {@code <conditions>}; several at top level are AND-ed, as in Jira. */
    private static ConditionNode condition(Element e) {
        List<ConditionNode> nodes = new ArrayList<>();
        for (Element c : XmlSupport.children(e)) {
            if ("condition".equals(c.getTagName()) || "conditions".equals(c.getTagName())) {
                nodes.add(conditionNode(c));
            }
        }
        if (nodes.isEmpty()) {
            return null;
        }
        return nodes.size() == 1 ? nodes.get(0) : new ConditionNode("AND", null, Map.of(), false, nodes);
    }

    private static ConditionNode conditionNode(Element c) {
        boolean invert = "true".equalsIgnoreCase(c.getAttribute("invert"));
        if ("condition".equals(c.getTagName())) {
            return new ConditionNode(null, c.getAttribute("class"), params(c), invert, List.of());
        }
        List<ConditionNode> children = new ArrayList<>();
        for (Element child : XmlSupport.children(c)) {
            if ("condition".equals(child.getTagName()) || "conditions".equals(child.getTagName())) {
                children.add(conditionNode(child));
            }
        }
        String type = c.getAttribute("type").isEmpty() ? "AND" : c.getAttribute("type").toUpperCase(
                java.util.Locale.ROOT);
        return new ConditionNode(type, null, Map.of(), invert, children);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Secure DOM helpers shared with the Spring XML reader. */
    static final class XmlSupport {

        private XmlSupport() {
        }

        static Document parse(InputStream in) throws IOException {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                f.setXIncludeAware(false);
                f.setExpandEntityReferences(false);
                DocumentBuilder b = f.newDocumentBuilder();
                return b.parse(in);
            } catch (ParserConfigurationException | SAXException e) {
                throw new IOException("Invalid XML: " + e.getMessage(), e);
            }
        }

        static List<Element> children(Element parent) {
            List<Element> list = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element) {
                    list.add((Element) n);
                }
            }
            return list;
        }

        static List<Element> children(Element parent, String localName) {
            List<Element> list = new ArrayList<>();
            for (Element e : children(parent)) {
                if (localName.equals(localName(e))) {
                    list.add(e);
                }
            }
            return list;
        }

        static Element child(Element parent, String localName) {
            List<Element> list = children(parent, localName);
            return list.isEmpty() ? null : list.get(0);
        }

        static String text(Element parent, String localName) {
            Element e = child(parent, localName);
            return e == null ? null : e.getTextContent().trim();
        }

        static List<String> texts(Element parent, String localName) {
            List<String> list = new ArrayList<>();
            for (Element e : children(parent, localName)) {
                list.add(e.getTextContent().trim());
            }
            return list;
        }

        static String localName(Element e) {
            return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
        }
    }
}
