package no.veikart.roadmap.sandbox.jira;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small JQL subset the sandbox's issue search understands, with Jira's meaning and messages:
 * {@code clause (AND clause)*}, a clause being {@code field op value} with op one of {@code = != > >= < <=}, or
 * {@code issuekey [not] in (K1, K2, …)} (also {@code key}).
 * Fields: {@code project} (key, = and != only), {@code issuekey}/{@code key} (=, !=, in, not in; an unknown key is
 * Jira's error), or a custom field by its name (quoted when it has spaces, case-insensitive) or as {@code cf[10100]}. Values: numbers, quoted or bare strings, dates yyyy-MM-dd (or yyyy/MM/dd).
 * Number and date fields take every operator; select lists take = and != against the option's value
 * (case-insensitive); an issue without a value never matches, {@code !=} included (as in Jira).
 */
public final class SandboxJql {

    private static final Pattern CF_ID = Pattern.compile("cf\\[(\\d+)]", Pattern.CASE_INSENSITIVE);
    private static final List<String> OPERATORS = List.of("!=", ">=", "<=", "=", ">", "<");

    private SandboxJql() {
    }

    /** A query Jira would refuse, with Jira's message. */
    public static final class JqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JqlException(String message) {
            super(message);
        }
    }

    /** {@code values} holds the list of an {@code in} clause; {@code value} its first entry. */
    record Clause(String field, boolean quotedField, String op, String value, List<String> values) {

        Clause(String field, boolean quotedField, String op, String value) {
            this(field, quotedField, op, value, List.of(value));
        }
    }

    /** A parsed query; {@link #compile} checks its fields and values against one Jira state. */
    public record Query(List<Clause> clauses) {
        Predicate<JiraData.IssueRow> compile(JiraData d) {
            Predicate<JiraData.IssueRow> all = issue -> true;
            for (Clause clause : clauses) {
                all = all.and(SandboxJql.compile(d, clause));
            }
            return all;
        }
    }

    public static Query parse(String jql) {
        List<String[]> tokens = tokens(jql == null ? "" : jql);
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!clauses.isEmpty()) {
                if (!"word".equals(tokens.get(i)[0]) || !"AND".equalsIgnoreCase(tokens.get(i)[1])) {
                    throw new JqlException("Error in the JQL Query: Expecting 'AND' but got '" + tokens.get(i)[1]
                            + "'. The sandbox understands AND only.");
                }
                i++;
            }
            if (i + 1 < tokens.size() && isInOperator(tokens, i + 1)) {
                i = inClause(tokens, i, clauses);
                continue;
            }
            if (i + 2 >= tokens.size()) {
                throw new JqlException("Error in the JQL Query: The query is incomplete: expecting a field, an operator and a value.");
            }
            String[] field = tokens.get(i);
            String[] op = tokens.get(i + 1);
            String[] value = tokens.get(i + 2);
            if (!isTerm(field) || !"op".equals(op[0]) || !isTerm(value)) {
                throw new JqlException("Error in the JQL Query: Expecting 'field operator value' near '" + field[1] + "'.");
            }
            clauses.add(new Clause(field[1], "quoted".equals(field[0]), op[1], value[1]));
            i += 3;
        }
        return new Query(clauses);
    }

    private static boolean isTerm(String[] token) {
        return "word".equals(token[0]) || "quoted".equals(token[0]);
    }

    private static boolean isInOperator(List<String[]> tokens, int at) {
        String[] t = tokens.get(at);
        if (!"word".equals(t[0])) {
            return false;
        }
        return "in".equalsIgnoreCase(t[1]) || ("not".equalsIgnoreCase(t[1]) && at + 1 < tokens.size()
                && "word".equals(tokens.get(at + 1)[0]) && "in".equalsIgnoreCase(tokens.get(at + 1)[1]));
    }

    /** {@code field [not] in (v1, v2, …)} from {@code at}; returns the index after it. */
    private static int inClause(List<String[]> tokens, int at, List<Clause> clauses) {
        String[] field = tokens.get(at);
        if (!isTerm(field)) {
            throw new JqlException("Error in the JQL Query: Expecting a field before 'in' but got '" + field[1] + "'.");
        }
        int i = at + 1;
        boolean not = "not".equalsIgnoreCase(tokens.get(i)[1]);
        i += not ? 2 : 1;
        if (i >= tokens.size() || !"(".equals(tokens.get(i)[1]) || !"punct".equals(tokens.get(i)[0])) {
            throw new JqlException("Error in the JQL Query: Expecting '(' after 'in' for the field '" + field[1] + "'.");
        }
        List<String> values = new ArrayList<>();
        i++;
        while (true) {
            if (i >= tokens.size() || "punct".equals(tokens.get(i)[0]) || "op".equals(tokens.get(i)[0])) {
                throw new JqlException("Error in the JQL Query: Expecting a value in the list of the field '"
                        + field[1] + "'.");
            }
            values.add(tokens.get(i)[1]);
            i++;
            if (i >= tokens.size()) {
                throw new JqlException("Error in the JQL Query: Expecting ')' to close the list of the field '"
                        + field[1] + "'.");
            }
            String[] next = tokens.get(i);
            i++;
            if ("punct".equals(next[0]) && ")".equals(next[1])) {
                break;
            }
            if (!"punct".equals(next[0]) || !",".equals(next[1])) {
                throw new JqlException("Error in the JQL Query: Expecting ',' or ')' but got '" + next[1] + "'.");
            }
        }
        clauses.add(new Clause(field[1], "quoted".equals(field[0]), not ? "not in" : "in", values.get(0),
                List.copyOf(values)));
        return i;
    }

    /** Tokens as {kind, text}: kind is word, quoted, op or punct (parentheses and commas). */
    private static List<String[]> tokens(String jql) {
        List<String[]> tokens = new ArrayList<>();
        int i = 0;
        while (i < jql.length()) {
            char c = jql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < jql.length() && jql.charAt(j) != c) {
                    if (jql.charAt(j) == '\\' && j + 1 < jql.length()) {
                        j++;
                    }
                    text.append(jql.charAt(j));
                    j++;
                }
                if (j >= jql.length()) {
                    throw new JqlException("Error in the JQL Query: The quoted string '" + text + "' has not been completed.");
                }
                tokens.add(new String[] {"quoted", text.toString()});
                i = j + 1;
            } else if ("(),".indexOf(c) >= 0) {
                tokens.add(new String[] {"punct", String.valueOf(c)});
                i++;
            } else if ("=!<>".indexOf(c) >= 0) {
                int at = i;
                String op = OPERATORS.stream().filter(o -> jql.startsWith(o, at)).findFirst().orElse(null);
                if (op == null) {
                    throw new JqlException("Error in the JQL Query: The character '" + c + "' is a reserved JQL character.");
                }
                tokens.add(new String[] {"op", op});
                i += op.length();
            } else {
                int j = i;
                while (j < jql.length() && !Character.isWhitespace(jql.charAt(j)) && "=!<>\"'(),".indexOf(jql.charAt(j)) < 0) {
                    j++;
                }
                tokens.add(new String[] {"word", jql.substring(i, j)});
                i = j;
            }
        }
        return tokens;
    }

    private static Predicate<JiraData.IssueRow> compile(JiraData d, Clause clause) {
        boolean list = clause.op().endsWith("in");
        if (!clause.quotedField() && ("issuekey".equalsIgnoreCase(clause.field())
                || "key".equalsIgnoreCase(clause.field()))) {
            if (!list && !"=".equals(clause.op()) && !"!=".equals(clause.op())) {
                throw unsupported(clause, clause.field());
            }
            Set<Long> ids = new HashSet<>();
            for (String key : clause.values()) {
                JiraData.IssueRow issue = d.issues.stream().filter(r -> r.key().equalsIgnoreCase(key.strip()))
                        .findFirst().orElseThrow(() -> new JqlException("An issue with key '" + key
                                + "' does not exist for field '" + clause.field() + "'."));
                ids.add(issue.id());
            }
            boolean wanted = "=".equals(clause.op()) || "in".equals(clause.op());
            return issue -> ids.contains(issue.id()) == wanted;
        }
        if (list) {
            throw new JqlException("The sandbox understands 'in' lists for issuekey only, not for '" + clause.field()
                    + "'.");
        }
        if (!clause.quotedField() && "project".equalsIgnoreCase(clause.field())) {
            if (!"=".equals(clause.op()) && !"!=".equals(clause.op())) {
                throw unsupported(clause, "project");
            }
            JiraData.ProjectRow project = JiraViews.projectByKey(d, clause.value()).orElseThrow(() -> new JqlException(
                    "The value '" + clause.value() + "' does not exist for the field 'project'."));
            boolean equal = "=".equals(clause.op());
            return issue -> (issue.projectId() == project.id()) == equal;
        }
        List<JiraData.CustomFieldRow> fields = fields(d, clause);
        if (fields.isEmpty()) {
            throw new JqlException("Field '" + clause.field() + "' does not exist or you do not have permission to view it.");
        }
        List<Predicate<JiraData.IssueRow>> anyField = new ArrayList<>();
        for (JiraData.CustomFieldRow field : fields) {
            Predicate<String> test = valueTest(d, field, clause);
            anyField.add(issue -> {
                String stored = d.customFieldValues.getOrDefault(issue.id(), Map.of()).get(field.id());
                return stored != null && test.test(stored);
            });
        }
        return issue -> anyField.stream().anyMatch(p -> p.test(issue));
    }

    private static List<JiraData.CustomFieldRow> fields(JiraData d, Clause clause) {
        Matcher id = CF_ID.matcher(clause.field());
        if (!clause.quotedField() && id.matches()) {
            long wanted = Long.parseLong(id.group(1));
            return d.customFields.stream().filter(f -> f.id() == wanted).toList();
        }
        String name = clause.field().toLowerCase(Locale.ROOT);
        return d.customFields.stream().filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name)).toList();
    }

    private static Predicate<String> valueTest(JiraData d, JiraData.CustomFieldRow field, Clause clause) {
        switch (field.typeKey()) {
            case SandboxCustomFieldType.FLOAT: {
                BigDecimal wanted;
                try {
                    wanted = new BigDecimal(clause.value());
                } catch (NumberFormatException e) {
                    throw new JqlException("Value '" + clause.value() + "' is invalid for the '" + clause.field() + "' field.");
                }
                return stored -> compare(new BigDecimal(stored).compareTo(wanted), clause.op());
            }
            case SandboxCustomFieldType.DATE_PICKER: {
                LocalDate wanted;
                try {
                    wanted = LocalDate.parse(clause.value().replace('/', '-'));
                } catch (DateTimeParseException e) {
                    throw new JqlException("Date value '" + clause.value() + "' for field '" + clause.field()
                            + "' is invalid. Valid formats include: 'yyyy/MM/dd', 'yyyy-MM-dd'.");
                }
                return stored -> compare(LocalDate.parse(stored).compareTo(wanted), clause.op());
            }
            case SandboxCustomFieldType.SELECT: {
                if (!"=".equals(clause.op()) && !"!=".equals(clause.op())) {
                    throw unsupported(clause, clause.field());
                }
                List<String> optionIds = d.fieldOptions.stream()
                        .filter(o -> o.configId() == field.configId() && o.value().equalsIgnoreCase(clause.value()))
                        .map(o -> String.valueOf(o.id())).toList();
                if (optionIds.isEmpty()) {
                    throw new JqlException("The option '" + clause.value() + "' for field '" + clause.field()
                            + "' does not exist.");
                }
                boolean equal = "=".equals(clause.op());
                return stored -> optionIds.contains(stored) == equal;
            }
            default:
                throw new JqlException("The sandbox cannot search fields of type " + field.typeKey());
        }
    }

    private static boolean compare(int comparison, String op) {
        return switch (op) {
            case "=" -> comparison == 0;
            case "!=" -> comparison != 0;
            case ">" -> comparison > 0;
            case ">=" -> comparison >= 0;
            case "<" -> comparison < 0;
            default -> comparison <= 0;
        };
    }

    private static JqlException unsupported(Clause clause, String field) {
        return new JqlException("The operator '" + clause.op() + "' is not supported by the '" + field + "' field.");
    }
}
