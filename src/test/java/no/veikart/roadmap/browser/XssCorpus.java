package no.veikart.roadmap.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XSS and CSV-injection corpus ({@code xss/payloads.txt}) and the hook scripts of {@link XssCorpusBrowserIT}.
 * A payload is put into a field as {@link #text(Field, int)}: its {@code {ID}} becomes {@code field * 100 + index}, so a
 * recorded hit ({@code hook:1203}) names the field and the payload that ran.
 */
final class XssCorpus {

    /** Every free-text field of the product (the strings of the {@code *Draft} domain classes and REST bodies). */
    enum Field {
        INITIATIVE_SUMMARY("initiative summary"),
        TEMPLATE_NAME("template name"),
        PHASE_NAME("template phase name"),
        STEP_NAME("template step name"),
        OVERRIDE_REASON("phase move override reason"),
        MOVE_REASON("phase move reason"),
        HALT_REASON("halt reason"),
        STAKEHOLDER_NAME("stakeholder name"),
        STAKEHOLDER_GROUP("stakeholder group"),
        STAKEHOLDER_EFFECT("stakeholder effect"),
        STAKEHOLDER_OWNER("stakeholder owner"),
        STAKEHOLDER_NOTES("stakeholder notes"),
        CONTACT_AGREED("contact log agreed"),
        GAIN_TITLE("gain title"),
        GAIN_INDICATOR("gain indicator"),
        GAIN_OWNER("gain owner"),
        GAIN_METHOD("gain measure method"),
        MEASUREMENT_COMMENT("measurement comment"),
        SAVED_FILTER_NAME("saved filter name (Jira's, shown by the portfolio gadget)"),
        PROCEDURE_NAME("HUKI procedure name"),
        ACTOR_NAME("HUKI actor name"),
        COMMUNICATION_MESSAGE("communication plan message"),
        COMMUNICATION_RESPONSIBLE("communication plan responsible"),
        UNIT_NAME("implementation unit name"),
        MONITORING_OUTCOME("implementation monitoring outcome"),
        SUPER_USER_NAME("implementation super-user name"),
        STATUS_COMMENT("status report comment"),
        PILOT_PLAN_TEXT("pilot plan point"),
        PILOT_OBSERVATION("pilot log entry"),
        PILOT_EVALUATION_TEXT("pilot evaluation text"),
        PILOT_REASONS("pilot recommendation reasons"),
        PILOT_DECISION_REASON("piloting decision reason against the recommendation"),
        RISK_TITLE("risk title"),
        RISK_DESCRIPTION("risk description"),
        RISK_CAUSE("risk cause"),
        RISK_CONTINGENCY("risk contingency action"),
        RISK_OWNER("risk owner"),
        ACCEPTANCE_REASON("risk acceptance reason"),
        RISK_MEASURE_TEXT("risk measure text"),
        RISK_MEASURE_OWNER("risk measure owner"),
        CONTINGENCY_PLAN("contingency plan"),
        HANDOVER_PARTICIPANTS("handover participants"),
        HANDOVER_FINAL_REPORT("handover final report"),
        HANDOVER_LEARNING_POINTS("handover learning points"),
        ORG_SECTOR("organisational unit sector"),
        LEADER_GROUP("leader access group name");

        final String label;

        Field(String label) {
            this.label = label;
        }

        int id(int payload) {
            return (ordinal() + 1) * 100 + payload;
        }
    }

    private static final Pattern HIT_ID = Pattern.compile("(\\d{3,4})");

    final List<String> payloads;
    final String hookScript;
    final String probeScript;
    final String dialogScript;

    private XssCorpus(List<String> payloads, String hookScript, String probeScript, String dialogScript) {
        this.payloads = payloads;
        this.hookScript = hookScript;
        this.probeScript = probeScript;
        this.dialogScript = dialogScript;
    }

    static XssCorpus load() {
        List<String> payloads = new ArrayList<>();
        for (String line : resource("payloads.txt").split("\n", -1)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                payloads.add(unescape(line));
            }
        }
        if (payloads.size() >= 100) {
            throw new IllegalStateException("ids hold two digits for the payload: at most 99 payloads");
        }
        return new XssCorpus(List.copyOf(payloads), resource("hook.js"), resource("probe.js"), resource("dialogs.js"));
    }

    int size() {
        return payloads.size();
    }

    String text(Field field, int payload) {
        return payloads.get(payload).replace("{ID}", String.valueOf(field.id(payload)));
    }

    /** "hook:1203" → "hook:1203 (payload 3 in the stakeholder group: …)". */
    String explain(String hit) {
        Matcher m = HIT_ID.matcher(hit);
        if (m.find()) {
            int id = Integer.parseInt(m.group(1));
            int field = id / 100 - 1;
            int payload = id % 100;
            if (field >= 0 && field < Field.values().length && payload < payloads.size()) {
                return hit + " (payload " + payload + " in the " + Field.values()[field].label + ": "
                        + payloads.get(payload) + ")";
            }
        }
        return hit;
    }

    /** Java-like escapes of the corpus file: \t \r \n \\ and four-digit unicode escapes. */
    static String unescape(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                b.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'n' -> b.append('\n');
                case '\\' -> b.append('\\');
                case 'u' -> {
                    b.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in " + line);
            }
        }
        return b.toString();
    }

    private static String resource(String name) {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource xss/" + name);
            }
            StringBuilder b = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    b.append(line).append('\n');
                }
            }
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
