package no.veikart.roadmap.reporting.domain;

/** An organisational unit an initiative belongs to: a sector and a department in it ("Helse og omsorg / Hjemmetjenesten"). */
public record OrgUnit(long id, String sector, String department) {
    public String label() {
        return sector + " / " + department;
    }
}
