package no.veikart.roadmap.pilot.domain;

/** Who takes part in a pilot: counts of users, employees and third parties (null when not given), and how recruited. */
public record Participants(Integer users, Integer employees, Integer thirdParties, String text) {
    public static final Participants NONE = new Participants(null, null, null, null);

    public int total() {
        return n(users) + n(employees) + n(thirdParties);
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }
}
